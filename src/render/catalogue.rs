//! The catalogue of a site's plans: the home page grouped by period with facet links, one static
//! page per facet value (period, level, region, issuer, subject, year) for readers without
//! JavaScript, the machine-readable `plans.json`, and the Atom feed `feed.xml`. Reads only the plan
//! metadata; it must not change it or guess values the metadata does not hold.

use super::common::{from_home, Job, SiteLinks};
use super::{paths, seo, theme::templates};
use crate::catalogue as cat;
use crate::error::{Error, Result};
use crate::link::site_map;
use crate::model::Plan;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub use crate::link::site_map::{FEED, PLANS_JSON};
/// Version of the `plans.json` layout (docs/catalogue-data.md).
pub const FORMAT_VERSION: u32 = 1;

/// The facets, in display order: (key prefix, reader label).
pub const FACETS: [(&str, &str); 6] = [
    ("period", "时期"),
    ("level", "级别"),
    ("region", "地区"),
    ("issuer", "发文机关"),
    ("subject", "领域"),
    ("year", "年份"),
];

/// The values a plan has in one facet (an issuer facet may hold several).
fn values_of(plan: &Plan, facet: &str) -> Vec<String> {
    let m = &plan.meta;
    match facet {
        "period" => m.period.iter().cloned().collect(),
        "level" => m.level.iter().cloned().collect(),
        "region" => m.region.iter().cloned().collect(),
        "issuer" => {
            let mut v: Vec<String> = Vec::new();
            for i in &m.issuers {
                if !v.contains(i) {
                    v.push(i.clone());
                }
            }
            v
        }
        "subject" => m.subject.iter().cloned().collect(),
        "year" => cat::year(m).into_iter().collect(),
        _ => Vec::new(),
    }
}

/// How a value reads on the page (`district` → 区县级).
fn display(facet: &str, value: &str) -> String {
    match facet {
        "level" => cat::level_label(value).unwrap_or(value).to_string(),
        "year" => format!("{value}年"),
        _ => value.to_string(),
    }
}

/// The number of a period (十四五 → 14), for ordering and file names.
fn period_number(p: &str) -> Option<u32> {
    let d = p.chars().nth(1)?;
    let n = "一二三四五六七八九".chars().position(|c| c == d)? as u32 + 1;
    cat::is_period(p).then_some(10 + n)
}

/// A stable ASCII file-name part for a value: the value itself when it is plain ASCII (years,
/// levels), the period number, or a short hash of the text.
fn value_key(facet: &str, value: &str) -> String {
    if facet == "period" {
        if let Some(n) = period_number(value) {
            return format!("period-{n}");
        }
    }
    if !value.is_empty()
        && value.len() <= 32
        && value.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    {
        return format!("{facet}-{}", value.to_ascii_lowercase());
    }
    // FNV-1a, 64 bits: stable across builds and platforms.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in value.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{facet}-{:08x}", h >> 32)
}

/// One value of a facet and the plans that have it (indexes into the site's plans).
#[derive(Debug, Clone)]
pub struct FacetValue {
    pub facet: &'static str,
    pub value: String,
    pub label: String,
    /// File-name part and filter key, unique in the site (`period-14`, `region-1a2b3c4d`).
    pub key: String,
    pub plans: Vec<usize>,
}

impl FacetValue {
    /// The facet page, relative to the site root.
    pub fn page(&self) -> String {
        site_map::catalogue_page(&self.key)
    }
}

/// Every facet with its values, in display order; facets no plan has a value in are left out.
pub fn facets(plans: &[Plan]) -> Vec<(&'static str, &'static str, Vec<FacetValue>)> {
    let mut out = Vec::new();
    let mut used = std::collections::HashSet::new();
    for (facet, label) in FACETS {
        let mut by_value: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, p) in plans.iter().enumerate() {
            for v in values_of(p, facet) {
                by_value.entry(v).or_default().push(i);
            }
        }
        if by_value.is_empty() {
            continue;
        }
        let mut values: Vec<FacetValue> = by_value
            .into_iter()
            .map(|(value, plans)| FacetValue {
                facet,
                label: display(facet, &value),
                key: value_key(facet, &value),
                value,
                plans,
            })
            .collect();
        match facet {
            // Newest first.
            "period" => values.sort_by(|a, b| {
                period_number(&b.value)
                    .cmp(&period_number(&a.value))
                    .then(a.value.cmp(&b.value))
            }),
            "year" => values.sort_by(|a, b| b.value.cmp(&a.value)),
            "level" => values.sort_by_key(|v| {
                cat::LEVELS
                    .iter()
                    .position(|(k, _)| *k == v.value)
                    .unwrap_or(cat::LEVELS.len())
            }),
            // Most plans first, then by name.
            _ => values.sort_by(|a, b| {
                b.plans
                    .len()
                    .cmp(&a.plans.len())
                    .then(a.value.cmp(&b.value))
            }),
        }
        for v in &mut values {
            // Two values with the same hash: the later gets a suffix (stable for a given site).
            let mut key = v.key.clone();
            let mut n = 2;
            while !used.insert(key.clone()) {
                key = format!("{}-{n}", v.key);
                n += 1;
            }
            v.key = key;
        }
        out.push((facet, label, values));
    }
    out
}

/// Plans newest first: by date (undated last), then title.
pub fn newest_first(plans: &[Plan]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..plans.len()).collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (&plans[a].meta, &plans[b].meta);
        y.date
            .is_some()
            .cmp(&x.date.is_some())
            .then(y.date.cmp(&x.date))
            .then(x.title.cmp(&y.title))
            .then(plans[a].slug.cmp(&plans[b].slug))
    });
    order
}

#[derive(Serialize)]
struct Card {
    slug: String,
    title: String,
    href: String,
    draft: bool,
    draft_label: Option<String>,
    issuers: Vec<String>,
    doc_number: Option<String>,
    date: Option<String>,
    period: Option<String>,
    region: Option<String>,
    level: Option<String>,
    subject: Option<String>,
    chapters: usize,
    print_href: String,
    /// Facet keys of the plan, space-separated per facet, for the instant filter.
    keys: BTreeMap<&'static str, String>,
    /// Lower-case text the filter's search box matches.
    text: String,
}

#[derive(Serialize)]
struct FacetView {
    name: &'static str,
    label: &'static str,
    values: Vec<ValueView>,
}

#[derive(Serialize)]
struct ValueView {
    key: String,
    label: String,
    count: usize,
    href: String,
    current: bool,
}

/// The catalogue on the home page.
#[derive(Serialize)]
pub struct HomeCatalogue {
    facets: Vec<FacetView>,
    groups: Vec<Group>,
    plan_count: usize,
    feed_href: String,
    plans_json_href: String,
}

/// The page of one value of a facet.
#[derive(Serialize)]
struct FacetPage {
    heading: String,
    facet: &'static str,
    facet_label: &'static str,
    value: String,
    count: usize,
    facets: Vec<FacetView>,
    groups: Vec<Group>,
    all_href: String,
}

#[derive(Serialize)]
struct Group {
    id: String,
    label: String,
    cards: Vec<Card>,
}

/// The catalogue pages of a site.
pub struct Catalogue<'s> {
    plans: &'s [Plan],
    facets: Vec<(&'static str, &'static str, Vec<FacetValue>)>,
}

impl<'s> Catalogue<'s> {
    pub fn new(plans: &'s [Plan]) -> Self {
        Catalogue {
            plans,
            facets: facets(plans),
        }
    }

    fn card(&self, i: usize, from: &str) -> Card {
        let p = &self.plans[i];
        let m = &p.meta;
        let mut keys = BTreeMap::new();
        for (facet, _, values) in &self.facets {
            let k: Vec<&str> = values
                .iter()
                .filter(|v| v.plans.contains(&i))
                .map(|v| v.key.as_str())
                .collect();
            keys.insert(*facet, k.join(" "));
        }
        let mut text = m.title.clone();
        for x in m.issuers.iter().chain(&m.doc_number).chain(&m.subject) {
            text.push(' ');
            text.push_str(x);
        }
        Card {
            slug: p.slug.clone(),
            title: m.title.clone(),
            href: paths::relative(from, &site_map::plan_page(p), None),
            draft: m.draft,
            draft_label: m.draft_label.clone(),
            issuers: m.issuers.clone(),
            doc_number: m.doc_number.clone(),
            date: m.date.clone(),
            period: m.period.clone(),
            region: m.region.clone(),
            level: m
                .level
                .as_deref()
                .map(|l| cat::level_label(l).unwrap_or(l).to_string()),
            subject: m.subject.clone(),
            chapters: p.chapters.len(),
            print_href: paths::relative(from, &site_map::print_page(p), None),
            keys,
            text: text.to_lowercase(),
        }
    }

    fn facet_views(&self, from: &str, current: Option<&str>) -> Vec<FacetView> {
        self.facets
            .iter()
            .map(|(name, label, values)| FacetView {
                name,
                label,
                values: values
                    .iter()
                    .map(|v| ValueView {
                        key: v.key.clone(),
                        label: v.label.clone(),
                        count: v.plans.len(),
                        href: paths::relative(from, &v.page(), None),
                        current: current == Some(v.key.as_str()),
                    })
                    .collect(),
            })
            .collect()
    }

    /// The plans grouped by period (newest period first, plans without one last), each group
    /// newest first.
    fn groups(&self, from: &str, only: Option<&[usize]>) -> Vec<Group> {
        let order = newest_first(self.plans);
        let wanted = |i: &usize| only.is_none_or(|o| o.contains(i));
        let mut groups: Vec<Group> = Vec::new();
        if let Some((_, _, periods)) = self.facets.iter().find(|(f, _, _)| *f == "period") {
            for v in periods {
                let cards: Vec<Card> = order
                    .iter()
                    .filter(|i| wanted(i) && v.plans.contains(i))
                    .map(|&i| self.card(i, from))
                    .collect();
                if !cards.is_empty() {
                    groups.push(Group {
                        id: format!("g-{}", v.key),
                        label: format!("“{}”时期", v.label),
                        cards,
                    });
                }
            }
        }
        let rest: Vec<Card> = order
            .iter()
            .filter(|&&i| wanted(&i) && self.plans[i].meta.period.is_none())
            .map(|&i| self.card(i, from))
            .collect();
        if !rest.is_empty() {
            groups.push(Group {
                id: "g-none".into(),
                label: "未注明时期".into(),
                cards: rest,
            });
        }
        groups
    }

    /// The catalogue as the home page shows it.
    pub fn home(&self, from: &str) -> HomeCatalogue {
        HomeCatalogue {
            facets: self.facet_views(from, None),
            groups: self.groups(from, None),
            plan_count: self.plans.len(),
            feed_href: paths::relative(from, FEED, None),
            plans_json_href: paths::relative(from, PLANS_JSON, None),
        }
    }

    /// One page per facet value.
    pub fn jobs(&self, links: &SiteLinks) -> Result<Vec<Job>> {
        let mut jobs = Vec::new();
        for (facet, label, values) in &self.facets {
            for v in values {
                let path = v.page();
                let heading = format!("{label}：{}", v.label);
                let titles: Vec<&str> = v
                    .plans
                    .iter()
                    .map(|&i| self.plans[i].meta.title.as_str())
                    .collect();
                let common = links.common(
                    &path,
                    format!("{heading} · 规划目录"),
                    seo::description(&format!(
                        "{heading}，共{}部规划：{}",
                        v.plans.len(),
                        titles.join("、")
                    )),
                    from_home([(heading.clone(), None)]),
                    None,
                );
                let data = FacetPage {
                    facet,
                    facet_label: label,
                    value: v.label.clone(),
                    count: v.plans.len(),
                    facets: self.facet_views(&path, Some(&v.key)),
                    groups: self.groups(&path, Some(&v.plans)),
                    all_href: paths::relative(&path, &site_map::home_page(), None),
                    heading,
                };
                jobs.push(Job::new(templates::CATALOGUE, common, data)?);
            }
        }
        Ok(jobs)
    }

    /// `plans.json`.
    pub fn plans_json(&self, base_url: Option<&str>) -> Result<String> {
        let file = PlansFile {
            format_version: FORMAT_VERSION,
            plans: newest_first(self.plans)
                .into_iter()
                .map(|i| entry(&self.plans[i], base_url))
                .collect(),
        };
        serde_json::to_string_pretty(&file)
            .map(|mut s| {
                s.push('\n');
                s
            })
            .map_err(|e| Error::other(format!("{PLANS_JSON}: {e}")))
    }

    /// `feed.xml`: an Atom feed of the plans, newest first.
    pub fn feed(&self, site_title: &str, base_url: Option<&str>) -> Result<String> {
        use atom_syndication::{Category, Entry, Feed, FixedDateTime, Link, Person, Text};
        // (A document dated by its month only counts from the month's first day.)
        let when = |d: Option<&str>| -> FixedDateTime {
            d.map(|d| match d.len() {
                7 => format!("{d}-01"),
                _ => d.to_string(),
            })
            .filter(|d| cat::is_iso_date(d))
            .and_then(|d| format!("{d}T00:00:00+08:00").parse().ok())
            .unwrap_or_else(|| {
                "1970-01-01T00:00:00+00:00"
                    .parse()
                    .expect("a valid fixed date")
            })
        };
        let order = newest_first(self.plans);
        let address = |page: &str| match base_url {
            Some(b) => paths::absolute(b, page, None),
            None => page.to_string(),
        };
        let id_of = |page: &str, slug: &str| match base_url {
            Some(b) => paths::absolute(b, page, None),
            None => format!("urn:plansite:plan:{slug}"),
        };
        let entries: Vec<Entry> = order
            .iter()
            .map(|&i| {
                let p = &self.plans[i];
                let m = &p.meta;
                let page = site_map::plan_page(p);
                let e = entry(p, base_url);
                let mut summary = Vec::new();
                if !m.issuers.is_empty() {
                    summary.push(m.issuers.join("、"));
                }
                summary.extend(m.doc_number.iter().cloned());
                summary.extend(m.date.iter().cloned());
                summary.extend(m.period.iter().map(|p| format!("“{p}”时期")));
                summary.extend(m.region.iter().cloned());
                if m.draft {
                    summary.push(m.draft_label.clone().unwrap_or_else(|| "草案".into()));
                }
                let mut entry = Entry::default();
                entry.set_title(Text::plain(m.title.clone()));
                entry.set_id(id_of(&page, &p.slug));
                entry.set_updated(when(m.date.as_deref()));
                if m.date.is_some() {
                    entry.set_published(Some(when(m.date.as_deref())));
                }
                let mut l = Link::default();
                l.set_href(address(&page));
                l.set_rel("alternate");
                l.set_mime_type(Some("text/html".to_string()));
                entry.set_links(vec![l]);
                entry.set_authors(
                    m.issuers
                        .iter()
                        .map(|n| {
                            let mut a = Person::default();
                            a.set_name(n.clone());
                            a
                        })
                        .collect::<Vec<_>>(),
                );
                entry.set_categories(
                    [
                        ("period", &e.period),
                        ("region", &e.region),
                        ("subject", &e.subject),
                    ]
                    .into_iter()
                    .filter_map(|(scheme, v)| {
                        v.as_ref().map(|v| {
                            let mut c = Category::default();
                            c.set_term(v.clone());
                            c.set_scheme(Some(scheme.to_string()));
                            c
                        })
                    })
                    .collect::<Vec<_>>(),
                );
                entry.set_summary(Some(Text::plain(summary.join(" · "))));
                entry
            })
            .collect();
        let mut feed = Feed::default();
        feed.set_title(Text::plain(site_title.to_string()));
        feed.set_id(match base_url {
            Some(b) => paths::absolute(b, FEED, None),
            None => "urn:plansite:feed".to_string(),
        });
        feed.set_updated(when(
            order
                .first()
                .and_then(|&i| self.plans[i].meta.date.as_deref()),
        ));
        let mut own = Link::default();
        own.set_href(address(FEED));
        own.set_rel("self");
        own.set_mime_type(Some("application/atom+xml".to_string()));
        let mut home = Link::default();
        home.set_href(address(&site_map::home_page()));
        home.set_rel("alternate");
        home.set_mime_type(Some("text/html".to_string()));
        feed.set_links(vec![own, home]);
        feed.set_lang(Some("zh-CN".to_string()));
        feed.set_entries(entries);
        Ok(feed.to_string())
    }
}

/// `plans.json`: the catalogue of the site (docs/catalogue-data.md).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlansFile {
    pub format_version: u32,
    /// Newest first.
    pub plans: Vec<PlanEntry>,
}

/// One plan in `plans.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanEntry {
    pub slug: String,
    pub title: String,
    pub issuers: Vec<String>,
    pub doc_number: Option<String>,
    /// `YYYY-MM-DD` (or `YYYY-MM`).
    pub date: Option<String>,
    /// 十四五, 十五五 …
    pub period: Option<String>,
    pub region: Option<String>,
    /// `national`, `provincial`, `municipal` or `district`.
    pub level: Option<String>,
    pub subject: Option<String>,
    /// `issued` or `draft`.
    pub status: String,
    /// The plan's overview page, relative to the site root.
    pub url: String,
    /// Its full address, when the site's address is known.
    pub address: Option<String>,
}

/// The `plans.json` entry of a plan.
pub fn entry(p: &Plan, base_url: Option<&str>) -> PlanEntry {
    let m = &p.meta;
    let url = site_map::plan_page(p);
    PlanEntry {
        slug: p.slug.clone(),
        title: m.title.clone(),
        issuers: m.issuers.clone(),
        doc_number: m.doc_number.clone(),
        date: m.date.clone(),
        period: m.period.clone(),
        region: m.region.clone(),
        level: m.level.clone(),
        subject: m.subject.clone(),
        status: if m.draft { "draft" } else { "issued" }.into(),
        address: base_url.map(|b| paths::absolute(b, &url, None)),
        url,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PlanMeta;

    fn plan(slug: &str, title: &str, date: Option<&str>, issuer: &str) -> Plan {
        let mut meta = PlanMeta {
            title: title.into(),
            issuers: vec![issuer.into()],
            date: date.map(Into::into),
            ..Default::default()
        };
        cat::fill(&mut meta);
        Plan {
            slug: slug.into(),
            meta,
            ..Default::default()
        }
    }

    #[test]
    fn facets_count_plans_and_keys_are_stable_ascii() {
        let plans = vec![
            plan(
                "a",
                "黄浦区城市更新“十五五”规划",
                Some("2026-07-02"),
                "上海市黄浦区人民政府办公室",
            ),
            plan(
                "b",
                "上海市绿色建筑“十四五”规划",
                Some("2021-06-01"),
                "上海市住房和城乡建设管理委员会",
            ),
            plan(
                "c",
                "黄浦区旧区改造“十四五”规划",
                None,
                "上海市黄浦区人民政府办公室",
            ),
        ];
        let f = facets(&plans);
        let get = |name: &str| &f.iter().find(|(n, _, _)| *n == name).unwrap().2;
        let periods = get("period");
        assert_eq!(periods[0].value, "十五五", "newest period first");
        assert_eq!(periods[0].key, "period-15");
        assert_eq!(periods[1].plans, vec![1, 2]);
        let regions = get("region");
        assert_eq!(regions[0].value, "上海市黄浦区");
        assert_eq!(regions[0].plans.len(), 2);
        assert!(regions[0].key.starts_with("region-") && regions[0].key.is_ascii());
        assert_eq!(
            value_key("region", "上海市黄浦区"),
            regions[0].key,
            "stable"
        );
        let years = get("year");
        assert_eq!(
            years.iter().map(|v| v.key.as_str()).collect::<Vec<_>>(),
            ["year-2026", "year-2021"]
        );
        assert_eq!(get("level")[0].label, "省级");
        assert!(
            !f.iter().any(|(n, _, _)| *n == "subject"),
            "no plan has a subject"
        );
        assert_eq!(newest_first(&plans), vec![0, 1, 2]);
    }

    #[test]
    fn plans_json_round_trips() {
        let mut plans = vec![plan(
            "a",
            "甲“十四五”规划",
            Some("2021-01-02"),
            "北京市医疗保障局",
        )];
        plans[0].meta.draft = true;
        let c = Catalogue::new(&plans);
        let text = c.plans_json(Some("https://x.org/p/")).unwrap();
        let back: PlansFile = serde_json::from_str(&text).unwrap();
        assert_eq!(back.plans[0], entry(&plans[0], Some("https://x.org/p/")));
        assert_eq!(back.plans[0].status, "draft");
        assert_eq!(
            back.plans[0].address.as_deref(),
            Some("https://x.org/p/a/index.html")
        );
        assert_eq!(serde_json::to_string_pretty(&back).unwrap() + "\n", text);
    }
}
