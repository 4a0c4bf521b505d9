//! Topics and commitments on the shipped content: the extractor against a hand-checked list, the
//! shipped taxonomy, and the pages and data the build writes for them.

use crate::kit::{plansite, repo, shipped_content_copy, shipped_page, shipped_site, text};
use plansite::commitments::{self, Commitment, Comparator};
use scraper::{Html, Selector};
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

/// `plansite check` of the built site `out` against the shipped content finds nothing.
fn assert_check_passes(out: &Path) {
    let report = plansite::check::run(&plansite::check::CheckOptions {
        out: out.to_path_buf(),
        content: Some("content".into()),
        base_url: None,
    })
    .unwrap();
    assert!(report.is_ok(), "{report}");
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
        .any(|m| &*m.plan == "beijing-hrss-14th" && m.anchor.starts_with("ch3-s4")));
    assert!(fund
        .iter()
        .any(|m| &*m.plan == "beijing-hrss-14th" && &*m.anchor == "ch4-s5"));
    // Every topic finds something in at least one plan.
    for (t, ms) in tax.topics.iter().zip(&a.members) {
        assert!(!ms.is_empty(), "topic {} has no members", t.id);
    }
    // Both plans appear on the employment topic.
    let emp = &a.members[idx("employment")];
    for p in &site.plans {
        assert!(emp.iter().any(|m| *m.plan == *p.slug), "{}", p.slug);
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
    assert_check_passes(&out);
}

/// A paragraph listed on a topic page shows why: its excerpt is the text around the first of the
/// topic's keywords it holds, that keyword marked.
#[test]
fn a_topics_paragraphs_show_the_keyword_they_hold() {
    let site = shipped();
    let tax = plansite::topics::load(Path::new("content/topics.toml"), &site)
        .unwrap()
        .expect("content/topics.toml is shipped");
    let texts: Vec<String> = site
        .plans
        .iter()
        .flat_map(|p| plansite::link::units(p).into_iter().map(|u| u.text))
        .collect();
    let mut checked = 0;
    for t in &tax.topics {
        let page = Html::parse_document(&shipped_page(&format!("topics/{}.html", t.id)));
        for p in select_in(&page, ".topic-paras li p") {
            let marks = select_under(&p, "mark");
            let [mark] = marks.as_slice() else {
                panic!("{}: no keyword marked in {:?}", t.id, text_of(&p));
            };
            let word = text_of(mark).to_lowercase();
            assert!(
                t.keywords.iter().any(|k| k.to_lowercase() == word),
                "{}: {word} is not a keyword",
                t.id
            );
            let shown = text_of(&p);
            let core = shown.trim_start_matches('…').trim_end_matches('…');
            assert!(
                texts.iter().any(|u| u.contains(core)),
                "{}: {shown} is not an excerpt of a paragraph",
                t.id
            );
            checked += 1;
        }
    }
    assert!(checked > 20, "only {checked} paragraphs on topic pages");
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

/// Builds the shipped content with the repository's config and `list_limit = limit` into a
/// temporary folder; returns it and the output folder.
fn build_with_list_limit(limit: usize) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("plansite.toml");
    let base = std::fs::read_to_string(repo().join("plansite.toml")).unwrap();
    std::fs::write(&config, format!("{base}\nlist_limit = {limit}\n")).unwrap();
    let out = dir.path().join("public");
    let o = plansite()
        .args(["build", "--quiet", "--config"])
        .arg(&config)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o.stderr));
    (dir, out)
}

fn select_in<'a>(doc: &'a Html, s: &str) -> Vec<scraper::ElementRef<'a>> {
    doc.select(&Selector::parse(s).unwrap()).collect()
}

fn select_under<'a>(e: &scraper::ElementRef<'a>, s: &str) -> Vec<scraper::ElementRef<'a>> {
    e.select(&Selector::parse(s).unwrap()).collect()
}

fn text_of(e: &scraper::ElementRef) -> String {
    e.text().collect::<String>().trim().to_string()
}

/// Over the config's `list_limit` entries, the 专栏 index, the cited-documents index and the
/// commitments page list each plan once, with the number of entries of the plan's own list (as
/// the full build shows it) linked to that list.
#[test]
fn site_wide_lists_over_the_limit_list_each_plan_with_its_count() {
    let site = shipped();
    // The shipped lists hold 40 专栏 and project sections, 8 citing paragraphs, 18 commitments.
    let (_dir, out) = build_with_list_limit(5);
    // (site-wide page, the plan's own list page in the plan's folder, an entry of that list)
    let lists = [
        (
            "boxes.html",
            "index.html",
            "section[aria-labelledby=boxes-h] ol.box-list > li",
        ),
        ("cited.html", "cited.html", "ol.cited > li"),
        (
            "commitments.html",
            "commitments.html",
            "table.commitment-table tbody tr",
        ),
    ];
    for (page, own, entry) in lists {
        let html = std::fs::read_to_string(out.join(page)).unwrap();
        let doc = Html::parse_document(&html);
        let rows = select_in(&doc, "table.digest tbody tr");
        assert_eq!(rows.len(), site.plans.len(), "{page}: a row per plan");
        for (i, (row, plan)) in rows.iter().zip(&site.plans).enumerate() {
            let title = select_under(row, "th a")
                .first()
                .map(|a| (text_of(a), a.attr("href").unwrap_or("").to_string()));
            assert_eq!(
                title,
                Some((plan.meta.title.clone(), format!("{}/index.html", plan.slug))),
                "{page}"
            );
            let own_page = format!("{}/{own}", plan.slug);
            let want = select_in(&Html::parse_document(&shipped_page(&own_page)), entry).len();
            let num = select_under(row, "td.num");
            assert_eq!(num.len(), 1, "{page}: {}", row.html());
            assert_eq!(text_of(&num[0]), want.to_string(), "{page}: {}", plan.slug);
            if page == "boxes.html" && want == 0 {
                // The full index lists the plan's major-project sections instead.
                let full = Html::parse_document(&shipped_page(page));
                let sel = format!("section[aria-labelledby=plan-{}] ol.box-list > li", i + 1);
                let projects = select_in(&full, &sel).len();
                assert!(projects > 0, "the shipped plan without 专栏 lists projects");
                assert!(
                    text_of(row).contains(&format!("重大事项{projects}项")),
                    "{}",
                    row.html()
                );
            }
            let link = select_under(row, "td.num a");
            if want > 0 {
                assert_eq!(link[0].attr("href"), Some(own_page.as_str()), "{page}");
                assert!(out.join(&own_page).is_file(), "{own_page}");
            } else {
                assert!(link.is_empty(), "{page}: no list to link to");
            }
        }
        assert!(
            html.len() < shipped_page(page).len(),
            "{page}: the digest is smaller than the full list"
        );
    }
    let data =
        Html::parse_document(&std::fs::read_to_string(out.join("commitments.html")).unwrap());
    let hrefs: Vec<&str> = select_in(&data, "table.digest td a")
        .iter()
        .filter_map(|a| a.attr("href"))
        .filter(|h| h.contains("/data/"))
        .collect();
    assert_eq!(hrefs.len(), 2 * site.plans.len(), "CSV and JSON per plan");
    for h in hrefs {
        assert!(out.join(h).is_file(), "{h}");
    }
    assert_check_passes(&out);
}

/// A list of exactly `list_limit` entries is shown in full; one entry more makes it a digest.
#[test]
fn a_list_at_the_limit_is_shown_in_full() {
    let rows = |html: &str, s: &str| select_in(&Html::parse_document(html), s).len();
    let total = rows(
        &shipped_page("commitments.html"),
        "table.commitment-table tbody tr",
    );
    assert!(total > 1, "the shipped site has commitments");
    let (_dir, out) = build_with_list_limit(total);
    let at = std::fs::read_to_string(out.join("commitments.html")).unwrap();
    assert_eq!(at, shipped_page("commitments.html"));
    let (_dir, out) = build_with_list_limit(total - 1);
    let over = std::fs::read_to_string(out.join("commitments.html")).unwrap();
    assert_eq!(rows(&over, "table.commitment-table tbody tr"), 0);
    assert_eq!(rows(&over, "table.digest tbody tr"), 2);
}

/// Over `list_limit` compared rows, the indicator comparison is an index of its groups, each on a
/// page of its own that holds exactly the group's section of the single comparison page; the
/// plans' indicator pages link to those pages, and the matrix of all plans lists the other
/// matrices.
#[test]
fn a_comparison_over_the_limit_is_a_page_per_group() {
    let full = Html::parse_document(&shipped_page("indicators.html"));
    let sections = select_in(&full, "section.aligned-group");
    let rows: usize = sections
        .iter()
        .map(|s| select_under(s, "tbody tr").len())
        .sum();
    assert!(sections.len() > 1 && rows > 5, "the shipped comparison");
    let (_dir, out) = build_with_list_limit(5);
    let index =
        Html::parse_document(&std::fs::read_to_string(out.join("indicators.html")).unwrap());
    let listed = select_in(&index, "table.digest tbody tr");
    assert_eq!(listed.len(), sections.len(), "a row per group");
    for (row, section) in listed.iter().zip(&sections) {
        let id = section.attr("id").unwrap();
        let page = format!("compare/{id}.html");
        let link = select_under(row, "th a");
        assert_eq!(link[0].attr("href"), Some(page.as_str()));
        let title = select_under(section, "h2");
        assert_eq!(text_of(&link[0]), text_of(&title[0]));
        let members = select_under(section, "tbody tr").len();
        assert_eq!(
            text_of(&select_under(row, "td.num")[0]),
            members.to_string()
        );
        // The group's page holds the group's section as the single page had it, its links one
        // folder up.
        let own = Html::parse_document(&std::fs::read_to_string(out.join(&page)).unwrap());
        let own_sections = select_in(&own, "section.aligned-group");
        assert_eq!(own_sections.len(), 1, "{page}");
        assert_eq!(own_sections[0].attr("id"), Some(id));
        assert_eq!(text_of(&own_sections[0]), text_of(section), "{page}");
        let hrefs = |s: &scraper::ElementRef, up: &str| -> Vec<String> {
            select_under(s, "[href], [src]")
                .iter()
                .filter_map(|e| e.attr("href").or(e.attr("src")))
                .map(|h| format!("{up}{h}"))
                .collect()
        };
        assert_eq!(hrefs(&own_sections[0], ""), hrefs(section, "../"), "{page}");
    }
    // The matrix of all plans, as long, lists the matrices per subject and region instead, each
    // with its number of plans; the data of all plans stays.
    let matrix =
        Html::parse_document(&std::fs::read_to_string(out.join("matrix/index.html")).unwrap());
    let scopes = select_in(&matrix, "table.digest tbody tr");
    assert!(!scopes.is_empty(), "the shipped plans name their regions");
    for row in &scopes {
        let link = select_under(row, "td.num a");
        let href = link[0].attr("href").unwrap();
        let page = std::fs::read_to_string(out.join("matrix").join(href)).unwrap();
        let plans = select_in(&Html::parse_document(&page), "table.matrix-table tbody tr").len();
        assert!(plans > 0, "{href}");
        assert_eq!(text_of(&link[0]), plans.to_string(), "{href}");
    }
    for data in ["data/matrix-all.csv", "data/matrix-all.json"] {
        assert!(out.join(data).is_file(), "{data}");
        assert!(
            select_in(&matrix, &format!("a[href=\"../{data}\"]")).len() == 1,
            "{data} linked"
        );
    }
    // A plan's rows link to their group's page.
    let plan = std::fs::read_to_string(out.join("beijing-hrss-14th/indicators.html")).unwrap();
    assert!(plan.contains("href=\"../compare/g1.html\""), "aligned link");
    assert!(
        !plan.contains("indicators.html#g"),
        "no link to the single page"
    );
    assert_check_passes(&out);
}

/// Over `list_limit` members, a topic's page lists each plan with its number of members, linked
/// to a page of the topic for that plan that holds exactly the plan's column of the single topic
/// page; chapter pages link to their plan's page of the topic, and the topics index gives totals.
#[test]
fn a_topic_over_the_limit_is_a_page_per_plan() {
    let site = shipped();
    let full = Html::parse_document(&shipped_page("topics/employment.html"));
    let columns = select_in(&full, "section.topic-plan");
    assert_eq!(columns.len(), site.plans.len());
    let (_dir, out) = build_with_list_limit(5);
    let digest =
        Html::parse_document(&std::fs::read_to_string(out.join("topics/employment.html")).unwrap());
    let rows = select_in(&digest, "table.digest tbody tr");
    assert_eq!(rows.len(), site.plans.len(), "a row per plan");
    let members = "ul.topic-list > li, ol.topic-paras > li";
    for ((row, column), plan) in rows.iter().zip(&columns).zip(&site.plans) {
        let want = select_under(column, members).len();
        let num = select_under(row, "td.num");
        assert_eq!(text_of(&num[0]), want.to_string(), "{}", plan.slug);
        if want == 0 {
            assert!(select_under(row, "td.num a").is_empty());
            continue;
        }
        let page = format!("topics/employment/{}.html", plan.slug);
        let link = select_under(row, "td.num a");
        assert_eq!(
            link[0].attr("href"),
            Some(format!("employment/{}.html", plan.slug).as_str())
        );
        let own = Html::parse_document(&std::fs::read_to_string(out.join(&page)).unwrap());
        let own_columns = select_in(&own, "section.topic-plan");
        assert_eq!(own_columns.len(), 1, "{page}");
        assert_eq!(text_of(&own_columns[0]), text_of(column), "{page}");
        let hrefs = |s: &scraper::ElementRef, up: &str| -> Vec<String> {
            select_under(s, "a")
                .iter()
                .filter_map(|a| a.attr("href"))
                .map(|h| format!("{up}{h}"))
                .collect()
        };
        assert_eq!(hrefs(&own_columns[0], ""), hrefs(column, "../"), "{page}");
    }
    let ch3 = std::fs::read_to_string(out.join("beijing-hrss-14th/ch3.html")).unwrap();
    assert!(ch3.contains("href=\"../topics/employment/beijing-hrss-14th.html\""));
    let index = std::fs::read_to_string(out.join("topics/index.html")).unwrap();
    assert!(index.contains("个规划合计"), "the index gives totals");
    assert_check_passes(&out);
}
