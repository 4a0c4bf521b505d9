//! The compact strings of the search index files (docs/search-index.md): numbers,
//! the postings of a term, the front-coded term list of a shard, the unigram families, and the
//! data script wrapper. The export writes them (`search::export`) and reads them back
//! (`search::score`); they are kept apart from the index builder, with no dependency on it, so
//! that the fuzz targets reach the decoders without building the site.

use serde::Serialize;
use serde_json::Value as Json;
use std::collections::BTreeMap;

/// Digits of the compact number strings: the 92 printable ASCII characters that need no escape in
/// JSON or JavaScript and are not the space that separates such strings (`!`, then `#` to `~`
/// without `\\`), in that order.
fn digit(i: u64) -> char {
    let c = match i {
        0 => 0x21,
        1..=57 => 0x22 + i as u32,
        _ => 0x23 + i as u32,
    };
    char::from_u32(c).unwrap_or('!')
}

/// The index of a digit character (`None` outside the alphabet).
fn digit_index(c: char) -> Option<u64> {
    match c {
        '!' => Some(0),
        '#'..='[' => Some(c as u64 - 0x22),
        ']'..='~' => Some(c as u64 - 0x23),
        _ => None,
    }
}

/// Digits that end a number (the first 78 of the alphabet); the other 14 lead it. A number `v`
/// is written as the digits of `v / 78` in base 14, most significant first, then `v % 78`: below
/// 78 one character, below 1,092 two, below 15,288 three. Positions and document gaps are
/// mostly small, so most numbers take one character (format 5; base 45 for both kinds before,
/// which took 6 to 10 % more characters).
pub const LAST_DIGITS: u64 = 78;
/// Digits that lead a number.
pub const LEADING_DIGITS: u64 = 14;

/// Appends `v` to a compact number string.
pub fn push_num(out: &mut String, v: u64) {
    // At most 17 leading digits: 78 × 14^17 > 2^64.
    let mut leading = [0u64; 17];
    let mut n = 0;
    let mut h = v / LAST_DIGITS;
    while h > 0 && n < leading.len() {
        leading[n] = h % LEADING_DIGITS;
        h /= LEADING_DIGITS;
        n += 1;
    }
    for d in leading.iter().take(n).rev() {
        out.push(digit(LAST_DIGITS + d));
    }
    out.push(digit(v % LAST_DIGITS));
}

/// Reads a compact number string back.
pub fn read_nums(s: &str) -> Vec<u64> {
    let mut out = Vec::new();
    let mut v = 0u64;
    for c in s.chars() {
        // Characters outside the alphabet read as the last digit 0, and a number too large
        // for 64 bits saturates (never a panic on a damaged file).
        let i = digit_index(c).unwrap_or(0);
        if i >= LAST_DIGITS {
            v = v
                .saturating_mul(LEADING_DIGITS)
                .saturating_add(i - LAST_DIGITS);
        } else {
            out.push(v.saturating_mul(LAST_DIGITS).saturating_add(i));
            v = 0;
        }
    }
    out
}

/// One posting as read back from tantivy.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Posting {
    pub doc: u32,
    pub positions: Vec<u32>,
}

/// The postings of one term as a compact number string: per document `2 × delta + (tf > 1)`
/// (the document delta from the previous document of the list), `tf − 2` when the term occurs
/// more than once, then its positions (the first as it is, the others as deltas).
pub fn encode_postings(postings: &[Posting]) -> String {
    let mut out = String::new();
    let mut prev = 0;
    for p in postings {
        let tf = p.positions.len() as u64;
        push_num(&mut out, u64::from(p.doc - prev) * 2 + u64::from(tf > 1));
        prev = p.doc;
        if tf > 1 {
            push_num(&mut out, tf - 2);
        }
        let mut last = 0;
        for (i, &q) in p.positions.iter().enumerate() {
            push_num(&mut out, u64::from(if i == 0 { q } else { q - last }));
            last = q;
        }
    }
    out
}

/// Reads [`encode_postings`] back; `None` when the string is cut short or out of range.
pub fn decode_postings(s: &str) -> Option<Vec<Posting>> {
    let nums = read_nums(s);
    let mut it = nums.into_iter();
    let mut out = Vec::new();
    let mut doc = 0u64;
    while let Some(v) = it.next() {
        doc = doc.checked_add(v / 2)?;
        let tf = if v % 2 == 1 {
            it.next()?.checked_add(2)?
        } else {
            1
        };
        let mut positions = Vec::new();
        let mut at = 0u64;
        for i in 0..tf {
            let v = it.next()?;
            at = if i == 0 { v } else { at.checked_add(v)? };
            positions.push(u32::try_from(at).ok()?);
        }
        out.push(Posting {
            doc: u32::try_from(doc).ok()?,
            positions,
        });
    }
    Some(out)
}

/// The terms of a shard, front-coded: each as the number of leading characters it shares with
/// the previous term (one digit, at most 9) and the rest, separated by spaces. The digit `1` is
/// left out when the rest does not start with a digit (a bigram after its unigram or a sibling:
/// `就 业 医` for 就, 就业, 就医).
pub fn encode_terms(terms: &[String]) -> String {
    let mut out = String::new();
    let mut prev: Vec<char> = Vec::new();
    for (i, t) in terms.iter().enumerate() {
        let chars: Vec<char> = t.chars().collect();
        let shared = prev
            .iter()
            .zip(&chars)
            .take_while(|(a, b)| a == b)
            .count()
            .min(9);
        if i > 0 {
            out.push(' ');
        }
        let rest = &chars[shared..];
        let implied = shared == 1 && rest.first().is_some_and(|c| !c.is_ascii_digit());
        if !implied {
            out.push(char::from(b'0' + shared as u8));
        }
        out.extend(rest);
        prev = chars;
    }
    out
}

/// Reads [`encode_terms`] back; `None` on a malformed list.
pub fn decode_terms(s: &str) -> Option<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    if s.is_empty() {
        return Some(out);
    }
    for part in s.split(' ') {
        let mut chars = part.chars();
        let shared = match part.chars().next()?.to_digit(10) {
            Some(d) => {
                chars.next();
                d as usize
            }
            None => 1,
        };
        let mut term: String = match out.last() {
            Some(prev) => prev.chars().take(shared).collect(),
            None => String::new(),
        };
        if term.chars().count() != shared {
            return None;
        }
        term.extend(chars);
        out.push(term);
    }
    Some(out)
}

/// Whether `term` is a CJK unigram: one code point that is not ASCII (the analyzer's other
/// terms are ASCII words and CJK bigrams, two code points).
pub fn is_unigram(term: &str) -> bool {
    let mut c = term.chars();
    matches!((c.next(), c.next()), (Some(x), None) if !x.is_ascii())
}

/// Whether `term` is a bigram starting with the unigram `head`.
pub fn is_bigram_of(term: &str, head: &str) -> bool {
    term.strip_prefix(head)
        .is_some_and(|rest| is_unigram(rest) && is_unigram(head))
}

/// The full postings of a unigram from its tail and its bigrams' postings (see [`Family`]):
/// per document, the union of the positions, in order.
pub fn unigram_postings<'a>(
    tail: &'a [Posting],
    bigrams: impl IntoIterator<Item = &'a [Posting]>,
) -> Vec<Posting> {
    let mut by_doc: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
    for p in tail.iter().chain(bigrams.into_iter().flatten()) {
        by_doc.entry(p.doc).or_default().extend(&p.positions);
    }
    by_doc
        .into_iter()
        .map(|(doc, mut positions)| {
            positions.sort_unstable();
            positions.dedup();
            Posting { doc, positions }
        })
        .collect()
}

/// The JSON of a `.js` data file (`window.__plansiteData("NAME", JSON);`).
pub fn read_js(text: &str) -> Option<Json> {
    let body = text.strip_prefix("window.__plansiteData(")?;
    let body = body.trim_end().strip_suffix(");")?;
    let comma = body.find(',')?;
    serde_json::from_str(&body[comma + 1..]).ok()
}

/// `s` with its last number one higher (`ch2-s1-p3` → `ch2-s1-p4`, `第3段` → `第4段`): the
/// anchor and citation of the unit after a unit, for most units. `None` without a number (a run
/// of ASCII digits, at most 15 of them, so that the client's doubles count them exactly).
pub fn successor(s: &str) -> Option<String> {
    let end = s.rfind(|c: char| c.is_ascii_digit())? + 1;
    let start = s[..end]
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .len();
    let digits = &s[start..end];
    if digits.len() > 15 {
        return None;
    }
    let n: u64 = digits.parse().ok()?;
    Some(format!("{}{}{}", &s[..start], n + 1, &s[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_digits_are_92_characters_that_need_no_escape() {
        // Every digit character is used: the 92 of the alphabet, in order.
        let all: String = (0..92).map(digit).collect();
        assert_eq!(all.chars().count(), 92);
        assert!(all
            .chars()
            .all(|c| c.is_ascii_graphic() && c != '\\' && c != '"'));
        assert!(all.chars().zip(all.chars().skip(1)).all(|(a, b)| a < b));
        assert!((0..92).all(|i| digit_index(digit(i)) == Some(i)));
    }
}
