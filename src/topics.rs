//! Topics: an editable taxonomy (`content/topics.toml`) and which sections, 专栏 and paragraphs of
//! each plan are on each topic. Assignment is automatic from keywords, and the file overrides it
//! with explicit includes and excludes by structural anchor (`beijing-hrss-14th#ch2-s1`,
//! `…#box-17`, `…#ch2-s1-p3`). Pure: no I/O beyond reading the file in [`load`], no HTML.
//!
//! Automatic rules (see [`Rules`]; the file may tune the numbers):
//! - a paragraph is on a topic when its text holds one of the topic's keywords;
//! - a section (节) is on a topic when its title holds a keyword, or when at least
//!   `section_min` of its own paragraphs (all of them, if it has fewer) and at least
//!   `section_share` of them hold one;
//! - a 专栏 is on a topic when its title holds a keyword, or when at least `box_share` of its
//!   paragraphs (and at least one) hold one.
//!
//! `exclude` removes a unit and, for a section or 专栏, everything inside it; `include` adds exactly
//! the unit named. Keywords match Chinese text as written and Latin letters in any case.

use crate::error::{Error, Result};
use crate::link::{self, UnitKind};
use crate::model::{Plan, Site};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;
use toml::Spanned;

/// The taxonomy file's name inside the content folder.
pub const TOPICS_FILE: &str = "topics.toml";

/// Thresholds of the automatic assignment.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Rules {
    /// Share of a section's own paragraphs that must hold a keyword.
    pub section_share: f64,
    /// Paragraphs of a section that must hold a keyword (all of them if it has fewer).
    pub section_min: usize,
    /// Share of a 专栏's paragraphs that must hold a keyword.
    pub box_share: f64,
}

impl Default for Rules {
    fn default() -> Self {
        Rules {
            section_share: 0.34,
            section_min: 2,
            box_share: 0.5,
        }
    }
}

/// A unit named in the file: `plan#anchor`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct UnitRef {
    pub plan: String,
    pub anchor: String,
}

/// One topic of the taxonomy.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Topic {
    /// ASCII id; the topic's page is `topics/<id>.html`.
    pub id: String,
    /// Name shown to readers (就业, 养老保险 …).
    pub name: String,
    pub description: String,
    pub keywords: Vec<String>,
    pub include: Vec<UnitRef>,
    pub exclude: Vec<UnitRef>,
}

/// The whole taxonomy, in the file's order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Taxonomy {
    pub rules: Rules,
    pub topics: Vec<Topic>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileDe {
    #[serde(default)]
    rules: Rules,
    #[serde(default, rename = "topic")]
    topics: Vec<TopicDe>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicDe {
    id: Spanned<String>,
    name: Spanned<String>,
    #[serde(default)]
    description: String,
    #[serde(default)]
    keywords: Vec<Spanned<String>>,
    #[serde(default)]
    include: Vec<Spanned<String>>,
    #[serde(default)]
    exclude: Vec<Spanned<String>>,
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// Reads the taxonomy file; `Ok(None)` when there is none.
pub fn load(path: &Path, site: &Site) -> Result<Option<Taxonomy>> {
    match std::fs::read_to_string(path) {
        Ok(text) => parse(text.strip_prefix('\u{feff}').unwrap_or(&text), path, site).map(Some),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io(path, e)),
    }
}

/// Parses and validates a taxonomy against the site: unknown keys, bad or repeated ids, empty
/// names or keywords, and anchors that name no section, 专栏 or paragraph are errors naming `path`
/// and the line.
pub fn parse(text: &str, path: &Path, site: &Site) -> Result<Taxonomy> {
    let file: FileDe = toml::from_str(text).map_err(|e| {
        let msg = e.message().to_string();
        match e.span() {
            Some(s) => Error::at(path, line_of(text, s.start), msg),
            None => Error::in_file(path, msg),
        }
    })?;
    let at =
        |span: std::ops::Range<usize>, msg: String| Error::at(path, line_of(text, span.start), msg);
    let r = file.rules;
    if !(0.0..=1.0).contains(&r.section_share) || !(0.0..=1.0).contains(&r.box_share) {
        return Err(Error::in_file(
            path,
            "rules: section_share and box_share must be between 0 and 1",
        ));
    }
    // Every addressable unit a topic may name, by plan.
    let mut known: HashMap<&str, HashMap<String, UnitKind>> = HashMap::new();
    for plan in &site.plans {
        let m = known.entry(plan.slug.as_str()).or_default();
        for u in link::units(plan) {
            if matches!(
                u.kind,
                UnitKind::SectionHeading | UnitKind::Box | UnitKind::Paragraph
            ) && u.region == link::Region::Body
            {
                m.insert(u.anchor.clone(), u.kind);
            }
        }
    }
    let unit_ref = |s: &Spanned<String>| -> Result<UnitRef> {
        let v = s.get_ref().trim();
        let Some((plan, anchor)) = v.split_once('#') else {
            return Err(at(
                s.span(),
                format!("{v:?} must be written plan#anchor, e.g. beijing-hrss-14th#ch2-s1"),
            ));
        };
        let Some(units) = known.get(plan) else {
            return Err(at(s.span(), format!("unknown plan {plan:?} in {v:?}")));
        };
        if !units.contains_key(anchor) {
            return Err(at(
                s.span(),
                format!(
                    "unknown anchor {anchor:?} in plan {plan:?}: name a section (ch2-s1), a 专栏 \
                     (box-17) or a paragraph of the body (ch2-s1-p3, box-17-p1)"
                ),
            ));
        }
        Ok(UnitRef {
            plan: plan.to_string(),
            anchor: anchor.to_string(),
        })
    };
    let mut seen = HashSet::new();
    let mut topics = Vec::new();
    for t in &file.topics {
        let id = t.id.get_ref();
        let plain = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
        if !plain {
            return Err(at(
                t.id.span(),
                format!("topic id {id:?} must use ASCII lower-case letters, digits, - or _"),
            ));
        }
        if !seen.insert(id.clone()) {
            return Err(at(t.id.span(), format!("topic id {id:?} is used twice")));
        }
        if t.name.get_ref().trim().is_empty() {
            return Err(at(t.name.span(), format!("topic {id:?} has an empty name")));
        }
        if let Some(k) = t.keywords.iter().find(|k| k.get_ref().trim().is_empty()) {
            return Err(at(k.span(), format!("topic {id:?} has an empty keyword")));
        }
        if t.keywords.is_empty() && t.include.is_empty() {
            return Err(at(
                t.id.span(),
                format!("topic {id:?} needs keywords or includes"),
            ));
        }
        topics.push(Topic {
            id: id.clone(),
            name: t.name.get_ref().trim().to_string(),
            description: t.description.trim().to_string(),
            keywords: t
                .keywords
                .iter()
                .map(|k| k.get_ref().trim().to_string())
                .collect(),
            include: t.include.iter().map(unit_ref).collect::<Result<_>>()?,
            exclude: t.exclude.iter().map(unit_ref).collect::<Result<_>>()?,
        });
    }
    Ok(Taxonomy { rules: r, topics })
}

/// What a member of a topic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MemberKind {
    Section,
    Box,
    Paragraph,
}

/// Why a unit is on a topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Why {
    /// The section's or 专栏's title holds a keyword.
    Title,
    /// Enough of its paragraphs hold a keyword.
    Paragraphs,
    /// The paragraph holds a keyword.
    Keyword,
    /// Named in the file's `include`.
    Included,
}

/// A section, 专栏 or paragraph on a topic.
///
/// Its strings are shared: by every member of its plan (the slug), and by the unit's memberships
/// of every topic (the others), so that a site whose paragraphs are each on several topics holds
/// each string once.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Member {
    pub plan: Arc<str>,
    pub kind: MemberKind,
    pub anchor: Arc<str>,
    /// Page the unit stands on (relative to the site root).
    pub page: Arc<str>,
    pub citation: Arc<str>,
    /// Heading (label and title) of a section or 专栏; the text of a paragraph.
    pub text: Arc<str>,
    /// Number of the chapter it stands in.
    pub chapter: u32,
    pub why: Why,
}

/// The members of every topic, in the taxonomy's order; each list in plan and document order.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Assignment {
    pub members: Vec<Vec<Member>>,
    /// Per topic, where each plan's members are in its list (a plan's members are consecutive),
    /// so that what a page asks of one plan costs that plan's members, not the site's.
    #[serde(skip)]
    by_plan: Vec<HashMap<Arc<str>, std::ops::Range<usize>>>,
}

impl Assignment {
    /// The assignment of `members` (per topic, in plan and document order).
    pub fn new(members: Vec<Vec<Member>>) -> Assignment {
        let by_plan = members
            .iter()
            .map(|ms| {
                let mut runs: HashMap<Arc<str>, std::ops::Range<usize>> = HashMap::new();
                let mut start = 0;
                for (i, m) in ms.iter().enumerate() {
                    let last = ms.get(i + 1).is_none_or(|n| n.plan != m.plan);
                    if last {
                        // Plans are assigned one after the other, so a plan has one run; were
                        // it to have more, the first would be kept and `of_plan` would miss the
                        // rest rather than mix plans.
                        runs.entry(m.plan.clone()).or_insert(start..i + 1);
                        start = i + 1;
                    }
                }
                runs
            })
            .collect();
        Assignment { members, by_plan }
    }

    /// The members of topic `topic` in `plan`, in document order.
    pub fn of_plan(&self, topic: usize, plan: &str) -> &[Member] {
        let range = self.by_plan.get(topic).and_then(|r| r.get(plan));
        match (self.members.get(topic), range) {
            (Some(ms), Some(r)) => ms.get(r.clone()).unwrap_or_default(),
            _ => &[],
        }
    }

    /// Indices of the topics a unit is a member of.
    pub fn topics_of(&self, plan: &str, anchor: &str) -> Vec<usize> {
        (0..self.members.len())
            .filter(|&i| self.of_plan(i, plan).iter().any(|m| &*m.anchor == anchor))
            .collect()
    }

    /// Topics that a chapter is on, with the number of its members on each: those with a section
    /// or 专栏 of the chapter, or with at least two of its paragraphs.
    pub fn chapter_topics(&self, plan: &str, chapter: u32) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for i in 0..self.members.len() {
            let here: Vec<&Member> = self
                .of_plan(i, plan)
                .iter()
                .filter(|m| m.chapter == chapter)
                .collect();
            let structural = here.iter().any(|m| m.kind != MemberKind::Paragraph);
            if structural || here.len() >= 2 {
                out.push((i, here.len()));
            }
        }
        out
    }
}

/// Whether `text` holds one of `keywords` (both compared in lower case; `keywords` are given
/// lower-cased, see [`lower_keywords`]).
fn holds(text: &str, keywords: &[String]) -> bool {
    holds_lower(&text.to_lowercase(), keywords)
}

fn holds_lower(lower: &str, keywords: &[String]) -> bool {
    keywords.iter().any(|k| lower.contains(k.as_str()))
}

fn lower_keywords(keywords: &[String]) -> Vec<String> {
    keywords.iter().map(|k| k.to_lowercase()).collect()
}

/// Which topics a lower-cased text holds a keyword of, found in one pass over the text for all
/// topics' keywords (as [`holds_lower`] finds them one keyword at a time).
struct KeywordMatcher {
    /// Every keyword of every topic; `None` if the automaton could not be built (then each
    /// topic's keywords are looked for one by one).
    automaton: Option<aho_corasick::AhoCorasick>,
    /// The topic of each keyword, by pattern index.
    topic_of: Vec<usize>,
    /// Per topic, its keywords lower-cased (also what titles are matched against).
    keywords: Vec<Vec<String>>,
}

impl KeywordMatcher {
    /// `keywords`: per topic, its keywords lower-cased.
    fn new(keywords: Vec<Vec<String>>) -> KeywordMatcher {
        let topic_of: Vec<usize> = keywords
            .iter()
            .enumerate()
            .flat_map(|(t, ks)| ks.iter().map(move |_| t))
            .collect();
        // Overlapping matches (standard semantics) find every keyword that occurs, as `contains`
        // does, even where keywords overlap or one holds another.
        let automaton = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::Standard)
            .build(keywords.iter().flatten())
            .ok();
        KeywordMatcher {
            automaton,
            topic_of,
            keywords,
        }
    }

    /// Per topic, whether `lower` holds one of its keywords.
    fn topics_in(&self, lower: &str) -> Vec<bool> {
        let mut hit = vec![false; self.keywords.len()];
        match &self.automaton {
            Some(ac) => {
                for m in ac.find_overlapping_iter(lower) {
                    if let Some(h) = self
                        .topic_of
                        .get(m.pattern().as_usize())
                        .and_then(|&t| hit.get_mut(t))
                    {
                        *h = true;
                    }
                }
            }
            None => {
                for (h, kw) in hit.iter_mut().zip(&self.keywords) {
                    *h = holds_lower(lower, kw);
                }
            }
        }
        hit
    }
}

/// A unit's strings, shared by its memberships of every topic.
#[derive(Clone)]
struct UnitStrings {
    anchor: Arc<str>,
    page: Arc<str>,
    citation: Arc<str>,
    text: Arc<str>,
}

/// Assigns the units of every plan to the topics of `tax`.
pub fn assign(site: &Site, tax: &Taxonomy) -> Assignment {
    let mut members: Vec<Vec<Member>> = vec![Vec::new(); tax.topics.len()];
    let matcher = KeywordMatcher::of(tax);
    for plan in &site.plans {
        for (all, mine) in members.iter_mut().zip(assign_plan(plan, tax, &matcher)) {
            all.extend(mine);
        }
    }
    Assignment::new(members)
}

impl Assignment {
    /// Assigns the units of `site`'s plan `slug` again, as [`assign`] of the whole site would:
    /// its members of each topic take the place of those it had (`plansite serve` after an edit
    /// of that plan). A plan the site lacks changes nothing.
    pub fn reassign(&mut self, site: &Site, slug: &str, tax: &Taxonomy) {
        let Some(plan) = site.plans.iter().find(|p| p.slug == slug) else {
            return;
        };
        let rank: HashMap<&str, usize> = site
            .plans
            .iter()
            .enumerate()
            .map(|(i, p)| (p.slug.as_str(), i))
            .collect();
        let here = rank.get(slug).copied().unwrap_or(0);
        let fresh = assign_plan(plan, tax, &KeywordMatcher::of(tax));
        self.members.resize_with(fresh.len(), Vec::new);
        for (all, mine) in self.members.iter_mut().zip(fresh) {
            // A topic's list is in site order of plans, a plan's members consecutive.
            let start = all.partition_point(|m| rank.get(&*m.plan).is_some_and(|&r| r < here));
            let end = start + all[start..].partition_point(|m| &*m.plan == slug);
            all.splice(start..end, mine);
        }
        *self = Assignment::new(std::mem::take(&mut self.members));
    }
}

impl KeywordMatcher {
    /// The matcher of every topic's keywords, lower-cased once.
    fn of(tax: &Taxonomy) -> KeywordMatcher {
        KeywordMatcher::new(
            tax.topics
                .iter()
                .map(|t| lower_keywords(&t.keywords))
                .collect(),
        )
    }
}

/// The members of each topic (in the taxonomy's order) in `plan`, in document order.
fn assign_plan(plan: &Plan, tax: &Taxonomy, matcher: &KeywordMatcher) -> Vec<Vec<Member>> {
    let mut members: Vec<Vec<Member>> = vec![Vec::new(); tax.topics.len()];
    let units = link::units(plan);
    let slug: Arc<str> = plan.slug.as_str().into();
    // Each unit's strings, made when it first joins a topic.
    let mut strings: Vec<Option<UnitStrings>> = vec![None; units.len()];
    // Per paragraph: the topics whose keywords it holds.
    let topics_held: Vec<Option<Vec<bool>>> = units
        .iter()
        .map(|u| (u.kind == UnitKind::Paragraph).then(|| matcher.topics_in(&u.text.to_lowercase())))
        .collect();
    // For each unit: the anchors of the section and 专栏 that hold it.
    let mut containers: Vec<Vec<String>> = Vec::with_capacity(units.len());
    let mut open_box: Option<(usize, String)> = None;
    for u in &units {
        let mut c = Vec::new();
        if let (Some(ch), Some(s)) = (u.chapter, u.section) {
            c.push(link::section_anchor(ch, s));
        }
        if u.kind == UnitKind::Box {
            open_box = Some((
                u.plan_box.map_or(0, |b| b as *const _ as usize),
                u.anchor.clone(),
            ));
        } else if let (Some(b), Some((ptr, anchor))) = (u.plan_box, &open_box) {
            if b as *const _ as usize == *ptr {
                c.push(anchor.clone());
            }
        }
        containers.push(c);
    }
    for (ti, topic) in tax.topics.iter().enumerate() {
        let kw = matcher.keywords.get(ti).map_or(&[][..], Vec::as_slice);
        let excluded: HashSet<&str> = topic
            .exclude
            .iter()
            .filter(|r| r.plan == plan.slug)
            .map(|r| r.anchor.as_str())
            .collect();
        let included: HashSet<&str> = topic
            .include
            .iter()
            .filter(|r| r.plan == plan.slug)
            .map(|r| r.anchor.as_str())
            .collect();
        let hit: Vec<bool> = topics_held
            .iter()
            .map(|t| t.as_ref().and_then(|t| t.get(ti)).copied().unwrap_or(false))
            .collect();
        for (i, u) in units.iter().enumerate() {
            if u.region != link::Region::Body {
                continue;
            }
            let kind = match u.kind {
                UnitKind::SectionHeading => MemberKind::Section,
                UnitKind::Box => MemberKind::Box,
                UnitKind::Paragraph => MemberKind::Paragraph,
                _ => continue,
            };
            if excluded.contains(u.anchor.as_str())
                || containers[i].iter().any(|c| excluded.contains(c.as_str()))
            {
                continue;
            }
            let why = match kind {
                MemberKind::Paragraph => hit[i].then_some(Why::Keyword),
                MemberKind::Section => {
                    let s = u.section.expect("section unit");
                    let own: Vec<usize> = (i + 1..units.len())
                        .take_while(|&j| units[j].section.is_some_and(|x| std::ptr::eq(x, s)))
                        .filter(|&j| {
                            units[j].kind == UnitKind::Paragraph && units[j].plan_box.is_none()
                        })
                        .collect();
                    let n = own.len();
                    let k = own.iter().filter(|&&j| hit[j]).count();
                    if holds(s.display_title(), kw) {
                        Some(Why::Title)
                    } else if k > 0
                        && k >= tax.rules.section_min.min(n)
                        && k as f64 >= tax.rules.section_share * n as f64
                    {
                        Some(Why::Paragraphs)
                    } else {
                        None
                    }
                }
                MemberKind::Box => {
                    let b = u.plan_box.expect("box unit");
                    let own: Vec<usize> = (i + 1..units.len())
                        .take_while(|&j| {
                            units[j].plan_box.is_some_and(|x| std::ptr::eq(x, b))
                                && units[j].kind != UnitKind::Box
                        })
                        .filter(|&j| units[j].kind == UnitKind::Paragraph)
                        .collect();
                    let n = own.len();
                    let k = own.iter().filter(|&&j| hit[j]).count();
                    if holds(&b.title, kw) {
                        Some(Why::Title)
                    } else if k > 0 && k as f64 >= tax.rules.box_share * n as f64 {
                        Some(Why::Paragraphs)
                    } else {
                        None
                    }
                }
            };
            let why = why.or_else(|| {
                included
                    .contains(u.anchor.as_str())
                    .then_some(Why::Included)
            });
            let Some(why) = why else { continue };
            let Some(slot) = strings.get_mut(i) else {
                continue;
            };
            let st = slot
                .get_or_insert_with(|| UnitStrings {
                    anchor: u.anchor.as_str().into(),
                    page: u.page.as_str().into(),
                    citation: u.citation.as_str().into(),
                    text: match kind {
                        MemberKind::Section => u.section.map_or_else(
                            || u.text.as_str().into(),
                            |s| link::join_label(&s.label, s.display_title()).into(),
                        ),
                        _ => u.text.as_str().into(),
                    },
                })
                .clone();
            members[ti].push(Member {
                plan: slug.clone(),
                kind,
                anchor: st.anchor,
                page: st.page,
                citation: st.citation,
                text: st.text,
                chapter: u.chapter.map_or(0, |c| c.number),
                why,
            });
        }
    }
    members
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    /// 第二章 with three sections: 第一节's title holds 就业 and none of its paragraphs does;
    /// 第二节 holds 失业保险 in two of three paragraphs and in one of the two items of 专栏 3;
    /// 第三节 in one of four paragraphs. 第一章 before it holds neither keyword.
    const SAMPLE: &str = "某规划\n\n第一章 总则\n\n总则正文。\n\n第二章 就业\n\n\
        第一节 强化就业优先政策\n\n甲。\n\n乙。\n\n第二节 健全制度\n\n完善失业保险稳岗返还。\n\n\
        扩大失业保险受益范围。\n\n其他。\n\n专栏 3 计划\n\n1.失业保险。\n\n2.丙。\n\n\
        第三节 其他\n\n失业保险一次。\n\n丁。\n\n戊。\n\n己。\n";

    /// The sample plan `p` through the real importer and loader.
    fn site() -> Site {
        crate::testkit::site_of(&[("p", SAMPLE)])
    }

    const FILE: &str = r#"
[[topic]]
id = "jiuye"
name = "就业"
keywords = ["就业"]

[[topic]]
id = "shiye"
name = "失业保险"
keywords = ["失业保险"]
"#;

    fn anchors(a: &Assignment, t: usize) -> Vec<&str> {
        a.members[t].iter().map(|m| &*m.anchor).collect()
    }

    #[test]
    fn sections_boxes_and_paragraphs_are_assigned_by_keyword() {
        let s = site();
        let tax = parse(FILE, Path::new("topics.toml"), &s).unwrap();
        let a = assign(&s, &tax);
        // 第一节's title holds 就业; none of its paragraphs does.
        assert_eq!(anchors(&a, 0), vec!["ch2-s1"]);
        assert_eq!(a.members[0][0].why, Why::Title);
        // 第二节: 2 of 3 paragraphs; 专栏3: 1 of 2 (half); 第三节: 1 of 4 is not enough.
        assert_eq!(
            anchors(&a, 1),
            vec![
                "ch2-s2",
                "ch2-s2-p1",
                "ch2-s2-p2",
                "box-3",
                "box-3-p1",
                "ch2-s3-p1"
            ]
        );
        assert_eq!(a.members[1][0].why, Why::Paragraphs);
        assert_eq!(a.topics_of("p", "box-3"), vec![1]);
        assert_eq!(a.chapter_topics("p", 2), vec![(0, 1), (1, 6)]);
    }

    #[test]
    fn the_file_includes_and_excludes_by_anchor() {
        let s = site();
        let text = format!(
            "{FILE}include = [\"p#ch2-s3\", \"p#box-3-p2\"]\nexclude = [\"p#box-3\", \"p#ch2-s2-p2\"]\n"
        );
        let tax = parse(&text, Path::new("topics.toml"), &s).unwrap();
        let a = assign(&s, &tax);
        // Excluding the box drops its paragraphs too, even one that is included.
        assert_eq!(
            anchors(&a, 1),
            vec!["ch2-s2", "ch2-s2-p1", "ch2-s3", "ch2-s3-p1"]
        );
        assert_eq!(a.members[1][2].why, Why::Included);
    }

    #[test]
    fn one_plan_assigned_again_is_what_the_whole_site_assigned_again_gives() {
        // Three plans; the middle one gains members of both topics, then loses them all, then
        // gains some again: after each edit, its members are reassigned alone.
        let other = "另一规划\n\n第一章 就业工作\n\n完善失业保险。\n\n丁。\n";
        let edits = [
            SAMPLE.to_string(),
            "某规划\n\n第一章 总则\n\n总则正文。\n".to_string(),
            SAMPLE.replace("第一节 强化就业优先政策", "第一节 其他"),
        ];
        let s = crate::testkit::site_of(&[
            ("a", other),
            ("p", "某规划\n\n第一章 总则\n\n甲。\n"),
            ("z", other),
        ]);
        let tax = parse(FILE, Path::new("topics.toml"), &s).unwrap();
        let mut kept = assign(&s, &tax);
        for text in &edits {
            let s = crate::testkit::site_of(&[("a", other), ("p", text), ("z", other)]);
            kept.reassign(&s, "p", &tax);
            let whole = assign(&s, &tax);
            assert_eq!(kept, whole, "after the edit to {text:?}");
            assert_eq!(kept.of_plan(1, "p"), whole.of_plan(1, "p"));
        }
        assert!(!kept.of_plan(1, "p").is_empty() && !kept.of_plan(1, "z").is_empty());
        // A plan the site lacks changes nothing.
        let before = kept.clone();
        kept.reassign(&s, "missing", &tax);
        assert_eq!(kept, before);
    }

    #[test]
    fn latin_keywords_ignore_case() {
        assert!(holds("推进DRG付费", &lower_keywords(&["DRG".to_string()])));
        assert!(!holds("推进付费", &["drg".to_string()]));
    }

    #[test]
    fn errors_name_the_file_and_line() {
        let s = site();
        let p = Path::new("content/topics.toml");
        // A file, and what its error must contain.
        let cases: &[(&str, &[&str])] = &[
            (
                "[[topic]]\nid = \"a\"\nname = \"甲\"\nkeywords = [\"x\"]\ninclude = [\"p#ch9-s1\"]\n",
                &["content/topics.toml:5:", "ch9-s1"],
            ),
            (
                "[[topic]]\nid = \"a\"\nname = \"甲\"\nkeyword = [\"x\"]\n",
                &["content/topics.toml:4:", "keyword"],
            ),
            (
                "[[topic]]\nid = \"a\"\nname = \"甲\"\nkeywords = [\"x\"]\nexclude = [\"q#ch2-s1\"]\n",
                &[":5:", "unknown plan"],
            ),
            (
                "[[topic]]\nid = \"就业\"\nname = \"甲\"\nkeywords = [\"x\"]\n",
                &[":2:", "ASCII"],
            ),
            (
                "[[topic]]\nid = \"a\"\nname = \"甲\"\nkeywords = [\"x\"]\n[[topic]]\nid = \"a\"\nname = \"乙\"\nkeywords = [\"y\"]\n",
                &[":6:", "twice"],
            ),
            ("[rules]\nsection_min = 2\nfoo = 1\n", &[":3:"]),
        ];
        for (text, want) in cases {
            let e = parse(text, p, &s).unwrap_err().to_string();
            for w in *want {
                assert!(e.contains(w), "{w:?} in {e}");
            }
        }
        // The file and line come first.
        let e = parse(cases[0].0, p, &s).unwrap_err().to_string();
        assert!(e.starts_with("content/topics.toml:5:"), "{e}");
        let e = parse(cases[1].0, p, &s).unwrap_err().to_string();
        assert!(e.starts_with("content/topics.toml:4:"), "{e}");
    }

    #[test]
    fn a_missing_file_means_no_topics() {
        let dir = tempfile::tempdir().unwrap();
        assert!(load(&dir.path().join("topics.toml"), &site())
            .unwrap()
            .is_none());
    }

    /// A plan's members of a topic, as `of_plan` finds them, are exactly those the topic's list
    /// holds for the plan, for every plan of a site of three (one without members).
    #[test]
    fn of_plan_gives_each_plans_members() {
        let other = "另一规划\n\n第一章 总则\n\n促进就业。\n\n第二章 其他\n\n丙。\n";
        let none = "第三规划\n\n第一章 总则\n\n丁。\n";
        let s = crate::testkit::site_of(&[("p", SAMPLE), ("q", other), ("r", none)]);
        let tax = parse(FILE, Path::new("topics.toml"), &s).unwrap();
        let a = assign(&s, &tax);
        for t in 0..a.members.len() {
            for plan in ["p", "q", "r", "no-such-plan"] {
                let want: Vec<&Member> = a.members[t].iter().filter(|m| &*m.plan == plan).collect();
                let got: Vec<&Member> = a.of_plan(t, plan).iter().collect();
                assert_eq!(got, want, "topic {t}, plan {plan}");
            }
        }
        assert!(!a.of_plan(0, "q").is_empty(), "q has a member");
        assert!(a.of_plan(0, "r").is_empty());
        assert!(a.of_plan(9, "p").is_empty(), "no such topic");
        // One paragraph of a chapter does not put the chapter on the topic.
        assert!(a.chapter_topics("q", 1).is_empty());
    }

    /// The one-pass matcher finds a topic in a text exactly when one of the topic's keywords is
    /// a substring of it, as `contains` does: random texts over a small alphabet (so keywords
    /// overlap, repeat and hold one another), random taxonomies.
    #[test]
    fn the_keyword_matcher_agrees_with_contains() {
        let alphabet = ["就", "业", "保", "险", "a", "b", " ", "，"];
        let mut next = crate::testkit::xorshift(0x5eed_70b1c5);
        let mut word = |n: u64| -> String {
            (0..n)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect()
        };
        for round in 0..200 {
            let topics: Vec<Vec<String>> = (0..1 + round % 5)
                .map(|t| {
                    (0..1 + (round + t) % 4)
                        .map(|k| word(1 + (k as u64 % 3)))
                        .collect()
                })
                .collect();
            let matcher = KeywordMatcher::new(topics.clone());
            for _ in 0..20 {
                let text = word(round as u64 % 30);
                let want: Vec<bool> = topics.iter().map(|kw| holds_lower(&text, kw)).collect();
                assert_eq!(matcher.topics_in(&text), want, "{text:?} {topics:?}");
            }
        }
    }

    /// A unit on several topics is held once: its memberships share their strings, and the
    /// members of a plan share its slug.
    #[test]
    fn a_unit_on_two_topics_shares_its_strings() {
        // FILE with the second topic's keyword one that holds the first's.
        let file = FILE.replace("失业保险\"]", "就业优先\"]");
        let s = site();
        let tax = parse(&file, Path::new("topics.toml"), &s).unwrap();
        let a = assign(&s, &tax);
        let find = |t: usize| {
            a.members[t]
                .iter()
                .find(|m| &*m.anchor == "ch2-s1")
                .unwrap()
        };
        let (x, y) = (find(0), find(1));
        assert_eq!(x, y);
        for (p, q) in [
            (&x.anchor, &y.anchor),
            (&x.page, &y.page),
            (&x.citation, &y.citation),
            (&x.text, &y.text),
            (&x.plan, &a.members[0][0].plan),
        ] {
            assert!(Arc::ptr_eq(p, q), "{p} is held twice");
        }
    }
}
