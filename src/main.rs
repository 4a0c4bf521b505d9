//! The `plansite` command line: parses arguments, calls the library, prints errors once and maps
//! them to exit codes. No logic of its own.

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use plansite::progress::Level;
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
    /// Print only errors: no summaries, warnings or progress bars.
    #[arg(long, short = 'q', global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Also print a line per plan, repair and warning counts, and timings (on stderr).
    #[arg(long, short = 'v', global = true)]
    verbose: bool,
    #[command(subcommand)]
    command: Command,
}

/// The folders and configuration of a site, read by `build`, `serve` and `check`.
#[derive(clap::Args)]
struct SiteArgs {
    /// Content folder of the site (`serve` watches it).
    #[arg(long, default_value = "content")]
    content: PathBuf,
    /// Folder of the built site (a build replaces it only when it succeeds).
    #[arg(long, default_value = "public")]
    out: PathBuf,
    /// Site configuration [default: plansite.toml when present] (`serve` watches it).
    #[arg(long)]
    config: Option<PathBuf>,
}

impl From<SiteArgs> for plansite::render::BuildOptions {
    fn from(a: SiteArgs) -> Self {
        Self {
            content: a.content,
            out: a.out,
            config: a.config,
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Create a new site in DIR (default: the working folder): a commented plansite.toml, seeds/
    /// and content/. Never overwrites anything.
    Init {
        /// Folder of the new site (created when missing).
        #[arg(default_value = ".")]
        dir: PathBuf,
    },
    /// Work with the built-in theme.
    Theme {
        #[command(subcommand)]
        action: ThemeAction,
    },
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
        #[command(flatten)]
        site: SiteArgs,
        /// Public address of the site root (https://example.org/plans/), for the sitemap, the
        /// feed and canonical links; overrides `base_url` of the config.
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
    },
    /// Build, serve the site on 127.0.0.1, rebuild on changes and reload open pages.
    Serve {
        /// Port to listen on (0 picks a free one).
        #[arg(long, default_value_t = 8000)]
        port: u16,
        /// Address to listen on. Only the loopback interface by default; another address
        /// exposes the site to the network.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        #[command(flatten)]
        site: SiteArgs,
    },
    /// Check a built site: links, anchors, headings, no external or inline code; list source notes.
    Check {
        #[command(flatten)]
        site: SiteArgs,
        /// The public address the site was built with (`build --base-url`), in place of the
        /// config's `base_url`.
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
    },
    /// Guess again which indicators of different plans measure the same thing, keeping the groups
    /// a maintainer confirmed or rejected, and write content/indicator-alignment.toml.
    Align {
        /// Content folder.
        #[arg(long, default_value = "content")]
        content: PathBuf,
        /// List the groups not yet reviewed, with the evidence of each guess; writes nothing.
        #[arg(long, conflicts_with_all = ["confirm", "reject"])]
        review: bool,
        /// Mark group N (as numbered by --review and on the comparison page) as confirmed.
        #[arg(long, value_name = "N", conflicts_with = "reject")]
        confirm: Option<usize>,
        /// Mark group N as rejected: not the same measure; the guess is not made again.
        #[arg(long, value_name = "N")]
        reject: Option<usize>,
    },
    /// Search the plans for exact wording, ranked as the site's search ranks it.
    Search {
        /// Words must all match; "quoted text" is one phrase.
        query: String,
        /// Only this plan (its folder name).
        #[arg(long)]
        plan: Option<String>,
        /// Only this kind of unit: paragraph, heading, box, indicator, table.
        #[arg(long, value_parser = parse_kind)]
        kind: Option<DocKind>,
        /// Only plans of this five-year period (as in the plans' metadata, e.g. 十四五).
        #[arg(long)]
        period: Option<String>,
        /// Only plans of this region (as in the plans' metadata).
        #[arg(long)]
        region: Option<String>,
        /// Only plans issued (or co-issued) by this body.
        #[arg(long)]
        issuer: Option<String>,
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

#[derive(Subcommand)]
enum ThemeAction {
    /// Write the built-in theme (templates/, static/) into DIR for editing; a site uses every
    /// file found there in place of the built-in one. Never overwrites anything.
    Eject {
        /// Target folder [default: themes/default].
        #[arg(default_value = "themes/default")]
        dir: PathBuf,
    },
}

/// `--version`: the program's version and the format version of the search index it writes.
fn version_line() -> &'static str {
    Box::leak(
        format!(
            "{} (search index format {})",
            env!("CARGO_PKG_VERSION"),
            plansite::search::export::FORMAT_VERSION
        )
        .into_boxed_str(),
    )
}

fn parse_kind(s: &str) -> Result<DocKind, String> {
    DocKind::parse(s)
        .ok_or_else(|| format!("unknown kind {s:?} (paragraph, heading, box, indicator, table)"))
}

/// mimalloc in place of the system allocator: a build allocates and frees many small strings
/// and JSON values (with the system allocator, a fifth of a build's instructions; a build of the
/// shipped site takes about a tenth less CPU time with mimalloc).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let matches = Cli::command().version(version_line()).get_matches();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => e.exit(),
    };
    let quiet = cli.quiet;
    plansite::progress::set_level(if cli.quiet {
        Level::Quiet
    } else if cli.verbose {
        Level::Verbose
    } else {
        Level::Normal
    });
    let result = match cli.command {
        Command::Init { dir } => plansite::scaffold::init(&dir).map(|c| {
            if !quiet {
                for p in &c.paths {
                    println!("created {}", p.display());
                }
                print!("{}", plansite::scaffold::next_steps(&c.dir));
            }
        }),
        Command::Theme {
            action: ThemeAction::Eject { dir },
        } => plansite::scaffold::eject(&dir).map(|files| {
            if !quiet {
                println!(
                    "wrote {} files of the built-in theme into {}; the site uses each file there \
                     in place of the built-in one (delete the ones you do not change)",
                    files.len(),
                    dir.display()
                );
            }
        }),
        Command::Import { seeds, content } => {
            plansite::import::run(&seeds, &content).map(|summary| {
                if !quiet {
                    print!("{summary}");
                }
            })
        }
        Command::Serve { port, bind, site } => plansite::serve::run(&plansite::serve::ServeOptions {
            content: site.content,
            out: site.out,
            config: site.config,
            bind,
            port,
            watch: true,
        }),
        Command::Build { site, base_url } => {
            plansite::render::build_at(&site.into(), base_url.as_deref()).map(|summary| {
                if !quiet {
                    print!("{summary}");
                }
            })
        }
        Command::Check { site, base_url } => return check(site, base_url, quiet),
        Command::Align {
            content,
            review,
            confirm,
            reject,
        } => plansite::content::load_site(&content).and_then(|site| {
            let path = content.join(plansite::render::ALIGNMENT_FILE);
            if review {
                return plansite::indicators::review(&path, &site).map(|text| print!("{text}"));
            }
            if let Some((n, status)) = confirm
                .map(|n| (n, plansite::indicators::align::Status::Confirmed))
                .or(reject.map(|n| (n, plansite::indicators::align::Status::Rejected)))
            {
                return plansite::indicators::set_status(&path, &site, n, status)
                    .map(|line| println!("{line}"));
            }
            plansite::indicators::refresh_alignment_file(&path, &site).map(|a| {
                let auto = a
                    .groups
                    .iter()
                    .filter(|g| g.status == plansite::indicators::align::Status::Auto)
                    .count();
                println!(
                    "{}: {} groups ({} automatic, to confirm or reject)",
                    path.display(),
                    a.groups.len(),
                    auto
                );
            })
        }),
        Command::Search {
            query,
            plan,
            kind,
            period,
            region,
            issuer,
            json,
            limit,
            content,
        } => {
            let opts = SearchOptions {
                plan,
                kind,
                period,
                region,
                issuer,
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
                    "search index: {} units, {} terms, {} files ({} postings shards, {} fragments), {} bytes",
                    s.docs, s.terms, s.files, s.shards, s.fragments, s.js_bytes
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
        Err(e) => fail(&e),
    }
}

/// Runs `check`. Exit codes as ripgrep's: 0 the site has no problem, 1 problems were found, 2 the
/// check could not run (no site there, unreadable files, a bad configuration).
fn check(site: SiteArgs, base_url: Option<String>, quiet: bool) -> ExitCode {
    const COULD_NOT_RUN: u8 = 2;
    let could_not_run = |e: &plansite::Error| {
        fail(e);
        ExitCode::from(COULD_NOT_RUN)
    };
    let base_url = match (
        base_url,
        plansite::config::Config::locate(site.config.as_deref()),
    ) {
        (_, Err(e)) => return could_not_run(&e),
        (Some(u), _) => match plansite::config::normalise_base_url(&u) {
            Ok(u) => u,
            Err(m) => return could_not_run(&plansite::Error::other(format!("--base-url: {m}"))),
        },
        (None, Ok((c, _))) => c.base_url,
    };
    let opts = plansite::check::CheckOptions {
        out: site.out,
        content: Some(site.content),
        base_url,
    };
    match plansite::check::run(&opts) {
        Ok(report) => {
            if !(quiet && report.is_ok()) {
                print!("{report}");
            }
            if report.is_ok() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(e) => could_not_run(&e),
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
