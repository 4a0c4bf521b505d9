//! The `plansite` command line: parses arguments, calls the library, prints errors once and maps
//! them to exit codes. No logic of its own.

use clap::{Parser, Subcommand};
use plansite::search::{cli as search_cli, DocKind, SearchOptions};
use std::io::Read;
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
    /// Search the plans for exact wording, ranked as the site's search ranks it.
    Search {
        /// Words must all match; "quoted text" is one phrase.
        query: String,
        /// Only this plan (its folder name).
        #[arg(long)]
        plan: Option<String>,
        /// Only this kind of unit: paragraph, heading, box, indicator.
        #[arg(long, value_parser = parse_kind)]
        kind: Option<DocKind>,
        /// Print the answer as JSON.
        #[arg(long)]
        json: bool,
        /// Number of hits to show.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// Content folder (or a JSON file of the plan model).
        #[arg(long, default_value = "content")]
        content: PathBuf,
    },
    /// Write only the search index export (OUT/search/…), as the build does.
    SearchIndex {
        /// Content folder (or a JSON file of the plan model).
        #[arg(long, default_value = "content")]
        content: PathBuf,
        /// Output folder.
        #[arg(long, default_value = "public")]
        out: PathBuf,
    },
    /// Print the search analyzer's terms of each line of standard input, as JSON lines.
    #[command(hide = true)]
    Analyze,
}

fn parse_kind(s: &str) -> Result<DocKind, String> {
    DocKind::parse(s)
        .ok_or_else(|| format!("unknown kind {s:?} (paragraph, heading, box, indicator)"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Import { seeds, content } => {
            plansite::import::run(&seeds, &content).map(|summary| {
                print!("{summary}");
            })
        }
        Command::Search {
            query,
            plan,
            kind,
            json,
            limit,
            content,
        } => {
            let opts = SearchOptions {
                plan,
                kind,
                limit: Some(limit),
            };
            search_cli::search(&content, &query, &opts).map(|r| {
                if json {
                    println!("{}", serde_json::to_string_pretty(&r).unwrap_or_default());
                } else {
                    print!("{}", search_cli::format_text(&r));
                }
            })
        }
        Command::SearchIndex { content, out } => {
            search_cli::write_export(&content, &out).map(|s| {
                println!(
                    "search index: {} units, {} terms, {} shards, {} text chunks, {} bytes",
                    s.docs, s.terms, s.shards, s.chunks, s.js_bytes
                );
            })
        }
        Command::Analyze => {
            let mut input = String::new();
            std::io::stdin()
                .read_to_string(&mut input)
                .map_err(|e| plansite::Error::io("<stdin>", e))
                .map(|_| print!("{}", search_cli::analyze_lines(&input)))
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
