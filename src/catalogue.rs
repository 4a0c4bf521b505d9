//! The plan catalogue: what a plan's metadata says about where it belongs — the five-year period
//! (十四五 …) from its title, the region and administrative level from the name of its issuer —
//! and the checks of those fields when a maintainer edits them in front matter. Small pure
//! functions over strings; no I/O, and never a guess the text does not support: when a name
//! does not clearly start with a place, nothing is filled.

use crate::error::{Error, Result};
use crate::model::PlanMeta;
use std::collections::BTreeSet;
use std::path::Path;

/// The administrative levels, as written in front matter, with their reader labels.
pub const LEVELS: [(&str, &str); 4] = [
    ("national", "国家级"),
    ("provincial", "省级"),
    ("municipal", "市级"),
    ("district", "区县级"),
];

/// The reader label of a level (`municipal` → 市级).
pub fn level_label(level: &str) -> Option<&'static str> {
    LEVELS.iter().find(|(k, _)| *k == level).map(|(_, l)| *l)
}

const DIGITS: &str = "一二三四五六七八九";

/// The five-year period a text names: `“十四五”规划` → 十四五; `第十四个五年规划` → 十四五.
pub fn period_of(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    for (i, w) in chars.windows(3).enumerate() {
        if w[0] == '十' && DIGITS.contains(w[1]) && w[2] == '五' {
            // Not the tail of a longer numeral (二十四五…) and not 十五五年 read wrongly: the
            // period is a word of its own.
            let before_digit = i > 0 && (DIGITS.contains(chars[i - 1]) || chars[i - 1] == '十');
            if !before_digit {
                return Some(w.iter().collect());
            }
        }
    }
    // 第十四个五年规划 (the formal name of the national outline).
    let t: String = chars.iter().collect();
    let Some(at) = t.find("个五年") else {
        return period_of_years(&t);
    };
    let head: Vec<char> = t[..at].chars().collect();
    let n = head.len();
    if n >= 2 && head[n - 2] == '十' && DIGITS.contains(head[n - 1]) {
        return Some(format!("十{}五", head[n - 1]));
    }
    None
}

/// The five-year period of a plan's term (`2021—2025年` → 十四五): five years from a year that
/// opens one, 十一五 (2006) to 十九五 (2046).
fn period_of_years(text: &str) -> Option<String> {
    let (a, b) = crate::grammar::year_range(text)?;
    let n = a.checked_sub(2006).filter(|d| d % 5 == 0 && b == a + 4)? / 5;
    let digit = DIGITS.chars().nth(usize::try_from(n).ok()?)?;
    Some(format!("十{digit}五"))
}

/// Whether a text is a period as front matter may hold it: 十一五 … 十九五.
pub fn is_period(text: &str) -> bool {
    let c: Vec<char> = text.chars().collect();
    c.len() == 3 && c[0] == '十' && DIGITS.contains(c[1]) && c[2] == '五'
}

const MUNICIPALITIES: [&str; 4] = ["北京", "上海", "天津", "重庆"];
const PROVINCES: [&str; 23] = [
    "河北",
    "山西",
    "辽宁",
    "吉林",
    "黑龙江",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "海南",
    "四川",
    "贵州",
    "云南",
    "陕西",
    "甘肃",
    "青海",
    "台湾",
];
const AUTONOMOUS: [&str; 7] = [
    "内蒙古自治区",
    "广西壮族自治区",
    "西藏自治区",
    "宁夏回族自治区",
    "新疆维吾尔自治区",
    "香港特别行政区",
    "澳门特别行政区",
];
const NATIONAL: [&str; 5] = ["国务院", "国家", "中华人民共和国", "中央", "全国"];

/// Characters that never stand in a place name but often before 市/区 in an office's name
/// (城市管理局, 绿化和市容管理局).
const NOT_IN_PLACE: &str = "和的与及局委会厅办部院处科司所省市区县";
/// Words ending in 市/区/县 that are not places.
const NOT_PLACES: [&str; 12] = [
    "城市", "都市", "市区", "城区", "社区", "园区", "景区", "地区", "片区", "街区", "郊区", "新区",
];

/// Region and level of a body named `name`, when the name starts with a place:
/// 上海市黄浦区人民政府办公室 → (上海市黄浦区, district); 北京市医疗保障局 → (北京市,
/// provincial); 上海浦东新区人民政府 → (上海市浦东新区, district); 国务院 → (全国, national).
pub fn region_level(name: &str) -> Option<(String, &'static str)> {
    let mut s = name.trim();
    for p in ["中国共产党", "中共"] {
        if let Some(r) = s.strip_prefix(p) {
            s = r;
        }
    }
    if NATIONAL.iter().any(|n| s.starts_with(n)) {
        return Some(("全国".into(), "national"));
    }
    let mut region = String::new();
    let mut level = None;
    let mut municipality = false;
    if let Some(m) = MUNICIPALITIES.iter().find(|m| s.starts_with(*m)) {
        region = format!("{m}市");
        s = &s[m.len()..];
        s = s.strip_prefix('市').unwrap_or(s);
        level = Some("provincial");
        municipality = true;
    } else if let Some(p) = PROVINCES
        .iter()
        .find(|p| s.strip_prefix(*p).is_some_and(|r| r.starts_with('省')))
    {
        region = format!("{p}省");
        s = &s[region.len()..];
        level = Some("provincial");
    } else if let Some(a) = AUTONOMOUS.iter().find(|a| s.starts_with(*a)) {
        region = a.to_string();
        s = &s[a.len()..];
        level = Some("provincial");
    }
    if !municipality {
        if let Some((city, rest)) = place(s, &["自治州", "地区", "市", "盟"]) {
            region.push_str(city);
            s = rest;
            level = Some("municipal");
        }
    }
    if let Some((district, _)) = place(s, &["新区", "自治县", "区", "县", "旗", "市"]) {
        region.push_str(district);
        level = Some("district");
    }
    level.map(|l| (region, l))
}

/// A place name at the start of `s` ending in one of `suffixes`: the shortest such name of one
/// to six characters before the suffix, if it is a plausible place (see [`NOT_IN_PLACE`]).
fn place<'s>(s: &'s str, suffixes: &[&str]) -> Option<(&'s str, &'s str)> {
    for (i, _) in s.char_indices().skip(1).take(6) {
        let Some(suffix) = suffixes.iter().find(|x| s[i..].starts_with(*x)) else {
            continue;
        };
        let stem = &s[..i];
        let name = &s[..i + suffix.len()];
        let plausible =
            !stem.chars().any(|c| NOT_IN_PLACE.contains(c)) && !NOT_PLACES.contains(&name);
        return plausible.then(|| (name, &s[name.len()..]));
    }
    None
}

/// Fills the catalogue fields the text supports and that are still empty: the period from the
/// title (or the cover's series line), the region and level from the first issuer that names a
/// place (or the title). Called by the importer after it has read the metadata.
pub fn fill(meta: &mut PlanMeta) {
    if meta.period.is_none() {
        meta.period = period_of(&meta.title).or_else(|| meta.series.as_deref().and_then(period_of));
    }
    if meta.region.is_none() && meta.level.is_none() {
        let found = meta
            .issuers
            .iter()
            .find_map(|i| region_level(i))
            .or_else(|| region_level(&meta.title));
        if let Some((region, level)) = found {
            meta.region = Some(region);
            meta.level = Some(level.to_string());
        }
    }
}

/// Names a district the metadata names without its city (`松江区`, from the issuer
/// 松江区绿化和市容管理局) with the municipality the plan's own text puts before it
/// (`上海市松江区`), the one it does most often; a district the text never names so stays as it
/// is. Called by the importer after [`fill`], with the seed's lines.
pub fn qualify_district<'a>(meta: &mut PlanMeta, text: impl IntoIterator<Item = &'a str>) {
    let Some(region) = meta.region.as_deref() else {
        return;
    };
    let bare = meta.level.as_deref() == Some("district")
        && region_level(region).is_some_and(|(r, _)| r == region)
        && !MUNICIPALITIES.iter().any(|m| region.starts_with(m))
        && !region.contains(['省', '市', '州']);
    if !bare {
        return;
    }
    let mut counts = [0usize; MUNICIPALITIES.len()];
    for line in text {
        for (i, _) in line.match_indices(region) {
            let before = &line[..i];
            if let Some(k) = MUNICIPALITIES
                .iter()
                .position(|m| before.strip_suffix('市').is_some_and(|b| b.ends_with(m)))
            {
                counts[k] += 1;
            }
        }
    }
    let best = (0..counts.len()).max_by_key(|&k| (counts[k], std::cmp::Reverse(k)));
    if let Some(k) = best.filter(|&k| counts[k] > 0) {
        meta.region = Some(format!("{}市{region}", MUNICIPALITIES[k]));
    }
}

/// Names each district that a plan's metadata names without its city as the other plans of the
/// site name it with theirs (`松江区` → `上海市松江区`), when exactly one such name is in use: one
/// district is one place in the catalogue's filters, on the plans' pages and in search. The
/// front matter is not changed.
pub fn unify_districts(plans: &mut [crate::model::Plan]) {
    let qualified: BTreeSet<String> = plans
        .iter()
        .filter_map(|p| p.meta.region.clone())
        .filter(|r| r.contains('市'))
        .collect();
    for p in plans.iter_mut() {
        let Some(region) = p.meta.region.as_deref() else {
            continue;
        };
        if p.meta.level.as_deref() != Some("district") || region.contains('市') {
            continue;
        }
        let mut with_city = qualified
            .iter()
            .filter(|q| q.strip_suffix(region).is_some_and(|c| c.ends_with('市')));
        if let (Some(q), None) = (with_city.next(), with_city.next()) {
            p.meta.region = Some(q.clone());
        }
    }
}

/// The year of issue (`2021`), from the date.
pub fn year(meta: &PlanMeta) -> Option<String> {
    let d = meta.date.as_deref()?;
    let y = d.get(..4)?;
    y.chars().all(|c| c.is_ascii_digit()).then(|| y.to_string())
}

/// Whether `d` is written `YYYY-MM-DD`, or `YYYY-MM` for a document dated by its month only
/// (`2021年12月`) (ASCII digits). The day itself is not checked: a date as the document prints
/// it (even 2月30日) is kept, and only [`is_iso_date`] days are used where a real day is needed
/// (the feed).
pub fn is_date_shape(d: &str) -> bool {
    (d.len() == 10 || d.len() == 7)
        && d.bytes().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// Whether `d` is an ISO date `YYYY-MM-DD` that exists.
pub fn is_iso_date(d: &str) -> bool {
    let b = d.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| d.get(r).and_then(|x| x.parse::<u32>().ok());
    let (Some(y), Some(m), Some(day)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    if !d
        .bytes()
        .enumerate()
        .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
    {
        return false;
    }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// Checks the catalogue fields of a plan's front matter (`front` is the TOML between the `+++`
/// lines of `path`, which start on line 2): an error names the file and the line of the field.
pub fn validate(meta: &PlanMeta, path: &Path, front: &str) -> Result<()> {
    let line_of = |key: &str| {
        front
            .lines()
            .position(|l| {
                l.trim_start()
                    .strip_prefix(key)
                    .is_some_and(|r| r.trim_start().starts_with('='))
            })
            .map_or(1, |i| i + 2)
    };
    if let Some(l) = &meta.level {
        if level_label(l).is_none() {
            let allowed: Vec<&str> = LEVELS.iter().map(|(k, _)| *k).collect();
            return Err(Error::at(
                path,
                line_of("level"),
                format!("level must be one of {}, got {l:?}", allowed.join(", ")),
            ));
        }
    }
    if let Some(p) = &meta.period {
        if !is_period(p) {
            return Err(Error::at(
                path,
                line_of("period"),
                format!("period must be a five-year period such as 十四五 or 十五五, got {p:?}"),
            ));
        }
    }
    if let Some(d) = &meta.date {
        if !is_date_shape(d) {
            return Err(Error::at(
                path,
                line_of("date"),
                format!("date must be written YYYY-MM-DD (or YYYY-MM), got {d:?}"),
            ));
        }
    }
    for (key, v) in [("region", &meta.region), ("subject", &meta.subject)] {
        if v.as_deref()
            .is_some_and(|v| v.trim().is_empty() || v.contains('\n'))
        {
            return Err(Error::at(
                path,
                line_of(key),
                format!("{key} must be a one-line name, or be left out"),
            ));
        }
    }
    if let Some(i) = meta.issuers.iter().position(|i| i.trim().is_empty()) {
        return Err(Error::at(
            path,
            line_of("issuers"),
            format!("issuer {} is empty", i + 1),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_from_titles() {
        assert_eq!(
            period_of("黄浦区城市更新“十五五”规划").as_deref(),
            Some("十五五")
        );
        assert_eq!(
            period_of("北京市“十四五”时期人力资源和社会保障发展规划").as_deref(),
            Some("十四五")
        );
        assert_eq!(period_of("十三五规划").as_deref(), Some("十三五"));
        assert_eq!(
            period_of("国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要").as_deref(),
            Some("十四五")
        );
        assert_eq!(period_of("2035年远景目标"), None);
        assert_eq!(
            period_of("某区养老服务体系建设规划（2021—2025年）").as_deref(),
            Some("十四五")
        );
        assert_eq!(period_of("规划(2026-2030)").as_deref(), Some("十五五"));
        assert_eq!(period_of("国土空间总体规划（2021—2035年）"), None);
        assert_eq!(period_of("行动计划（2023—2027年）"), None);
        assert_eq!(period_of("二十五五"), None);
        assert_eq!(period_of("十五年规划"), None);
        assert_eq!(period_of(""), None);
        assert!(is_period("十五五") && is_period("十一五"));
        assert!(!is_period("十五") && !is_period("14th") && !is_period("十十五"));
    }

    fn rl(name: &str) -> Option<(String, &'static str)> {
        region_level(name)
    }

    #[test]
    fn regions_and_levels_from_issuers_of_the_corpus() {
        let cases = [
            ("上海市黄浦区人民政府办公室", "上海市黄浦区", "district"),
            ("上海市住房和城乡建设管理委员会", "上海市", "provincial"),
            ("上海市规划和自然资源局", "上海市", "provincial"),
            ("上海市绿化和市容管理局", "上海市", "provincial"),
            ("上海市普陀区建设和管理委员会", "上海市普陀区", "district"),
            ("上海市长宁区绿化和市容管理局", "上海市长宁区", "district"),
            ("闵行区人民政府", "闵行区", "district"),
            ("松江区绿化和市容管理局", "松江区", "district"),
            ("上海浦东新区人民政府", "上海市浦东新区", "district"),
            ("北京市人力资源和社会保障局", "北京市", "provincial"),
            ("北京市医疗保障局", "北京市", "provincial"),
            ("上海市城市管理行政执法局", "上海市", "provincial"),
            ("上海市市场监督管理局", "上海市", "provincial"),
            ("广东省人民政府", "广东省", "provincial"),
            ("广东省发展和改革委员会", "广东省", "provincial"),
            (
                "广东省广州市天河区人民政府",
                "广东省广州市天河区",
                "district",
            ),
            ("深圳市人民政府", "深圳市", "municipal"),
            ("内蒙古自治区人民政府", "内蒙古自治区", "provincial"),
            ("国务院", "全国", "national"),
            ("国家发展和改革委员会", "全国", "national"),
            ("中共上海市委", "上海市", "provincial"),
        ];
        for (name, region, level) in cases {
            assert_eq!(rl(name), Some((region.to_string(), level)), "{name}");
        }
    }

    #[test]
    fn names_without_a_place_give_nothing() {
        for name in [
            "",
            "人民政府办公厅",
            "有关单位",
            "城市更新中心",
            "和",
            "区",
            "市",
        ] {
            assert_eq!(rl(name), None, "{name:?}");
        }
    }

    #[test]
    fn fill_uses_title_issuers_and_keeps_what_is_set() {
        let mut m = PlanMeta {
            title: "黄浦区城市更新“十五五”规划".into(),
            issuers: vec!["上海市黄浦区人民政府办公室".into()],
            ..Default::default()
        };
        fill(&mut m);
        assert_eq!(m.period.as_deref(), Some("十五五"));
        assert_eq!(m.region.as_deref(), Some("上海市黄浦区"));
        assert_eq!(m.level.as_deref(), Some("district"));
        // No issuer: the title names the place.
        let mut m = PlanMeta {
            title: "黄浦区旧区改造和重大项目“十四五”规划".into(),
            ..Default::default()
        };
        fill(&mut m);
        assert_eq!(m.region.as_deref(), Some("黄浦区"));
        assert_eq!(m.period.as_deref(), Some("十四五"));
        // What the front matter already says is kept.
        let mut m = PlanMeta {
            title: "上海市绿色建筑“十四五”规划".into(),
            period: Some("十五五".into()),
            region: Some("浦东".into()),
            ..Default::default()
        };
        fill(&mut m);
        assert_eq!(m.period.as_deref(), Some("十五五"));
        assert_eq!(m.region.as_deref(), Some("浦东"));
        assert_eq!(m.level, None);
    }

    #[test]
    fn a_site_names_a_district_as_its_other_plans_name_it_when_they_agree() {
        let plan = |slug: &str, region: &str| crate::model::Plan {
            slug: slug.into(),
            meta: PlanMeta {
                region: Some(region.into()),
                level: Some("district".into()),
                ..Default::default()
            },
            ..Default::default()
        };
        let mut plans = vec![
            plan("a", "松江区"),
            plan("b", "上海市松江区"),
            plan("c", "闵行区"),
            plan("d", "鼓楼区"),
            plan("e", "南京市鼓楼区"),
            plan("f", "福州市鼓楼区"),
        ];
        unify_districts(&mut plans);
        let regions: Vec<_> = plans
            .iter()
            .map(|p| p.meta.region.clone().unwrap())
            .collect();
        assert_eq!(
            regions,
            [
                "上海市松江区",
                "上海市松江区",
                "闵行区",
                "鼓楼区",
                "南京市鼓楼区",
                "福州市鼓楼区"
            ]
        );
    }

    #[test]
    fn a_district_named_without_its_city_takes_the_municipality_the_text_names_it_with() {
        let bare = || PlanMeta {
            title: "松江区绿化市容“十五五”规划".into(),
            issuers: vec!["松江区绿化和市容管理局".into()],
            ..Default::default()
        };
        let mut m = bare();
        fill(&mut m);
        assert_eq!(m.region.as_deref(), Some("松江区"));
        qualify_district(&mut m, ["为推进上海市松江区绿化建设，", "本市松江区"]);
        assert_eq!(m.region.as_deref(), Some("上海市松江区"));
        assert_eq!(m.level.as_deref(), Some("district"));
        // A text that never names the district with a municipality leaves it as it is, and so
        // does one that names another district.
        for text in [["松江区位于上海西南。"], ["上海市青浦区"]] {
            let mut m = bare();
            fill(&mut m);
            qualify_district(&mut m, text);
            assert_eq!(m.region.as_deref(), Some("松江区"), "{text:?}");
        }
        // A region with its city, or one the front matter set, is kept.
        for (region, text) in [
            ("上海市黄浦区", "北京市黄浦区"),
            ("苏州市姑苏区", "上海市苏州市姑苏区"),
        ] {
            let mut m = PlanMeta {
                region: Some(region.into()),
                level: Some("district".into()),
                ..Default::default()
            };
            qualify_district(&mut m, [text]);
            assert_eq!(m.region.as_deref(), Some(region));
        }
    }

    #[test]
    fn dates_and_years() {
        assert!(is_iso_date("2021-09-22") && is_iso_date("2024-02-29"));
        for d in [
            "2021-9-22",
            "2023-02-29",
            "2021-13-01",
            "2021-00-10",
            "20210922",
            "2021-09-2x",
            "２０２１-09-22",
        ] {
            assert!(!is_iso_date(d), "{d}");
        }
        assert!(
            is_date_shape("2023-02-30")
                && !is_date_shape("2021/09/22")
                && !is_date_shape("2021-9-22")
        );
        let m = PlanMeta {
            date: Some("2026-07-31".into()),
            ..Default::default()
        };
        assert_eq!(year(&m).as_deref(), Some("2026"));
    }

    #[test]
    fn validation_names_file_and_line() {
        let front = "title = \"甲\"\ndate = \"2021-09-22\"\nlevel = \"city\"\n";
        let meta: PlanMeta = toml::from_str(front).unwrap();
        let e = validate(&meta, Path::new("c/_index.md"), front)
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("c/_index.md:4:"), "{e}");
        assert!(e.contains("municipal"), "{e}");
        let front = "title = \"甲\"\nperiod = \"14th\"\n";
        let meta: PlanMeta = toml::from_str(front).unwrap();
        let e = validate(&meta, Path::new("a.md"), front)
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("a.md:3:") && e.contains("十四五"), "{e}");
        let front = "title = \"甲\"\n\ndate = \"2021/09/22\"\n";
        let meta: PlanMeta = toml::from_str(front).unwrap();
        let e = validate(&meta, Path::new("a.md"), front)
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("a.md:4:"), "{e}");
        let front = "title = \"甲\"\nregion = \" \"\n";
        let meta: PlanMeta = toml::from_str(front).unwrap();
        assert!(validate(&meta, Path::new("a.md"), front).is_err());
        let front = "title = \"甲\"\nlevel = \"district\"\nperiod = \"十五五\"\nregion = \"上海市黄浦区\"\nsubject = \"城市更新\"\n";
        let meta: PlanMeta = toml::from_str(front).unwrap();
        validate(&meta, Path::new("a.md"), front).unwrap();
    }

    #[test]
    fn no_panic_on_any_text() {
        let samples = [
            "十",
            "十四",
            "个五年",
            "十个五年",
            "上海",
            "上海市",
            "北京区",
            "广东省",
            "广东",
            "内蒙古自治区区",
            "中共",
            "𠀀十四五",
            "市市市市市市市市",
            "区县旗盟",
        ];
        for s in samples {
            let _ = period_of(s);
            let _ = region_level(s);
            for cut in 0..s.len() {
                if s.is_char_boundary(cut) {
                    let _ = period_of(&s[..cut]);
                    let _ = region_level(&s[cut..]);
                }
            }
        }
    }
}
