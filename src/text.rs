//! Small text utilities shared by the stages: Chinese numerals, whitespace, width folding.
//! Nothing here knows about plans.

/// Value of a Chinese numeral up to 9999 (`一`…`九千九百九十九`, also `〇`/`零`, `两`).
/// Returns `None` for anything else.
pub fn parse_cn_numeral(s: &str) -> Option<u32> {
    if s.is_empty() {
        return None;
    }
    let digit = |c: char| -> Option<u32> {
        Some(match c {
            '〇' | '零' => 0,
            '一' => 1,
            '二' | '两' => 2,
            '三' => 3,
            '四' => 4,
            '五' => 5,
            '六' => 6,
            '七' => 7,
            '八' => 8,
            '九' => 9,
            _ => return None,
        })
    };
    let mut total = 0u32;
    let mut current: Option<u32> = None;
    for c in s.chars() {
        let unit = match c {
            '十' => 10,
            '百' => 100,
            '千' => 1000,
            '零' | '〇' if current.is_none() && total > 0 => continue,
            _ => {
                let d = digit(c)?;
                if current.is_some() {
                    return None;
                }
                current = Some(d);
                continue;
            }
        };
        total += current.unwrap_or(1) * unit;
        current = None;
    }
    Some(total + current.unwrap_or(0))
}

/// Chinese numeral for 1..=99 in the form documents use (`十五`, `二十一`); digits above.
pub fn cn_numeral(n: u32) -> String {
    const D: [&str; 10] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => D[n as usize].to_string(),
        10..=19 => format!(
            "十{}",
            if n.is_multiple_of(10) {
                ""
            } else {
                D[(n % 10) as usize]
            }
        ),
        20..=99 => format!(
            "{}十{}",
            D[(n / 10) as usize],
            if n.is_multiple_of(10) {
                ""
            } else {
                D[(n % 10) as usize]
            }
        ),
        _ => n.to_string(),
    }
}

/// True for CJK ideographs (the Unified block and its extension A, compatibility ideographs).
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// Whitespace as the importer understands it: Unicode whitespace including the ideographic space
/// (U+3000) and the no-break space.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{3000}' || c == '\u{00A0}'
}

/// Text that names a year: four digits and 年 (`2020年`, `2025年目标`, `2026—2028年`), white space
/// left out.
pub fn names_year(t: &str) -> bool {
    let c: Vec<char> = strip_spaces(t).chars().collect();
    c.windows(5)
        .any(|w| w[..4].iter().all(char::is_ascii_digit) && w[4] == '年')
}

/// The text with every whitespace character removed (the fidelity check compares modulo whitespace).
pub fn strip_spaces(s: &str) -> String {
    s.chars().filter(|c| !is_space(*c)).collect()
}

/// Removes whitespace that stands between two CJK characters (`就 业` → `就业`, `指 标` → `指标`),
/// a layout artifact of spaced-out headings; other spaces are collapsed to one.
pub fn collapse_cjk_spacing(s: &str) -> String {
    let chars: Vec<char> = s.trim_matches(is_space).chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if is_space(c) {
            let mut j = i;
            while j < chars.len() && is_space(chars[j]) {
                j += 1;
            }
            let prev = out.chars().last();
            let next = chars.get(j).copied();
            let cjk_both = matches!((prev, next), (Some(a), Some(b)) if is_cjk(a) && is_cjk(b));
            if !cjk_both {
                out.push(' ');
            }
            i = j;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// Decodes `%XX` escapes of a URL path or fragment. `None` when an escape is cut short or not
/// hexadecimal, or when the decoded bytes are not UTF-8: such an address names no file of a site.
pub fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hi = bytes.get(i + 1).and_then(|c| (*c as char).to_digit(16))?;
            let lo = bytes.get(i + 2).and_then(|c| (*c as char).to_digit(16))?;
            out.push((hi * 16 + lo) as u8);
            i += 3;
        } else {
            out.push(b);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Folds full-width ASCII forms (`Ａ`, `１`, `（`) and the ideographic space to their half-width
/// forms. Used where two spellings of the same text must compare equal (search, labels).
pub fn fold_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// Escapes text for HTML, SVG and XML content and quoted attribute values: `& < > " '`. Control
/// characters other than tab and newline, which XML forbids, are dropped. `/` is left alone, so
/// relative links stay readable in page sources.
pub fn escape_markup(input: &str) -> String {
    let mut out = String::with_capacity(input.len() + 16);
    // Every character replaced or dropped is ASCII, and no byte of a multi-byte character is, so
    // the text between two such bytes is copied as it is.
    let mut plain = 0;
    for (i, b) in input.bytes().enumerate() {
        let with = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            b'\n' | b'\t' => continue,
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&input[plain..i]);
        out.push_str(with);
        plain = i + 1;
    }
    out.push_str(&input[plain..]);
    out
}

/// What stands between a label and its title: nothing after `、`, `.`, `．`, `)`, `）`, `：` or an
/// empty label, a space otherwise.
pub fn label_separator(label: &str) -> &'static str {
    let l = label.trim();
    if l.ends_with(|c: char| "、.．)）：".contains(c)) || l.is_empty() {
        ""
    } else {
        " "
    }
}

/// Cells that stand for "no figure" in a table (`—`, `/`, `无` …).
pub const PLACEHOLDERS: &[&str] = &["—", "——", "-", "－", "/", "—/—", "--", "─", "无"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_decoding_is_strict_and_never_slices_through_a_character() {
        for (input, want) in [
            ("a%20b", Some("a b")),
            ("%E4%B8%AD.html", Some("中.html")),
            ("plain中文", Some("plain中文")),
            ("b%a中.html", None),
            ("%", None),
            ("%4", None),
            ("%zz", None),
            ("%FF", None),
            ("%41", Some("A")),
        ] {
            assert_eq!(percent_decode(input).as_deref(), want, "{input}");
        }
    }

    #[test]
    fn numerals_round_trip() {
        for (s, n) in [
            ("一", 1),
            ("十", 10),
            ("十五", 15),
            ("二十", 20),
            ("二十一", 21),
            ("四十", 40),
            ("一百零五", 105),
        ] {
            assert_eq!(parse_cn_numeral(s), Some(n), "{s}");
        }
        for n in 1..=99 {
            assert_eq!(parse_cn_numeral(&cn_numeral(n)), Some(n));
        }
        assert_eq!(parse_cn_numeral("章"), None);
        assert_eq!(parse_cn_numeral("一二"), None);
    }

    #[test]
    fn spaced_out_cjk_collapses() {
        assert_eq!(collapse_cjk_spacing("一、就 业"), "一、就业");
        assert_eq!(collapse_cjk_spacing("指 标"), "指标");
        assert_eq!(collapse_cjk_spacing("稳定在 95 以上"), "稳定在 95 以上");
    }

    #[test]
    fn markup_escapes_and_drops_control_characters() {
        assert_eq!(
            escape_markup("<a href=\"x\">&'\u{1}/"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;/"
        );
        assert_eq!(
            escape_markup("就业\r\n\t<“创业”>\u{7}保险&\u{1f}"),
            "就业\n\t&lt;“创业”&gt;保险&amp;"
        );
        assert_eq!(escape_markup(""), "");
        assert_eq!(escape_markup("纯文本"), "纯文本");
    }

    #[test]
    fn width_folds() {
        assert_eq!(
            "ＤＲＧ（１）".chars().map(fold_width).collect::<String>(),
            "DRG(1)"
        );
    }
}
