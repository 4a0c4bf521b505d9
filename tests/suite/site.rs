//! The reading site, built from the kit's sample plans (plan text through the real importer):
//! pages, anchors, links, escaping, notes, determinism, failure handling. Each test builds its own
//! copy (a build takes milliseconds).

use crate::kit::{copy_dir, files, repo, sample, Project, PLAN_B};
use plansite::link;
use scraper::{Html, Selector};
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The sample site imported and built; the project holds the folders.
fn build() -> (Project, PathBuf) {
    let project = sample();
    project.build();
    let out = project.public();
    (project, out)
}

/// The sample site built once for the tests that only read it, and its plans.
fn shared() -> &'static (Project, PathBuf, plansite::model::Site) {
    static SITE: OnceLock<(Project, PathBuf, plansite::model::Site)> = OnceLock::new();
    SITE.get_or_init(|| {
        let (project, out) = build();
        let site = project.site();
        (project, out, site)
    })
}

/// The output folder of the shared sample site.
fn built() -> &'static Path {
    &shared().1
}

/// A page of the shared sample site, parsed.
fn doc(page: &str) -> Html {
    Html::parse_document(&read(built(), page))
}

fn read(out: &Path, page: &str) -> String {
    std::fs::read_to_string(out.join(page)).unwrap_or_else(|e| panic!("{page}: {e}"))
}

fn html_pages(out: &Path) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = walkdir::WalkDir::new(out)
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(out)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, std::fs::read_to_string(e.path()).unwrap())
        })
        .collect();
    v.sort();
    v
}

fn all_files(out: &Path) -> BTreeMap<String, Vec<u8>> {
    files(out).into_iter().collect()
}

fn select<'a>(doc: &'a Html, s: &str) -> Vec<scraper::ElementRef<'a>> {
    doc.select(&Selector::parse(s).unwrap()).collect()
}

#[test]
fn every_page_of_the_site_exists() {
    let (_, out, site) = shared();
    for f in [
        "index.html",
        "boxes.html",
        "cited.html",
        "search.html",
        "404.html",
        "sitemap.xml",
        "robots.txt",
        "static/style.css",
        "static/cite.js",
    ] {
        assert!(out.join(f).is_file(), "{f} missing");
    }
    for plan in &site.plans {
        for p in [
            link::plan_page(plan),
            link::print_page(plan),
            link::cited_page(plan),
        ] {
            assert!(out.join(&p).is_file(), "{p} missing");
        }
        for ch in &plan.chapters {
            let p = link::chapter_page(plan, ch);
            assert!(out.join(&p).is_file(), "{p} missing");
        }
        let ids = link::box_ids(plan);
        assert!(!ids.is_empty());
        for id in ids {
            let p = link::box_page(plan, &id);
            assert!(out.join(&p).is_file(), "{p} missing");
        }
    }
}

#[test]
fn every_unit_has_its_anchor_on_its_page_and_ids_are_unique() {
    let (_, out, site) = shared();
    let mut ids_by_page: BTreeMap<String, HashSet<String>> = BTreeMap::new();
    for (page, text) in html_pages(out) {
        let doc = Html::parse_document(&text);
        let mut ids = HashSet::new();
        for el in select(&doc, "[id]") {
            let id = el.value().id().unwrap().to_string();
            assert!(ids.insert(id.clone()), "{page}: id {id} twice");
        }
        ids_by_page.insert(page, ids);
    }
    for plan in &site.plans {
        for u in link::units(plan) {
            let ids = &ids_by_page[&u.page];
            assert!(ids.contains(&u.anchor), "{}#{} missing", u.page, u.anchor);
            if let Some(t) = u.table {
                for i in 0..t.rows.len() {
                    let a = link::table_row_anchor(t, i);
                    assert!(ids.contains(&a), "{}#{a} missing", u.page);
                }
            }
        }
    }
}

#[test]
fn check_finds_no_problem_in_a_built_site() {
    let out = built();
    let report = plansite::check::check_site(out, None).unwrap();
    assert!(report.pages >= 18, "{report}");
    assert!(report.links > 300, "{report}");
    assert!(report.is_ok(), "{report}");
}

#[test]
fn check_finds_a_deliberately_broken_link_and_fragment() {
    let (_d, out) = build();
    let page = out.join("plan-a/ch2.html");
    let html = std::fs::read_to_string(&page).unwrap().replace(
        "</main>",
        r##"<a href="ch9.html">gone</a><a href="ch1.html#ch1-s9">no such section</a></main>"##,
    );
    std::fs::write(&page, html).unwrap();
    crate::kit::assert_check_problems(
        &out,
        &["plan-a/ch9.html does not exist", "has no id \"ch1-s9\""],
    );
}

#[test]
fn internal_links_are_relative_and_name_files() {
    let out = built();
    let mut n = 0;
    for (page, text) in html_pages(out) {
        let doc = Html::parse_document(&text);
        for el in select(&doc, "[href], [src], [action]") {
            for attr in ["href", "src", "action"] {
                let Some(v) = el.value().attr(attr) else {
                    continue;
                };
                n += 1;
                assert!(!v.starts_with('/'), "{page}: {attr}={v} is root-absolute");
                assert!(!v.contains("://"), "{page}: {attr}={v} is a full address");
                let path = v.split('#').next().unwrap();
                assert!(
                    path.is_empty() || !path.ends_with('/'),
                    "{page}: {v} names a folder"
                );
            }
        }
        let depth = page.matches('/').count();
        let css = format!("{}static/style.css", "../".repeat(depth));
        assert!(
            text.contains(&format!("href=\"{css}\"")),
            "{page} does not link {css}"
        );
    }
    assert!(n > 300);
}

#[test]
fn two_builds_are_byte_identical() {
    let out_a = built();
    let (_b, out_b) = build();
    let a = all_files(out_a);
    let b = all_files(&out_b);
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (k, v) in &a {
        assert!(v == &b[k], "{k} differs between builds");
    }
}

#[test]
fn a_failed_build_keeps_the_previous_site_and_names_the_template() {
    let (project, out) = build();
    let before = all_files(&out);

    // A site folder whose config names a broken copy of the theme.
    let site = project.root().join("site");
    let theme = site.join("themes/broken");
    copy_dir(&repo().join("themes/default"), &theme);
    std::fs::write(
        site.join("plansite.toml"),
        "title = \"规划文本参考\"\ntheme = \"broken\"\n",
    )
    .unwrap();
    let build_broken = || {
        plansite::render::build(&plansite::render::BuildOptions {
            content: project.content(),
            out: out.clone(),
            config: Some(site.join("plansite.toml")),
        })
    };
    let chapter = theme.join("templates/chapter.html");
    let t = std::fs::read_to_string(&chapter).unwrap();
    std::fs::write(
        &chapter,
        t.replace("{{ plan.title }}", "{{ plan.no_such_field }}"),
    )
    .unwrap();
    let err = build_broken().expect_err("a template error fails the build");
    let msg = err.to_string();
    let line = std::fs::read_to_string(&chapter)
        .unwrap()
        .lines()
        .position(|l| l.contains("no_such_field"))
        .unwrap()
        + 1;
    assert!(
        msg.contains(&format!("templates/chapter.html:{line}:")),
        "{msg}"
    );
    assert!(msg.contains("no_such_field"), "{msg}");

    // A template that does not parse: the error names the file and the line.
    std::fs::write(&chapter, t).unwrap();
    let partial = theme.join("templates/partials/note.html");
    std::fs::write(&partial, "<p>\n{% if %}\n").unwrap();
    let err = build_broken().expect_err("a parse error fails the build");
    let msg = err.to_string();
    assert!(msg.contains("partials/note.html:2"), "{msg}");

    assert_eq!(all_files(&out), before, "the previous site is intact");
    let mut left: Vec<String> = std::fs::read_dir(project.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(
        left,
        vec!["content", "public", "seeds", "site"],
        "no staging folders left behind"
    );
}

#[test]
fn plan_text_is_escaped_never_markup() {
    let project = sample();
    let index = project.plan_dir("plan-a").join("_index.md");
    let text = std::fs::read_to_string(&index).unwrap();
    let title = "title = \"某市“十四五”时期人力资源和社会保障发展规划\"";
    assert!(text.contains(title), "{text}");
    let text = text.replace(title, "title = \"规划</script><script>alert(3)</script>\"");
    std::fs::write(&index, text).unwrap();
    project.build();
    let out = project.public();
    for page in [
        "plan-a/ch1.html",
        "plan-a/box-ch2-2.html",
        "plan-a/index.html",
        "plan-a/print.html",
        "index.html",
    ] {
        let text = read(&out, page);
        assert!(!text.contains("<script>alert"), "{page} has a live script");
        assert!(!text.contains("<img src=x"), "{page} has a live img");
        let doc = Html::parse_document(&text);
        assert!(select(&doc, "img").is_empty(), "{page}");
        for s in select(&doc, "script") {
            let src = s.value().attr("src");
            let ty = s.value().attr("type");
            assert!(
                src.is_some() || ty == Some("application/ld+json"),
                "{page}: {}",
                s.html()
            );
            if ty == Some("application/ld+json") {
                let json = s.inner_html();
                let v: serde_json::Value =
                    serde_json::from_str(&json).unwrap_or_else(|e| panic!("{page}: {e}: {json}"));
                if page.starts_with("plan-a/") {
                    assert!(
                        v.to_string().contains("规划</script>"),
                        "{page}: the title survives as data"
                    );
                }
            }
        }
    }
    // The site-wide lists as digests (every list with an entry is over a limit of 0; the sample
    // plans state no commitment) show the title as text too.
    let config = project.root().join("digest.toml");
    std::fs::write(&config, "list_limit = 0\n").unwrap();
    let digests = project.root().join("digests");
    plansite::render::build(&plansite::render::BuildOptions {
        content: project.content(),
        out: digests.clone(),
        config: Some(config),
    })
    .unwrap();
    for page in ["boxes.html", "cited.html"] {
        let text = read(&digests, page);
        assert!(
            text.contains("<table class=\"digest\">"),
            "{page} is a digest"
        );
        assert!(!text.contains("<script>alert"), "{page} has a live script");
        assert!(
            text.contains("规划&lt;/script&gt;&lt;script&gt;alert(3)"),
            "{page}: the title as text"
        );
    }
    let ch1 = read(&out, "plan-a/ch1.html");
    assert!(ch1.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(ch1.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"));
    assert!(
        ch1.contains("{{ x }} {% raw %}"),
        "template syntax in text stays text"
    );
}

#[test]
fn every_page_has_one_h1_and_ordered_headings() {
    let out = built();
    let h = Selector::parse("h1, h2, h3, h4, h5, h6").unwrap();
    for (page, text) in html_pages(out) {
        let doc = Html::parse_document(&text);
        let levels: Vec<u8> = doc
            .select(&h)
            .map(|e| e.value().name()[1..].parse().unwrap())
            .collect();
        assert_eq!(
            levels.iter().filter(|l| **l == 1).count(),
            1,
            "{page}: {levels:?}"
        );
        assert_eq!(levels[0], 1, "{page}: {levels:?}");
        for w in levels.windows(2) {
            assert!(w[1] <= w[0] + 1, "{page}: skip in {levels:?}");
        }
        assert!(text.contains("<html lang=\"zh-CN\">"), "{page}");
    }
}

#[test]
fn page_size_does_not_grow_with_the_site() {
    let out = built();
    // The same two plans and 20 more copies of plan B.
    let extra: Vec<String> = (0..20).map(|i| format!("extra-{i:02}")).collect();
    let mut plans = vec![("plan-a", crate::kit::PLAN_A), ("plan-b", PLAN_B)];
    plans.extend(extra.iter().map(|slug| (slug.as_str(), PLAN_B)));
    let big = Project::import(&plans);
    big.build();
    let out_big = big.public();
    for page in [
        "plan-a/ch1.html",
        "plan-a/ch2.html",
        "plan-a/box-1.html",
        "plan-a/index.html",
    ] {
        assert_eq!(
            read(out, page),
            read(&out_big, page),
            "{page} depends on the other plans"
        );
    }
}

#[test]
fn reader_notes_stand_at_their_paragraph_and_row() {
    let out = built();
    let doc = doc("plan-a/ch1.html");
    let para = select(&doc, "#ch1-s1-p1 .rn");
    assert_eq!(para.len(), 1);
    assert!(para[0]
        .text()
        .collect::<String>()
        .contains("百分比超过100%"));
    let row_note = select(&doc, "#t1-r3 + tr.rn-row .rn");
    assert_eq!(row_note.len(), 1, "row note follows its row");
    assert!(select(&doc, "#ch1-s2-p1 .rn").is_empty());
    let overview = read(out, "plan-a/index.html");
    assert!(
        overview.contains("ch1.html#ch1-s1-p1"),
        "overview lists the notes"
    );
}

#[test]
fn boxes_link_to_where_they_stand_and_back() {
    let out = built();
    let bx = doc("plan-a/box-1.html");
    let place: Vec<_> = select(&bx, ".place-link a");
    assert_eq!(place[0].value().attr("href"), Some("ch2.html#box-1"));
    assert_eq!(
        select(&bx, "a[rel=next]")[0].value().attr("href"),
        Some("box-ch2-2.html")
    );
    assert_eq!(
        select(&bx, "a[rel=prev]")[0].value().attr("href"),
        Some("box-ch2-1.html")
    );
    assert_eq!(select(&bx, "h1").len(), 1);
    // On the box page a permalink stays on the page; the citation names the box's place.
    assert_eq!(
        select(&bx, "#box-1-p1 a.pl")[0].value().attr("href"),
        Some("#box-1-p1")
    );
    assert_eq!(
        select(&bx, "#box-1-p1 a.cite-url")[0].value().attr("href"),
        Some("ch2.html#box-1-p1")
    );
    let ch2 = doc("plan-a/ch2.html");
    let aside = select(&ch2, "aside.box#box-1");
    assert_eq!(aside.len(), 1, "the chapter shows the box");
    let inner: Vec<_> = select(&ch2, "aside#box-1 a[href='box-1.html']");
    assert_eq!(inner.len(), 1, "the box in the chapter links to its page");
    assert_eq!(
        select(&ch2, "aside#box-1 #t2").len(),
        1,
        "a table inside the box stays inside"
    );
    assert_eq!(
        select(&ch2, "a[rel=prev]")[0].value().attr("href"),
        Some("ch1.html")
    );
    assert_eq!(
        select(&ch2, "a[rel=next]")[0].value().attr("href"),
        Some("ch3.html")
    );
    let index = read(out, "boxes.html");
    for href in [
        "plan-a/box-1.html",
        "plan-a/box-ch2-2.html",
        "plan-b/box-1.html",
    ] {
        assert!(
            index.contains(&format!("href=\"{href}\"")),
            "{href} not in the box index"
        );
    }
}

#[test]
fn citations_are_in_the_html_and_a_script_only_adds_copying() {
    let out = built();
    let doc = doc("plan-a/ch2.html");
    let cite = select(&doc, "#ch2-s1-p1 > .cite");
    assert_eq!(cite.len(), 1);
    let text = cite[0].text().collect::<String>();
    assert!(
        text.contains("《某市“十四五”时期人力资源和社会保障发展规划》第二章第一节第1段"),
        "{text}"
    );
    assert!(text.contains("plan-a/ch2.html#ch2-s1-p1"), "{text}");
    assert_eq!(
        select(&doc, "#ch2-s1-p1 a.pl")[0].value().attr("href"),
        Some("#ch2-s1-p1")
    );
    assert_eq!(select(&doc, "script[src='../static/cite.js']").len(), 1);
    let js = read(out, "static/cite.js");
    assert!(js.contains("cite-copy"));
}

#[test]
fn cited_documents_link_to_every_paragraph_that_cites_them() {
    let out = built();
    let doc = doc("cited.html");
    let entry = select(&doc, ".cited > li")
        .into_iter()
        .find(|li| {
            li.text()
                .collect::<String>()
                .contains("《保障农民工工资支付条例》")
        })
        .expect("listed");
    let hrefs: Vec<&str> = entry
        .select(&Selector::parse("a").unwrap())
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(
        hrefs,
        vec![
            "plan-a/ch1.html#ch1-s1-p1",
            "plan-a/ch2.html#ch2-s1-p1",
            "plan-b/ch1.html#ch1-s1-p1"
        ]
    );
    let own = read(out, "plan-a/cited.html");
    assert!(
        !own.contains("《某市“十四五”时期人力资源和社会保障发展规划》</h2>"),
        "own title left out"
    );
    let other = read(out, "plan-b/cited.html");
    assert!(
        other.contains("《某市“十四五”时期人力资源和社会保障发展规划》</h2>"),
        "another plan's title is a cited document"
    );
    let ch1 = read(out, "plan-a/ch1.html");
    assert!(
        ch1.contains("<a class=\"doc\" href=\"cited.html#doc-"),
        "cited titles link to the list"
    );
}

#[test]
fn overview_carries_metadata_toc_and_json_ld() {
    let out = built();
    let text = read(out, "plan-a/index.html");
    let doc = Html::parse_document(&text);
    let ld = select(&doc, "script[type='application/ld+json']");
    assert_eq!(ld.len(), 1);
    let v: serde_json::Value = serde_json::from_str(&ld[0].inner_html()).unwrap();
    assert_eq!(v["@type"], "Legislation");
    assert_eq!(v["legislationIdentifier"], "某人社规字〔2021〕54号");
    assert_eq!(v["legislationDate"], "2021-09-22");
    assert_eq!(v["legislationPassedBy"][1]["name"], "某市医疗保障局");
    assert!(select(&doc, "meta[name=description]")[0]
        .value()
        .attr("content")
        .unwrap()
        .contains("某人社规字"));
    assert_eq!(select(&doc, "meta[property='og:title']").len(), 1);
    let toc: Vec<&str> = select(&doc, ".toc a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert!(
        toc.contains(&"ch1.html") && toc.contains(&"ch1.html#ch1-s2") && toc.contains(&"ch3.html"),
        "{toc:?}"
    );
    assert!(
        text.contains("<span class=\"lbl\">第一章</span> 站在"),
        "a space after 第一章"
    );
    assert!(text.contains("现印发给你们"), "notice shown");
    assert!(text.contains("本规划根据"), "preamble shown");
    let b = read(out, "plan-b/index.html");
    assert!(
        b.contains("<span class=\"lbl\">一、</span>发展基础"),
        "no space after 、"
    );
    assert!(
        b.contains("(拟文稿)") && b.contains("<dt>来源</dt><dd>某区人民政府</dd>"),
        "draft status and source shown"
    );
    assert!(
        !b.contains("浏览量"),
        "web-page chrome is not shown as metadata"
    );
    let form = select(&doc, "form[role=search]");
    assert_eq!(form[0].value().attr("action"), Some("../search.html"));
    assert_eq!(form[0].value().attr("method"), Some("get"));
}

#[test]
fn tables_are_accessible_where_they_stand() {
    let out = built();
    let doc = doc("plan-a/ch1.html");
    assert_eq!(select(&doc, "#t1 caption").len(), 1);
    assert_eq!(select(&doc, "#t1 thead th[scope=col]").len(), 4);
    assert_eq!(select(&doc, "#t1 tr.cat th[scope=rowgroup]").len(), 2);
    assert_eq!(select(&doc, "#t1 tr.grp").len(), 1);
    assert_eq!(select(&doc, "#t1 tr.in-grp th[scope=row]").len(), 1);
    assert_eq!(select(&doc, "#t1 .tnotes").len(), 1);
    assert_eq!(
        select(&doc, "#t1 .tw").len(),
        1,
        "the table scrolls in its own container"
    );
    // The table stands between the paragraphs it sits between in the text.
    let text = read(out, "plan-a/ch1.html");
    let (p1, t1, p2) = (
        text.find("id=\"ch1-s1-p1\"").unwrap(),
        text.find("id=\"t1\"").unwrap(),
        text.find("id=\"ch1-s1-p2\"").unwrap(),
    );
    assert!(p1 < t1 && t1 < p2);
    assert!(text.contains(">一、就业<"), "category number as written");
    assert!(
        text.contains(">2. 城镇新增就业人数(万人)<"),
        "item number as written"
    );
}

/// A table the text refers to and the plan lacks (the loader refuses such content; the renderer
/// still must not drop the place) is flagged.
#[test]
fn a_missing_table_is_flagged_not_dropped() {
    let project = sample();
    let mut site = project.site();
    site.plans[0].chapters[2]
        .blocks
        .push(plansite::model::Block::Table(plansite::model::TableRef {
            id: "t9".into(),
        }));
    let (config, _) =
        plansite::config::Config::locate(Some(&repo().join("plansite.toml"))).unwrap();
    let out = project.public();
    let theme = repo().join("themes/default");
    plansite::render::render(plansite::render::Inputs::new(&site, &config, &theme), &out).unwrap();
    let ch3 = read(&out, "plan-a/ch3.html");
    assert!(
        ch3.contains("缺表"),
        "a missing table is flagged, not dropped"
    );
}

#[test]
fn lead_sentences_are_bold() {
    let doc = doc("plan-a/ch1.html");
    let lead = select(&doc, "#ch1-s1-p1 strong.lead");
    assert_eq!(lead[0].text().collect::<String>(), "就业局势保持稳定。");
}

#[test]
fn sitemap_and_404_use_the_public_address_when_known() {
    let project = sample();
    let out = project.public();
    let config = plansite::render::BuildOptions {
        content: project.content(),
        out: out.clone(),
        config: Some(repo().join("plansite.toml")),
    };
    plansite::render::build_at(&config, Some("https://example.org/plans/")).unwrap();
    let sitemap = read(&out, "sitemap.xml");
    assert!(sitemap.contains("<loc>https://example.org/plans/plan-a/ch1.html</loc>"));
    assert!(!sitemap.contains("404.html"));
    assert!(read(&out, "robots.txt").contains("Sitemap: https://example.org/plans/sitemap.xml"));
    assert!(read(&out, "404.html").contains("href=\"https://example.org/plans/static/style.css\""));
    let ch1 = read(&out, "plan-a/ch1.html");
    assert!(
        ch1.contains("<link rel=\"canonical\" href=\"https://example.org/plans/plan-a/ch1.html\">")
    );
    assert!(
        ch1.contains(">https://example.org/plans/plan-a/ch1.html#ch1-s1-p1</a>"),
        "citations carry the full address"
    );
    assert!(
        ch1.contains("href=\"../static/style.css\""),
        "internal links stay relative"
    );
    let report = plansite::check::check_site(&out, Some("https://example.org/plans/")).unwrap();
    assert!(report.is_ok(), "{report}");
}

#[test]
fn headings_of_a_chapter_without_sections_skip_no_level() {
    let p = Project::import(&[(
        "flat",
        "某区“十四五”规划\n\n一、主要任务\n\n1.推进产业升级\n\n（1）做强制造业。聚焦集成电路。\n\n（2）发展服务业。加快金融服务。\n\n2.强化科技创新\n\n建设创新平台。\n\n二、保障措施\n\n加强组织领导。\n",
    )]);
    p.build();
    let html = std::fs::read_to_string(p.public().join("flat/ch1.html")).unwrap();
    let doc = Html::parse_document(&html);
    let levels: Vec<String> = doc
        .select(&Selector::parse("main h1, main h2, main h3, main h4").unwrap())
        .filter(|h| h.value().attr("id").is_some_and(|id| id.starts_with("ch1")))
        .map(|h| h.value().name().to_string())
        .collect();
    assert_eq!(levels, ["h1", "h2", "h3", "h3", "h2"]);
}

#[test]
fn footnotes_are_linked_from_their_calls_and_back() {
    // Circled numbers after words call the notes at the end; circled numbers that enumerate
    // (after a colon or a semicolon, or paragraphs that nothing calls) link nowhere.
    let text = "某区卫生健康“十四五”规划\n\n一、发展基础\n\n①加强组织领导。\n\n②完善工作机制。\n\n\
                全区执业医师数达到3.1人①，建成区域医疗中心②1个。\n\n\
                重点实施三类工程：①保护修缮工程；②展示利用工程。\n\n\
                二、保障措施\n\n加强规划实施评估，医师数按常住人口计算①。\n\n\
                ①按2025年末常住人口计算，下同。\n\n②区域医疗中心：指依托高水平医院建设的医疗机构。\n";
    let project = Project::import(&[("fn", text)]);
    project.build();
    let out = project.public();
    let ch1 = Html::parse_document(&read(&out, "fn/ch1.html"));
    let calls: Vec<(String, String, Option<String>)> = select(&ch1, "sup.fn a")
        .iter()
        .map(|a| {
            (
                a.text().collect(),
                a.value().attr("href").unwrap_or_default().to_string(),
                a.value().attr("id").map(str::to_string),
            )
        })
        .collect();
    let ch2 = Html::parse_document(&read(&out, "fn/ch2.html"));
    let note = |n: &str| {
        select(&ch2, ".u")
            .into_iter()
            .find(|u| u.text().collect::<String>().starts_with(n))
            .and_then(|u| u.value().attr("id").map(str::to_string))
            .unwrap_or_else(|| panic!("note {n}"))
    };
    let (n1, n2) = (note("①按"), note("②区域"));
    assert_eq!(
        calls,
        [
            (
                "①".to_string(),
                format!("ch2.html#{n1}"),
                Some("ch1-p3-fn1".to_string())
            ),
            (
                "②".to_string(),
                format!("ch2.html#{n2}"),
                Some("ch1-p3-fn2".to_string())
            ),
        ],
        "the list ①② and the enumeration after a colon are no calls"
    );
    let backs: Vec<&str> = select(&ch2, "a.fn-back")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(backs, ["ch1.html#ch1-p3-fn1", "ch1.html#ch1-p3-fn2"]);
    // The call in the same chapter as its note links on the page; the text is as written.
    let own: Vec<&str> = select(&ch2, "sup.fn a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(own, [format!("#{n1}")]);
    assert!(ch2
        .root_element()
        .text()
        .collect::<String>()
        .contains("医师数按常住人口计算①。"));
    crate::kit::assert_check_problems(&out, &[]);
}
