//! Query language, shared with the browser client (`parseQuery` in `js/search/query.js`):
//! - text in quotes (`"…"`, `“…”`, `「…」`) is one phrase, spaces included;
//! - outside quotes, whitespace separates words; every word must match (AND);
//! - each phrase or word matches exactly where its analyzed terms stand side by side, so an
//!   unquoted 长期护理保险 finds the exact wording and nothing else.
//!
//! A clause is looked up with as few terms as cover its characters: CJK bigrams at every other
//! position (the last one may overlap), a unigram only for a lone CJK character, each Latin/digit
//! word as it is. The terms carry their offsets for a phrase query.

use super::analyzer::{analyze, char_class, normalize_char, CharClass};

/// One clause of a query: terms at offsets (the first at 0), in offset order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    /// The clause as typed (for display).
    pub source: String,
    pub terms: Vec<(u32, String)>,
}

/// Splits a query into clauses; clauses without any term (only punctuation) are dropped.
pub fn parse(query: &str) -> Vec<Clause> {
    split(query)
        .into_iter()
        .filter_map(|s| {
            let terms = cover(&s);
            (!terms.is_empty()).then_some(Clause { source: s, terms })
        })
        .collect()
}

fn closing_quote(c: char) -> Option<char> {
    match c {
        '"' => Some('"'),
        '“' => Some('”'),
        '「' => Some('」'),
        '『' => Some('』'),
        _ => None,
    }
}

/// Quoted parts and whitespace-separated words, in order.
fn split(query: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut chars = query.chars();
    while let Some(c) = chars.next() {
        let folded = normalize_char(c);
        if let Some(close) = closing_quote(folded) {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            let mut phrase = String::new();
            for d in chars.by_ref() {
                let d2 = normalize_char(d);
                if d2 == close || (close == '"' && d2 == '”') {
                    break;
                }
                phrase.push(d);
            }
            out.push(phrase);
        } else if folded.is_whitespace() {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
        } else {
            word.push(c);
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// The fewest terms that pin down every character of `text`, with their offsets.
pub fn cover(text: &str) -> Vec<(u32, String)> {
    // One slot per position: the unigram or word there, whether it is CJK, and the bigram
    // starting there if any. Positions left empty by punctuation stay `None`.
    struct Slot {
        term: String,
        cjk: bool,
        bigram: Option<String>,
    }
    let mut slots: Vec<Option<Slot>> = Vec::new();
    for t in analyze(text) {
        let p = t.position as usize;
        if p >= slots.len() {
            slots.resize_with(p + 1, || None);
        }
        match &mut slots[p] {
            Some(slot) => slot.bigram = Some(t.text),
            empty => {
                let cjk = t
                    .text
                    .chars()
                    .next()
                    .is_some_and(|c| char_class(c) == CharClass::Cjk);
                *empty = Some(Slot {
                    term: t.text,
                    cjk,
                    bigram: None,
                })
            }
        }
    }
    let bigram_at = |i: usize| slots.get(i).and_then(|s| s.as_ref()?.bigram.clone());
    let mut out = Vec::new();
    let mut i = 0;
    while i < slots.len() {
        let Some(slot) = &slots[i] else {
            i += 1;
            continue;
        };
        if let Some(b) = &slot.bigram {
            out.push((i as u32, b.clone()));
            i += 2;
        } else if let Some(prev) = (i > 0 && slot.cjk).then(|| bigram_at(i - 1)).flatten() {
            // Last character of a CJK run whose previous pair was taken: overlap by one.
            out.push(((i - 1) as u32, prev));
            i += 1;
        } else {
            out.push((i as u32, slot.term.clone()));
            i += 1;
        }
    }
    out
}

/// Byte ranges of `text` where any clause matches, sorted and merged (for highlighting).
pub fn match_spans(text: &str, clauses: &[Clause]) -> Vec<(usize, usize)> {
    let terms = analyze(text);
    let mut spans = Vec::new();
    for c in clauses {
        let Some((_, first)) = c.terms.first() else {
            continue;
        };
        for start in terms.iter().filter(|t| t.text == *first) {
            let found: Option<Vec<&super::analyzer::Term>> = c
                .terms
                .iter()
                .map(|(o, w)| {
                    terms
                        .iter()
                        .find(|t| t.position == start.position + o && t.text == *w)
                })
                .collect();
            if let Some(found) = found {
                let from = found.iter().map(|t| t.from).min().unwrap_or(start.from);
                let to = found.iter().map(|t| t.to).max().unwrap_or(start.to);
                spans.push((from, to));
            }
        }
    }
    spans.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (a, b) in spans {
        match merged.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(q: &str) -> Vec<Vec<(u32, &'static str)>> {
        parse(q)
            .into_iter()
            .map(|c| {
                c.terms
                    .into_iter()
                    .map(|(o, t)| (o, &*Box::leak(t.into_boxed_str())))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_cjk_run_is_covered_by_bigrams_at_every_other_position() {
        assert_eq!(
            terms("长期护理保险"),
            vec![vec![(0, "长期"), (2, "护理"), (4, "保险")]]
        );
        assert_eq!(
            terms("护理保险制"),
            vec![vec![(0, "护理"), (2, "保险"), (3, "险制")]]
        );
        assert_eq!(terms("就业"), vec![vec![(0, "就业")]]);
    }

    #[test]
    fn lone_cjk_characters_use_unigrams() {
        assert_eq!(terms("2025年"), vec![vec![(0, "2025"), (1, "年")]]);
        assert_eq!(terms("药"), vec![vec![(0, "药")]]);
        assert_eq!(terms("护理，保险"), vec![vec![(0, "护理"), (3, "保险")]]);
        assert_eq!(terms("第3章"), vec![vec![(0, "第"), (1, "3"), (2, "章")]]);
    }

    #[test]
    fn words_are_separate_clauses_and_quotes_make_one_phrase() {
        assert_eq!(
            terms("新就业形态 DRG"),
            vec![
                vec![(0, "新就"), (2, "业形"), (3, "形态")],
                vec![(0, "drg")]
            ]
        );
        assert_eq!(terms("\"护理 保险\""), vec![vec![(0, "护理"), (2, "保险")]]);
        assert_eq!(terms("“养老保险”"), vec![vec![(0, "养老"), (2, "保险")]]);
        assert_eq!(
            terms("「失业」 \"12333"),
            vec![vec![(0, "失业")], vec![(0, "12333")]]
        );
    }

    #[test]
    fn match_spans_cover_every_occurrence() {
        let text = "长期护理保险，长期护理；长期护理保险";
        let spans = match_spans(text, &parse("长期护理保险"));
        let got: Vec<&str> = spans.iter().map(|&(a, b)| &text[a..b]).collect();
        assert_eq!(got, vec!["长期护理保险", "长期护理保险"]);
        assert_eq!(spans[1].0, text.rfind("长期").unwrap_or(0));
    }

    #[test]
    fn punctuation_only_clauses_are_dropped() {
        assert!(parse("，。 “”").is_empty());
        assert_eq!(parse("、就业").len(), 1);
    }
}
