//! The indicator pages, charts and open data in a site built from the shipped content with the
//! shipped alignment file, as `plansite build` writes them.

use crate::kit::{plansite, shipped_content_copy, shipped_page, shipped_site, succeed};
use std::fs;

#[test]
fn results_page_gives_a_verdict_per_row() {
    let html = shipped_page("beijing-hrss-14th/results.html");
    assert_eq!(html.matches("class=\"verdict verdict-met\"").count(), 18);
    assert!(html.contains("城镇登记失业率"));
    assert!(
        html.contains("完成 2.56 满足目标 &lt;4") || html.contains("完成 2.56 满足目标 <4"),
        "verdict reason is shown"
    );
    assert!(html.contains("工伤保险定期待遇"), "the group row is kept");
    // Each table links to its open data, which exists.
    for href in ["data/indicators-t1.csv", "data/indicators-t1.json"] {
        assert!(html.contains(href), "{href}");
        assert!(
            shipped_site()
                .join("beijing-hrss-14th")
                .join(href)
                .is_file(),
            "{href}"
        );
    }
}

#[test]
fn csv_opens_in_excel_and_keeps_every_row() {
    let bytes = fs::read(shipped_site().join("beijing-hrss-14th/data/indicators-t2.csv")).unwrap();
    assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]), "UTF-8 with BOM");
    let mut rdr = csv::Reader::from_reader(&bytes[3..]);
    let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
    let text: Vec<String> = rows
        .iter()
        .map(|r| r.iter().collect::<Vec<_>>().join("|"))
        .collect();
    assert!(
        text.iter()
            .any(|r| r.contains("开展职业技能培训人数") && r.contains("【350】")),
        "{text:?}"
    );
    assert!(
        text.iter()
            .filter(|r| r.contains("预期性") || r.contains("约束性"))
            .count()
            >= 29
    );
}

#[test]
fn anomalies_are_flagged_with_the_raw_text() {
    let html = shipped_page("pudong-employment-14th/indicators.html");
    assert!(html.contains("本表有 <span class=\"nw\">2 处</span>数值存疑"));
    assert!(html.contains("稳定在850%左右以上") && html.contains("稳定在705%左右以上"));
    assert_eq!(html.matches("class=\"anomaly\" role=\"note\"").count(), 2);
}

#[test]
fn comparison_aligns_indicators_and_states_scope_differences() {
    let html = shipped_page("indicators.html");
    for title in [
        "职工医保政策范围内住院报销比例",
        "重点救助对象符合规定的医疗费用住院救助比例",
        "开展职业技能培训人数",
    ] {
        assert!(html.contains(title), "{title}");
    }
    // Every group of the shipped file is reviewed; rejected look-alikes are not shown.
    assert_eq!(html.matches("<p class=\"status\">已核对").count(), 8);
    assert!(!html.contains("自动匹配,待核对"));
    // Beijing's per-year 26万人 and Pudong's five-year 50万个岗位 are not paired at all, nor
    // 结案率 (96) and 按期结案率 (≥98).
    assert!(!html.contains("城镇新增就业岗位"));
    assert!(!html.contains("劳动保障监察举报投诉按期结案率"));
    // The 13th-plan 调解率 and the 14th-plan 调解成功率 are one measure.
    let g = html
        .split("<section")
        .find(|s| s.contains("劳动人事争议调解成功率"))
        .unwrap();
    assert!(g.contains("劳动人事争议案件调解率"));
    // Training: both in 万人次; the note names the basis, not 人数 vs 规模 or 开展.
    let g = html
        .split("<section")
        .find(|s| s.contains("职业技能培训规模"))
        .unwrap();
    assert!(g.contains("五年累计数（【350】）") && g.contains("未注明按年或累计"));
    assert!(!g.contains("计量对象不同") && !g.contains("“开展”"));
    assert!(g.contains("口径不同，不作图比较"), "no chart across bases");
    // 参保 is not a difference.
    assert!(!html.contains("“参保”"));
    // Each group shows the evidence of the match.
    assert_eq!(html.matches("<summary>匹配依据</summary>").count(), 8);
    // Charts are static SVG files with a text alternative.
    let svg = walkdir::WalkDir::new(shipped_site())
        .into_iter()
        .filter_map(|e| e.ok())
        .find(|e| {
            e.path().extension().is_some_and(|x| x == "svg")
                && e.path().components().any(|c| c.as_os_str() == "charts")
        })
        .expect("an SVG chart");
    let svg = fs::read_to_string(svg.path()).unwrap();
    assert!(svg.contains("role=\"img\"") && svg.contains("<title") && svg.contains("<desc"));
}

#[test]
fn bounds_are_drawn_as_bounds() {
    // 城镇登记失业率: target <4.0 is an upper bound; 收缴率 ≥98 lower bounds.
    let svg = shipped_page("beijing-hrss-14th/charts/t1-r2.svg");
    assert!(
        svg.contains("bar-at-most") && svg.contains("bound-marker"),
        "{svg}"
    );
    assert!(svg.contains("（上限，不高于此值）"));
    let html = shipped_page("beijing-hrss-14th/results.html");
    assert!(html.contains("bar-at-least"));
}

#[test]
fn csv_has_one_record_per_part_of_a_multi_part_target() {
    let bytes = fs::read(shipped_site().join("beijing-hrss-14th/data/indicators-t2.csv")).unwrap();
    let mut rdr = csv::Reader::from_reader(&bytes[3..]);
    let header = rdr.headers().unwrap().clone();
    let col = |h: &str| header.iter().position(|x| x == h).unwrap();
    let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
    let parts: Vec<&csv::StringRecord> = rows.iter().filter(|r| r[col("序号")] == *"19").collect();
    assert_eq!(parts.len(), 2);
    for (p, (label, n)) in parts
        .iter()
        .zip([("1/2 药品", "90"), ("2/2 高值医用耗材", "80")])
    {
        assert_eq!(&p[col("分项")], label);
        assert_eq!(&p[col("目标·比较")], "≥");
        assert_eq!(&p[col("目标·数值")], n);
    }
}

#[test]
fn the_matrix_lists_plans_by_measure_with_its_data() {
    let html = shipped_page("matrix/index.html");
    assert_eq!(html.matches("<th scope=\"row\">").count(), 2);
    assert!(html.contains("href=\"../beijing-hrss-14th/indicators.html#t2-r6\""));
    assert!(
        html.contains("完成（“十三五”）：2.56 %"),
        "latest result of 城镇登记失业率"
    );
    assert!(shipped_page("indicators.html").contains("href=\"matrix/index.html\""));
    let csv = fs::read(shipped_site().join("data/matrix-all.csv")).unwrap();
    let mut rdr = csv::Reader::from_reader(&csv[3..]);
    let records: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
    assert!(records.len() >= 8);
    assert!(
        records.iter().all(|r| r.iter().all(|f| !f.is_empty())),
        "never blank"
    );
    let json: serde_json::Value =
        serde_json::from_str(&shipped_page("data/matrix-all.json")).unwrap();
    assert_eq!(json["rows"].as_array().unwrap().len(), 2);
}

#[test]
fn align_review_confirm_and_reject_are_one_command_each() {
    let (_dir, content) = shipped_content_copy();
    fs::remove_file(content.join("indicator-alignment.toml")).unwrap();
    let run = |args: &[&str]| succeed(plansite().args(args).arg("--content").arg(&content));
    let review = run(&["align", "--review"]);
    assert!(review.contains("group 4 (g4): automatic guess"), "{review}");
    assert!(review.contains("measure: 率(share)"));
    assert!(review.contains("plansite align --confirm 4"));
    assert!(review.contains("8 groups, 8 not yet reviewed"));
    run(&["align"]);
    run(&["align", "--confirm", "4"]);
    run(&["align", "--reject", "5"]);
    let file = fs::read_to_string(content.join("indicator-alignment.toml")).unwrap();
    let statuses: Vec<&str> = file
        .lines()
        .filter_map(|l| l.strip_prefix("status = "))
        .collect();
    assert_eq!(
        statuses.iter().filter(|s| **s == "\"confirmed\"").count(),
        1
    );
    assert_eq!(statuses.iter().filter(|s| **s == "\"rejected\"").count(), 1);
    // Kept across a new guess.
    run(&["align"]);
    let again = fs::read_to_string(content.join("indicator-alignment.toml")).unwrap();
    assert_eq!(again.matches("status = \"confirmed\"").count(), 1);
    assert_eq!(again.matches("status = \"rejected\"").count(), 1);
    assert!(run(&["align", "--review"]).contains("8 groups, 6 not yet reviewed"));
    let bad = plansite()
        .args(["align", "--confirm", "99", "--content"])
        .arg(&content)
        .output()
        .unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("there is no group 99"));
}

#[test]
fn plans_and_the_sitemap_link_the_indicator_pages() {
    assert!(shipped_page("beijing-hrss-14th/index.html").contains("href=\"indicators.html\""));
    assert!(shipped_page("index.html").contains("href=\"indicators.html\""));
    let sitemap = shipped_page("sitemap.xml");
    for p in [
        "beijing-hrss-14th/indicators.html",
        "beijing-hrss-14th/results.html",
        "pudong-employment-14th/indicators.html",
        "indicators.html",
    ] {
        assert!(sitemap.contains(p), "{p}");
    }
}
