//! The search analyzer: turns text into the terms the index stores and the queries look up.
//! The browser client (`analyze` in `themes/default/js/search/analyzer.js`) implements the same
//! rules character for character; `tests/js/analyzer.test.mjs` checks that both agree.
//!
//! Rules, applied to each Unicode code point after folding full-width ASCII to half-width
//! ([`crate::text::fold_width`]) and ASCII letters to lower case:
//! - a CJK ideograph (or 〇) takes one position and yields its unigram there, plus the bigram with
//!   the next non-space character at the same position when that character is CJK too;
//! - a run of ASCII letters and digits is one term at one position (`drg`, `2025`, `12333`);
//! - white space (Unicode `White_Space`, and the zero-width space, joiners and BOM) separates
//!   Latin words but is otherwise transparent: `就 业` reads as `就业`, `1273 万人` as `1273万人`;
//! - anything else (punctuation, symbols, other scripts) separates terms, and a run of it between
//!   two terms leaves one empty position, so `护理，保险` never reads as `护理保险`.
//!
//! Positions count characters, so a phrase query over bigrams at their offsets matches exactly
//! where the query's text stands in the paragraph, and nowhere else.

use crate::text::{fold_width, is_cjk};
use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

/// Name under which the analyzer is registered with tantivy.
pub const TOKENIZER_NAME: &str = "plansite";

/// One term of analyzed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub text: String,
    /// Position in the field (characters in CJK runs, one per Latin/digit word).
    pub position: u32,
    /// Byte range of the source text the term stands for.
    pub from: usize,
    pub to: usize,
}

/// What a character is for the analyzer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CharClass {
    Cjk,
    Word,
    Space,
    Punct,
}

/// The character as the analyzer sees it: width-folded, ASCII lower-cased.
pub fn normalize_char(c: char) -> char {
    fold_width(c).to_ascii_lowercase()
}

/// Class of an already normalized character.
pub fn char_class(c: char) -> CharClass {
    if is_cjk(c) || c == '〇' {
        CharClass::Cjk
    } else if c.is_ascii_alphanumeric() {
        CharClass::Word
    } else if c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200D}' | '\u{FEFF}') {
        CharClass::Space
    } else {
        CharClass::Punct
    }
}

/// Every term of `text`, in position order (a unigram before the bigram at the same position).
pub fn analyze(text: &str) -> Vec<Term> {
    let mut tokenizer = PlansiteTokenizer::default();
    let mut stream = tokenizer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        let t = stream.token();
        out.push(Term {
            text: t.text.clone(),
            position: u32::try_from(t.position).unwrap_or(u32::MAX),
            from: t.offset_from,
            to: t.offset_to,
        });
    }
    out
}

/// The analyzer as a tantivy tokenizer. It keeps its buffers from one text to the next, so
/// indexing allocates per document, not per term.
#[derive(Debug, Clone, Default)]
pub struct PlansiteTokenizer {
    /// The characters of the current text: byte offset, normalized character, class.
    chars: Vec<(usize, char, CharClass)>,
    token: Token,
}

/// The terms of one text, produced one by one by [`TokenStream::advance`].
pub struct PlansiteTokenStream<'a> {
    chars: &'a [(usize, char, CharClass)],
    /// Byte length of the text (the end of its last character).
    len: usize,
    /// Next character to read.
    k: usize,
    /// Position of the next term.
    pos: u32,
    /// Punctuation stands between the last term and the next character.
    gap: bool,
    emitted: bool,
    /// The bigram still to yield at the position of the unigram just yielded: (its first
    /// character, its second character, position).
    bigram: Option<(usize, usize, u32)>,
    token: &'a mut Token,
}

impl Tokenizer for PlansiteTokenizer {
    type TokenStream<'a> = PlansiteTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> PlansiteTokenStream<'a> {
        self.chars.clear();
        self.chars.extend(text.char_indices().map(|(i, c)| {
            let n = normalize_char(c);
            (i, n, char_class(n))
        }));
        self.token.reset();
        PlansiteTokenStream {
            chars: &self.chars,
            len: text.len(),
            k: 0,
            pos: 0,
            gap: false,
            emitted: false,
            bigram: None,
            token: &mut self.token,
        }
    }
}

impl PlansiteTokenStream<'_> {
    /// Byte offset just past character `k`.
    fn end_of(&self, k: usize) -> usize {
        self.chars.get(k + 1).map_or(self.len, |&(i, _, _)| i)
    }

    /// Makes the current token the characters `from..=to` (each kept when `keep` says so),
    /// at `position`.
    fn set(&mut self, from: usize, to: usize, position: u32, keep: impl Fn(CharClass) -> bool) {
        let (start, end) = (self.chars[from].0, self.end_of(to));
        self.token.text.clear();
        for &(_, c, class) in &self.chars[from..=to] {
            if keep(class) {
                self.token.text.push(c);
            }
        }
        self.token.offset_from = start;
        self.token.offset_to = end;
        self.token.position = position as usize;
        self.token.position_length = 1;
        self.emitted = true;
    }
}

impl TokenStream for PlansiteTokenStream<'_> {
    fn advance(&mut self) -> bool {
        if let Some((k, j, position)) = self.bigram.take() {
            // The unigram at `k` and the next non-space character `j`; spaces between are
            // transparent and left out.
            self.set(k, j, position, |class| class != CharClass::Space);
            return true;
        }
        while let Some(&(_, _, class)) = self.chars.get(self.k) {
            let k = self.k;
            if matches!(class, CharClass::Cjk | CharClass::Word) && self.gap && self.emitted {
                self.pos += 1;
            }
            match class {
                CharClass::Cjk => {
                    self.gap = false;
                    let position = self.pos;
                    self.set(k, k, position, |_| true);
                    let next =
                        (k + 1..self.chars.len()).find(|&j| self.chars[j].2 != CharClass::Space);
                    self.bigram = next
                        .filter(|&j| self.chars[j].2 == CharClass::Cjk)
                        .map(|j| (k, j, position));
                    self.pos += 1;
                    self.k = k + 1;
                    return true;
                }
                CharClass::Word => {
                    self.gap = false;
                    let mut j = k;
                    while self.chars.get(j).is_some_and(|c| c.2 == CharClass::Word) {
                        j += 1;
                    }
                    let position = self.pos;
                    self.set(k, j - 1, position, |_| true);
                    self.pos += 1;
                    self.k = j;
                    return true;
                }
                CharClass::Space => self.k += 1,
                CharClass::Punct => {
                    self.gap = true;
                    self.k += 1;
                }
            }
        }
        false
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(text: &str) -> Vec<(String, u32)> {
        analyze(text)
            .into_iter()
            .map(|t| (t.text, t.position))
            .collect()
    }

    fn t(s: &str, p: u32) -> (String, u32) {
        (s.to_string(), p)
    }

    /// Text, position and byte range of each term.
    type Placed = Vec<(String, u32, usize, usize)>;

    /// The terms `tok` yields for `text`.
    fn streamed(tok: &mut PlansiteTokenizer, text: &str) -> Placed {
        let mut stream = tok.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            let tk = stream.token();
            let position = u32::try_from(tk.position).unwrap();
            out.push((tk.text.clone(), position, tk.offset_from, tk.offset_to));
        }
        out
    }

    fn placed(terms: Vec<Term>) -> Placed {
        terms
            .into_iter()
            .map(|t| (t.text, t.position, t.from, t.to))
            .collect()
    }

    fn analyzed(text: &str) -> Placed {
        placed(analyze(text))
    }

    #[test]
    fn cjk_runs_give_unigrams_and_bigrams_at_character_positions() {
        assert_eq!(
            terms("护理保险"),
            vec![
                t("护", 0),
                t("护理", 0),
                t("理", 1),
                t("理保", 1),
                t("保", 2),
                t("保险", 2),
                t("险", 3),
            ]
        );
    }

    #[test]
    fn punctuation_breaks_bigrams_and_leaves_one_empty_position() {
        assert_eq!(
            terms("就业，“创业"),
            vec![
                t("就", 0),
                t("就业", 0),
                t("业", 1),
                t("创", 3),
                t("创业", 3),
                t("业", 4),
            ]
        );
        assert_eq!(terms("，就"), vec![t("就", 0)]);
        assert_eq!(terms("5.5%"), vec![t("5", 0), t("5", 2)]);
    }

    #[test]
    fn spaces_are_transparent_between_cjk_characters_and_separate_words() {
        assert_eq!(terms("就 业"), terms("就业"));
        assert_eq!(terms("1273 万人"), terms("1273万人"));
        assert_eq!(terms("covid 19"), vec![t("covid", 0), t("19", 1)]);
        assert_eq!(terms("就\u{3000}\u{200B}业"), terms("就业"));
    }

    #[test]
    fn latin_and_digit_runs_are_single_lowercase_terms() {
        assert_eq!(
            terms("推行DRG付费，拨打12333"),
            vec![
                t("推", 0),
                t("推行", 0),
                t("行", 1),
                t("drg", 2),
                t("付", 3),
                t("付费", 3),
                t("费", 4),
                t("拨", 6),
                t("拨打", 6),
                t("打", 7),
                t("12333", 8),
            ]
        );
        assert_eq!(terms("2025年"), vec![t("2025", 0), t("年", 1)]);
    }

    #[test]
    fn full_width_forms_fold_to_half_width() {
        assert_eq!(terms("ＤＲＧ（１２）"), vec![t("drg", 0), t("12", 2)]);
        assert_eq!(terms("Ｄrg"), terms("drG"));
    }

    #[test]
    fn offsets_cover_the_source_text() {
        let text = "推行ＤＲＧ付费";
        for term in analyze(text) {
            let src: String = text[term.from..term.to]
                .chars()
                .map(normalize_char)
                .collect();
            assert_eq!(src, term.text, "{term:?}");
        }
    }

    #[test]
    fn ling_counts_as_a_cjk_character() {
        assert_eq!(terms("二〇"), vec![t("二", 0), t("二〇", 0), t("〇", 1)]);
    }

    /// Random texts from an alphabet of every character class (a fixed xorshift sequence): each
    /// term is the folded text it stands on without its spaces, in position order, on character
    /// boundaries; one tokenizer used for all texts yields what a new one yields for each.
    #[test]
    fn terms_stand_on_their_text_for_any_text() {
        const ALPHABET: &[char] = &[
            '就', '业', '〇', '保', '险', 'Ｄ', 'ｒ', 'a', 'Z', '7', '９', ' ', '\u{3000}',
            '\u{200B}', '\n', '，', '%', '“', '.', 'é', '😀', '\u{1}',
        ];
        let mut next = crate::testkit::xorshift(0x9e37_79b9_7f4a_7c15u64);
        let mut shared = PlansiteTokenizer::default();
        for _ in 0..3000 {
            let len = (next() % 24) as usize;
            let text: String = (0..len)
                .map(|_| ALPHABET[(next() % ALPHABET.len() as u64) as usize])
                .collect();
            let terms = analyze(&text);
            let mut last = 0;
            for t in &terms {
                assert!(
                    t.position >= last && t.from < t.to && t.to <= text.len(),
                    "{text:?}"
                );
                assert!(text.is_char_boundary(t.from) && text.is_char_boundary(t.to));
                let folded: String = text[t.from..t.to]
                    .chars()
                    .map(normalize_char)
                    .filter(|&c| char_class(c) != CharClass::Space)
                    .collect();
                assert_eq!(folded, t.text, "{text:?}");
                last = t.position;
            }
            let again = streamed(&mut shared, &text);
            assert_eq!(again, placed(terms), "{text:?}");
        }
    }

    #[test]
    fn a_tokenizer_used_again_keeps_nothing_of_the_previous_text() {
        let mut tok = PlansiteTokenizer::default();
        let mut first = tok.token_stream("推行ＤＲＧ付费，长期护理保险 2025年");
        while first.advance() {}
        let got = streamed(&mut tok, "就 业");
        let want = analyzed("就 业");
        assert_eq!(got, want);
        assert_eq!(
            want,
            vec![
                ("就".to_string(), 0, 0, 3),
                ("就业".to_string(), 0, 0, 7),
                ("业".to_string(), 1, 4, 7),
            ]
        );
        let mut empty = tok.token_stream("，。");
        assert!(!empty.advance());
    }

    #[test]
    fn the_tantivy_tokenizer_yields_the_same_terms() {
        let mut tok = PlansiteTokenizer::default();
        assert_eq!(
            streamed(&mut tok, "长期护理保险DRG"),
            analyzed("长期护理保险DRG")
        );
        assert_eq!(analyzed("长期护理保险DRG").len(), 12);
    }
}
