//! The indicator pages, charts and open data in a site built from the shipped content with the
//! shipped alignment file, as `plansite build` writes them.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The shipped content built once for every test of this file.
fn site() -> &'static Path {
    static OUT: OnceLock<tempfile::TempDir> = OnceLock::new();
    let dir = OUT.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let st = Command::new(env!("CARGO_BIN_EXE_plansite"))
            .current_dir(root())
            .args(["build", "--out"])
            .arg(dir.path().join("public"))
            .output()
            .unwrap();
        assert!(
            st.status.success(),
            "{}",
            String::from_utf8_lossy(&st.stderr)
        );
        dir
    });
    Box::leak(dir.path().join("public").into_boxed_path())
}

fn page(rel: &str) -> String {
    fs::read_to_string(site().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

#[test]
fn results_page_gives_a_verdict_per_row() {
    let html = page("beijing-hrss-14th/results.html");
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
            site().join("beijing-hrss-14th").join(href).is_file(),
            "{href}"
        );
    }
}

#[test]
fn csv_opens_in_excel_and_keeps_every_row() {
    let bytes = fs::read(site().join("beijing-hrss-14th/data/indicators-t2.csv")).unwrap();
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
    let html = page("pudong-employment-14th/indicators.html");
    assert!(html.contains("本表有 2 处数值存疑"));
    assert!(html.contains("稳定在850%左右以上") && html.contains("稳定在705%左右以上"));
    assert_eq!(html.matches("class=\"anomaly\" role=\"note\"").count(), 2);
}

#[test]
fn comparison_aligns_indicators_and_states_scope_differences() {
    let html = page("indicators.html");
    for title in [
        "城镇新增就业人数",
        "职工医保政策范围内住院报销比例",
        "劳动保障监察举报投诉案件结案率",
        "重点救助对象符合规定的医疗费用住院救助比例",
    ] {
        assert!(html.contains(title), "{title}");
    }
    // Beijing's per-year 26万人 and Pudong's five-year 50万个岗位 are not compared silently.
    assert!(
        html.contains("单位不同") && html.contains("计量对象不同") && html.contains("按年或累计")
    );
    // Charts are static SVG files with a text alternative.
    let svg = walkdir::WalkDir::new(site())
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
fn plans_and_the_sitemap_link_the_indicator_pages() {
    assert!(page("beijing-hrss-14th/index.html").contains("href=\"indicators.html\""));
    assert!(page("index.html").contains("href=\"indicators.html\""));
    let sitemap = page("sitemap.xml");
    for p in [
        "beijing-hrss-14th/indicators.html",
        "beijing-hrss-14th/results.html",
        "pudong-employment-14th/indicators.html",
        "indicators.html",
    ] {
        assert!(sitemap.contains(p), "{p}");
    }
}
