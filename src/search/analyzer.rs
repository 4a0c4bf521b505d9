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
    let chars: Vec<(usize, char, CharClass)> = text
        .char_indices()
        .map(|(i, c)| {
            let n = normalize_char(c);
            (i, n, char_class(n))
        })
        .collect();
    let end_of = |k: usize| chars.get(k + 1).map_or(text.len(), |&(i, _, _)| i);
    let mut out: Vec<Term> = Vec::new();
    let mut pos = 0u32;
    let mut gap = false;
    let mut k = 0;
    while k < chars.len() {
        let (start, c, class) = chars[k];
        if matches!(class, CharClass::Cjk | CharClass::Word) && gap && !out.is_empty() {
            pos += 1;
        }
        match class {
            CharClass::Cjk => {
                gap = false;
                out.push(Term {
                    text: c.to_string(),
                    position: pos,
                    from: start,
                    to: end_of(k),
                });
                let next = (k + 1..chars.len()).find(|&j| chars[j].2 != CharClass::Space);
                if let Some(j) = next.filter(|&j| chars[j].2 == CharClass::Cjk) {
                    out.push(Term {
                        text: [c, chars[j].1].iter().collect(),
                        position: pos,
                        from: start,
                        to: end_of(j),
                    });
                }
                pos += 1;
                k += 1;
            }
            CharClass::Word => {
                gap = false;
                let mut j = k;
                while j < chars.len() && chars[j].2 == CharClass::Word {
                    j += 1;
                }
                out.push(Term {
                    text: chars[k..j].iter().map(|x| x.1).collect(),
                    position: pos,
                    from: start,
                    to: end_of(j - 1),
                });
                pos += 1;
                k = j;
            }
            CharClass::Space => k += 1,
            CharClass::Punct => {
                gap = true;
                k += 1;
            }
        }
    }
    out
}

/// The analyzer as a tantivy tokenizer.
#[derive(Debug, Clone, Default)]
pub struct PlansiteTokenizer;

/// Tokens of one text, handed to tantivy one by one.
pub struct PlansiteTokenStream {
    tokens: Vec<Token>,
    next: usize,
}

impl Tokenizer for PlansiteTokenizer {
    type TokenStream<'a> = PlansiteTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> PlansiteTokenStream {
        let tokens = analyze(text)
            .into_iter()
            .map(|t| Token {
                offset_from: t.from,
                offset_to: t.to,
                position: t.position as usize,
                text: t.text,
                position_length: 1,
            })
            .collect();
        PlansiteTokenStream { tokens, next: 0 }
    }
}

impl TokenStream for PlansiteTokenStream {
    fn advance(&mut self) -> bool {
        if self.next < self.tokens.len() {
            self.next += 1;
            true
        } else {
            false
        }
    }

    fn token(&self) -> &Token {
        &self.tokens[self.next - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.next - 1]
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

    #[test]
    fn the_tantivy_tokenizer_yields_the_same_terms() {
        let mut tok = PlansiteTokenizer;
        let mut stream = tok.token_stream("长期护理保险DRG");
        let mut got = Vec::new();
        while stream.advance() {
            let tk = stream.token();
            got.push((tk.text.clone(), tk.position as u32));
        }
        assert_eq!(got, terms("长期护理保险DRG"));
    }
}
