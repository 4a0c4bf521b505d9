//! How much the command line tells on stderr: `--quiet` (errors only), normal, or `--verbose`
//! (per-plan lines, repair and warning counts, timings), and progress bars for long runs over many
//! plans or pages. Bars are drawn only when stderr is a terminal and the level is not quiet.

use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::sync::atomic::{AtomicU8, Ordering};

/// How much to tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Quiet = 0,
    Normal = 1,
    Verbose = 2,
}

static LEVEL: AtomicU8 = AtomicU8::new(Level::Normal as u8);

pub fn set_level(level: Level) {
    LEVEL.store(level as u8, Ordering::Relaxed);
}

pub fn level() -> Level {
    match LEVEL.load(Ordering::Relaxed) {
        0 => Level::Quiet,
        1 => Level::Normal,
        _ => Level::Verbose,
    }
}

pub fn is_quiet() -> bool {
    level() == Level::Quiet
}

/// A line on stderr when verbose.
pub fn verbose(message: impl FnOnce() -> String) {
    if level() == Level::Verbose {
        eprintln!("{}", message());
    }
}

/// A line on stderr unless quiet.
pub fn info(message: impl FnOnce() -> String) {
    if level() >= Level::Normal {
        eprintln!("{}", message());
    }
}

/// A progress bar over `len` steps, hidden when quiet or when stderr is not a terminal.
pub fn bar(len: usize, what: &str) -> ProgressBar {
    if is_quiet() || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let style = ProgressStyle::with_template("{msg:>10} [{bar:30}] {pos}/{len} {elapsed}")
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> ");
    ProgressBar::new(len as u64)
        .with_style(style)
        .with_message(what.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bar_is_hidden_when_stderr_is_not_a_terminal() {
        // Under `cargo test` stderr is captured or piped, never a terminal.
        if !std::io::stderr().is_terminal() {
            assert!(bar(10, "x").is_hidden());
        }
        set_level(Level::Quiet);
        let quiet = bar(10, "x").is_hidden();
        set_level(Level::Normal);
        assert!(quiet, "quiet hides every bar");
    }
}
