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

/// Values a two-character group of a bit string holds: 13 bits (92 × 92 = 8,464 ≥ 2^13).
const GROUP_BITS: u32 = 13;
/// Bits a bit string's last character holds when it stands alone (92 ≥ 2^6).
const LAST_CHAR_BITS: u32 = 6;
/// A Rice code's quotient is written in unary below this; from it on, as this many zeros and
/// then the rest as an Elias-gamma code, so that an outlying value costs its logarithm, not
/// its size.
const RICE_ESCAPE: u64 = 16;
/// The Rice parameter of the first position of a term in a document (positions are mostly
/// below a paragraph's length).
pub const FIRST_POSITION_K: u32 = 6;
/// The Rice parameter of the gap to a term's next position in the same document, less one.
pub const NEXT_POSITION_K: u32 = 5;
/// No code of a value below 2^64 needs more zeros than this.
const MAX_ZEROS: u32 = 64;

/// Bits written most significant first and packed into digit characters: each 13 bits as two
/// digits (`v / 92`, `v % 92`), the last at most 6 as one digit, the last 7 to 12 as two, the
/// free low bits zero.
#[derive(Default)]
struct BitWriter {
    out: String,
    acc: u32,
    len: u32,
}

impl BitWriter {
    fn bit(&mut self, b: bool) {
        self.bits(u64::from(b), 1);
    }

    /// The low `k` bits of `v`, most significant first.
    fn bits(&mut self, v: u64, k: u32) {
        let mut k = k.min(64);
        while k > 0 {
            let take = k.min(GROUP_BITS - self.len);
            let chunk = v.checked_shr(k - take).unwrap_or(0) & ((1 << take) - 1);
            self.acc = (self.acc << take) | chunk as u32;
            self.len += take;
            k -= take;
            if self.len == GROUP_BITS {
                self.push_group(self.acc);
                self.acc = 0;
                self.len = 0;
            }
        }
    }

    /// A group of 13 bits as two digits, `v / 92` then `v % 92`.
    fn push_group(&mut self, v: u32) {
        self.out.push(digit(u64::from(v) / 92));
        self.out.push(digit(u64::from(v) % 92));
    }

    /// Elias gamma of `v + 1`: as many zeros as `v + 1` has bits after its first, then `v + 1`.
    fn gamma(&mut self, v: u64) {
        let m = u128::from(v) + 1;
        let width = 128 - m.leading_zeros();
        self.bits(0, width - 1);
        // The leading one, then the `width - 1` bits below it.
        self.bit(true);
        self.bits(v.wrapping_add(1), width - 1);
    }

    /// Rice code of `v` with parameter `k`: the quotient `v >> k` in unary (zeros, then a one;
    /// escaped from [`RICE_ESCAPE`] on), then the low `k` bits.
    fn rice(&mut self, v: u64, k: u32) {
        let q = v.checked_shr(k).unwrap_or(0);
        if q < RICE_ESCAPE {
            self.bits(0, q as u32);
            self.bit(true);
        } else {
            self.bits(0, RICE_ESCAPE as u32);
            self.gamma(q - RICE_ESCAPE);
        }
        self.bits(v, k);
    }

    fn finish(mut self) -> String {
        if self.len > 0 && self.len <= LAST_CHAR_BITS {
            self.out
                .push(digit(u64::from(self.acc << (LAST_CHAR_BITS - self.len))));
        } else if self.len > 0 {
            self.push_group(self.acc << (GROUP_BITS - self.len));
        }
        self.out
    }
}

/// Reads what [`BitWriter`] wrote; `None` past the end or on a character or group out of range.
struct BitReader<'a> {
    chars: std::str::Chars<'a>,
    acc: u32,
    len: u32,
}

impl<'a> BitReader<'a> {
    fn new(s: &'a str) -> BitReader<'a> {
        BitReader {
            chars: s.chars(),
            acc: 0,
            len: 0,
        }
    }

    /// Reads the next group (or the last lone character) when every bit read so far is used.
    fn refill(&mut self) -> Option<()> {
        if self.len > 0 {
            return Some(());
        }
        let hi = digit_index(self.chars.next()?)?;
        let (v, len) = match self.chars.next() {
            Some(c) => (hi * 92 + digit_index(c)?, GROUP_BITS),
            None => (hi, LAST_CHAR_BITS),
        };
        self.acc = u32::try_from(v).ok().filter(|&v| v < 1 << len)?;
        self.len = len;
        Some(())
    }

    fn bit(&mut self) -> Option<bool> {
        Some(self.bits(1)? == 1)
    }

    /// The next `k` bits (at most 64) as a number, the first the most significant.
    fn bits(&mut self, k: u32) -> Option<u64> {
        let mut v = 0u64;
        let mut k = k.min(64);
        while k > 0 {
            self.refill()?;
            let take = k.min(self.len);
            self.len -= take;
            let chunk = (self.acc >> self.len) & ((1 << take) - 1);
            v = (v << take) | u64::from(chunk);
            k -= take;
        }
        Some(v)
    }

    fn gamma(&mut self) -> Option<u64> {
        let mut zeros = 0;
        while !self.bit()? {
            zeros += 1;
            if zeros >= MAX_ZEROS {
                return None;
            }
        }
        let rest = self.bits(zeros)?;
        (1u64 << zeros | rest).checked_sub(1)
    }

    fn rice(&mut self, k: u32) -> Option<u64> {
        let mut q = 0;
        while !self.bit()? {
            q += 1;
            if q == RICE_ESCAPE {
                q = self.gamma()?.checked_add(RICE_ESCAPE)?;
                break;
            }
        }
        let low = self.bits(k)?;
        q.checked_mul(1u64.checked_shl(k)?)?.checked_add(low)
    }

    /// Whether every bit left is a zero of the padding.
    fn only_padding_left(mut self) -> bool {
        let rest_zero = self.len == 0 || self.acc & ((1 << self.len) - 1) == 0;
        rest_zero && self.chars.next().is_none()
    }
}

/// The Rice parameter of the document gaps of a term in `df` of `n` documents: the largest `k`
/// with `df × 2^k ≤ 0.69 × n` (Golomb's rule for gaps spread at random), 0 when none.
pub fn gap_k(df: u64, n: u64) -> u32 {
    let mut k = 0;
    while k < 40 && (u128::from(df) * 100) << (k + 1) <= u128::from(n) * 69 {
        k += 1;
    }
    k
}

/// The postings of one term, in an index of `n` documents, as a bit string (format 6): the
/// number of documents less one (Elias gamma), then per document the gap from the previous
/// document less one (the first: the document itself) as a Rice code with parameter
/// [`gap_k`], the number of positions less one (Elias gamma), the first position (Rice,
/// [`FIRST_POSITION_K`]) and the gaps to the next ones less one (Rice, [`NEXT_POSITION_K`]).
/// An empty list is the empty string.
pub fn encode_postings(postings: &[Posting], n: u64) -> String {
    let mut w = BitWriter::default();
    let Some(df) = (postings.len() as u64).checked_sub(1) else {
        return String::new();
    };
    w.gamma(df);
    let k = gap_k(df + 1, n);
    let mut next = 0u64;
    for p in postings {
        w.rice(u64::from(p.doc).saturating_sub(next), k);
        next = u64::from(p.doc) + 1;
        w.gamma((p.positions.len() as u64).saturating_sub(1));
        let mut last = 0u64;
        for (i, &q) in p.positions.iter().enumerate() {
            let q = u64::from(q);
            if i == 0 {
                w.rice(q, FIRST_POSITION_K);
            } else {
                w.rice(q.saturating_sub(last + 1), NEXT_POSITION_K);
            }
            last = q;
        }
    }
    w.finish()
}

/// Reads [`encode_postings`] back for an index of `n` documents; `None` when the string is cut
/// short, out of range or has more than padding after the last document.
pub fn decode_postings(s: &str, n: u64) -> Option<Vec<Posting>> {
    if s.is_empty() {
        return Some(Vec::new());
    }
    let mut r = BitReader::new(s);
    let df = r.gamma()?.checked_add(1)?;
    let k = gap_k(df, n);
    // Every document takes at least three bits: never reserve more than the string holds.
    let mut out = Vec::with_capacity(usize::try_from(df).ok()?.min(s.len() * 3));
    let mut next = 0u64;
    for _ in 0..df {
        let doc = next.checked_add(r.rice(k)?)?;
        next = doc.checked_add(1)?;
        let tf = r.gamma()?.checked_add(1)?;
        let mut positions = Vec::new();
        let mut at = 0u64;
        for i in 0..tf {
            at = if i == 0 {
                r.rice(FIRST_POSITION_K)?
            } else {
                at.checked_add(r.rice(NEXT_POSITION_K)?)?.checked_add(1)?
            };
            positions.push(u32::try_from(at).ok()?);
        }
        out.push(Posting {
            doc: u32::try_from(doc).ok()?,
            positions,
        });
    }
    r.only_padding_left().then_some(out)
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

/// Code point the first bigram of a family is counted from (zigzag: below it, odd numbers).
const FAMILY_BASE: i64 = 0x4E00;

/// The terms of a shard as two strings (format 7): `t`, the terms front-coded
/// ([`encode_terms`]) without the bigrams that follow their unigram, and `b`, compact numbers:
/// for each CJK unigram of `t`, the number of bigrams that follow it (its family, in rising
/// order of their second character), then their second characters, the first as its distance
/// from U+4E00 (zigzag), each next as its distance from the one before less one. A bigram
/// written as two characters of UTF-8 and a space took 7 bytes, or 4 after its unigram; in `b`
/// it takes one to three characters.
pub fn encode_term_list(terms: &[String]) -> (String, String) {
    let mut listed = Vec::new();
    let mut families = String::new();
    let mut i = 0;
    while i < terms.len() {
        let head = &terms[i];
        listed.push(head.clone());
        i += 1;
        if !is_unigram(head) {
            continue;
        }
        let mut seconds: Vec<u32> = Vec::new();
        while let Some(next) = terms.get(i) {
            let second = next
                .strip_prefix(head.as_str())
                .and_then(|rest| rest.chars().next())
                .map(u32::from);
            match second {
                Some(y) if is_bigram_of(next, head) && seconds.last().is_none_or(|&l| y > l) => {
                    seconds.push(y);
                    i += 1;
                }
                _ => break,
            }
        }
        push_num(&mut families, seconds.len() as u64);
        let mut prev = None;
        for &y in &seconds {
            let v = match prev {
                None => zigzag(i64::from(y) - FAMILY_BASE),
                Some(p) => u64::from(y - p - 1),
            };
            push_num(&mut families, v);
            prev = Some(y);
        }
    }
    (encode_terms(&listed), families)
}

/// Reads [`encode_term_list`] back; `None` on a malformed list or numbers left over.
pub fn decode_term_list(t: &str, b: &str) -> Option<Vec<String>> {
    let listed = decode_terms(t)?;
    let nums = read_nums(b);
    let mut nums = nums.into_iter();
    let mut out = Vec::with_capacity(listed.len());
    for head in listed {
        let family = is_unigram(&head);
        out.push(head.clone());
        if !family {
            continue;
        }
        let count = nums.next()?;
        let mut prev: Option<u32> = None;
        for _ in 0..count {
            let v = nums.next()?;
            let y = match prev {
                None => u32::try_from(unzigzag(v).checked_add(FAMILY_BASE)?).ok()?,
                Some(p) => u32::try_from(u64::from(p).checked_add(v)?.checked_add(1)?).ok()?,
            };
            out.push(format!("{head}{}", char::from_u32(y)?));
            prev = Some(y);
        }
    }
    nums.next().is_none().then_some(out)
}

fn zigzag(d: i64) -> u64 {
    if d >= 0 {
        d.unsigned_abs() * 2
    } else {
        d.unsigned_abs() * 2 - 1
    }
}

fn unzigzag(v: u64) -> i64 {
    let half = i64::try_from(v / 2).unwrap_or(i64::MAX);
    if v.is_multiple_of(2) {
        half
    } else {
        -half - 1
    }
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

    /// Postings with values of every magnitude (a fixed xorshift sequence), so that Rice and
    /// gamma codes take both the one-number path and the escape path: each list reads back as
    /// written, for index sizes from one document to 2^32.
    #[test]
    fn postings_of_every_magnitude_round_trip() {
        let mut next = crate::testkit::xorshift(0x2545_f491_4f6c_dd1du64);
        for round in 0..400u64 {
            let n = 1u64 << (round % 33);
            let mut doc = 0u64;
            let mut list = Vec::new();
            while list.len() < (next() % 12) as usize + 1 {
                let bits = (next() % 33) as u32;
                doc += next() & ((1u64 << bits) - 1);
                if doc >= n {
                    break;
                }
                let mut positions: Vec<u32> = Vec::new();
                let mut at = 0u64;
                for _ in 0..(next() % 6) + 1 {
                    at += next() & ((1u64 << (next() % 33)) - 1);
                    match u32::try_from(at) {
                        Ok(p) if positions.last().is_none_or(|&l| l < p) => positions.push(p),
                        _ => {}
                    }
                    at += 1;
                }
                if positions.is_empty() {
                    positions.push(0);
                }
                list.push(Posting {
                    doc: u32::try_from(doc).unwrap_or(u32::MAX),
                    positions,
                });
                doc += 1;
            }
            list.dedup_by_key(|p| p.doc);
            let encoded = encode_postings(&list, n);
            assert_eq!(decode_postings(&encoded, n), Some(list.clone()), "n = {n}");
        }
    }

    #[test]
    fn the_gap_parameter_is_golombs_rule_in_integers() {
        // The client's gapK is checked against the same values (tests/js/parity.test.mjs).
        for (df, n, k) in [
            (1, 374, 8),
            (374, 374, 0),
            (10, 20, 0),
            (1, 4_294_967_295, 31),
            (3, 1, 0),
        ] {
            assert_eq!(gap_k(df, n), k, "gap_k({df}, {n})");
        }
        let list: Vec<Posting> = (0..100)
            .map(|i| Posting {
                doc: i * 1_000 + (i * 7_919) % 1_000,
                positions: vec![i % 50],
            })
            .collect();
        let s = encode_postings(&list, 100_000);
        assert_eq!(decode_postings(&s, 100_000), Some(list));
        // About 12 bits per document for its gap (log2(N / df) + 1.5) and 8 for its tf and
        // position; 13 bits take two characters, so about 310 characters.
        assert!(s.len() < 100 * 20 / 6, "{} characters", s.len());
    }
}
