//! Hostile input: an adversarial corpus for the importer and the content loader, text that tries
//! to become markup or template code, and builds killed midway. Every case ends in a clear error
//! naming the file (and line where there is one) or in a correct result — never a panic, never a
//! write outside the output folder, never a damaged previous output.

use crate::kit::{files, plansite as bin, repo as root, succeed};
use plansite::content::load_site;
use plansite::import;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Imports one seed given as bytes; returns the error text or a summary of the plan.
fn import_one(name: &str, bytes: &[u8]) -> Result<(usize, usize, usize), String> {
    let dir = tempfile::tempdir().unwrap();
    let seeds = dir.path().join("seeds");
    fs::create_dir(&seeds).unwrap();
    fs::write(seeds.join(name), bytes).unwrap();
    let content = dir.path().join("content");
    import::run(&seeds, &content).map_err(|e| e.to_string())?;
    let site = load_site(&content).map_err(|e| e.to_string())?;
    let p = &site.plans[0];
    Ok((
        p.chapters.len(),
        p.chapters.iter().map(|c| c.sections.len()).sum(),
        p.boxes().len(),
    ))
}

fn synthetic_plan(chapters: u32, sections: u32, paragraphs: u32) -> String {
    use plansite::text::cn_numeral;
    let mut s = String::from("某某市“十四五”合成测试规划\n\n");
    for c in 1..=chapters {
        s.push_str(&format!("第{}章 第{c}项任务\n\n", cn_numeral(c)));
        for k in 1..=sections {
            s.push_str(&format!("第{}节 第{c}章第{k}节\n\n", cn_numeral(k)));
            for p in 1..=paragraphs {
                s.push_str(&format!(
                    "推进第{c}章第{k}节第{p}项工作，到2025年完成{p}万人次培训。\n"
                ));
            }
            s.push('\n');
        }
    }
    s
}

#[derive(Debug)]
enum Expect {
    /// An error whose text contains this.
    Error(&'static str),
    /// A plan with this many chapters, sections and boxes.
    Plan(usize, usize, usize),
}

#[test]
fn adversarial_seeds() {
    let ten_mb_line = {
        let mut s = "某某规划\n第一章 总则\n".as_bytes().to_vec();
        s.extend(std::iter::repeat_n("很长的一行".as_bytes(), 10 * 1024 * 1024 / 15).flatten());
        s
    };
    let fixture = fs::read(root().join("tests/fixtures/boxes-plan.txt")).unwrap();
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend(&fixture);
    let crlf = String::from_utf8(fixture.clone())
        .unwrap()
        .replace('\n', "\r\n")
        .into_bytes();
    let cr_only = String::from_utf8(fixture.clone())
        .unwrap()
        .replace('\n', "\r")
        .into_bytes();
    let mut utf16le = vec![0xFF, 0xFE];
    utf16le.extend("第一章".encode_utf16().flat_map(|u| u.to_le_bytes()));
    let mut utf16be = vec![0xFE, 0xFF];
    utf16be.extend("第一章".encode_utf16().flat_map(|u| u.to_be_bytes()));
    let big = synthetic_plan(50, 40, 100);
    assert!(
        big.lines().count() >= 200_000,
        "{} lines",
        big.lines().count()
    );
    let huge_table = {
        let mut s = String::from("某某规划\n\n第一章 总则\n\n主要指标\n指标\t目标\t属性\n");
        for i in 0..10_050 {
            s.push_str(&format!("{i}. 指标{i}\t{i}\t预期性\n"));
        }
        s.into_bytes()
    };
    let cases: Vec<(&str, Vec<u8>, Expect)> = vec![
        (
            "gbk.txt",
            vec![
                0xB5, 0xDA, 0xD2, 0xBB, 0xD5, 0xC2, b' ', 0xD7, 0xDC, 0xD4, 0xF2,
            ],
            Expect::Error("gbk.txt:1: not valid UTF-8"),
        ),
        (
            "gb18030.txt",
            b"plan\n\x81\x30\x81\x30\xB5\xDA".to_vec(),
            Expect::Error("gb18030.txt:2: not valid UTF-8"),
        ),
        (
            "utf16le.txt",
            utf16le,
            Expect::Error("utf16le.txt:1: the file is UTF-16"),
        ),
        (
            "utf16be.txt",
            utf16be,
            Expect::Error("utf16be.txt:1: the file is UTF-16"),
        ),
        ("bom.txt", bom, Expect::Plan(2, 2, 3)),
        ("crlf.txt", crlf, Expect::Plan(2, 2, 3)),
        ("cr.txt", cr_only, Expect::Plan(2, 2, 3)),
        (
            "nul.txt",
            b"plan\n\nabc\0def".to_vec(),
            Expect::Error("nul.txt:3: binary data"),
        ),
        (
            "empty.txt",
            Vec::new(),
            Expect::Error("empty.txt: the file is empty"),
        ),
        (
            "blank.txt",
            b"\n \n\t\n".to_vec(),
            Expect::Error("blank.txt: the file is empty"),
        ),
        (
            "long-line.txt",
            ten_mb_line,
            Expect::Error("long-line.txt:3: line is"),
        ),
        (
            "lines-200k.txt",
            big.into_bytes(),
            Expect::Plan(50, 2000, 0),
        ),
        (
            "table-10k.txt",
            huge_table,
            Expect::Error("table-10k.txt:6: a table of 10050 rows"),
        ),
        (
            "no-outline.txt",
            "只有一段文字。\n".as_bytes().to_vec(),
            Expect::Error("no-outline.txt:1: no recognisable outline"),
        ),
        (
            "bad name.txt",
            fixture.clone(),
            Expect::Error("bad name.txt: a seed's file name becomes the plan's URL slug"),
        ),
        (
            "控制.txt",
            fixture.clone(),
            Expect::Error("a seed's file name becomes the plan's URL slug"),
        ),
        (
            "control.txt",
            b"plan\n\x1b[31m".to_vec(),
            Expect::Error("control.txt:2: control character U+001B"),
        ),
    ];
    let mut table = String::from("| seed | outcome |\n|---|---|\n");
    for (name, bytes, expect) in cases {
        let start = Instant::now();
        let got = import_one(name, &bytes);
        let took = start.elapsed();
        match (&expect, &got) {
            (Expect::Error(s), Err(e)) => assert!(
                e.contains(s),
                "{name}: expected error containing {s:?}, got {e}"
            ),
            (Expect::Plan(c, s, b), Ok(got)) => assert_eq!(got, &(*c, *s, *b), "{name}"),
            _ => panic!("{name}: expected {expect:?}, got {got:?}"),
        }
        let outcome = match got {
            Ok((c, s, b)) => format!(
                "imported: {c} chapters, {s} sections, {b} boxes ({:.1} s)",
                took.as_secs_f64()
            ),
            Err(e) => format!("error: `{}`", e.replace('|', "\\|")),
        };
        table.push_str(&format!("| {name} | {outcome} |\n"));
    }
    println!("{table}");
}

/// Writes a minimal valid plan folder and returns its path.
fn plan_folder(content: &Path, slug: &str) -> PathBuf {
    let p = content.join(slug);
    fs::create_dir_all(p.join("tables")).unwrap();
    fs::write(
        p.join("_index.md"),
        "+++\ntitle = \"某规划\"\n+++\n\n引言。\n",
    )
    .unwrap();
    fs::write(
        p.join("01.md"),
        "+++\nnumber = 1\n+++\n\n# 第一章 总则\n\n## 第一节 目标\n\n正文。\n",
    )
    .unwrap();
    p
}

fn load_err(content: &Path) -> String {
    match load_site(content) {
        Ok(_) => "loaded".into(),
        Err(e) => e.to_string(),
    }
}

/// A chapter file: `front` inside the front matter, then the heading 第一章 总则 and `body`.
fn chapter(front: &str, body: &str) -> Vec<u8> {
    format!("+++\n{front}\n+++\n\n# 第一章 总则\n{body}").into_bytes()
}

/// How a case spoils the content folder.
enum Spoil {
    /// Writes `file` (a path in the minimal plan `p`) with these bytes.
    Write(&'static str, Vec<u8>),
    /// Anything else, done to the content folder.
    Other(Box<dyn Fn(&Path)>),
}

#[test]
fn adversarial_content() {
    use Spoil::{Other, Write};
    let nested_lists: String = (0..200)
        .map(|i| format!("{}- 层{i}\n", "  ".repeat(i)))
        .collect();
    let nested_emphasis = format!("\n{}正文{}\n", "*_".repeat(5000), "_*".repeat(5000));
    let mut many_rows = String::from("id = \"t1\"\ncolumns = [\"a\", \"b\"]\n");
    for i in 0..10_001 {
        many_rows.push_str(&format!("[[rows]]\nname = \"r{i}\"\ncells = [\"1\"]\n"));
    }
    let symlink = |target: &'static str, link: &'static str| -> Spoil {
        Other(Box::new(move |c: &Path| {
            let p = plan_folder(c, "p");
            let target = if target == "p" {
                p.clone()
            } else {
                PathBuf::from(target)
            };
            std::os::unix::fs::symlink(target, c.join(link)).unwrap();
        }))
    };
    let cases: Vec<(&str, Spoil, &str)> = vec![
        (
            "front matter with a wrong type",
            Write("01.md", chapter("number = \"one\"", "")),
            "p/01.md:2:",
        ),
        (
            "front matter not closed",
            Write("_index.md", b"+++\ntitle = \"x\"\n".to_vec()),
            "p/_index.md:1: front matter is not closed",
        ),
        (
            "unknown key in front matter",
            Write("01.md", chapter("number = 1\nweight = 3", "")),
            "p/01.md:3:",
        ),
        (
            "deeply nested lists",
            Write("01.md", chapter("number = 1", &format!("\n{nested_lists}"))),
            "nested more than 32 levels",
        ),
        (
            "deeply nested emphasis",
            Write("01.md", chapter("number = 1", &nested_emphasis)),
            "loaded",
        ),
        (
            "slugs that differ only in case",
            Other(Box::new(|c: &Path| {
                plan_folder(c, "plan");
                plan_folder(c, "Plan");
            })),
            "slugs must differ in more than letter case",
        ),
        (
            "a slug with spaces",
            Other(Box::new(|c: &Path| {
                plan_folder(c, "a plan");
            })),
            "a plan: a plan folder name is its URL slug",
        ),
        (
            "a table link that climbs out of the plan",
            Write(
                "01.md",
                chapter("number = 1", "\n[x](tables/../../../etc/passwd.toml)\n"),
            ),
            "does not exist",
        ),
        (
            "a table whose id is a path",
            Write(
                "tables/t1.toml",
                b"id = \"../t1\"\ncolumns = [\"a\"]\nrows = []\n".to_vec(),
            ),
            "p/tables/t1.toml:1: table id",
        ),
        (
            "a symlink loop",
            symlink("p", "p/tables/loop"),
            "p/tables/loop: symbolic links are not followed",
        ),
        (
            "a symlink to a file outside content",
            symlink("/etc/hostname", "p/02.md"),
            "p/02.md: symbolic links are not followed",
        ),
        (
            "a plan folder that is a symlink",
            symlink("p", "q"),
            "q: symbolic links are not followed",
        ),
        (
            "an unreadable chapter (a named pipe)",
            Other(Box::new(|c: &Path| {
                let p = plan_folder(c, "p");
                let st = Command::new("mkfifo")
                    .arg(p.join("02.md"))
                    .status()
                    .unwrap();
                assert!(st.success());
            })),
            "p/02.md: not a regular file",
        ),
        (
            "a chapter that is a folder",
            Other(Box::new(|c: &Path| {
                let p = plan_folder(c, "p");
                fs::create_dir(p.join("02.md")).unwrap();
            })),
            "p/02.md: not a regular file",
        ),
        (
            "invalid UTF-8 in a chapter",
            Write("01.md", b"+++\nnumber = 1\n+++\n\n# \xB5\xDA\n".to_vec()),
            "p/01.md:5: not valid UTF-8",
        ),
        (
            "a correction whose text does not occur",
            Write(
                "corrections.toml",
                "[[correction]]\noriginal = \"不存在\"\ncorrected = \"x\"\nnote = \"n\"\n"
                    .as_bytes()
                    .to_vec(),
            ),
            "p/corrections.toml: correction 1: the text `不存在` does not occur",
        ),
        (
            "a table with too many rows",
            Write("tables/t1.toml", many_rows.into_bytes()),
            "the limits are 10000 rows",
        ),
    ];
    let mut table = String::from("| content | outcome |\n|---|---|\n");
    for (name, spoil, expected) in cases {
        let dir = tempfile::tempdir().unwrap();
        let content = dir.path().join("content");
        fs::create_dir(&content).unwrap();
        match spoil {
            Write(file, bytes) => fs::write(plan_folder(&content, "p").join(file), bytes).unwrap(),
            Other(f) => f(&content),
        }
        let got = load_err(&content);
        assert!(
            got.contains(expected),
            "{name}: expected {expected:?}, got {got}"
        );
        let shown = got.replace(&format!("{}/", content.display()), "");
        let outcome = if got == "loaded" {
            "loaded correctly".to_string()
        } else {
            format!("error: `{shown}`")
        };
        table.push_str(&format!("| {name} | {outcome} |\n"));
    }
    println!("{table}");
}

const HOSTILE: &str = r#"某某区"><img src=x onerror=alert(1)>就业<script>alert(2)</script>规划

第一章 总则{{ site.title }}<script>alert(3)</script>

第一节 目标{% raw %}

坚持<script>alert(4)</script>就业优先。依据《<b onmouseover=alert(5)>条例</b>》推进javascript:alert(6)与"><img src=x onerror=alert(7)>工作{{ 7*7 }}{% if true %}x{% endif %}。

专栏 1 计划"><svg onload=alert(8)>

内容&amp;<iframe src=javascript:alert(9)></iframe>。

主要指标
指标	目标	属性
<script>alert(10)</script>失业率(%)	<5"><img src=x onerror=alert(11)>	预期性
"#;

#[test]
fn text_that_looks_like_markup_or_templates_stays_text() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = dir.path().join("seeds");
    fs::create_dir(&seeds).unwrap();
    fs::write(seeds.join("hostile.txt"), HOSTILE).unwrap();
    let content = dir.path().join("content");
    let out = dir.path().join("public");
    succeed(
        bin()
            .args(["import", "--seeds"])
            .arg(&seeds)
            .arg("--content")
            .arg(&content),
    );
    succeed(
        bin()
            .args(["build", "--content"])
            .arg(&content)
            .arg("--out")
            .arg(&out),
    );
    succeed(&mut check(&out, &content));

    let mut pages = 0;
    let mut seen_literal = false;
    for e in walkdir::WalkDir::new(&out)
        .into_iter()
        .filter_map(|e| e.ok())
    {
        let path = e.path();
        let ext = path.extension().and_then(|x| x.to_str()).unwrap_or("");
        let text = match ext {
            "html" | "svg" | "json" | "csv" | "xml" => fs::read_to_string(path).unwrap(),
            _ => continue,
        };
        if ext == "html" || ext == "svg" {
            pages += 1;
            let doc = scraper::Html::parse_document(&text);
            let all = scraper::Selector::parse("*").unwrap();
            for el in doc.select(&all) {
                let v = el.value();
                assert!(
                    !["iframe", "img", "svg"].contains(&v.name())
                        || ext == "svg"
                        || v.attr("src") != Some("x"),
                    "{}: injected <{}>",
                    path.display(),
                    v.name()
                );
                assert_ne!(v.name(), "iframe", "{}", path.display());
                assert_ne!(v.name(), "b", "{}: injected <b>", path.display());
                for (k, val) in v.attrs() {
                    assert!(
                        !k.starts_with("on"),
                        "{}: event handler {k}={val}",
                        path.display()
                    );
                    assert!(
                        !val.trim_start()
                            .to_ascii_lowercase()
                            .starts_with("javascript:"),
                        "{}: {k}={val}",
                        path.display()
                    );
                }
                if v.name() == "script" {
                    let body = el.text().collect::<String>();
                    assert!(
                        !body.contains("alert(") || v.attr("type") == Some("application/ld+json"),
                        "{}: script runs injected code",
                        path.display()
                    );
                    assert!(
                        v.attr("type") == Some("application/ld+json") || v.attr("src").is_some(),
                        "{}: inline script",
                        path.display()
                    );
                }
            }
            let visible = doc.root_element().text().collect::<String>();
            if visible.contains("坚持<script>alert(4)</script>就业优先")
                && visible.contains("{{ 7*7 }}{% if true %}x{% endif %}")
            {
                seen_literal = true;
            }
        }
        if ext == "json" && path.to_string_lossy().contains("/data/") {
            let v: serde_json::Value = serde_json::from_str(&text).unwrap();
            let s = v.to_string();
            assert!(
                !s.contains("onerror=alert(11)>\\u003c"),
                "JSON keeps text as data"
            );
        }
    }
    assert!(pages > 5, "{pages} pages checked");
    assert!(
        seen_literal,
        "the chapter shows the markup and template syntax as text"
    );

    // Open data keeps the exact text, as data.
    let csv_path = walkdir::WalkDir::new(&out)
        .into_iter()
        .filter_map(|e| e.ok())
        .find(|e| {
            e.path().extension().is_some_and(|x| x == "csv")
                && e.file_name().to_string_lossy().starts_with("indicators-")
        })
        .expect("a CSV file of an indicator table")
        .into_path();
    let mut rdr = csv::Reader::from_path(&csv_path).unwrap();
    let cells: Vec<String> = rdr
        .records()
        .flat_map(|r| r.unwrap().iter().map(String::from).collect::<Vec<_>>())
        .collect();
    assert!(
        cells
            .iter()
            .any(|c| c == "<5\"><img src=x onerror=alert(11)>"),
        "{cells:?}"
    );
    let json_path = csv_path.with_extension("json");
    let json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(json_path).unwrap()).unwrap();
    assert!(json
        .to_string()
        .contains(r#"<5\"><img src=x onerror=alert(11)>"#));

    // The terminal search returns the text as data: JSON-encoded, exactly as written.
    let found = succeed(
        bin()
            .args(["search", "就业优先", "--json", "--content"])
            .arg(&content),
    );
    let v: serde_json::Value = serde_json::from_str(&found).unwrap();
    assert_eq!(
        v["hits"][0]["text"].as_str(),
        Some("坚持<script>alert(4)</script>就业优先。依据《<b onmouseover=alert(5)>条例</b>》推进javascript:alert(6)与\"><img src=x onerror=alert(7)>工作{{ 7*7 }}{% if true %}x{% endif %}。")
    );
}

/// Imports `n` copies of the fixture plans under different slugs (a site that takes a while to build).
fn many_plans(dir: &Path, n: usize) -> PathBuf {
    let seeds = dir.join("seeds");
    fs::create_dir_all(&seeds).unwrap();
    let sources = [
        "tests/fixtures/boxes-plan.txt",
        "tests/fixtures/parts-plan.txt",
        "seeds/beijing-hrss-14th.txt",
        "seeds/pudong-employment-14th.txt",
    ];
    for i in 0..n {
        fs::copy(
            root().join(sources[i % sources.len()]),
            seeds.join(format!("plan-{i:03}.txt")),
        )
        .unwrap();
    }
    let content = dir.join("content");
    import::run(&seeds, &content).unwrap();
    content
}

#[test]
fn a_build_killed_midway_leaves_the_previous_site_and_the_next_build_succeeds() {
    let dir = tempfile::tempdir().unwrap();
    let content = many_plans(dir.path(), 16);
    let out = dir.path().join("public");
    let build = |content: &Path| {
        let mut c = bin();
        c.arg("build")
            .arg("--content")
            .arg(content)
            .arg("--out")
            .arg(&out);
        c
    };
    succeed(&mut build(&content));
    let before = files(&out);
    // Time a full build, then kill builds at several points inside it.
    let start = Instant::now();
    assert!(build(&content).output().unwrap().status.success());
    let full = start.elapsed();
    assert_eq!(files(&out), before, "the same content builds the same site");
    // Change the content so a completed build would differ.
    let first = content.join("plan-000/_index.md");
    let text = fs::read_to_string(&first).unwrap();
    fs::write(&first, text.replace("title = \"", "title = \"改 ")).unwrap();
    for fraction in [0.2, 0.5, 0.8] {
        let mut child = build(&content)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(full.mul_f64(fraction));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let now = files(&out);
        assert!(now == before || now.iter().any(|(p, b)| p.ends_with("plan-000/index.html") && String::from_utf8_lossy(b).contains("改 ")),
            "after a kill at {fraction:.1} of a build, the output is the previous site or the complete new one");
        assert!(out.join("index.html").is_file());
    }
    // The next build succeeds.
    succeed(&mut build(&content));
    assert!(fs::read_to_string(out.join("plan-000/index.html"))
        .unwrap()
        .contains("改 "));
    let leftovers: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("public."))
        .collect();
    assert!(
        leftovers.is_empty(),
        "staging folders of killed builds are cleaned up: {leftovers:?}"
    );
    succeed(&mut check(&out, &content));
}

/// `plansite check` of a built site and its content.
fn check(out: &Path, content: &Path) -> Command {
    let mut c = bin();
    c.args(["check", "--out"])
        .arg(out)
        .arg("--content")
        .arg(content);
    c
}

#[test]
fn an_import_killed_midway_leaves_content_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let content = many_plans(dir.path(), 12);
    let before = files(&content);
    let seeds = dir.path().join("seeds");
    // Change every seed so a completed import would differ.
    for e in fs::read_dir(&seeds).unwrap() {
        let p = e.unwrap().path();
        let t = fs::read_to_string(&p).unwrap();
        fs::write(&p, t.replacen("就业", "就 业", 1)).unwrap();
    }
    // What a complete import of the changed seeds gives.
    let expected_dir = dir.path().join("expected");
    import::run(&seeds, &expected_dir).unwrap();
    let after = files(&expected_dir);
    assert_ne!(after, before);
    for ms in [20u64, 60, 150] {
        let mut child = bin()
            .args(["import", "--seeds"])
            .arg(&seeds)
            .arg("--content")
            .arg(&content)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(ms));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let now = files(&content);
        assert!(
            now == before || now == after,
            "after a kill at {ms} ms content is the old tree or the complete new one"
        );
    }
    // A later import completes.
    assert!(bin()
        .args(["import", "--seeds"])
        .arg(&seeds)
        .arg("--content")
        .arg(&content)
        .status()
        .unwrap()
        .success());
}

/// Inputs the importer's fuzz target once failed on (tests/fixtures/fuzz-found/): each imports,
/// every character of it kept in order, as the fidelity check inside the import verifies.
#[test]
fn inputs_the_fuzzer_found_import_with_their_text() {
    let dir = root().join("tests/fixtures/fuzz-found");
    let found: Vec<(String, Vec<u8>)> = files(&dir)
        .into_iter()
        .filter(|(name, _)| name.ends_with(".txt"))
        .collect();
    assert!(!found.is_empty(), "no inputs in {}", dir.display());
    for (name, bytes) in found {
        if let Err(e) = import_one(&name, &bytes) {
            panic!("{name}: {e}");
        }
    }
}
