//! Errors that name what went wrong and where: the file, the line when there is one, and what was
//! expected. The CLI prints them once and exits non-zero.

use std::fmt;
use std::path::{Path, PathBuf};

/// A plansite error.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad input in a file: seed, content file, template, config.
    #[error("{}: {message}", location(path, *line))]
    Input {
        path: PathBuf,
        line: Option<usize>,
        message: String,
    },
    /// An I/O failure on a path.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// Anything else, with its context.
    #[error("{0}")]
    Other(String),
}

fn location(path: &Path, line: Option<usize>) -> LocationDisplay<'_> {
    LocationDisplay { path, line }
}

struct LocationDisplay<'a> {
    path: &'a Path,
    line: Option<usize>,
}

impl fmt::Display for LocationDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}", self.path.display(), l),
            None => write!(f, "{}", self.path.display()),
        }
    }
}

impl Error {
    /// Bad input at a line of a file (1-based).
    pub fn at(path: impl Into<PathBuf>, line: usize, message: impl Into<String>) -> Self {
        Error::Input {
            path: path.into(),
            line: Some(line),
            message: message.into(),
        }
    }

    /// Bad input in a file, no line.
    pub fn in_file(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Error::Input {
            path: path.into(),
            line: None,
            message: message.into(),
        }
    }

    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    pub fn other(message: impl Into<String>) -> Self {
        Error::Other(message.into())
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
