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
    /// Build the static site from content/ into public/.
    Build {
        /// Content folder to read.
        #[arg(long, default_value = "content")]
        content: PathBuf,
        /// Folder to write the site into (replaced only when the build succeeds).
        #[arg(long, default_value = "public")]
        out: PathBuf,
        /// Site configuration [default: plansite.toml when present].
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// Check a built site: links, anchors, headings, no external or inline code; list source notes.
    Check {
        /// The built site.
        #[arg(long, default_value = "public")]
        out: PathBuf,
        /// Content folder whose reader notes are listed.
        #[arg(long, default_value = "content")]
        content: PathBuf,
        /// Site configuration [default: plansite.toml when present].
        #[arg(long)]
        config: Option<PathBuf>,
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
        Command::Build {
            content,
            out,
            config,
        } => plansite::render::build(&plansite::render::BuildOptions {
            content,
            out,
            config,
        })
        .map(|summary| print!("{summary}")),
        Command::Check {
            out,
            content,
            config,
        } => return check(out, content, config),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&e),
    }
}

/// Runs `check`; exits non-zero when the site has problems.
fn check(out: PathBuf, content: PathBuf, config: Option<PathBuf>) -> ExitCode {
    let base_url = match plansite::config::Config::locate(config.as_deref()) {
        Ok((c, _)) => c.base_url,
        Err(e) => return fail(&e),
    };
    let opts = plansite::check::CheckOptions {
        out,
        content: Some(content),
        base_url,
    };
    match plansite::check::run(&opts) {
        Ok(report) => {
            print!("{report}");
            if report.is_ok() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(e) => fail(&e),
    }
}

/// Prints an error with every cause in its chain.
fn fail(e: &plansite::Error) -> ExitCode {
    eprintln!("error: {e}");
    let mut cause = std::error::Error::source(e);
    while let Some(c) = cause {
        eprintln!("  caused by: {c}");
        cause = c.source();
    }
    ExitCode::FAILURE
}
