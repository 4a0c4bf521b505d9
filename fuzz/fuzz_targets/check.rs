//! Any bytes as one file of a built site (a page, a page in a sub-folder, a stylesheet): the site
//! check reads whatever a site holds and returns a report or an error, never panics.
#![no_main]
use libfuzzer_sys::fuzz_target;
use plansite::testkit;

const PAGE: &str = "<!doctype html><html lang=\"zh-CN\"><head><title>t</title><link rel=\"stylesheet\" href=\"style.css\"></head><body><h1 id=\"top\">t</h1><a href=\"p/ch1.html#x\">a</a></body></html>";
const CHAPTER: &str = "<!doctype html><html><head><title>c</title></head><body><h1 id=\"x\">c</h1><a href=\"../index.html#top\">b</a></body></html>";
const CSS: &str = "body { background: url(img.png) }";

fuzz_target!(|data: &[u8]| {
    let files = [
        ("index.html", PAGE.as_bytes()),
        ("p/ch1.html", CHAPTER.as_bytes()),
        ("style.css", CSS.as_bytes()),
    ];
    let Some((which, files)) = testkit::one_file_replaced(data, &files) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    testkit::write_files(dir.path(), &files);
    let base = if which & 0x80 != 0 {
        Some("https://example.org/site/")
    } else {
        None
    };
    let _ = plansite::check::check_site(dir.path(), base);
});
