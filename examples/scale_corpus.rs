//! Writes N synthetic plan seeds in the grammar of the shipped ones, for scale benchmarks
//! (bench/scale.sh):
//!
//! ```sh
//! cargo run --release --example scale_corpus -- N DIR
//! ```
//!
//! Each `DIR/plan-NNNN.txt` is a plausible plan: a varied title, a web-chrome source line on some,
//! a preamble, then chapters and sections either as `第X章`/`第X节` or as `一、`/`(一)`, lead
//! sentences, numbered items, 专栏 (`专栏 N 标题`, `专栏N　标题`) with a paragraph and numbered
//! items, and a tab-separated indicator table with category rows. Deterministic: the same N gives
//! the same files. Every paragraph ends a sentence, so no page-break joining is triggered.
//!
//! By default the body sentences are made from a few hundred stock phrases, so the vocabulary is
//! small (about 2,300 distinct search terms at any N) and a policy phrase such as 长期护理保险 is in
//! one unit of five. With `--sentences FILE…` (plain-text plans, such as the shipped seeds and the
//! development corpus) the body sentences are drawn from those texts instead, so terms occur about
//! as often as they do in real plans:
//!
//! ```sh
//! cargo run --release --example scale_corpus -- N DIR --sentences ../shared/corpus/*.txt
//! ```

use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;
use std::process::ExitCode;

/// SplitMix64: small, deterministic, good enough to vary text.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const PLACES: &[&str] = &[
    "北京市",
    "上海市",
    "天津市",
    "重庆市",
    "浦东新区",
    "杭州市",
    "深圳市",
    "成都市",
    "武汉市",
    "南京市",
    "苏州市",
    "西安市",
    "长沙市",
    "青岛市",
    "厦门市",
    "宁波市",
    "合肥市",
    "昆明市",
    "郑州市",
    "济南市",
    "福州市",
    "大连市",
    "沈阳市",
    "哈尔滨市",
];
const DISTRICTS: &[&str] = &[
    "",
    "",
    "",
    "海淀区",
    "朝阳区",
    "滨海新区",
    "高新区",
    "经济技术开发区",
    "两江新区",
    "西湖区",
];
const TOPICS: &[&str] = &[
    "就业和社会保障发展",
    "人力资源和社会保障发展",
    "医疗保障发展",
    "养老服务体系建设",
    "技能人才队伍建设",
    "和谐劳动关系建设",
    "人才发展",
    "社会救助体系建设",
    "公共就业服务",
    "数字政府建设",
    "职业技能培训",
    "收入分配制度改革",
    "卫生健康事业发展",
    "民政事业发展",
];
const SUBJECTS: &[&str] = &[
    "就业优先政策",
    "新就业形态",
    "长期护理保险",
    "灵活就业",
    "高校毕业生就业",
    "职业技能提升行动",
    "公共就业服务",
    "社会保险基金监管",
    "工伤保险",
    "失业保险",
    "企业年金",
    "医保目录",
    "药品集中带量采购",
    "异地就医直接结算",
    "劳动人事争议调解仲裁",
    "事业单位人事制度",
    "最低工资标准",
    "就业困难人员援助",
    "全民参保计划",
    "家政服务",
    "创业担保贷款",
    "人力资源服务业",
    "根治欠薪",
    "基本养老保险",
    "城乡居民医疗保险",
    "技能人才评价",
    "社会保障卡",
    "养老服务设施",
];
const VERBS: &[&str] = &[
    "健全", "完善", "深化", "推进", "加强", "优化", "落实", "创新", "规范", "扩大", "提升", "统筹",
];
const OBJECTS: &[&str] = &[
    "工作机制",
    "政策体系",
    "服务网络",
    "监管制度",
    "信息平台",
    "考核评价",
    "经办流程",
    "保障水平",
    "协同机制",
    "标准体系",
    "试点工作",
    "资金投入",
];
const TAILS: &[&str] = &[
    "推动形成上下联动、部门协同的工作格局",
    "切实增强人民群众的获得感、幸福感、安全感",
    "为经济社会高质量发展提供有力支撑",
    "确保各项政策措施落地见效",
    "努力实现更加充分更高质量就业",
    "织密扎牢社会保障安全网",
    "不断提高公共服务的可及性和便利性",
    "加快补齐短板弱项",
];
const CN: &[&str] = &[
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四",
    "十五", "十六", "十七", "十八", "十九", "二十",
];

/// Sentences of real plans (each without its closing 。), or none for stock phrases only.
struct Pool(Vec<String>);

impl Pool {
    /// The sentences of `texts`: each run of text up to a 。 on one line that has 8–200
    /// characters, no tab, and starts with a CJK character other than a numeral or 第 (so that
    /// it can start no heading, list item or 专栏 title): a drawn sentence reads as body text.
    fn from_texts(texts: &[String]) -> Pool {
        let mut out = Vec::new();
        for t in texts {
            for line in t.lines() {
                for sentence in line.split('。') {
                    let s = sentence.trim();
                    let n = s.chars().count();
                    let body_start = s.chars().next().is_some_and(|c| {
                        ('\u{4e00}'..='\u{9fff}').contains(&c)
                            && !"一二三四五六七八九十第专".contains(c)
                    });
                    if (8..=200).contains(&n) && !s.contains('\t') && body_start {
                        out.push(s.to_string());
                    }
                }
            }
        }
        Pool(out)
    }
}

fn sentence(r: &mut Rng, pool: &Pool) -> String {
    if !pool.0.is_empty() {
        return pool.0[r.below(pool.0.len())].clone();
    }
    format!(
        "{}{}{},{}{},{}",
        r.pick(VERBS),
        r.pick(SUBJECTS),
        r.pick(OBJECTS),
        r.pick(VERBS),
        r.pick(SUBJECTS),
        r.pick(TAILS)
    )
}

/// A paragraph of 2–5 sentences ending in 。; some open with a short lead sentence.
fn paragraph(r: &mut Rng, pool: &Pool) -> String {
    let mut p = String::new();
    if r.below(3) == 0 {
        let _ = write!(p, "{}{}。", r.pick(VERBS), r.pick(SUBJECTS));
    }
    for _ in 0..r.range(2, 5) {
        p.push_str(&sentence(r, pool));
        p.push('。');
    }
    p
}

fn title_of(r: &mut Rng, i: usize) -> (String, &'static str) {
    let place = r.pick(PLACES);
    let district = if place.ends_with('市') {
        r.pick(DISTRICTS)
    } else {
        ""
    };
    let topic = TOPICS[(i + r.below(3)) % TOPICS.len()];
    (format!("{place}{district}{topic}“十四五”规划"), place)
}

fn table(r: &mut Rng, out: &mut String) {
    out.push_str("“十四五”时期主要发展指标\n\n");
    out.push_str("指标项目\t2020年基期值\t2025年目标值\t指标属性\n");
    let cats = ["一、就业", "二、社会保障", "三、人才发展"];
    let mut n = 1;
    for cat in cats.iter().take(r.range(2, 3)) {
        out.push_str(cat);
        out.push_str("\t\t\t\n");
        for _ in 0..r.range(2, 4) {
            let base = r.range(50, 900);
            let (name, unit) = [
                ("城镇新增就业人数", "万人"),
                ("城镇调查失业率", "%"),
                ("基本养老保险参保率", "%"),
                ("技能人才总量", "万人"),
                ("职工月平均工资", "元"),
                ("长期护理保险覆盖人数", "万人"),
            ][r.below(6)];
            let target = if unit == "%" {
                format!("≥{}", r.range(90, 99))
            } else if r.below(3) == 0 {
                "稳步提高".to_string()
            } else {
                (base + r.range(5, 200)).to_string()
            };
            let attr = if r.below(2) == 0 {
                "预期性"
            } else {
                "约束性"
            };
            let base = if unit == "%" { r.range(80, 95) } else { base };
            let _ = writeln!(out, "{name}{n}({unit})\t{base}\t{target}\t{attr}");
            n += 1;
        }
    }
    out.push('\n');
}

fn plan(i: usize, pool: &Pool) -> String {
    let mut r = Rng(0x5EED_0000 + i as u64 * 7919);
    let (title, place) = title_of(&mut r, i);
    let classic = i.is_multiple_of(2); // 第X章/第X节, or 一、/(一)
    let mut s = String::new();
    let _ = writeln!(s, "{title}\n");
    if r.below(3) == 0 {
        let _ = writeln!(
            s,
            "来源:{place}人民政府 发布时间:2021-{:02}-{:02} 浏览量:{}\n",
            r.range(1, 12),
            r.range(1, 28),
            r.range(10, 9999)
        );
        let _ = writeln!(s, "{title}\n");
    }
    let _ = writeln!(
        s,
        "为推动“十四五”期间{}事业发展,根据有关规划和政策,结合实际,制定本规划。\n",
        r.pick(SUBJECTS)
    );
    let chapters = r.range(5, 9);
    let mut boxes = 0;
    for (c, num) in CN.iter().enumerate().take(chapters) {
        let heading = format!("{}{}", r.pick(VERBS), r.pick(SUBJECTS));
        if classic {
            let _ = writeln!(s, "第{num}章 {heading}\n");
        } else {
            let _ = writeln!(s, "{num}、{heading}\n");
        }
        if c == 0 {
            let _ = writeln!(s, "{}\n", paragraph(&mut r, pool));
            table(&mut r, &mut s);
        }
        for num in CN.iter().take(r.range(2, 5)) {
            let sub = format!("{}{}{}", r.pick(VERBS), r.pick(SUBJECTS), r.pick(OBJECTS));
            if classic {
                let _ = writeln!(s, "第{num}节 {sub}\n");
            } else {
                let _ = writeln!(s, "({num}){sub}\n");
            }
            for _ in 0..r.range(2, 4) {
                let _ = writeln!(s, "{}\n", paragraph(&mut r, pool));
            }
            if r.below(3) == 0 {
                for n in 1..=r.range(2, 4) {
                    let _ = writeln!(s, "{n}.{}\n", paragraph(&mut r, pool));
                }
            }
            if r.below(2) == 0 {
                boxes += 1;
                let box_title = format!(
                    "{}{}行动",
                    r.pick(SUBJECTS),
                    r.pick(["提升", "促进", "示范", "攻坚"].as_slice())
                );
                if boxes % 3 == 0 {
                    let _ = writeln!(s, "专栏{boxes}\u{3000}{box_title}\n");
                } else {
                    let _ = writeln!(s, "专栏 {boxes} {box_title}\n");
                }
                let _ = writeln!(s, "{}\n", paragraph(&mut r, pool));
                for n in 1..=r.range(0, 3) {
                    let _ = writeln!(s, "{n}.{}\n", paragraph(&mut r, pool));
                }
                // Body text again after the box.
                let _ = writeln!(s, "{}\n", paragraph(&mut r, pool));
            }
        }
    }
    s
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(n), Some(dir)) = (
        args.first().and_then(|a| a.parse::<usize>().ok()),
        args.get(1),
    ) else {
        eprintln!("usage: scale_corpus N DIR [--sentences FILE...]");
        return ExitCode::from(2);
    };
    let mut texts = Vec::new();
    match args.get(2).map(String::as_str) {
        None => {}
        Some("--sentences") => {
            for f in &args[3..] {
                match fs::read_to_string(f) {
                    Ok(t) => texts.push(t),
                    Err(e) => {
                        eprintln!("cannot read {f}: {e}");
                        return ExitCode::FAILURE;
                    }
                }
            }
        }
        Some(other) => {
            eprintln!(
                "unexpected argument {other}; usage: scale_corpus N DIR [--sentences FILE...]"
            );
            return ExitCode::from(2);
        }
    }
    let pool = Pool::from_texts(&texts);
    if !texts.is_empty() && pool.0.is_empty() {
        eprintln!("no sentence of 8–200 characters ending in 。 in the files given");
        return ExitCode::FAILURE;
    }
    let dir = PathBuf::from(dir);
    if let Err(e) = fs::create_dir_all(&dir) {
        eprintln!("cannot create {}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    let mut bytes = 0;
    for i in 0..n {
        let text = plan(i, &pool);
        bytes += text.len();
        let path = dir.join(format!("plan-{i:04}.txt"));
        if let Err(e) = fs::write(&path, text) {
            eprintln!("cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    println!("wrote {n} plans ({bytes} bytes) to {}", dir.display());
    ExitCode::SUCCESS
}
