//! Any bytes as one file of a plan folder (front matter + Markdown, notice, table data,
//! corrections): the content loader returns an error or a plan, never panics; a plan it returns
//! can be written back and read again.
#![no_main]
use libfuzzer_sys::fuzz_target;
use plansite::testkit;

const INDEX: &str = "+++\ntitle = \"某规划\"\n+++\n\n引言。\n";
const CHAPTER: &str = "+++\nnumber = 1\n+++\n\n# 第一章 总则\n\n## 第一节 目标\n\n**坚持就业优先**。正文。\n\n[表](tables/t1.toml)\n\n> ### 专栏 1 计划\n>\n> 内容。\n";
const TABLE: &str = "id = \"t1\"\ntitle = \"主要指标\"\ncolumns = [\"指标\", \"目标\"]\n\n[[rows]]\nkind = \"item\"\nname = \"失业率(%)\"\ncells = [\"<5\"]\n";
const CORRECTIONS: &str =
    "[[correction]]\noriginal = \"正文\"\ncorrected = \"正文\"\nnote = \"核对\"\n";

fuzz_target!(|data: &[u8]| {
    let files = [
        ("_index.md", INDEX.as_bytes()),
        ("01.md", CHAPTER.as_bytes()),
        ("tables/t1.toml", TABLE.as_bytes()),
        ("corrections.toml", CORRECTIONS.as_bytes()),
        ("_notice.md", "通知正文。\n".as_bytes()),
    ];
    let Some((_, files)) = testkit::one_file_replaced(data, &files) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan");
    testkit::write_files(&plan, &files);
    if let Ok(p) = plansite::content::load_plan(&plan) {
        let out = dir.path().join("again/plan");
        if let Ok(written) = plansite::content::plan_files(&p) {
            let written: Vec<(&str, &String)> =
                written.iter().map(|(n, b)| (n.as_str(), b)).collect();
            testkit::write_files(&out, &written);
            let _ = plansite::content::load_plan_raw(&out);
        }
    }
});
