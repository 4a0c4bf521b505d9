//! Which pages the site has and what each template gets: one job (output path, template, context)
//! per page. Every context carries the common part (`root`, `site`, `page_path`, `page`,
//! `breadcrumbs`, `jsonld`); links in it are already relative to the page.

use super::body::PlanLinks;
use super::{paths, seo};
use crate::config::Config;
use crate::defects::ReaderNote;
use crate::link::{self, Unit, UnitKind};
use crate::model::{Chapter, Plan, Site};
use serde::Serialize;
use serde_json::Value;
use tera::Context;

/// One page to render.
pub struct Job {
    /// Output path relative to the site root.
    pub path: String,
    pub template: &'static str,
    pub ctx: Context,
}

#[derive(Serialize)]
struct SiteView<'a> {
    title: &'a str,
    description: &'a str,
    base_url: Option<&'a str>,
}

#[derive(Serialize)]
struct PageMeta {
    title: String,
    description: String,
    /// Full address of the page, when the site's address is known.
    canonical: Option<String>,
    og_type: &'static str,
}

#[derive(Serialize)]
struct Crumb {
    title: String,
    href: Option<String>,
}

#[derive(Serialize)]
struct Link {
    label: String,
    sep: &'static str,
    title: String,
    href: String,
}

/// An entry of a chapter's own table of contents: a section (level 2) or a lower heading (3, 4).
#[derive(Serialize)]
struct TocEntry {
    level: u8,
    label: String,
    sep: &'static str,
    title: String,
    href: String,
}

#[derive(Serialize)]
struct PlanInfo {
    slug: String,
    title: String,
    issuers: Vec<String>,
    doc_number: Option<String>,
    date: Option<String>,
    source: Option<String>,
    source_line: Option<String>,
    draft: bool,
    draft_label: Option<String>,
    series: Option<String>,
    cover_date: Option<String>,
    chapters: usize,
    boxes: usize,
    href: String,
    print_href: String,
    cited_href: String,
    commitments_href: String,
}

#[derive(Serialize)]
struct TocChapter {
    label: String,
    sep: &'static str,
    title: String,
    href: String,
    sections: Vec<Link>,
}

#[derive(Serialize)]
struct BoxCard {
    id: String,
    label: String,
    sep: &'static str,
    title: String,
    href: String,
    /// Where the box stands: `第二章 … / 第一节 …`.
    place: String,
    place_href: String,
}

#[derive(Serialize)]
struct NoteEntry {
    label: &'static str,
    message: String,
    excerpt: String,
    href: String,
    citation: String,
}

#[derive(Serialize)]
struct CitedView {
    id: String,
    title: String,
    places: Vec<CitedPlace>,
}

#[derive(Serialize)]
struct CitedPlace {
    plan_title: String,
    citation: String,
    href: String,
}

/// Everything the page builders share.
pub struct SiteLinks<'a> {
    pub site: &'a Site,
    pub config: &'a Config,
    pub plans: Vec<PlanLinks<'a>>,
    /// Topics and commitments, when the build computed them.
    pub cross: Option<&'a super::cross::Cross>,
    /// The plan catalogue shown on the home page.
    pub catalogue: Option<&'a super::catalogue::Catalogue<'a>>,
}

impl<'a> SiteLinks<'a> {
    pub fn new(site: &'a Site, config: &'a Config, notes: &'a [Vec<ReaderNote>]) -> Self {
        let plans = site
            .plans
            .iter()
            .zip(notes)
            .map(|(p, n)| {
                let cited = link::cited_documents(p);
                PlanLinks::new(p, n, &cited, config.base_url.as_deref())
            })
            .collect();
        SiteLinks {
            site,
            config,
            plans,
            cross: None,
            catalogue: None,
        }
    }

    fn base(&self) -> Option<&str> {
        self.config.base_url.as_deref()
    }

    fn url(&self, page: &str) -> Option<String> {
        self.base().map(|b| paths::absolute(b, page, None))
    }

    /// The common context of a page.
    pub fn common(
        &self,
        path: &str,
        title: String,
        description: String,
        crumbs: Vec<(String, Option<String>)>,
        jsonld: Option<Value>,
    ) -> Context {
        let mut ctx = Context::new();
        ctx.insert("root", &paths::root_prefix(path));
        ctx.insert(
            "site",
            &SiteView {
                title: &self.config.title,
                description: &self.config.description,
                base_url: self.base(),
            },
        );
        ctx.insert("page_path", path);
        ctx.insert(
            "page",
            &PageMeta {
                title,
                description,
                canonical: self.url(path),
                og_type: if path == "index.html" {
                    "website"
                } else {
                    "article"
                },
            },
        );
        let crumbs: Vec<Crumb> = crumbs
            .into_iter()
            .map(|(title, to)| Crumb {
                title,
                href: to.map(|t| paths::relative(path, &t, None)),
            })
            .collect();
        ctx.insert("breadcrumbs", &crumbs);
        ctx.insert("jsonld", &jsonld);
        ctx
    }

    /// The common context of a page that shows one part of a plan (a chapter, a 专栏): its
    /// heading in the title, its first paragraph in the description, schema.org data of the part.
    fn part_context(
        &self,
        plan: &Plan,
        path: &str,
        heading: &str,
        units: &[Unit],
        crumbs: Vec<(String, Option<String>)>,
    ) -> Context {
        let first_text = units
            .iter()
            .find(|u| u.kind == UnitKind::Paragraph)
            .map(|u| u.text.as_str())
            .unwrap_or("");
        self.common(
            path,
            format!("{heading} · {}", plan.meta.title),
            seo::description(&format!("{heading}：{first_text}")),
            crumbs,
            Some(seo::plan_part(
                plan,
                heading,
                self.url(&link::plan_page(plan)),
                self.url(path),
            )),
        )
    }

    /// Every page of the site, in a fixed order.
    pub fn jobs(&self) -> Vec<Job> {
        let mut jobs = vec![self.home(), self.boxes_index(), self.cited_index()];
        for pl in &self.plans {
            jobs.push(self.overview(pl));
            jobs.extend(self.chapters(pl));
            jobs.extend(self.annexes(pl));
            jobs.extend(self.boxes(pl));
            jobs.push(self.print(pl));
            jobs.push(self.cited(pl));
        }
        jobs.push(self.search());
        jobs
    }

    /// Paths of the pages worth listing in the sitemap.
    pub fn sitemap_pages(jobs: &[Job]) -> Vec<String> {
        jobs.iter()
            .filter(|j| j.template != "search.html" && j.template != "404.html")
            .map(|j| j.path.clone())
            .collect()
    }

    fn plan_info(&self, pl: &PlanLinks, from: &str) -> PlanInfo {
        let p = pl.plan;
        let m = &p.meta;
        PlanInfo {
            slug: p.slug.clone(),
            title: m.title.clone(),
            issuers: m.issuers.clone(),
            doc_number: m.doc_number.clone(),
            date: m.date.clone(),
            source: m.source.clone(),
            source_line: m.source_line.clone(),
            draft: m.draft,
            draft_label: m.draft_label.clone(),
            series: m.series.clone(),
            cover_date: m.cover_date.clone(),
            chapters: p.chapters.len(),
            boxes: box_units(pl).len(),
            href: paths::relative(from, &link::plan_page(p), None),
            print_href: paths::relative(from, &link::print_page(p), None),
            cited_href: paths::relative(from, &link::cited_page(p), None),
            commitments_href: paths::relative(from, &super::cross::commitments_page(&p.slug), None),
        }
    }

    fn home(&self) -> Job {
        let path = link::home_page();
        let plans: Vec<PlanInfo> = self
            .plans
            .iter()
            .map(|pl| self.plan_info(pl, &path))
            .collect();
        let desc = if self.config.description.is_empty() {
            format!("{}：收录{}部规划的全文", self.config.title, plans.len())
        } else {
            self.config.description.clone()
        };
        let mut ctx = self.common(
            &path,
            self.config.title.clone(),
            seo::description(&desc),
            vec![("首页".into(), None)],
            Some(seo::website(self.config)),
        );
        ctx.insert("plans", &plans);
        let own;
        let catalogue = match self.catalogue {
            Some(c) => c,
            None => {
                own = super::catalogue::Catalogue::new(&self.site.plans);
                &own
            }
        };
        catalogue.fill_home(&mut ctx, &path);
        Job {
            path,
            template: "index.html",
            ctx,
        }
    }

    fn plan_crumbs(&self, pl: &PlanLinks) -> Vec<(String, Option<String>)> {
        vec![
            ("首页".into(), Some(link::home_page())),
            (pl.plan.meta.title.clone(), Some(link::plan_page(pl.plan))),
        ]
    }

    fn overview(&self, pl: &PlanLinks) -> Job {
        let plan = pl.plan;
        let path = link::plan_page(plan);
        let notice: Vec<Unit> = region_units(pl, link::Region::Notice);
        let preamble: Vec<Unit> = region_units(pl, link::Region::Preamble);
        let toc: Vec<TocChapter> = plan
            .chapters
            .iter()
            .map(|ch| {
                let page = link::chapter_page(plan, ch);
                TocChapter {
                    label: ch.label.clone(),
                    sep: link::label_separator(&ch.label),
                    title: ch.display_title().to_string(),
                    href: paths::relative(&path, &page, None),
                    sections: ch
                        .sections
                        .iter()
                        .map(|s| Link {
                            label: s.label.clone(),
                            sep: link::label_separator(&s.label),
                            title: s.display_title().to_string(),
                            href: paths::relative(&path, &page, Some(&link::section_anchor(ch, s))),
                        })
                        .collect(),
                }
            })
            .collect();
        let tables: Vec<Link> = pl
            .units
            .iter()
            .filter(|u| u.kind == UnitKind::Table)
            .map(|u| Link {
                label: u.anchor.clone(),
                sep: "",
                title: if u.text.is_empty() {
                    format!("表 {}", u.anchor)
                } else {
                    u.text.clone()
                },
                href: paths::relative(&path, &u.page, Some(&u.anchor)),
            })
            .collect();
        let notes: Vec<NoteEntry> = self.note_entries(pl, &path);
        let m = &plan.meta;
        let mut desc = format!("《{}》", m.title);
        if !m.issuers.is_empty() {
            desc.push_str(&m.issuers.join("、"));
        }
        for x in [&m.doc_number, &m.date].into_iter().flatten() {
            desc.push(' ');
            desc.push_str(x);
        }
        let mut crumbs = self.plan_crumbs(pl);
        crumbs[1].1 = None;
        let mut ctx = self.common(
            &path,
            m.title.clone(),
            seo::description(&desc),
            crumbs,
            Some(seo::plan_overview(plan, self.url(&path))),
        );
        ctx.insert("plan", &self.plan_info(pl, &path));
        ctx.insert("notice", &pl.items(&path, &notice, 3));
        ctx.insert("preamble", &pl.items(&path, &preamble, 3));
        ctx.insert("toc", &toc);
        let annexes: Vec<Link> = plan
            .annexes
            .iter()
            .map(|a| annex_link(plan, a, &path))
            .collect();
        ctx.insert("annexes", &annexes);
        ctx.insert("boxes", &self.box_cards(pl, &path));
        ctx.insert("tables", &tables);
        ctx.insert("notes", &notes);
        Job {
            path,
            template: "plan.html",
            ctx,
        }
    }

    fn note_entries(&self, pl: &PlanLinks, from: &str) -> Vec<NoteEntry> {
        let mut out = Vec::new();
        for u in &pl.units {
            let mut anchors = vec![(u.anchor.clone(), u.citation.clone())];
            if let Some(t) = u.table {
                anchors.extend(t.rows.iter().enumerate().map(|(i, r)| {
                    (
                        link::table_row_anchor(t, i),
                        format!("{}「{}」", u.citation, r.name),
                    )
                }));
            }
            for (a, citation) in anchors {
                for n in pl.notes.get(&a).into_iter().flatten() {
                    let v = super::body::NoteView::from(*n);
                    out.push(NoteEntry {
                        label: v.label,
                        message: v.message,
                        excerpt: v.excerpt,
                        href: paths::relative(from, &u.page, Some(&a)),
                        citation: citation.clone(),
                    });
                }
            }
        }
        out
    }

    fn box_cards(&self, pl: &PlanLinks, from: &str) -> Vec<BoxCard> {
        box_units(pl)
            .into_iter()
            .map(|(_, u)| box_card(pl, u, from))
            .collect()
    }

    fn chapters(&self, pl: &PlanLinks) -> Vec<Job> {
        let plan = pl.plan;
        let n = plan.chapters.len();
        plan.chapters
            .iter()
            .enumerate()
            .map(|(i, ch)| {
                let path = link::chapter_page(plan, ch);
                let units: Vec<Unit> = pl
                    .units
                    .iter()
                    .filter(|u| u.chapter.is_some_and(|c| std::ptr::eq(c, ch)))
                    .cloned()
                    .collect();
                let neighbour = |c: &Chapter| Link {
                    label: c.label.clone(),
                    sep: link::label_separator(&c.label),
                    title: c.display_title().to_string(),
                    href: paths::relative(&path, &link::chapter_page(plan, c), None),
                };
                let sections: Vec<TocEntry> = units
                    .iter()
                    .filter_map(|u| match (u.kind, u.section, u.heading) {
                        (UnitKind::SectionHeading, Some(s), _) => Some(TocEntry {
                            level: 2,
                            label: s.label.clone(),
                            sep: link::label_separator(&s.label),
                            title: s.display_title().to_string(),
                            href: format!("#{}", u.anchor),
                        }),
                        (UnitKind::Heading, _, Some(h)) if u.plan_box.is_none() => Some(TocEntry {
                            level: h.level,
                            label: h.label.clone(),
                            sep: link::label_separator(&h.label),
                            title: h.display_title().to_string(),
                            href: format!("#{}", u.anchor),
                        }),
                        _ => None,
                    })
                    .collect();
                let heading = link::join_label(&ch.label, ch.display_title());
                let mut crumbs = self.plan_crumbs(pl);
                crumbs.push((link::chapter_cite_label(ch), None));
                let mut ctx = self.part_context(plan, &path, &heading, &units, crumbs);
                ctx.insert("plan", &self.plan_info(pl, &path));
                ctx.insert("chapter_id", &link::chapter_anchor(ch));
                ctx.insert(
                    "topics",
                    &self.chapter_topic_links(&plan.slug, ch.number, &path),
                );
                ctx.insert("sections", &sections);
                ctx.insert("items", &pl.items(&path, &units, 1));
                ctx.insert("prev", &(i > 0).then(|| neighbour(&plan.chapters[i - 1])));
                let next = if i + 1 < n {
                    Some(neighbour(&plan.chapters[i + 1]))
                } else {
                    plan.annexes.first().map(|a| annex_link(plan, a, &path))
                };
                ctx.insert("next_is_annex", &(i + 1 >= n && next.is_some()));
                ctx.insert("next", &next);
                ctx.insert(
                    "print_href",
                    &paths::relative(
                        &path,
                        &link::print_page(plan),
                        Some(&link::chapter_anchor(ch)),
                    ),
                );
                Job {
                    path,
                    template: "chapter.html",
                    ctx,
                }
            })
            .collect()
    }

    /// One page per annex (附件), after the chapters in reading order.
    fn annexes(&self, pl: &PlanLinks) -> Vec<Job> {
        let plan = pl.plan;
        let n = plan.annexes.len();
        plan.annexes
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let path = link::annex_page(plan, a);
                let units: Vec<Unit> = pl
                    .units
                    .iter()
                    .filter(|u| u.annex.is_some_and(|x| std::ptr::eq(x, a)))
                    .cloned()
                    .collect();
                let heading = a.heading(&plan.tables);
                let mut crumbs = self.plan_crumbs(pl);
                crumbs.push((link::annex_cite_label(a), None));
                let mut ctx = self.part_context(plan, &path, &heading, &units, crumbs);
                ctx.insert("plan", &self.plan_info(pl, &path));
                ctx.insert("annex_id", &link::annex_anchor(a));
                ctx.insert("items", &pl.items(&path, &units, 1));
                let prev = if i > 0 {
                    Some(annex_link(plan, &plan.annexes[i - 1], &path))
                } else {
                    plan.chapters.last().map(|c| Link {
                        label: c.label.clone(),
                        sep: link::label_separator(&c.label),
                        title: c.display_title().to_string(),
                        href: paths::relative(&path, &link::chapter_page(plan, c), None),
                    })
                };
                ctx.insert("prev_is_chapter", &(i == 0 && prev.is_some()));
                ctx.insert("prev", &prev);
                ctx.insert(
                    "next",
                    &(i + 1 < n).then(|| annex_link(plan, &plan.annexes[i + 1], &path)),
                );
                ctx.insert(
                    "print_href",
                    &paths::relative(&path, &link::print_page(plan), Some(&link::annex_anchor(a))),
                );
                Job {
                    path,
                    template: "annex.html",
                    ctx,
                }
            })
            .collect()
    }

    fn boxes(&self, pl: &PlanLinks) -> Vec<Job> {
        let plan = pl.plan;
        let all = box_units(pl);
        all.iter()
            .enumerate()
            .map(|(k, (i, u))| {
                let bx = u.plan_box.expect("box unit");
                let path = link::box_page(plan, &u.anchor);
                let contents: Vec<Unit> = pl.units[i + 1..]
                    .iter()
                    .take_while(|v| {
                        v.plan_box.is_some_and(|b| std::ptr::eq(b, bx)) && v.kind != UnitKind::Box
                    })
                    .cloned()
                    .collect();
                let neighbour = |(_, v): &(usize, &Unit)| {
                    let b = v.plan_box.expect("box unit");
                    Link {
                        label: b.label.clone(),
                        sep: link::label_separator(&b.label),
                        title: b.title.clone(),
                        href: paths::relative(&path, &link::box_page(plan, &v.anchor), None),
                    }
                };
                let heading = link::join_label(&bx.label, &bx.title);
                let mut crumbs = self.plan_crumbs(pl);
                if let Some(c) = u.chapter {
                    crumbs.push((
                        link::chapter_cite_label(c),
                        Some(link::chapter_page(plan, c)),
                    ));
                }
                crumbs.push((link::box_short_label(bx), None));
                let mut ctx = self.part_context(plan, &path, &heading, &contents, crumbs);
                let place = box_card(pl, u, &path);
                ctx.insert("plan", &self.plan_info(pl, &path));
                ctx.insert("box_id", &u.anchor);
                ctx.insert(
                    "topics",
                    &self.box_topic_links(&plan.slug, &u.anchor, &path),
                );
                ctx.insert("box_label", &bx.label);
                ctx.insert("box_sep", link::label_separator(&bx.label));
                ctx.insert("box_title", &bx.title);
                ctx.insert("place", &place);
                ctx.insert("cite", &pl.cite(&path, &u.page, &u.anchor, &u.citation));
                ctx.insert("notes", &pl.notes_at(&u.anchor));
                ctx.insert("items", &pl.items(&path, &contents, 2));
                ctx.insert("prev", &(k > 0).then(|| neighbour(&all[k - 1])));
                ctx.insert("next", &all.get(k + 1).map(neighbour));
                Job {
                    path,
                    template: "box.html",
                    ctx,
                }
            })
            .collect()
    }

    fn print(&self, pl: &PlanLinks) -> Job {
        let plan = pl.plan;
        let path = link::print_page(plan);
        let notice = region_units(pl, link::Region::Notice);
        let preamble = region_units(pl, link::Region::Preamble);
        let body = region_units(pl, link::Region::Body);
        let mut crumbs = self.plan_crumbs(pl);
        crumbs.push(("全文".into(), None));
        let mut ctx = self.common(
            &path,
            format!("{}（全文）", plan.meta.title),
            seo::description(&format!("《{}》全文，可打印", plan.meta.title)),
            crumbs,
            Some(seo::plan_part(
                plan,
                &plan.meta.title,
                self.url(&link::plan_page(plan)),
                self.url(&path),
            )),
        );
        ctx.insert("plan", &self.plan_info(pl, &path));
        ctx.insert("notice", &pl.items(&path, &notice, 3));
        ctx.insert("preamble", &pl.items(&path, &preamble, 3));
        ctx.insert("items", &pl.items(&path, &body, 2));
        let annex = region_units(pl, link::Region::Annex);
        ctx.insert("annex_items", &pl.items(&path, &annex, 2));
        Job {
            path,
            template: "print.html",
            ctx,
        }
    }

    fn cited(&self, pl: &PlanLinks) -> Job {
        let plan = pl.plan;
        let path = link::cited_page(plan);
        let docs = self.cited_views(&path, &link::cited_documents(plan));
        let mut crumbs = self.plan_crumbs(pl);
        crumbs.push(("引用文件".into(), None));
        let mut ctx = self.common(
            &path,
            format!("引用文件 · {}", plan.meta.title),
            seo::description(&format!(
                "《{}》引用的{}份文件及引用位置",
                plan.meta.title,
                docs.len()
            )),
            crumbs,
            Some(seo::plan_part(
                plan,
                "引用文件",
                self.url(&link::plan_page(plan)),
                self.url(&path),
            )),
        );
        ctx.insert("plan", &self.plan_info(pl, &path));
        ctx.insert("docs", &docs);
        Job {
            path,
            template: "cited.html",
            ctx,
        }
    }

    fn cited_views(&self, from: &str, docs: &[link::CitedDocument]) -> Vec<CitedView> {
        docs.iter()
            .map(|d| CitedView {
                id: d.anchor.clone(),
                title: d.title.clone(),
                places: d
                    .places
                    .iter()
                    .map(|p| CitedPlace {
                        plan_title: self
                            .site
                            .plans
                            .iter()
                            .find(|x| x.slug == p.plan)
                            .map(|x| x.meta.title.clone())
                            .unwrap_or_default(),
                        citation: p.citation.clone(),
                        href: paths::relative(from, &p.page, Some(&p.anchor)),
                    })
                    .collect(),
            })
            .collect()
    }

    fn cited_index(&self) -> Job {
        let path = link::cited_index_page();
        let docs = self.cited_views(&path, &link::cited_across(&self.site.plans));
        let mut ctx = self.common(
            &path,
            "引用文件索引".into(),
            seo::description(&format!("各规划引用的{}份文件及引用位置", docs.len())),
            vec![
                ("首页".into(), Some(link::home_page())),
                ("引用文件".into(), None),
            ],
            None,
        );
        ctx.insert("plan", &Option::<PlanInfo>::None);
        ctx.insert("docs", &docs);
        Job {
            path,
            template: "cited.html",
            ctx,
        }
    }

    fn boxes_index(&self) -> Job {
        #[derive(Serialize)]
        struct PlanBoxes {
            title: String,
            href: String,
            boxes: Vec<BoxCard>,
            /// Sections listing major projects (重大事项), shown for plans without 专栏.
            projects: Vec<Link>,
            projects_in: String,
        }
        let path = link::boxes_index_page();
        let plans: Vec<PlanBoxes> = self
            .plans
            .iter()
            .map(|pl| {
                let projects = link::project_sections(pl.plan);
                PlanBoxes {
                    title: pl.plan.meta.title.clone(),
                    href: paths::relative(&path, &link::plan_page(pl.plan), None),
                    boxes: self.box_cards(pl, &path),
                    projects_in: projects
                        .first()
                        .map(|(c, _)| link::join_label(&c.label, c.display_title()))
                        .unwrap_or_default(),
                    projects: projects
                        .iter()
                        .map(|(c, s)| Link {
                            label: s.label.clone(),
                            sep: link::label_separator(&s.label),
                            title: s.display_title().to_string(),
                            href: paths::relative(
                                &path,
                                &link::chapter_page(pl.plan, c),
                                Some(&link::section_anchor(c, s)),
                            ),
                        })
                        .collect(),
                }
            })
            .collect();
        let count: usize = plans.iter().map(|p| p.boxes.len()).sum();
        let mut ctx = self.common(
            &path,
            "专栏索引".into(),
            seo::description(&format!("各规划的全部{count}个专栏")),
            vec![
                ("首页".into(), Some(link::home_page())),
                ("专栏索引".into(), None),
            ],
            None,
        );
        ctx.insert("plans", &plans);
        Job {
            path,
            template: "boxes.html",
            ctx,
        }
    }

    fn search(&self) -> Job {
        let path = link::search_page();
        let ctx = self.common(
            &path,
            "搜索".into(),
            seo::description(&format!("在{}中搜索", self.config.title)),
            vec![
                ("首页".into(), Some(link::home_page())),
                ("搜索".into(), None),
            ],
            None,
        );
        Job {
            path,
            template: "search.html",
            ctx,
        }
    }

    /// `404.html` is served at any address, so its links are full addresses when the site's
    /// address is known, and relative to the root otherwise.
    pub fn not_found(&self) -> Job {
        let path = "404.html".to_string();
        let mut ctx = self.common(
            &path,
            "页面未找到".into(),
            "页面未找到".into(),
            vec![],
            None,
        );
        ctx.insert("root", self.base().unwrap_or(""));
        let crumbs: Vec<Crumb> = Vec::new();
        ctx.insert("breadcrumbs", &crumbs);
        Job {
            path,
            template: "404.html",
            ctx,
        }
    }
}

/// A 专栏 in a list: its page and where it stands in the text.
fn box_card(pl: &PlanLinks, u: &Unit, from: &str) -> BoxCard {
    let bx = u.plan_box.expect("box unit");
    let mut place = String::new();
    if let Some(c) = u.chapter {
        place.push_str(&link::join_label(&c.label, c.display_title()));
    }
    if let Some(s) = u.section {
        place.push_str(" / ");
        place.push_str(&link::join_label(&s.label, s.display_title()));
    }
    BoxCard {
        id: u.anchor.clone(),
        label: bx.label.clone(),
        sep: link::label_separator(&bx.label),
        title: bx.title.clone(),
        href: paths::relative(from, &link::box_page(pl.plan, &u.anchor), None),
        place,
        place_href: paths::relative(from, &u.page, Some(&u.anchor)),
    }
}

/// A link from `from` to an annex page: caption as label, title after it.
fn annex_link(plan: &Plan, a: &crate::model::Annex, from: &str) -> Link {
    Link {
        label: a.caption.clone(),
        sep: if a.caption.is_empty() || a.title.is_empty() {
            ""
        } else {
            " "
        },
        title: a.title.clone(),
        href: paths::relative(from, &link::annex_page(plan, a), None),
    }
}

/// The box units of a plan with their index in `pl.units`, in document order.
fn box_units<'b, 'a>(pl: &'b PlanLinks<'a>) -> Vec<(usize, &'b Unit<'a>)> {
    pl.units
        .iter()
        .enumerate()
        .filter(|(_, u)| u.kind == UnitKind::Box)
        .collect()
}

fn region_units<'a>(pl: &PlanLinks<'a>, region: link::Region) -> Vec<Unit<'a>> {
    pl.units
        .iter()
        .filter(|u| u.region == region)
        .cloned()
        .collect()
}
