//! Decoding a seed file into lines: UTF-8 only (a UTF-8 BOM and CRLF/CR line ends are accepted);
//! anything else is refused with an error naming the file and, where it applies, the line.

use crate::error::{Error, Result};
use std::path::Path;

/// The largest seed accepted, in bytes.
pub const MAX_SEED_BYTES: usize = 16 * 1024 * 1024;
/// The longest line accepted, in bytes.
pub const MAX_LINE_BYTES: usize = 1024 * 1024;

/// One line of a seed, numbered from 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub no: usize,
    pub text: String,
}

/// Decodes `bytes` read from `path` into lines.
pub fn decode(path: &Path, bytes: &[u8]) -> Result<Vec<Line>> {
    if bytes.len() > MAX_SEED_BYTES {
        return Err(Error::in_file(
            path,
            format!(
                "seed is {} bytes; the limit is {MAX_SEED_BYTES} bytes",
                bytes.len()
            ),
        ));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(Error::at(
            path,
            1,
            "the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8",
        ));
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        return Err(Error::at(
            path,
            line_of(bytes, pos),
            "binary data (a NUL byte): expected plain UTF-8 text",
        ));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let pos = e.valid_up_to();
            return Err(Error::at(
                path,
                line_of(bytes, pos),
                format!(
                    "not valid UTF-8 at byte {pos}{}; convert the file to UTF-8 (e.g. `iconv -f GB18030 -t UTF-8`)",
                    if looks_like_gb(&bytes[pos..]) {
                        " (the bytes look like GBK/GB18030)"
                    } else {
                        ""
                    }
                ),
            ));
        }
    };
    if text.trim().is_empty() {
        return Err(Error::in_file(
            path,
            "the file is empty: expected the text of a plan",
        ));
    }
    let normalized = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut lines = Vec::new();
    for (i, raw) in normalized.split('\n').enumerate() {
        if raw.len() > MAX_LINE_BYTES {
            return Err(Error::at(
                path,
                i + 1,
                format!(
                    "line is {} bytes long; the limit is {MAX_LINE_BYTES} bytes",
                    raw.len()
                ),
            ));
        }
        if let Some(c) = raw
            .chars()
            .find(|c| c.is_control() && *c != '\t' && *c != '\u{c}')
        {
            return Err(Error::at(
                path,
                i + 1,
                format!("control character U+{:04X}: expected plain text", c as u32),
            ));
        }
        // A form feed marks a page break: it separates paragraphs like a blank line.
        for (k, part) in raw.split('\u{c}').enumerate() {
            if k > 0 {
                lines.push(Line {
                    no: i + 1,
                    text: String::new(),
                });
            }
            lines.push(Line {
                no: i + 1,
                text: part.to_string(),
            });
        }
    }
    Ok(lines)
}

fn line_of(bytes: &[u8], pos: usize) -> usize {
    bytes[..pos].iter().filter(|&&b| b == b'\n').count() + 1
}

fn looks_like_gb(rest: &[u8]) -> bool {
    rest.len() >= 2 && (0x81..=0xFE).contains(&rest[0]) && (0x40..=0xFE).contains(&rest[1])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(bytes: &[u8]) -> String {
        decode(Path::new("seeds/x.txt"), bytes)
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn accepts_bom_and_crlf() {
        let lines = decode(
            Path::new("x"),
            "\u{feff}第一章 总则\r\n\r\n正文。\r".as_bytes(),
        )
        .unwrap();
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, vec!["第一章 总则", "", "正文。", ""]);
    }

    #[test]
    fn refuses_what_is_not_utf8_text() {
        let gbk = [b'a', b'\n', 0xB5, 0xDA, 0xD2, 0xBB, 0xD5, 0xC2];
        let e = err(&gbk);
        assert!(e.starts_with("seeds/x.txt:2: not valid UTF-8"), "{e}");
        assert!(e.contains("GBK"), "{e}");
        assert!(err(&[0xFF, 0xFE, b'a', 0]).contains("UTF-16"));
        assert!(err(b"abc\n\0def").starts_with("seeds/x.txt:2: binary data"));
        assert!(err(b"  \n\n").contains("empty"));
        assert!(err(b"").contains("empty"));
        assert!(err(b"a\x07b").contains("control character U+0007"));
    }
}
