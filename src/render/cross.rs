//! Cross-cutting pages: topics (`topics/index.html`, `topics/<id>.html`) and commitments
//! (`commitments.html`, `<plan>/commitments.html`, `<plan>/data/commitments.csv|json`). The
//! logic is in [`crate::topics`] and [`crate::commitments`]; this module turns it into page jobs
//! with the common context, and links chapter and 专栏 pages to their topics.

use super::pages::{Job, SiteLinks};
use super::{paths, seo};
use crate::commitments::{self, Commitment};
use crate::error::Result;
use crate::model::Site;
use crate::topics::{self, Assignment, MemberKind, Taxonomy};
use serde::Serialize;

/// Topics and commitments of a site, computed once per build.
pub struct Cross {
    pub taxonomy: Option<Taxonomy>,
    pub assignment: Assignment,
    /// One list per plan, in site order.
    pub commitments: Vec<Vec<Commitment>>,
}

impl Cross {
    pub fn new(site: &Site, taxonomy: Option<Taxonomy>) -> Cross {
        let assignment = taxonomy
            .as_ref()
            .map(|t| topics::assign(site, t))
            .unwrap_or_default();
        Cross {
            taxonomy,
            assignment,
            commitments: commitments::extract_site(site),
        }
    }
}

/// Index page of the topics.
pub fn topics_index_page() -> String {
    "topics/index.html".into()
}

/// Page of one topic.
pub fn topic_page(id: &str) -> String {
    format!("topics/{id}.html")
}

/// Combined commitments page.
pub fn commitments_index_page() -> String {
    "commitments.html".into()
}

/// A plan's commitments page.
pub fn commitments_page(slug: &str) -> String {
    format!("{slug}/commitments.html")
}

/// A plan's commitments as open data (`csv` or `json`).
pub fn commitments_data(slug: &str, ext: &str) -> String {
    format!("{slug}/data/commitments.{ext}")
}

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
    text: String,
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
                href: paths::relative(from, &topic_page(&tax.topics[i].id), None),
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
                href: paths::relative(from, &topic_page(&tax.topics[i].id), None),
                count: a.members[i]
                    .iter()
                    .filter(|m| {
                        m.plan == slug
                            && (m.anchor == box_id || m.anchor.starts_with(&format!("{box_id}-")))
                    })
                    .count(),
            })
            .collect()
    }

    fn topic_data(&self) -> Option<(&Taxonomy, &Assignment)> {
        let c = self.cross?;
        c.taxonomy.as_ref().map(|t| (t, &c.assignment))
    }

    fn plan_title(&self, slug: &str) -> String {
        self.site
            .plans
            .iter()
            .find(|p| p.slug == slug)
            .map(|p| p.meta.title.clone())
            .unwrap_or_default()
    }

    /// The topics index and one page per topic.
    pub fn topic_jobs(&self) -> Vec<Job> {
        let index = topics_index_page();
        let mut jobs = Vec::new();
        let tax = self.topic_data();
        let cards: Vec<TopicCard> = tax
            .map(|(tax, a)| {
                tax.topics
                    .iter()
                    .zip(&a.members)
                    .map(|(t, ms)| TopicCard {
                        id: t.id.clone(),
                        name: t.name.clone(),
                        description: t.description.clone(),
                        href: paths::relative(&index, &topic_page(&t.id), None),
                        counts: self
                            .site
                            .plans
                            .iter()
                            .map(|p| {
                                let n = |k: MemberKind| {
                                    ms.iter()
                                        .filter(|m| m.plan == p.slug && m.kind == k)
                                        .count()
                                };
                                (
                                    p.meta.title.clone(),
                                    n(MemberKind::Section),
                                    n(MemberKind::Box),
                                    n(MemberKind::Paragraph),
                                )
                            })
                            .collect(),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let mut ctx = self.common(
            &index,
            "主题".into(),
            seo::description(&format!(
                "按{}个主题并列查看各规划的相关章节、专栏和段落",
                cards.len()
            )),
            vec![
                ("首页".into(), Some(crate::link::home_page())),
                ("主题".into(), None),
            ],
            None,
        );
        ctx.insert("topics", &cards);
        ctx.insert("has_taxonomy", &tax.is_some());
        jobs.push(Job {
            path: index.clone(),
            template: "topics.html",
            ctx,
        });
        let Some((tax, a)) = tax else {
            return jobs;
        };
        for (t, ms) in tax.topics.iter().zip(&a.members) {
            let path = topic_page(&t.id);
            let view = |k: MemberKind, slug: &str| -> Vec<MemberView> {
                ms.iter()
                    .filter(|m| m.plan == slug && m.kind == k)
                    .map(|m| MemberView {
                        href: paths::relative(&path, &m.page, Some(&m.anchor)),
                        citation: m.citation.clone(),
                        text: if k == MemberKind::Paragraph {
                            excerpt(&m.text, 90)
                        } else {
                            m.text.clone()
                        },
                        why: match m.why {
                            topics::Why::Title => "标题含关键词",
                            topics::Why::Paragraphs => "多段含关键词",
                            topics::Why::Keyword => "含关键词",
                            topics::Why::Included => "人工指定",
                        },
                    })
                    .collect()
            };
            let columns: Vec<PlanColumn> = self
                .site
                .plans
                .iter()
                .map(|p| PlanColumn {
                    slug: p.slug.clone(),
                    title: p.meta.title.clone(),
                    href: paths::relative(&path, &crate::link::plan_page(p), None),
                    sections: view(MemberKind::Section, &p.slug),
                    boxes: view(MemberKind::Box, &p.slug),
                    paragraphs: view(MemberKind::Paragraph, &p.slug),
                })
                .collect();
            let mut ctx = self.common(
                &path,
                format!("主题：{}", t.name),
                seo::description(&format!(
                    "各规划中关于“{}”的章节、专栏和段落（{}处）",
                    t.name,
                    ms.len()
                )),
                vec![
                    ("首页".into(), Some(crate::link::home_page())),
                    ("主题".into(), Some(index.clone())),
                    (t.name.clone(), None),
                ],
                None,
            );
            ctx.insert("topic", t);
            ctx.insert("columns", &columns);
            ctx.insert("total", &ms.len());
            jobs.push(Job {
                path,
                template: "topic.html",
                ctx,
            });
        }
        jobs
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

    fn plan_commitments(&self, from: &str, i: usize) -> PlanCommitments {
        let p = &self.site.plans[i];
        let list = self
            .cross
            .and_then(|c| c.commitments.get(i))
            .map(Vec::as_slice)
            .unwrap_or_default();
        PlanCommitments {
            slug: p.slug.clone(),
            title: p.meta.title.clone(),
            href: paths::relative(from, &crate::link::plan_page(p), None),
            page_href: paths::relative(from, &commitments_page(&p.slug), None),
            csv_href: paths::relative(from, &commitments_data(&p.slug, "csv"), None),
            json_href: paths::relative(from, &commitments_data(&p.slug, "json"), None),
            rows: self.commitment_views(from, list),
        }
    }

    /// The combined commitments page and one per plan.
    pub fn commitment_jobs(&self) -> Vec<Job> {
        let mut jobs = Vec::new();
        let index = commitments_index_page();
        let plans: Vec<PlanCommitments> = (0..self.site.plans.len())
            .map(|i| self.plan_commitments(&index, i))
            .collect();
        let total: usize = plans.iter().map(|p| p.rows.len()).sum();
        let mut ctx = self.common(
            &index,
            "量化承诺".into(),
            seo::description(&format!(
                "各规划正文中的{total}项量化承诺，逐项链接到原文段落"
            )),
            vec![
                ("首页".into(), Some(crate::link::home_page())),
                ("量化承诺".into(), None),
            ],
            None,
        );
        ctx.insert("plans", &plans);
        ctx.insert("combined", &true);
        jobs.push(Job {
            path: index.clone(),
            template: "commitments.html",
            ctx,
        });
        for (i, p) in self.site.plans.iter().enumerate() {
            let path = commitments_page(&p.slug);
            let one = self.plan_commitments(&path, i);
            let mut ctx = self.common(
                &path,
                format!("量化承诺 · {}", p.meta.title),
                seo::description(&format!(
                    "《{}》正文中的{}项量化承诺，逐项链接到原文段落",
                    p.meta.title,
                    one.rows.len()
                )),
                vec![
                    ("首页".into(), Some(crate::link::home_page())),
                    (p.meta.title.clone(), Some(crate::link::plan_page(p))),
                    ("量化承诺".into(), None),
                ],
                None,
            );
            ctx.insert("plans", &vec![one]);
            ctx.insert("combined", &false);
            ctx.insert("plan_title", &self.plan_title(&p.slug));
            jobs.push(Job {
                path,
                template: "commitments.html",
                ctx,
            });
        }
        jobs
    }
}

/// The open-data files of the commitments: path relative to the site root → bytes.
pub fn data_files(site: &Site, cross: &Cross) -> Result<Vec<(String, Vec<u8>)>> {
    let mut out = Vec::new();
    for (p, list) in site.plans.iter().zip(&cross.commitments) {
        out.push((
            commitments_data(&p.slug, "csv"),
            crate::indicators::export::write_csv(&commitments::csv_records(list))?,
        ));
        let json = crate::indicators::export::to_json(&commitments::PlanCommitmentsJson {
            format_version: commitments::FORMAT_VERSION,
            plan: &p.slug,
            plan_title: &p.meta.title,
            commitments: list,
        })?;
        out.push((commitments_data(&p.slug, "json"), json.into_bytes()));
    }
    Ok(out)
}
