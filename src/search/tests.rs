//! Search tests over the seed plans: exact-substring recall, phrases without false hits,
//! indicator documents, and the export read back and scored as the browser does.

use super::analyzer::{char_class, normalize_char, CharClass};
use super::export;
use super::index::{build, build_from_docs, documents, DocKind, SearchDoc, SearchOptions};
use super::query::parse;
use super::score::search_export;
use std::collections::BTreeSet;

/// The text as search compares it: normalized, white space removed.
fn normalized(s: &str) -> String {
    s.chars()
        .map(normalize_char)
        .filter(|c| char_class(*c) != CharClass::Space)
        .collect()
}

/// The two shipped seeds through the real importer, each cut to its first `n` chapters.
fn seed_site(n: usize) -> crate::model::Site {
    crate::testkit::first_chapters(crate::testkit::seed_site(), n)
}

fn all(limit: Option<usize>) -> SearchOptions {
    SearchOptions {
        limit,
        ..Default::default()
    }
}

fn doc(text: &str) -> SearchDoc {
    SearchDoc {
        plan: "p".into(),
        plan_title: "某规划".into(),
        kind: DocKind::Paragraph,
        title: String::new(),
        citation: String::new(),
        text: text.into(),
        url: "p/ch1.html#ch1-p1".into(),
    }
}

fn hit_docs(ix: &super::SearchIndex, q: &str) -> BTreeSet<u32> {
    ix.search(q, &all(None))
        .expect("search")
        .hits
        .iter()
        .map(|h| h.doc)
        .collect()
}

/// Every CJK-only substring of 2 to 7 characters of sample paragraphs finds exactly the
/// documents whose text contains it, quoted or not.
#[test]
fn every_cjk_substring_finds_exactly_the_paragraphs_that_contain_it() {
    let docs = documents(&seed_site(3));
    let ix = build_from_docs(&docs).expect("index");
    let texts: Vec<String> = docs.iter().map(|d| normalized(&d.text)).collect();
    let mut checked = 0;
    for (i, text) in texts.iter().enumerate().step_by(9).take(30) {
        let chars: Vec<char> = text.chars().collect();
        let mut seen = BTreeSet::new();
        for start in (0..chars.len()).step_by(2) {
            for len in 2..=7 {
                let Some(sub) = chars.get(start..start + len) else {
                    break;
                };
                if !sub.iter().all(|c| char_class(*c) == CharClass::Cjk) {
                    break;
                }
                let q: String = sub.iter().collect();
                if !seen.insert(q.clone()) {
                    continue;
                }
                let expected: BTreeSet<u32> = texts
                    .iter()
                    .enumerate()
                    .filter(|(_, t)| t.contains(&q))
                    .map(|(d, _)| d as u32)
                    .collect();
                assert!(expected.contains(&(i as u32)));
                assert_eq!(hit_docs(&ix, &q), expected, "unquoted {q}");
                assert_eq!(hit_docs(&ix, &format!("\"{q}\"")), expected, "quoted {q}");
                checked += 1;
            }
        }
    }
    assert!(checked > 3000, "only {checked} substrings checked");
}

#[test]
fn a_phrase_does_not_match_its_parts_in_other_places() {
    let ix = build_from_docs(&[
        doc("探索建立长期护理保险制度。"),
        doc("发展长期护理服务，鼓励商业护理保险。"),
        doc("长期护理，保险机构参与经办。"),
    ])
    .expect("index");
    assert_eq!(hit_docs(&ix, "长期护理保险"), BTreeSet::from([0]));
    assert_eq!(hit_docs(&ix, "护理保险"), BTreeSet::from([0, 1]));
    // Spaces are transparent; punctuation stands between words and must be matched.
    assert_eq!(hit_docs(&ix, "\"长期护理 保险\""), BTreeSet::from([0]));
    assert_eq!(hit_docs(&ix, "长期护理，保险"), BTreeSet::from([2]));
    assert_eq!(hit_docs(&ix, "\"长期护理、保险\""), BTreeSet::from([2]));
    assert_eq!(hit_docs(&ix, "长期护理 商业"), BTreeSet::from([1]));
}

#[test]
fn latin_digits_and_mixed_wording_are_found() {
    let ix = build_from_docs(&[
        doc("推进DRG付费方式改革，2025年底前全覆盖。"),
        doc("开通１２３３３热线，ｄｒｇ试点。"),
        doc("到2025年，城镇调查失业率控制在5.5%以内。"),
    ])
    .expect("index");
    assert_eq!(hit_docs(&ix, "drg"), BTreeSet::from([0, 1]));
    assert_eq!(hit_docs(&ix, "DRG付费"), BTreeSet::from([0]));
    assert_eq!(hit_docs(&ix, "12333"), BTreeSet::from([1]));
    assert_eq!(hit_docs(&ix, "2025年"), BTreeSet::from([0, 2]));
    assert_eq!(hit_docs(&ix, "2025年底"), BTreeSet::from([0]));
    assert_eq!(hit_docs(&ix, "年底"), BTreeSet::from([0]));
    assert_eq!(hit_docs(&ix, "5.5%"), BTreeSet::from([2]));
}

#[test]
fn filters_and_counts_per_plan() {
    let mut a = doc("稳定就业。");
    a.plan = "a".into();
    let mut b = doc("就业优先。");
    b.plan = "b".into();
    b.kind = DocKind::Heading;
    let ix = build_from_docs(&[a.clone(), b, a]).expect("index");
    let r = ix
        .search(
            "就业",
            &SearchOptions {
                plan: Some("a".into()),
                ..Default::default()
            },
        )
        .expect("search");
    assert_eq!(r.per_plan.get("a"), Some(&2));
    assert_eq!(r.per_plan.get("b"), Some(&1));
    assert!(r.hits.iter().all(|h| h.plan == "a"));
    let r = ix
        .search(
            "就业",
            &SearchOptions {
                kind: Some(DocKind::Heading),
                ..Default::default()
            },
        )
        .expect("search");
    assert_eq!(r.hits.iter().map(|h| h.doc).collect::<Vec<_>>(), vec![1]);
}

#[test]
fn indicator_rows_are_documents_with_row_anchors() {
    let docs = documents(&seed_site(1));
    let rows: Vec<&SearchDoc> = docs
        .iter()
        .filter(|d| d.kind == DocKind::Indicator && d.url.contains("-r"))
        .collect();
    assert!(!rows.is_empty());
    let r = rows
        .iter()
        .find(|d| d.text.starts_with("城镇调查失业率"))
        .expect("row of 城镇调查失业率");
    assert!(
        r.url.starts_with("beijing-hrss-14th/ch1.html#t"),
        "{}",
        r.url
    );
    assert!(r.text.contains('：'), "{}", r.text);
}

/// A hit on an indicator row cites the row: the table's citation and the row's name (the text
/// before the first `：`) in quotes; the table's caption, and every other unit, its own.
#[test]
fn an_indicator_rows_hit_cites_the_row_by_name() {
    let site = seed_site(1);
    let docs = documents(&site);
    let ix = build(&site).expect("index");
    let opts = SearchOptions {
        kind: Some(DocKind::Indicator),
        ..all(None)
    };
    let r = ix.search("城镇调查失业率", &opts).expect("search");
    let row = r.hits.iter().find(|h| h.url.contains("-r")).expect("a row");
    let table = &docs[row.doc as usize].citation;
    assert!(table.ends_with("「“十四五”时期主要目标」"), "{table}");
    assert_eq!(row.citation, format!("{table}“城镇调查失业率(%)”"));
    // Every row a query finds is cited by its name; every other unit as before.
    let r = ix.search("失业", &all(None)).expect("search");
    let (mut rows, mut others) = (0, 0);
    for h in &r.hits {
        let d = &docs[h.doc as usize];
        if d.kind == DocKind::Indicator
            && h.url.rsplit('#').next().is_some_and(|a| a.contains("-r"))
        {
            let name = d.text.split('：').next().unwrap();
            assert_eq!(h.citation, format!("{}“{name}”", d.citation));
            rows += 1;
        } else {
            assert_eq!(h.citation, d.citation, "{}", h.url);
            others += 1;
        }
    }
    assert!(rows > 0 && others > 0, "{rows} rows, {others} others");
    let r = ix.search("预期性", &opts).expect("search");
    assert!(r.hits.len() > 3 && r.hits.iter().all(|h| h.citation.ends_with('”')));
    // The command's text names the row too.
    let text = super::cli::format_text(&ix.search("城镇调查失业率", &opts).expect("search"));
    assert!(
        text.contains(&format!("{table}“城镇调查失业率(%)”")),
        "{text}"
    );
}

#[test]
fn the_export_carries_what_tantivy_ranks_with() {
    let site = seed_site(3);
    let ix = build(&site).expect("index");
    let dir = tempfile::tempdir().expect("tempdir");
    let summary = export::write(&ix, dir.path()).expect("export");
    assert!(summary.terms > 1000);
    let rb = export::read_back(&ix).expect("read back");
    assert_eq!(rb.docs.len() as u32, rb.num_docs);
    for q in [
        "就业",
        "长期护理保险",
        "新就业形态",
        "养老保险 制度",
        "\"社会保障\"",
        "2025年",
        "人才 创新",
        "失业率",
        "职业技能培训",
        "医疗保障",
        "护",
        // Longer than one window: two or three groups of terms, each from its own file.
        "实施职业技能提升行动",
        "健全多层次社会保障体系",
        "十四五”时期",
        "就业 \"社会保障体系\"",
    ] {
        let tantivy: Vec<(u32, f32)> = ix
            .search(q, &all(None))
            .expect("search")
            .hits
            .iter()
            .map(|h| (h.doc, h.score))
            .collect();
        let ours = search_export(dir.path(), &parse(q)).expect("score");
        assert!(!tantivy.is_empty(), "{q} finds nothing");
        assert_eq!(ours.len(), tantivy.len(), "{q}");
        for (a, b) in ours.iter().zip(&tantivy) {
            assert_eq!(a.0, b.0, "{q}: order");
            assert!((a.1 - b.1).abs() <= 1e-6 * b.1.abs(), "{q}: {a:?} vs {b:?}");
        }
    }
}

#[test]
fn field_norms_read_back_are_tantivys_lossy_ones() {
    let long = "就业".repeat(80);
    let ix = build_from_docs(&[doc("就业"), doc(&long)]).expect("index");
    let rb = export::read_back(&ix).expect("read back");
    // "就业" is 就, 就业, 业: three terms.
    assert_eq!(rb.fieldnorms[0], 3);
    // 160 characters give 319 terms, stored as the nearest lower fieldnorm step.
    assert!(
        rb.fieldnorms[1] < 319 && rb.fieldnorms[1] > 250,
        "{}",
        rb.fieldnorms[1]
    );
    assert_eq!(rb.total_tokens, 3 + 319);
}

/// `tests/fixtures/search-site.json` (the plan model the node tests search) is the seed site of
/// the test kit cut to three chapters; `PLANSITE_BLESS=1 cargo test` rewrites it.
#[test]
fn the_node_test_fixture_is_the_seed_site() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/search-site.json");
    let want = serde_json::to_string_pretty(&seed_site(3)).expect("json") + "\n";
    if std::env::var_os("PLANSITE_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, &want).expect("write fixture");
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "{} is stale: run PLANSITE_BLESS=1 cargo test",
        path.display()
    );
}

#[test]
fn every_terms_postings_read_back_from_the_export_are_tantivys() {
    // Unigrams are written as their tail only and rebuilt from their bigrams: every term of the
    // index, read from the export as a reader reads it, has exactly tantivy's postings. Small
    // shards make unigram families reach across shard boundaries.
    let site = seed_site(2);
    let ix = build(&site).expect("index");
    let rb = export::read_back(&ix).expect("read back");
    let dir = tempfile::tempdir().expect("tempdir");
    export::write(&ix, dir.path()).expect("export");
    let mut ex = super::score::Export::open(dir.path()).expect("open");
    assert!(ex.shard_firsts.len() > 5, "several shards");
    let mut unigrams = 0;
    let mut split = 0;
    for (term, list) in &rb.terms {
        assert_eq!(&ex.postings(term).expect("postings"), list, "{term}");
        if export::is_unigram(term) {
            unigrams += 1;
            let last = ex.shard_of(&format!("{term}{}", char::MAX));
            if last != ex.shard_of(term) {
                split += 1;
            }
        }
    }
    assert!(unigrams > 500, "{unigrams} unigrams");
    assert!(split > 0, "no unigram family crosses a shard boundary");
}

#[test]
fn a_unigram_is_rebuilt_from_its_tail_and_its_bigrams() {
    let p = |doc, positions: &[u32]| export::Posting {
        doc,
        positions: positions.to_vec(),
    };
    let tail = vec![p(0, &[4]), p(3, &[9])];
    let a = vec![p(0, &[0, 7]), p(2, &[1])];
    let b = vec![p(0, &[2]), p(3, &[5])];
    let got = export::unigram_postings(&tail, [a.as_slice(), b.as_slice()]);
    assert_eq!(got, vec![p(0, &[0, 2, 4, 7]), p(2, &[1]), p(3, &[5, 9])]);
    assert!(export::is_unigram("就") && export::is_unigram("𠀀"));
    assert!(!export::is_unigram("a") && !export::is_unigram("就业") && !export::is_unigram(""));
    assert!(export::is_bigram_of("就业", "就") && !export::is_bigram_of("就业", "业"));
    assert!(!export::is_bigram_of("就a", "就") && !export::is_bigram_of("就", "就"));
}

/// An index of no documents, or of documents without a term, answers every query with nothing
/// and exports a search folder the scorer reads back (one segment, even when empty).
#[test]
fn an_index_without_terms_answers_nothing_and_exports() {
    for docs in [vec![], vec![doc("，。、"), doc("——")]] {
        let ix = build_from_docs(&docs).expect("index");
        let r = ix.search("就业", &all(None)).expect("search");
        assert_eq!((r.total, r.hits.len()), (0, 0));
        let dir = tempfile::tempdir().expect("temp dir");
        let summary = export::write(&ix, dir.path()).expect("export");
        assert_eq!(summary.docs as usize, docs.len());
        assert_eq!(summary.terms, 0);
        assert!(dir.path().join("meta.js").is_file());
        let hits = search_export(dir.path(), &parse("就业")).expect("scored");
        assert!(hits.is_empty(), "{hits:?}");
    }
}

/// The site's index, built a plan at a time, holds every document of the site once, in document
/// order (plans in site order), with the stored fields of `documents`.
#[test]
fn the_site_index_holds_the_documents_of_every_plan_in_order() {
    let site = seed_site(2);
    let docs = documents(&site);
    assert!(site.plans.len() > 1 && docs.len() > 50);
    let rb = export::read_back(&build(&site).expect("index")).expect("read back");
    assert_eq!(rb.num_docs as usize, docs.len());
    assert_eq!(rb.docs.len(), docs.len());
    for (i, (s, d)) in rb.docs.iter().zip(&docs).enumerate() {
        let stored = [
            &s.plan,
            &s.plan_title,
            &s.kind,
            &s.title,
            &s.citation,
            &s.text,
            &s.url,
        ];
        let made = [
            &d.plan,
            &d.plan_title,
            d.kind.as_str(),
            &d.title,
            &d.citation,
            &d.text,
            &d.url,
        ];
        assert_eq!(stored.map(|x| x.as_str()), made, "document {i}");
    }
}

/// The rows of a list of projects are `table` documents, those of an indicator table
/// `indicator` ones; both are found by their kind and cited by their row, and the export keeps
/// each document's kind beside its field norm.
#[test]
fn rows_of_a_table_that_lists_no_indicators_are_table_documents() {
    let cells = |c: &[&str]| c.join("\n\n");
    let plan = format!(
        "某区水务规划\n\n一、主要任务\n\n表1 主要指标\n\n{}\n\n表2 重点项目清单\n\n{}\n\n二、保障措施\n\n加强组织领导。\n",
        cells(&[
            "序号", "指标", "单位", "目标", "1", "泵站数量", "座", "12", "2", "河道长度", "公里",
            "36"
        ]),
        cells(&[
            "项目名称",
            "建设内容",
            "完成时间",
            "蔡家浜泵闸",
            "新建泵闸一座",
            "2028年",
            "桃浦河整治",
            "河道疏浚",
            "2029年"
        ]),
    );
    let site = crate::testkit::site_of(&[("water", &plan)]);
    let docs = documents(&site);
    let kind_of = |words: &str| docs.iter().find(|d| d.text.contains(words)).map(|d| d.kind);
    assert_eq!(kind_of("泵站数量"), Some(DocKind::Indicator));
    assert_eq!(kind_of("主要指标"), Some(DocKind::Indicator));
    assert_eq!(kind_of("蔡家浜泵闸"), Some(DocKind::Table));
    assert_eq!(kind_of("重点项目清单"), Some(DocKind::Table));
    let ix = build(&site).expect("index");
    let only = |kind| SearchOptions {
        kind: Some(kind),
        ..all(None)
    };
    let r = ix.search("泵", &only(DocKind::Table)).expect("search");
    assert_eq!(r.hits.len(), 1);
    assert!(
        r.hits[0]
            .citation
            .ends_with("「表2 重点项目清单」“蔡家浜泵闸”"),
        "{}",
        r.hits[0].citation
    );
    let r = ix.search("泵", &only(DocKind::Indicator)).expect("search");
    assert_eq!(r.hits.len(), 1);
    assert!(r.hits[0].url.ends_with("#t1-r1"), "{}", r.hits[0].url);
    // The export's per-document codes give back each kind.
    let dir = tempfile::tempdir().expect("tempdir");
    export::write(&ix, dir.path()).expect("export");
    let meta = std::fs::read_to_string(dir.path().join("meta.js")).unwrap();
    let json = meta
        .trim_start_matches("window.__plansiteData(\"meta\",")
        .trim_end()
        .trim_end_matches(");");
    let meta: serde_json::Value = serde_json::from_str(json).expect("meta JSON");
    let kinds: Vec<&str> = meta["kinds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k.as_str().unwrap())
        .collect();
    let table = crate::search_format::read_nums(meta["dk"].as_str().unwrap());
    let per_doc = crate::search_format::read_nums(meta["d"].as_str().unwrap());
    let exported: Vec<&str> = per_doc
        .iter()
        .map(|&i| kinds[(table[i as usize] % export::KIND_SPAN) as usize])
        .collect();
    let built: Vec<&str> = docs.iter().map(|d| d.kind.as_str()).collect();
    assert_eq!(exported, built);
}

#[test]
fn a_row_named_by_its_sequence_number_is_cited_by_the_cell_after_it() {
    use super::index::row_citation;
    let cite = |kind: &str, url: &str, text: &str| {
        row_citation(kind, url, "《甲》「表」".to_string(), text)
    };
    assert_eq!(
        cite("indicator", "a.html#t1-r1", "乙：1；2"),
        "《甲》「表」“乙”"
    );
    assert_eq!(
        cite("indicator", "a.html#t1-r1", "1：森林覆盖率；%；18.3"),
        "《甲》「表」“森林覆盖率”"
    );
    assert_eq!(
        cite("table", "a.html#t1-r9", "１２：乙；座"),
        "《甲》「表」“乙”"
    );
    assert_eq!(cite("indicator", "a.html#t1-r1", "1："), "《甲》「表」“1”");
    assert_eq!(
        cite("indicator", "a.html#t1-r1", "2025：乙"),
        "《甲》「表」“2025”"
    );
    assert_eq!(cite("indicator", "a.html#t1", "1：乙"), "《甲》「表」");
    assert_eq!(cite("paragraph", "a.html#t1-r1", "1：乙"), "《甲》「表」");
}
