//! The program as a new user meets it, and the catalogue it publishes: a copied binary (no
//! `themes/` anywhere near it) makes a site from scratch with `init`, `import`, `build`, `check`;
//! a site overrides one template of the built-in theme; the front matter's catalogue fields are
//! checked; `feed.xml` parses as Atom with a real feed parser; `plans.json` round-trips.

use crate::kit::repo;
use plansite::render::catalogue::{PlansFile, FEED, PLANS_JSON};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The built program copied into a fresh folder, as `cargo install --path . --root TMP` would put
/// it (building the release binary a second time for that costs minutes and proves nothing more:
/// what matters is that nothing next to the binary — no `themes/`, no repository — is used).
fn installed(tmp: &Path) -> PathBuf {
    let bin = tmp.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let to = bin.join("plansite");
    std::fs::copy(env!("CARGO_BIN_EXE_plansite"), &to).unwrap();
    to
}

fn run(bin: &Path, dir: &Path, args: &[&str]) -> Output {
    Command::new(bin)
        .args(args)
        .current_dir(dir)
        .env_remove("PLANSITE_PUBLIC")
        .output()
        .unwrap()
}

fn ok(o: &Output, what: &str) -> String {
    assert!(
        o.status.success(),
        "{what} failed:\n{}\n{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn failed(o: &Output, what: &str) -> String {
    assert!(!o.status.success(), "{what} should fail");
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(err.starts_with("error: "), "{what}: {err}");
    err
}

#[test]
fn an_installed_binary_makes_a_site_from_scratch_in_any_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let bin = installed(tmp.path());
    let v = ok(&run(&bin, tmp.path(), &["--version"]), "--version");
    assert!(
        v.contains(env!("CARGO_PKG_VERSION"))
            && v.contains(&format!(
                "search index format {}",
                plansite::search::export::FORMAT_VERSION
            )),
        "{v}"
    );

    // The case users met: a folder with nothing to build fails, non-zero, saying why.
    let err = failed(&run(&bin, tmp.path(), &["build"]), "build without content");
    assert!(err.contains("content"), "{err}");

    let out = ok(&run(&bin, tmp.path(), &["init", "mysite"]), "init");
    assert!(
        out.contains("cd mysite") && out.contains("plansite import"),
        "{out}"
    );
    let site = tmp.path().join("mysite");
    let err = failed(&run(&bin, tmp.path(), &["init", "mysite"]), "second init");
    assert!(
        err.contains("plansite.toml") && err.contains("overwrite"),
        "{err}"
    );

    std::fs::copy(
        repo().join("seeds/beijing-hrss-14th.txt"),
        site.join("seeds/beijing-hrss-14th.txt"),
    )
    .unwrap();
    ok(&run(&bin, &site, &["import"]), "import");
    let index = std::fs::read_to_string(site.join("content/beijing-hrss-14th/_index.md")).unwrap();
    for line in [
        "period = \"十四五\"",
        "region = \"北京市\"",
        "level = \"provincial\"",
    ] {
        assert!(index.contains(line), "importer fills {line}:\n{index}");
    }
    ok(
        &run(
            &bin,
            &site,
            &["build", "--base-url", "https://example.org/plans"],
        ),
        "build",
    );
    ok(
        &run(
            &bin,
            &site,
            &["check", "--base-url", "https://example.org/plans/"],
        ),
        "check",
    );
    let public = site.join("public");
    for f in [
        "index.html",
        "beijing-hrss-14th/ch3.html",
        "static/style.css",
        "static/catalogue.js",
        "catalogue/period-14.html",
        FEED,
        PLANS_JSON,
    ] {
        assert!(public.join(f).is_file(), "{f} missing");
    }
    // The stylesheet is the built-in one, byte for byte.
    assert_eq!(
        std::fs::read(public.join("static/style.css")).unwrap(),
        std::fs::read(repo().join("themes/default/static/style.css")).unwrap()
    );
    let sitemap = std::fs::read_to_string(public.join("sitemap.xml")).unwrap();
    assert!(sitemap.contains("https://example.org/plans/beijing-hrss-14th/index.html"));
    assert!(!site.join("themes").exists(), "nothing was ejected");

    // A wrong --base-url is an error, and the site stays as it was.
    let err = failed(
        &run(&bin, &site, &["build", "--base-url", "example.org"]),
        "bad --base-url",
    );
    assert!(err.contains("--base-url"), "{err}");
    assert!(public.join("index.html").is_file());

    // eject writes the theme once, then refuses.
    ok(&run(&bin, &site, &["theme", "eject"]), "eject");
    assert!(site.join("themes/default/templates/chapter.html").is_file());
    failed(&run(&bin, &site, &["theme", "eject"]), "second eject");
}

/// The shipped content, built with a site folder holding only `plansite.toml` and `themes/`.
fn build_with_theme(files: &[(&str, &str)], config: &str) -> (tempfile::TempDir, Output) {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("plansite.toml"), config).unwrap();
    for (rel, text) in files {
        let p = tmp.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    let o = Command::new(env!("CARGO_BIN_EXE_plansite"))
        .arg("build")
        .arg("--content")
        .arg(repo().join("content"))
        .arg("--out")
        .arg(tmp.path().join("public"))
        .current_dir(tmp.path())
        .output()
        .unwrap();
    (tmp, o)
}

#[test]
fn a_site_overrides_one_template_and_keeps_the_built_in_rest() {
    let chapter =
        "{% extends \"base.html\" %}{% block content %}<h1>OVERRIDDEN {{ plan.title }}</h1>\
                   {% endblock content %}";
    let (tmp, o) = build_with_theme(
        &[("themes/default/templates/chapter.html", chapter)],
        "title = \"甲\"\n",
    );
    ok(&o, "build");
    let public = tmp.path().join("public");
    let ch = std::fs::read_to_string(public.join("beijing-hrss-14th/ch1.html")).unwrap();
    assert!(
        ch.contains("<h1>OVERRIDDEN 北京市“十四五”时期人力资源和社会保障发展规划"),
        "{ch}"
    );
    assert!(ch.contains("class=\"site-header\""), "built-in base.html");
    let plan = std::fs::read_to_string(public.join("beijing-hrss-14th/index.html")).unwrap();
    assert!(!plan.contains("OVERRIDDEN") && plan.contains("class=\"toc\""));
    assert_eq!(
        std::fs::read(public.join("static/style.css")).unwrap(),
        std::fs::read(repo().join("themes/default/static/style.css")).unwrap()
    );

    // Only the stylesheet replaced.
    let (tmp, o) = build_with_theme(
        &[("themes/default/static/style.css", "body { color: red }\n")],
        "",
    );
    ok(&o, "build");
    let public = tmp.path().join("public");
    assert_eq!(
        std::fs::read_to_string(public.join("static/style.css")).unwrap(),
        "body { color: red }\n"
    );
    assert!(public.join("static/search.js").is_file());

    // A broken override names the site's file and line.
    let (_tmp, o) = build_with_theme(
        &[("themes/default/templates/box.html", "a\n{{ oops ) }}\n")],
        "",
    );
    let err = failed(&o, "broken override");
    assert!(
        err.contains("themes/default/templates/box.html:2:"),
        "{err}"
    );

    // A theme the config names but the site does not have is an error, not the default.
    let (_tmp, o) = build_with_theme(&[], "theme = \"mine\"\n");
    let err = failed(&o, "missing theme");
    assert!(err.contains("\"mine\"") && err.contains("eject"), "{err}");
}

#[test]
fn catalogue_fields_in_front_matter_are_checked_with_file_and_line() {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    let plan = content.join("p");
    std::fs::create_dir_all(&plan).unwrap();
    std::fs::write(
        plan.join("_index.md"),
        "+++\ntitle = \"甲“十四五”规划\"\nregion = \"北京市\"\nlevel = \"city\"\n+++\n",
    )
    .unwrap();
    std::fs::write(
        plan.join("01.md"),
        "+++\nnumber = 1\n+++\n\n# 第一章 总则\n\n正文。\n",
    )
    .unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_plansite"))
        .args(["build", "--content"])
        .arg(&content)
        .arg("--out")
        .arg(tmp.path().join("public"))
        .current_dir(tmp.path())
        .output()
        .unwrap();
    let err = failed(&o, "bad level");
    assert!(
        err.contains("_index.md:4:") && err.contains("district"),
        "{err}"
    );
    assert!(!tmp.path().join("public").exists());
}

fn shipped_site() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let o = Command::new(env!("CARGO_BIN_EXE_plansite"))
        .args([
            "build",
            "--base-url",
            "https://example.org/plans/",
            "--content",
        ])
        .arg(repo().join("content"))
        .arg("--out")
        .arg(&out)
        .arg("--config")
        .arg(repo().join("plansite.toml"))
        .output()
        .unwrap();
    ok(&o, "build");
    (tmp, out)
}

#[test]
fn the_feed_is_atom_that_a_feed_parser_reads_newest_first() {
    let (_tmp, out) = shipped_site();
    let bytes = std::fs::read(out.join(FEED)).unwrap();
    let feed = feed_rs::parser::parse(&bytes[..]).expect("feed.xml parses");
    assert_eq!(feed.feed_type, feed_rs::model::FeedType::Atom);
    assert_eq!(feed.title.unwrap().content, "规划文本参考");
    let site = plansite::content::load_site(&repo().join("content")).unwrap();
    assert_eq!(feed.entries.len(), site.plans.len());
    let titles: Vec<String> = feed
        .entries
        .iter()
        .map(|e| e.title.as_ref().unwrap().content.clone())
        .collect();
    // 2021-09-22 (Beijing) before 2021-08-27 (Pudong).
    assert_eq!(
        titles,
        [
            "北京市“十四五”时期人力资源和社会保障发展规划(包括医疗保障)",
            "浦东新区就业和社会保障发展“十四五”规划"
        ]
    );
    let first = &feed.entries[0];
    assert_eq!(
        first.links[0].href,
        "https://example.org/plans/beijing-hrss-14th/index.html"
    );
    assert_eq!(
        first.id,
        "https://example.org/plans/beijing-hrss-14th/index.html"
    );
    assert_eq!(
        first
            .authors
            .iter()
            .map(|a| a.name.as_str())
            .collect::<Vec<_>>(),
        ["北京市人力资源和社会保障局", "北京市医疗保障局"]
    );
    assert_eq!(
        first.updated.unwrap().to_rfc3339(),
        "2021-09-21T16:00:00+00:00"
    );
    assert!(first
        .categories
        .iter()
        .any(|c| c.term == "十四五" && c.scheme.as_deref() == Some("period")));
    let dates: Vec<_> = feed.entries.iter().map(|e| e.updated.unwrap()).collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "newest first");
    // The home page announces it.
    let home = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(home.contains("type=\"application/atom+xml\"") && home.contains("href=\"feed.xml\""));
}

#[test]
fn plans_json_round_trips_and_says_what_the_front_matter_says() {
    let (_tmp, out) = shipped_site();
    let text = std::fs::read_to_string(out.join(PLANS_JSON)).unwrap();
    let file: PlansFile = serde_json::from_str(&text).unwrap();
    assert_eq!(serde_json::to_string_pretty(&file).unwrap() + "\n", text);
    let site = plansite::content::load_site(&repo().join("content")).unwrap();
    assert_eq!(file.plans.len(), site.plans.len());
    for e in &file.plans {
        let p = site.plans.iter().find(|p| p.slug == e.slug).unwrap();
        assert_eq!(e.title, p.meta.title);
        assert_eq!(e.issuers, p.meta.issuers);
        assert_eq!(e.doc_number, p.meta.doc_number);
        assert_eq!(e.date, p.meta.date);
        assert_eq!(e.period, p.meta.period);
        assert_eq!(e.region, p.meta.region);
        assert_eq!(e.status, if p.meta.draft { "draft" } else { "issued" });
        assert!(out.join(&e.url).is_file(), "{}", e.url);
        assert_eq!(
            e.address.as_deref(),
            Some(format!("https://example.org/plans/{}", e.url).as_str())
        );
    }
    let pudong = file
        .plans
        .iter()
        .find(|e| e.slug == "pudong-employment-14th")
        .unwrap();
    assert_eq!(pudong.status, "draft");
    assert_eq!(pudong.period.as_deref(), Some("十四五"));
    assert_eq!(pudong.region.as_deref(), Some("上海市浦东新区"));
    assert_eq!(pudong.level.as_deref(), Some("district"));
}

#[test]
fn a_district_is_one_region_whether_its_issuer_names_its_city_or_not() {
    let plan = |issuer: &str, text: &str| {
        format!(
            "关于印发《松江区某某“十五五”规划》的通知\n\n各有关单位：\n\n现将规划印发给你们，请认真贯彻执行。\n\n{issuer}\n\n2026年7月7日\n\n松江区某某“十五五”规划\n\n一、发展基础\n\n{text}\n"
        )
    };
    let project = plansite::testkit::Project::import(&[
        // The text names the district with its city.
        (
            "a",
            &plan("松江区交通委员会", "上海市松江区交通体系不断完善。"),
        ),
        // Neither the issuer nor the text does.
        ("b", &plan("松江区绿化和市容管理局", "绿化建设成效显著。")),
        ("c", &plan("闵行区人民政府", "公园城市建设成效显著。")),
    ]);
    let written = |slug: &str| project.plan_raw(slug).meta.region;
    assert_eq!(written("a").as_deref(), Some("上海市松江区"));
    assert_eq!(written("b").as_deref(), Some("松江区"));
    let site = project.site();
    let regions: Vec<_> = site.plans.iter().map(|p| p.meta.region.clone()).collect();
    assert_eq!(
        regions,
        [
            Some("上海市松江区".to_string()),
            Some("上海市松江区".to_string()),
            Some("闵行区".to_string())
        ]
    );
}
