//! Any text read as the search index's compact strings (a damaged or hostile index file): numbers,
//! postings (bit strings) and term lists decode without a panic or a hang, and whatever decodes
//! is written back to a string that decodes to the same thing. Any text's successor (a fragment row's next anchor
//! or citation) differs from it in its digits only.
#![no_main]
use libfuzzer_sys::fuzz_target;
use plansite::search_format::{
    decode_postings, decode_term_list, decode_terms, encode_postings, encode_term_list,
    encode_terms, is_bigram_of, is_unigram,
    push_num, read_js, read_nums, successor, unigram_postings,
};

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let nums = read_nums(s);
    let mut again = String::new();
    for &n in &nums {
        push_num(&mut again, n);
    }
    assert_eq!(read_nums(&again), nums);

    // The number of documents the gap codes depend on: from the first byte, small to large.
    let n = data.first().map_or(1, |&b| 1u64 << (b % 40));
    if let Some(postings) = decode_postings(s, n) {
        assert_eq!(
            decode_postings(&encode_postings(&postings, n), n),
            Some(postings.clone())
        );
        let merged = unigram_postings(&postings, [postings.as_slice()]);
        for p in &merged {
            assert!(p.positions.windows(2).all(|w| w[0] < w[1]));
        }
    }
    if let Some(terms) = decode_terms(s) {
        assert_eq!(decode_terms(&encode_terms(&terms)), Some(terms.clone()));
        for pair in terms.windows(2) {
            let _ = is_unigram(&pair[0]) && is_bigram_of(&pair[1], &pair[0]);
        }
    }
    // A shard's term list: the text before the first line break as `t`, the rest as `b`.
    if let Some((t, b)) = s.split_once('\n') {
        if let Some(terms) = decode_term_list(t, b) {
            let (t2, b2) = encode_term_list(&terms);
            assert_eq!(decode_term_list(&t2, &b2), Some(terms));
        }
    }
    let _ = read_js(s);
    // A fragment row's successor (anchor, citation): only the last number changes, by one.
    if let Some(next) = successor(s) {
        let letters = |t: &str| t.chars().filter(|c| !c.is_ascii_digit()).collect::<String>();
        assert_ne!(next, s);
        assert_eq!(letters(&next), letters(s));
    }
});
