//! `plansite serve` over real sockets on 127.0.0.1: path traversal, content types, the reload
//! script, a rebuild after an edit, and 1,000 concurrent requests.

use crate::kit::shipped_content_copy;
use plansite::serve::{self, ServeOptions, RELOAD_TAG};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::time::{Duration, Instant};

/// Sends a raw request target (no client-side normalisation) and returns (status, headers, body).
fn get(addr: SocketAddr, target: &str) -> (u16, String, Vec<u8>) {
    let mut s = TcpStream::connect_timeout(&addr, Duration::from_secs(20)).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    write!(
        s,
        "GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut buf = Vec::new();
    if let Err(e) = s.read_to_end(&mut buf) {
        panic!("read {target}: {e} after {} bytes", buf.len());
    }
    let split = buf
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("header end");
    let head = String::from_utf8_lossy(&buf[..split]).to_string();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("status");
    let body = buf[split + 4..].to_vec();
    let chunked = head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked");
    (status, head, if chunked { unchunk(&body) } else { body })
}

/// The body of a chunked response, its chunks joined (a chunk boundary may fall anywhere in it).
fn unchunk(mut raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(eol) = raw.windows(2).position(|w| w == b"\r\n") {
        let size = std::str::from_utf8(&raw[..eol]).unwrap_or("");
        let size = usize::from_str_radix(size.split(';').next().unwrap_or("").trim(), 16)
            .expect("chunk size");
        if size == 0 {
            break;
        }
        out.extend_from_slice(&raw[eol + 2..eol + 2 + size]);
        raw = &raw[eol + 2 + size + 2..];
    }
    out
}

fn start(content: &Path, out: &Path, watch: bool) -> serve::Server {
    serve::start(&ServeOptions {
        content: content.to_path_buf(),
        out: out.to_path_buf(),
        port: 0,
        watch,
        ..Default::default()
    })
    .expect("serve starts")
}

#[test]
fn serves_only_the_output_folder_with_content_types() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    std::fs::write(dir.path().join("secret.txt"), "secret").unwrap();
    let server = start(Path::new("content"), &out, false);
    let addr = server.addr();
    assert!(addr.ip().is_loopback(), "loopback by default");

    for target in [
        "/..%2f..%2f..%2fetc/passwd",
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2e%2e%2fsecret.txt",
        "/%252e%252e%252fsecret.txt",
        "/static/..%5c..%5csecret.txt",
        "/..\\secret.txt",
        "/C:/Windows/win.ini",
    ] {
        let (status, _, body) = get(addr, target);
        assert!(status == 400 || status == 404, "{target}: {status}");
        assert!(
            !String::from_utf8_lossy(&body).contains("secret"),
            "{target}"
        );
    }
    let (status, _, body) = get(addr, "//etc/passwd");
    assert_eq!(status, 404);
    assert!(!String::from_utf8_lossy(&body).contains("root:"));

    let first_csv = std::fs::read_dir(out.join("beijing-hrss-14th/data"))
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .find(|n| n.ends_with(".csv"))
        .unwrap();
    let svg = walkdir::WalkDir::new(&out)
        .into_iter()
        .filter_map(|e| e.ok())
        .find(|e| e.path().extension().is_some_and(|x| x == "svg"))
        .expect("the build writes charts")
        .path()
        .strip_prefix(&out)
        .unwrap()
        .to_string_lossy()
        .replace('\\', "/");
    for (target, ty) in [
        ("/", "text/html"),
        ("/beijing-hrss-14th/ch2.html", "text/html"),
        ("/static/style.css", "text/css"),
        ("/static/plansite.js", "text/javascript"),
        (
            "/beijing-hrss-14th/data/commitments.json",
            "application/json",
        ),
        (&format!("/beijing-hrss-14th/data/{first_csv}"), "text/csv"),
        (&format!("/{svg}"), "image/svg+xml"),
        ("/sitemap.xml", "application/xml"),
        (serve::RELOAD_SCRIPT, "text/javascript"),
        (serve::VERSION_PATH, "application/json"),
    ] {
        let (status, head, _) = get(addr, target);
        assert_eq!(status, 200, "{target}");
        assert!(
            head.to_ascii_lowercase()
                .contains(&format!("content-type: {ty}")),
            "{target}: {head}"
        );
    }
    // Served pages load the reload script from a file; the built files do not have it.
    let (_, _, page) = get(addr, "/beijing-hrss-14th/ch2.html");
    assert!(String::from_utf8_lossy(&page).contains(RELOAD_TAG));
    let built = std::fs::read_to_string(out.join("beijing-hrss-14th/ch2.html")).unwrap();
    assert!(!built.contains("__plansite"));
    let (status, _, _) = get(addr, "/missing.html");
    assert_eq!(status, 404);
    server.stop();
}

#[test]
fn a_port_already_taken_fails_before_the_served_folder_is_touched() {
    let (dir, content) = shipped_content_copy();
    let out = dir.path().join("public");
    let first = start(&content, &out, false);
    let sentinel = out.join("index.html");
    std::fs::write(&sentinel, "served by the first").unwrap();
    let second = serve::start(&ServeOptions {
        content: content.clone(),
        out: out.clone(),
        port: first.addr().port(),
        watch: false,
        ..Default::default()
    });
    let err = second.err().expect("the port is taken").to_string();
    assert!(err.contains("cannot serve on"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&sentinel).unwrap(),
        "served by the first"
    );
    first.stop();
}

#[test]
fn an_edited_paragraph_is_rebuilt_and_served() {
    let (dir, content) = shipped_content_copy();
    let out = dir.path().join("public");
    let server = start(&content, &out, true);
    let addr = server.addr();
    assert_eq!(server.generation(), 0);
    let (_, _, before) = get(addr, "/beijing-hrss-14th/ch2.html");
    let marker = "这是服务器测试新写入的一段话";
    assert!(!String::from_utf8_lossy(&before).contains(marker));

    // Give the watcher a moment to be in place, then edit one paragraph.
    std::thread::sleep(Duration::from_millis(300));
    let edited = Instant::now();
    let deadline = edit_and_wait_for_pages(&content, marker, &server, 50);
    let seen = edited.elapsed();
    println!(
        "rebuild after a one-paragraph edit: build {} ms, edit to new generation {} ms",
        server.last_rebuild().unwrap().as_millis(),
        seen.as_millis()
    );
    let (status, _, after) = get(addr, "/beijing-hrss-14th/ch2.html");
    assert_eq!(status, 200);
    assert!(String::from_utf8_lossy(&after).contains(marker));
    let (_, _, v) = get(addr, serve::VERSION_PATH);
    let v: serde_json::Value = serde_json::from_slice(&v).unwrap();
    assert!(v["generation"].as_u64().unwrap() >= 1);
    // The pages come first; the search index follows when no change has come for a moment:
    // a fragment of the served index then holds the new words.
    while !index_holds(&out, marker) {
        assert!(
            Instant::now() < deadline,
            "the search index was not rebuilt: {:?}",
            server.last_error()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(server.last_error(), None);
    server.stop();
}

#[test]
fn stopping_serve_leaves_the_search_index_of_the_last_edit() {
    let (dir, content) = shipped_content_copy();
    let out = dir.path().join("public");
    let server = start(&content, &out, true);
    std::thread::sleep(Duration::from_millis(300));
    let marker = "停止服务前写入的一句新话";
    edit_and_wait_for_pages(&content, marker, &server, 5);
    // Stopped at once after the pages: the index of the edit is written before serve ends.
    server.stop();
    assert!(
        index_holds(&out, marker),
        "the search index left behind lacks the last edit"
    );
}

#[test]
fn an_edit_inside_a_plan_is_written_in_place_with_only_that_plans_pages() {
    use plansite::link::site_map::plan_of_page;
    use plansite::render::{build, build_plans_in_place, BuildOptions, Kept};
    use std::collections::{BTreeMap, BTreeSet};
    let (dir, content) = shipped_content_copy();
    let opts = |out: &str| BuildOptions {
        content: content.clone(),
        out: dir.path().join(out),
        config: None,
    };
    let full = build(&opts("public")).expect("the shipped content builds");
    let out = dir.path().join("public");
    // The site as `serve` keeps it, loaded before the edit; built whole (as serve starts), it
    // is the site `build` makes.
    let mut kept = Kept::load(&opts("public")).expect("the shipped content loads");
    kept.build(&dir.path().join("kept-built"))
        .expect("the kept site builds");
    assert!(
        crate::kit::files(&dir.path().join("kept-built")) == crate::kit::files(&out),
        "the kept site builds another site"
    );
    // Files the pass must leave as they are: another plan's own page, and pages and files of
    // the whole site (the whole build that follows brings them up to date). They get a
    // sentinel to tell.
    let kept_files = [
        "pudong-employment-14th/ch2.html",
        "index.html",
        "topics/index.html",
        "search/meta.js",
        "sitemap.xml",
    ];
    let sentinel = b"not written by the in-place pass";
    for rel in kept_files {
        assert!(out.join(rel).is_file(), "{rel}");
        std::fs::write(out.join(rel), sentinel).unwrap();
    }
    let before = crate::kit::files(&out);

    // A paragraph edited in the Beijing plan, read again into the kept site.
    let marker = "原地写入测试新加的一句话";
    let file = content.join("beijing-hrss-14th/02.md");
    let text = std::fs::read_to_string(&file).unwrap();
    let old = "优先投资符合首都发展需要";
    std::fs::write(&file, text.replacen(old, &format!("{marker}。{old}"), 1)).unwrap();
    let slugs = BTreeSet::from(["beijing-hrss-14th".to_string()]);
    kept.reload(&slugs).expect("the edited plan loads");
    let pass = kept
        .render_in_place(&slugs, &out)
        .expect("the pass succeeds");
    assert!(
        pass.pages < full.pages,
        "{} pages, a whole build has {}",
        pass.pages,
        full.pages
    );
    let after: BTreeMap<String, Vec<u8>> = crate::kit::files(&out).into_iter().collect();
    for rel in kept_files {
        assert_eq!(after[rel], sentinel, "{rel} was written");
    }
    let written: Vec<&String> = before
        .iter()
        .filter(|(rel, bytes)| after.get(rel) != Some(bytes))
        .map(|(rel, _)| rel)
        .collect();
    assert!(
        written
            .iter()
            .any(|r| r.as_str() == "beijing-hrss-14th/ch2.html"),
        "the edited chapter was not written: {written:?}"
    );
    assert!(
        written
            .iter()
            .all(|r| plan_of_page(r) == Some("beijing-hrss-14th")),
        "files not the edited plan's own were written: {written:?}"
    );
    assert!(String::from_utf8_lossy(&after["beijing-hrss-14th/ch2.html"]).contains(marker));

    // The plan's pages, indicator pages, charts and data are what a whole build of the edited
    // content makes: the kept site, read again, is the site as loaded afresh.
    build(&opts("fresh")).expect("the edited content builds");
    let fresh: BTreeMap<String, Vec<u8>> = crate::kit::files(&dir.path().join("fresh"))
        .into_iter()
        .collect();
    let differ: Vec<&String> = fresh
        .iter()
        .filter(|(rel, _)| rel.starts_with("beijing-hrss-14th/"))
        .filter(|(rel, bytes)| after.get(*rel) != Some(*bytes))
        .map(|(rel, _)| rel)
        .collect();
    assert!(differ.is_empty(), "differ from a whole build: {differ:?}");
    // The stateless pass (a site loaded afresh) writes the same.
    let again = dir.path().join("again");
    std::fs::rename(&out, &again).unwrap();
    build(&opts("public")).unwrap();
    std::fs::write(out.join("index.html"), sentinel).unwrap();
    build_plans_in_place(&opts("public"), &slugs).expect("the pass succeeds");
    let stateless: BTreeMap<String, Vec<u8>> = crate::kit::files(&out).into_iter().collect();
    assert_eq!(stateless["index.html"], sentinel);
    for rel in fresh.keys().filter(|r| r.starts_with("beijing-hrss-14th/")) {
        assert_eq!(stateless.get(rel), fresh.get(rel), "{rel}");
    }

    // A broken edit fails to load and changes neither the kept site nor the output; fixed, the
    // next pass goes on from the kept site.
    let broken = dir.path().join("broken.md");
    std::fs::copy(&file, &broken).unwrap();
    std::fs::write(&file, "+++\ntitle = \n+++\n").unwrap();
    let before = crate::kit::files(&out);
    assert!(kept.reload(&slugs).is_err());
    assert!(build_plans_in_place(&opts("public"), &slugs).is_err());
    assert!(
        crate::kit::files(&out) == before,
        "a failed pass wrote files"
    );
    let marker2 = "修好之后的第二句新话";
    std::fs::write(
        &file,
        std::fs::read_to_string(&broken)
            .unwrap()
            .replacen(marker, marker2, 1),
    )
    .unwrap();
    kept.reload(&slugs).expect("the mended plan loads");
    kept.render_in_place(&slugs, &out)
        .expect("the pass succeeds");
    let page = std::fs::read_to_string(out.join("beijing-hrss-14th/ch2.html")).unwrap();
    assert!(page.contains(marker2) && !page.contains(marker));
    // A plan the content does not have is refused.
    let unknown = BTreeSet::from(["no-such-plan".to_string()]);
    assert!(kept.reload(&unknown).is_err());
    assert!(kept.render_in_place(&unknown, &out).is_err());
    assert!(build_plans_in_place(&opts("public"), &unknown).is_err());
}

#[test]
fn an_edit_while_the_whole_site_builds_is_served_without_waiting_for_it() {
    let (dir, content) = shipped_content_copy();
    // A site whose whole build takes a while: the Beijing plan twenty times more.
    for k in 0..20 {
        crate::kit::copy_dir(
            &content.join("beijing-hrss-14th"),
            &content.join(format!("copy-{k:02}")),
        );
    }
    let out = dir.path().join("public");
    let server = start(&content, &out, true);
    let addr = server.addr();
    std::thread::sleep(Duration::from_millis(300));
    let first = "整站构建期间之前写入的一句";
    let deadline = edit_and_wait_for_pages(&content, first, &server, 20);
    // The whole build of that edit is under way once its staging folder is beside the output.
    let staging = || {
        std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .any(|e| e.file_name().to_string_lossy().starts_with("public.build-"))
    };
    while !staging() {
        assert!(Instant::now() < deadline, "no whole build began");
        std::thread::sleep(Duration::from_millis(5));
    }
    // The second edit replaces the first.
    let second = "整站构建期间写入的另一句";
    let file = content.join("beijing-hrss-14th/02.md");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replacen(first, second, 1)).unwrap();
    while !String::from_utf8_lossy(&get(addr, "/beijing-hrss-14th/ch2.html").2).contains(second) {
        assert!(Instant::now() < deadline, "the second edit was not served");
        std::thread::sleep(Duration::from_millis(20));
    }
    // It did not wait for the whole build of the first, which it made useless: that build
    // ends cancelled, never put in place.
    while server.cancelled_builds() == 0 {
        assert!(Instant::now() < deadline, "no whole build was cancelled");
        std::thread::sleep(Duration::from_millis(20));
    }
    // The whole build of the second follows: its index holds the second edit, not the first.
    while !index_holds(&out, second) {
        assert!(
            Instant::now() < deadline,
            "the search index was not rebuilt: {:?}",
            server.last_error()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(
        !index_holds(&out, first),
        "the index holds the replaced edit"
    );
    assert_eq!(server.last_error(), None);
    server.stop();
    assert!(!staging(), "a staging folder was left behind");
}

/// Writes `marker` into a paragraph of chapter 2 of the Beijing plan under `content` and waits
/// (polling every `poll_ms`) until `server` has served a new generation; returns the deadline
/// the test keeps waiting by.
fn edit_and_wait_for_pages(
    content: &Path,
    marker: &str,
    server: &serve::Server,
    poll_ms: u64,
) -> Instant {
    let file = content.join("beijing-hrss-14th/02.md");
    let text = std::fs::read_to_string(&file).unwrap();
    let old = "优先投资符合首都发展需要";
    assert!(text.contains(old));
    std::fs::write(&file, text.replacen(old, &format!("{marker}。{old}"), 1)).unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    while server.generation() == 0 {
        assert!(
            Instant::now() < deadline,
            "no rebuild: {:?}",
            server.last_error()
        );
        std::thread::sleep(Duration::from_millis(poll_ms));
    }
    deadline
}

/// Whether a text fragment of the search index under `out` holds `words`.
fn index_holds(out: &Path, words: &str) -> bool {
    walkdir::WalkDir::new(out.join("search/f"))
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file())
        .any(|e| std::fs::read_to_string(e.path()).is_ok_and(|t| t.contains(words)))
}

#[test]
fn a_thousand_concurrent_requests_on_loopback_all_succeed() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    let server = start(Path::new("content"), &out, false);
    let addr = server.addr();
    assert!(addr.ip().is_loopback());
    const N: usize = 1000;
    let targets = [
        "/",
        "/beijing-hrss-14th/ch2.html",
        "/static/style.css",
        "/topics/index.html",
        "/commitments.html",
    ];
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(N));
    let t = Instant::now();
    let handles: Vec<_> = (0..N)
        .map(|i| {
            let barrier = barrier.clone();
            let target = targets[i % targets.len()];
            std::thread::Builder::new()
                .stack_size(256 * 1024)
                .spawn(move || {
                    barrier.wait();
                    let (status, _, body) = get(addr, target);
                    status == 200 && !body.is_empty()
                })
                .unwrap()
        })
        .collect();
    let ok = handles
        .into_iter()
        .map(|h| h.join().unwrap_or(false))
        .filter(|&ok| ok)
        .count();
    println!(
        "load test: {ok}/{N} concurrent requests succeeded in {} ms",
        t.elapsed().as_millis()
    );
    assert_eq!(ok, N);
    server.stop();
}
