//! The `plansite` command line: parses arguments, calls the library, prints errors once and maps
//! them to exit codes. No logic of its own.

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "plansite",
    version,
    about = "Static-site generator for Chinese government plans"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Import plain-text plans from seeds/ into editable content/.
    Import {
        /// Folder of seed texts (*.txt).
        #[arg(long, default_value = "seeds")]
        seeds: PathBuf,
        /// Content folder to write.
        #[arg(long, default_value = "content")]
        content: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Import { seeds, content } => {
            plansite::import::run(&seeds, &content).map(|summary| {
                print!("{summary}");
            })
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
