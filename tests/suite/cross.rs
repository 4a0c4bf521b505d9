//! Topics and commitments on the shipped content: the extractor against a hand-checked list, the
//! shipped taxonomy, and the pages and data the build writes for them.

use crate::kit::{shipped_content_copy, shipped_page, shipped_site};
use plansite::commitments::{self, Commitment, Comparator};
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
struct Expected {
    commitment: Vec<Want>,
}

#[derive(Deserialize)]
struct Want {
    anchor: String,
    subject: String,
    value: f64,
    unit: String,
    comparator: String,
    year: Option<i32>,
}

fn shipped() -> plansite::model::Site {
    plansite::content::load_site(Path::new("content")).expect("shipped content loads")
}

fn comparator_name(c: Comparator) -> String {
    serde_json::to_value(c)
        .unwrap()
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn commitments_precision_and_recall_against_the_hand_checked_beijing_list() {
    let site = shipped();
    let plan = site
        .plans
        .iter()
        .find(|p| p.slug == "beijing-hrss-14th")
        .unwrap();
    let found = commitments::extract(plan);
    let text = std::fs::read_to_string("tests/fixtures/beijing-commitments.toml").unwrap();
    let expected: Expected = toml::from_str(&text).unwrap();
    let want = &expected.commitment;
    assert!(want.len() >= 15, "the hand-checked list is the reference");

    // A found commitment matches an expected one with the same paragraph, value and unit.
    let mut used = vec![false; found.len()];
    let mut matched: Vec<(&Want, &Commitment)> = Vec::new();
    let mut missed = Vec::new();
    for w in want {
        let hit = found.iter().enumerate().find(|(i, c)| {
            !used[*i] && c.anchor == w.anchor && c.value == w.value && c.unit == w.unit
        });
        match hit {
            Some((i, c)) => {
                used[i] = true;
                matched.push((w, c));
            }
            None => missed.push(format!("{} {}{}", w.anchor, w.value, w.unit)),
        }
    }
    let extra: Vec<String> = found
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(c, _)| format!("{} {} {}{}", c.anchor, c.subject, c.value, c.unit))
        .collect();
    let tp = matched.len() as f64;
    let precision = tp / found.len().max(1) as f64;
    let recall = tp / want.len() as f64;
    // Fields of the matched ones: comparator, year and subject.
    let fields_ok = matched
        .iter()
        .filter(|(w, c)| {
            comparator_name(c.comparator) == w.comparator
                && c.year == w.year
                && c.subject.contains(&w.subject)
        })
        .count();
    let field_accuracy = fields_ok as f64 / matched.len().max(1) as f64;
    println!(
        "commitments (beijing-hrss-14th): expected {}, found {}, matched {}; precision {:.3}, \
         recall {:.3}, field accuracy {:.3}",
        want.len(),
        found.len(),
        matched.len(),
        precision,
        recall,
        field_accuracy
    );
    println!("missed: {missed:?}");
    println!("not in the list: {extra:?}");
    for (w, c) in &matched {
        if !(comparator_name(c.comparator) == w.comparator
            && c.year == w.year
            && c.subject.contains(&w.subject))
        {
            println!(
                "field mismatch at {}: {:?} {:?} {:?} (want {:?} {:?} ⊇{:?})",
                w.anchor, c.subject, c.comparator, c.year, w.comparator, w.year, w.subject
            );
        }
    }
    // 18 items: 0.9 allows one miss and one extra on a list this size.
    assert!(
        precision >= 0.9,
        "precision {precision:.3}; extra {extra:?}"
    );
    assert!(recall >= 0.9, "recall {recall:.3}; missed {missed:?}");
    assert!(field_accuracy >= 0.9, "field accuracy {field_accuracy:.3}");
}

#[test]
fn commitments_skip_the_look_back_at_the_previous_period() {
    let site = shipped();
    for plan in &site.plans {
        for c in commitments::extract(plan) {
            assert!(
                !c.anchor.starts_with("ch1-s1-"),
                "{}: {} is from 发展基础",
                plan.slug,
                c.sentence
            );
        }
    }
}

#[test]
fn the_shipped_taxonomy_loads_and_its_exclusion_holds() {
    let site = shipped();
    let tax = plansite::topics::load(Path::new("content/topics.toml"), &site)
        .unwrap()
        .expect("content/topics.toml is shipped");
    assert!(tax.topics.len() >= 15);
    let a = plansite::topics::assign(&site, &tax);
    let idx = |id: &str| tax.topics.iter().position(|t| t.id == id).unwrap();
    // 第三章第四节 加强社会保障基金监管 holds the keyword 基金监管 in its title but is excluded.
    let fund = &a.members[idx("medical-fund-supervision")];
    assert!(!fund
        .iter()
        .any(|m| m.plan == "beijing-hrss-14th" && m.anchor.starts_with("ch3-s4")));
    assert!(fund
        .iter()
        .any(|m| m.plan == "beijing-hrss-14th" && m.anchor == "ch4-s5"));
    // Every topic finds something in at least one plan.
    for (t, ms) in tax.topics.iter().zip(&a.members) {
        assert!(!ms.is_empty(), "topic {} has no members", t.id);
    }
    // Both plans appear on the employment topic.
    let emp = &a.members[idx("employment")];
    for p in &site.plans {
        assert!(emp.iter().any(|m| m.plan == p.slug), "{}", p.slug);
    }
}

#[test]
fn build_writes_topic_and_commitment_pages_and_data() {
    let out = shipped_site().to_path_buf();
    let read = shipped_page;
    let topic = read("topics/unemployment-insurance.html");
    assert!(topic.contains("<h1>主题：失业保险</h1>"));
    assert!(
        topic.contains("../beijing-hrss-14th/ch3.html#ch3-s2"),
        "links to the section"
    );
    assert!(
        topic.contains("pudong-employment-14th"),
        "plans side by side"
    );
    assert!(read("topics/index.html").contains("unemployment-insurance.html"));
    // Chapter and 专栏 pages link to their topics.
    assert!(read("beijing-hrss-14th/ch3.html").contains("../topics/unemployment-insurance.html"));
    assert!(read("beijing-hrss-14th/box-10.html").contains("../topics/skills-training.html"));
    // Commitments: per plan and combined, linked to their paragraphs.
    let c = read("beijing-hrss-14th/commitments.html");
    assert!(c.contains("ch2.html#ch2-s4-p2"));
    assert!(
        c.contains("<mark>20 万户</mark>"),
        "quantity marked in the sentence"
    );
    assert!(read("commitments.html").contains("beijing-hrss-14th/ch2.html#ch2-s4-p2"));
    let csv = std::fs::read(out.join("beijing-hrss-14th/data/commitments.csv")).unwrap();
    assert!(csv.starts_with(b"\xEF\xBB\xBF"), "CSV starts with a BOM");
    let csv = String::from_utf8(csv[3..].to_vec()).unwrap();
    assert!(csv
        .lines()
        .any(|l| l.contains("经营性人力资源服务机构数") && l.contains(",2400,")));
    let json: serde_json::Value =
        serde_json::from_str(&read("beijing-hrss-14th/data/commitments.json")).unwrap();
    assert_eq!(json["format_version"], 1);
    assert_eq!(json["plan"], "beijing-hrss-14th");
    let first = &json["commitments"][0];
    for k in [
        "anchor",
        "subject",
        "value",
        "unit",
        "comparator",
        "sentence",
        "page",
    ] {
        assert!(!first[k].is_null(), "{k} in {first}");
    }
    // Plan text is escaped; a built page never carries the live-reload script of `serve`.
    assert!(!read("beijing-hrss-14th/ch2.html").contains("__plansite"));
    // The built site passes `check`.
    let report = plansite::check::run(&plansite::check::CheckOptions {
        out: out.clone(),
        content: Some("content".into()),
        base_url: None,
    })
    .unwrap();
    assert!(report.is_ok(), "{report}");
}

#[test]
fn plan_text_in_a_commitment_is_escaped() {
    let (dir, content) = shipped_content_copy();
    let ch = content.join("pudong-employment-14th/03.md");
    let text = std::fs::read_to_string(&ch).unwrap();
    let heading = "## (一)坚决贯彻实施就业优先战略\n\n";
    assert!(text.contains(heading));
    let text = text.replace(
        heading,
        &format!("{heading}到2025年，新增\\<b\\>示范\\</b\\>基地 12 家。\n\n"),
    );
    std::fs::write(&ch, text).unwrap();
    let out = dir.path().join("public");
    plansite::render::build(&plansite::render::BuildOptions {
        content,
        out: out.clone(),
        config: None,
    })
    .unwrap();
    let page =
        std::fs::read_to_string(out.join("pudong-employment-14th/commitments.html")).unwrap();
    assert!(page.contains("&lt;b&gt;示范&lt;/b&gt;基地"), "escaped");
    assert!(!page.contains("<b>示范"), "never raw");
}
