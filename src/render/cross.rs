//! Cross-cutting pages: topics (`topics/index.html`, `topics/<id>.html`, and over the config's
//! `list_limit` a page per plan, `topics/<id>/<plan>.html`) and commitments
//! (`commitments.html`, `<plan>/commitments.html`, `<plan>/data/commitments.csv|json`). The
//! logic is in [`crate::topics`] and [`crate::commitments`]; this module turns it into page jobs
//! (one typed struct per page kind beside the [`Common`] part) and open-data files, and links
//! chapter and 专栏 pages to their topics. It uses the shared page plumbing of [`super::common`]
//! and nothing of the other page builders.

use super::common::{from_home, Common, Cross, Job, PlanList, SiteLinks};
use super::{paths, seo, theme::templates};
use crate::commitments::{self, Commitment};
use crate::error::Result;
use crate::link::site_map;
use crate::model::Site;
use crate::sink::OutFile;
use crate::topics::{self, Assignment, MemberKind, Taxonomy, Topic};
use serde::Serialize;
use std::collections::BTreeSet;

/// A link to a topic from a chapter or 专栏 page.
#[derive(Serialize)]
pub struct TopicLink {
    pub name: String,
    pub href: String,
    /// Members of the topic on that page.
    pub count: usize,
}

#[derive(Serialize)]
struct MemberView {
    href: String,
    citation: String,
    /// A section's or 专栏's heading; the start of a paragraph.
    text: String,
    /// A paragraph's excerpt around the first keyword of the topic it holds: the text before it,
    /// the keyword as written, the text after (empty when no keyword is in it).
    before: String,
    mark: String,
    after: String,
    why: &'static str,
}

#[derive(Serialize)]
struct PlanColumn {
    slug: String,
    title: String,
    href: String,
    sections: Vec<MemberView>,
    boxes: Vec<MemberView>,
    paragraphs: Vec<MemberView>,
}

#[derive(Serialize)]
struct TopicCard {
    id: String,
    name: String,
    description: String,
    href: String,
    counts: Vec<(String, usize, usize, usize)>,
}

#[derive(Serialize)]
struct CommitmentView {
    subject: String,
    target: String,
    comparator: &'static str,
    period: String,
    before: String,
    quantity: String,
    after: String,
    citation: String,
    href: String,
}

#[derive(Serialize)]
struct PlanCommitments {
    slug: String,
    title: String,
    href: String,
    page_href: String,
    csv_href: String,
    json_href: String,
    rows: Vec<CommitmentView>,
}

/// The topics index.
#[derive(Serialize)]
struct TopicsPage {
    topics: Vec<TopicCard>,
    has_taxonomy: bool,
}

/// One topic across the plans.
#[derive(Serialize)]
struct TopicPage<'t> {
    topic: &'t Topic,
    columns: Vec<PlanColumn>,
    total: usize,
}

/// A topic over the list limit: the digest of its plans, with the topic (`digest.html`).
#[derive(Serialize)]
struct TopicDigest<'t> {
    topic: &'t Topic,
    #[serde(flatten)]
    digest: super::common::Digest,
}

/// Members by kind: (sections, 专栏, paragraphs).
fn kind_counts(ms: &[topics::Member]) -> (usize, usize, usize) {
    let n = |k: MemberKind| ms.iter().filter(|m| m.kind == k).count();
    (
        n(MemberKind::Section),
        n(MemberKind::Box),
        n(MemberKind::Paragraph),
    )
}

/// The commitments of every plan (`combined`), or of one.
#[derive(Serialize)]
struct CommitmentsPage {
    plans: Vec<PlanCommitments>,
    combined: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    plan_title: Option<String>,
}

/// The excerpt of `text` around the first of `keywords` in it (compared without case): up to
/// `lead` characters before it and `n` characters in all, with `…` where text is left out; `None`
/// when no keyword is in it.
fn keyword_excerpt(
    text: &str,
    keywords: &[String],
    lead: usize,
    n: usize,
) -> Option<(String, String, String)> {
    let lower = text.to_lowercase();
    // Lower-casing may change byte lengths outside ASCII: look in the text only when it did not.
    if lower.len() != text.len() {
        return None;
    }
    let (at, len) = keywords
        .iter()
        .map(|k| k.to_lowercase())
        .filter(|k| !k.is_empty())
        .filter_map(|k| lower.find(&k).map(|i| (i, k.len())))
        .min_by_key(|&(i, len)| (i, std::cmp::Reverse(len)))?;
    let end = at.checked_add(len).filter(|&e| text.is_char_boundary(e))?;
    if !text.is_char_boundary(at) {
        return None;
    }
    let (head, rest) = text.split_at(at);
    let (mark, tail) = rest.split_at(end - at);
    let head_chars: Vec<char> = head.chars().collect();
    let skip = head_chars.len().saturating_sub(lead);
    let before: String = head_chars[skip..].iter().collect();
    let before = if skip > 0 {
        format!("…{before}")
    } else {
        before
    };
    let room = n.saturating_sub(lead.min(head_chars.len()) + mark.chars().count());
    Some((before, mark.to_string(), excerpt(tail, room)))
}

fn excerpt(text: &str, n: usize) -> String {
    let mut it = text.chars();
    let head: String = it.by_ref().take(n).collect();
    if it.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

impl SiteLinks<'_> {
    /// Topics of a chapter, for its page.
    pub(super) fn chapter_topic_links(
        &self,
        slug: &str,
        chapter: u32,
        from: &str,
    ) -> Vec<TopicLink> {
        let Some((tax, a)) = self.topic_data() else {
            return Vec::new();
        };
        a.chapter_topics(slug, chapter)
            .into_iter()
            .map(|(i, count)| TopicLink {
                name: tax.topics[i].name.clone(),
                href: self.topic_href(from, i, slug),
                count,
            })
            .collect()
    }

    /// Topics a 专栏 is on, for its page.
    pub(super) fn box_topic_links(&self, slug: &str, box_id: &str, from: &str) -> Vec<TopicLink> {
        let Some((tax, a)) = self.topic_data() else {
            return Vec::new();
        };
        a.topics_of(slug, box_id)
            .into_iter()
            .map(|i| TopicLink {
                name: tax.topics[i].name.clone(),
                href: self.topic_href(from, i, slug),
                count: a
                    .of_plan(i, slug)
                    .iter()
                    .filter(|m| &*m.anchor == box_id || m.anchor.starts_with(&format!("{box_id}-")))
                    .count(),
            })
            .collect()
    }

    /// The address of topic `i` for a page of plan `slug` at `from`: the topic's page, or the
    /// plan's page of the topic when the topic is over the list limit.
    fn topic_href(&self, from: &str, i: usize, slug: &str) -> String {
        let Some((tax, a)) = self.topic_data() else {
            return String::new();
        };
        let id = tax.topics.get(i).map_or("", |t| t.id.as_str());
        let members = a.members.get(i).map_or(0, Vec::len);
        let page = if self.over_list_limit(members) {
            site_map::topic_plan_page(id, slug)
        } else {
            site_map::topic_page(id)
        };
        paths::relative(from, &page, None)
    }

    fn topic_data(&self) -> Option<(&Taxonomy, &Assignment)> {
        let c = self.cross;
        c.taxonomy.as_ref().map(|t| (t, &c.assignment))
    }

    /// The common part of a topic or commitments page (no schema.org data).
    fn cross_common(
        &self,
        path: &str,
        title: String,
        description: &str,
        crumbs: Vec<(String, Option<String>)>,
    ) -> Common {
        self.common(path, title, seo::description(description), crumbs, None)
    }

    /// The topics of the site's taxonomy (none without one).
    pub fn topic_count(&self) -> usize {
        self.topic_data().map_or(0, |(tax, _)| tax.topics.len())
    }

    /// The topics index.
    pub fn topics_index_job(&self) -> Result<Vec<Job>> {
        let index = site_map::topics_index_page();
        let tax = self.topic_data();
        let cards: Vec<TopicCard> = tax
            .map(|(tax, a)| {
                // A line per topic and plan, or over the list limit a line per topic.
                let per_plan = !self.over_list_limit(tax.topics.len() * self.site.plans.len());
                tax.topics
                    .iter()
                    .zip(&a.members)
                    .enumerate()
                    .map(|(ti, (t, ms))| TopicCard {
                        id: t.id.clone(),
                        name: t.name.clone(),
                        description: t.description.clone(),
                        href: paths::relative(&index, &site_map::topic_page(&t.id), None),
                        counts: if per_plan {
                            self.site
                                .plans
                                .iter()
                                .map(|p| {
                                    let (s, b, n) = kind_counts(a.of_plan(ti, &p.slug));
                                    (p.meta.title.clone(), s, b, n)
                                })
                                .collect()
                        } else {
                            let plans = self
                                .site
                                .plans
                                .iter()
                                .filter(|p| !a.of_plan(ti, &p.slug).is_empty())
                                .count();
                            let (s, b, n) = kind_counts(ms);
                            vec![(format!("{plans}个规划合计"), s, b, n)]
                        },
                    })
                    .collect()
            })
            .unwrap_or_default();
        let common = self.cross_common(
            &index,
            "主题".into(),
            &format!(
                "按{}个主题并列查看各规划的相关章节、专栏和段落",
                cards.len()
            ),
            from_home([("主题".into(), None)]),
        );
        Ok(vec![Job::new(
            templates::TOPICS,
            common,
            TopicsPage {
                topics: cards,
                has_taxonomy: tax.is_some(),
            },
        )?])
    }

    /// The page of topic `ti`, or over the list limit its digest and a page of it per plan with
    /// members (none for a topic that is not there).
    pub fn topic_jobs(&self, ti: usize) -> Result<Vec<Job>> {
        let index = site_map::topics_index_page();
        let mut jobs = Vec::new();
        let Some((tax, a)) = self.topic_data() else {
            return Ok(jobs);
        };
        if let (Some(t), Some(ms)) = (tax.topics.get(ti), a.members.get(ti)) {
            let path = site_map::topic_page(&t.id);
            let crumbs = [("主题".to_string(), Some(index.clone()))];
            let common = self.cross_common(
                &path,
                format!("主题：{}", t.name),
                &format!(
                    "各规划中关于“{}”的章节、专栏和段落（{}处）",
                    t.name,
                    ms.len()
                ),
                from_home(crumbs.iter().cloned().chain([(t.name.clone(), None)])),
            );
            if self.over_list_limit(ms.len()) {
                // A digest of the plans, and a page of the topic per plan with members.
                let digest = self.digest("topic", &path, ms.len(), |_, p| {
                    let own = a.of_plan(ti, &p.slug);
                    PlanList {
                        count: own.len(),
                        page: Some(site_map::topic_plan_page(&t.id, &p.slug)),
                        data: vec![],
                        projects: 0,
                    }
                });
                jobs.push(Job::new(
                    templates::DIGEST,
                    common,
                    TopicDigest { topic: t, digest },
                )?);
                for p in &self.site.plans {
                    let own = a.of_plan(ti, &p.slug);
                    if own.is_empty() {
                        continue;
                    }
                    let page = site_map::topic_plan_page(&t.id, &p.slug);
                    let common = self.cross_common(
                        &page,
                        format!("主题：{} · {}", t.name, p.meta.title),
                        &format!(
                            "《{}》中关于“{}”的章节、专栏和段落（{}处）",
                            p.meta.title,
                            t.name,
                            own.len()
                        ),
                        from_home(crumbs.iter().cloned().chain([
                            (t.name.clone(), Some(path.clone())),
                            (p.meta.title.clone(), None),
                        ])),
                    );
                    let data = TopicPage {
                        topic: t,
                        columns: vec![self.topic_column(&page, p, own, &t.keywords)],
                        total: own.len(),
                    };
                    jobs.push(Job::new(templates::TOPIC, common, data)?);
                }
                return Ok(jobs);
            }
            let columns: Vec<PlanColumn> = self
                .site
                .plans
                .iter()
                .map(|p| self.topic_column(&path, p, a.of_plan(ti, &p.slug), &t.keywords))
                .collect();
            let data = TopicPage {
                topic: t,
                columns,
                total: ms.len(),
            };
            jobs.push(Job::new(templates::TOPIC, common, data)?);
        }
        Ok(jobs)
    }

    /// The column of plan `p` on a topic page at `path`: its members `own` of the topic, by kind;
    /// a paragraph's excerpt shows the first of the topic's `keywords` it holds.
    fn topic_column(
        &self,
        path: &str,
        p: &crate::model::Plan,
        own: &[topics::Member],
        keywords: &[String],
    ) -> PlanColumn {
        let paragraph = |k: MemberKind| k == MemberKind::Paragraph;
        let view = |k: MemberKind| -> Vec<MemberView> {
            own.iter()
                .filter(|m| m.kind == k)
                .map(|m| {
                    let (before, mark, after) = paragraph(k)
                        .then(|| keyword_excerpt(&m.text, keywords, 30, 90))
                        .flatten()
                        .unwrap_or_default();
                    MemberView {
                        href: paths::relative(path, &m.page, Some(&m.anchor)),
                        citation: m.citation.to_string(),
                        text: if paragraph(k) {
                            excerpt(&m.text, 90)
                        } else {
                            m.text.to_string()
                        },
                        before,
                        mark,
                        after,
                        why: match m.why {
                            topics::Why::Title => "标题含关键词",
                            topics::Why::Paragraphs => "多段含关键词",
                            topics::Why::Keyword => "含关键词",
                            topics::Why::Included => "人工指定",
                        },
                    }
                })
                .collect()
        };
        PlanColumn {
            slug: p.slug.clone(),
            title: p.meta.title.clone(),
            href: paths::relative(path, &site_map::plan_page(p), None),
            sections: view(MemberKind::Section),
            boxes: view(MemberKind::Box),
            paragraphs: view(MemberKind::Paragraph),
        }
    }

    fn commitment_views(&self, from: &str, list: &[Commitment]) -> Vec<CommitmentView> {
        list.iter()
            .map(|c| {
                let (before, quantity, after) = match c.sentence.find(&c.quantity) {
                    Some(i) => (
                        c.sentence[..i].to_string(),
                        c.quantity.clone(),
                        c.sentence[i + c.quantity.len()..].to_string(),
                    ),
                    None => (c.sentence.clone(), String::new(), String::new()),
                };
                CommitmentView {
                    subject: c.subject.clone(),
                    target: format!(
                        "{} {}{}",
                        c.comparator.symbol(),
                        commitments::format_value(c.value),
                        c.unit
                    ),
                    comparator: c.comparator.label(),
                    period: c.period.clone().unwrap_or_else(|| "规划期内".into()),
                    before,
                    quantity,
                    after,
                    citation: c.citation.clone(),
                    href: paths::relative(from, &c.page, Some(&c.anchor)),
                }
            })
            .collect()
    }

    fn plan_commitments(&self, from: &str, i: usize) -> Option<PlanCommitments> {
        let p = self.site.plans.get(i)?;
        let list = self
            .cross
            .commitments
            .get(i)
            .map(Vec::as_slice)
            .unwrap_or_default();
        let to = |page: String| paths::relative(from, &page, None);
        Some(PlanCommitments {
            slug: p.slug.clone(),
            title: p.meta.title.clone(),
            href: to(site_map::plan_page(p)),
            page_href: to(site_map::commitments_page(&p.slug)),
            csv_href: to(site_map::commitments_data(&p.slug, "csv")),
            json_href: to(site_map::commitments_data(&p.slug, "json")),
            rows: self.commitment_views(from, list),
        })
    }

    /// The combined commitments page and one per plan.
    pub fn commitment_jobs(&self) -> Result<Vec<Job>> {
        let mut jobs = vec![self.combined_commitments()?];
        jobs.extend(self.plan_commitment_jobs(None)?);
        Ok(jobs)
    }

    /// The combined commitments page.
    fn combined_commitments(&self) -> Result<Job> {
        let index = site_map::commitments_index_page();
        let count = |i: usize| self.cross.commitments.get(i).map_or(0, Vec::len);
        let total: usize = (0..self.site.plans.len()).map(count).sum();
        let common = self.cross_common(
            &index,
            "量化承诺".into(),
            &format!("各规划正文中的{total}项量化承诺，逐项链接到原文段落"),
            from_home([("量化承诺".into(), None)]),
        );
        if self.over_list_limit(total) {
            let digest = self.digest("commitments", &index, total, |i, p| PlanList {
                count: count(i),
                page: Some(site_map::commitments_page(&p.slug)),
                data: vec![
                    ("CSV", site_map::commitments_data(&p.slug, "csv")),
                    ("JSON", site_map::commitments_data(&p.slug, "json")),
                ],
                projects: 0,
            });
            Job::new(templates::DIGEST, common, digest)
        } else {
            let plans: Vec<PlanCommitments> = (0..self.site.plans.len())
                .filter_map(|i| self.plan_commitments(&index, i))
                .collect();
            let data = CommitmentsPage {
                plans,
                combined: true,
                plan_title: None,
            };
            Job::new(templates::COMMITMENTS, common, data)
        }
    }

    /// The commitments page of each plan (with `only`, of the plans named).
    pub fn plan_commitment_jobs(&self, only: Option<&BTreeSet<String>>) -> Result<Vec<Job>> {
        let mut jobs = Vec::new();
        for (i, p) in self.site.plans.iter().enumerate() {
            if only.is_some_and(|slugs| !slugs.contains(&p.slug)) {
                continue;
            }
            let path = site_map::commitments_page(&p.slug);
            let Some(one) = self.plan_commitments(&path, i) else {
                continue;
            };
            let common = self.cross_common(
                &path,
                format!("量化承诺 · {}", p.meta.title),
                &format!(
                    "《{}》正文中的{}项量化承诺，逐项链接到原文段落",
                    p.meta.title,
                    one.rows.len()
                ),
                from_home([
                    (p.meta.title.clone(), Some(site_map::plan_page(p))),
                    ("量化承诺".into(), None),
                ]),
            );
            let data = CommitmentsPage {
                plans: vec![one],
                combined: false,
                plan_title: Some(self.plan_title(&p.slug)),
            };
            jobs.push(Job::new(templates::COMMITMENTS, common, data)?);
        }
        Ok(jobs)
    }
}

/// The open-data files of the commitments, one CSV and one JSON file per plan (with `only`, of
/// the plans named).
pub fn data_files(
    site: &Site,
    cross: &Cross,
    only: Option<&BTreeSet<String>>,
) -> Result<Vec<OutFile>> {
    let mut out = Vec::new();
    for (p, list) in site.plans.iter().zip(&cross.commitments) {
        if only.is_some_and(|slugs| !slugs.contains(&p.slug)) {
            continue;
        }
        out.push(OutFile::new(
            site_map::commitments_data(&p.slug, "csv"),
            crate::indicators::export::write_csv(&commitments::csv_records(list))?,
        ));
        let json = crate::indicators::export::to_json(&commitments::PlanCommitmentsJson {
            format_version: commitments::FORMAT_VERSION,
            plan: &p.slug,
            plan_title: &p.meta.title,
            commitments: list,
        })?;
        out.push(OutFile::new(
            site_map::commitments_data(&p.slug, "json"),
            json,
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::keyword_excerpt;

    #[test]
    fn the_excerpt_stands_around_the_first_keyword() {
        let kw = |ks: &[&str]| ks.iter().map(|k| k.to_string()).collect::<Vec<_>>();
        let text = "一二三四五六七八九十新就业形态劳动者权益保障，完善灵活就业社会保障政策。";
        let (b, m, a) = keyword_excerpt(text, &kw(&["灵活就业", "新就业形态"]), 4, 20).unwrap();
        assert_eq!((b.as_str(), m.as_str()), ("…七八九十", "新就业形态"));
        assert_eq!(a, "劳动者权益保障，完善灵…");
        // At the start, in Latin letters of another case, or not there at all.
        let (b, m, _) = keyword_excerpt("DRG付费改革", &kw(&["drg"]), 4, 20).unwrap();
        assert_eq!((b.as_str(), m.as_str()), ("", "DRG"));
        assert_eq!(keyword_excerpt(text, &kw(&["养老"]), 4, 20), None);
        assert_eq!(keyword_excerpt(text, &kw(&[""]), 4, 20), None);
        assert_eq!(keyword_excerpt("", &kw(&["就业"]), 4, 20), None);
        // A keyword whose lower case is longer than itself cuts no character in two.
        assert_eq!(keyword_excerpt("Ab", &kw(&["İ"]), 4, 20), None);
        let (_, m, _) = keyword_excerpt("abİc", &kw(&["bİ"]), 4, 20).unwrap_or_default();
        assert!(m.is_empty() || "abİc".contains(&m));
    }
}
