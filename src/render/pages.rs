//! Which pages of the plans the site has and what each template gets: one [`Job`] per page, its
//! data one typed struct per page kind (home, plan overview, chapter, annex, 专栏, print, cited
//! documents, 专栏 index, search, 404) with the [`Common`] part beside it. Links in the data are
//! already relative to the page; every address comes from [`crate::link::site_map`].

use super::body::{CiteView, Item, NoteView, PlanLinks};
use super::catalogue::{Catalogue, HomeCatalogue};
use super::common::{from_home, Common, Job, PlanList, SiteLinks, Trail};
use super::cross::TopicLink;
use super::{paths, seo, theme::templates};
use crate::error::Result;
use crate::link::{self, site_map, Unit, UnitKind};
use crate::model::{Annex, Chapter, Plan};
use serde::Serialize;

#[derive(Serialize)]
struct Link {
    label: String,
    sep: &'static str,
    title: String,
    href: String,
}

impl Link {
    /// A link labelled `label` (`第二章`, `专栏3`), the separator it needs, then `title`.
    fn new(label: &str, title: &str, href: String) -> Link {
        Link {
            label: label.to_string(),
            sep: link::label_separator(label),
            title: title.to_string(),
            href,
        }
    }
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

impl TocEntry {
    /// A heading of level `level` on the same page, linked by its anchor.
    fn new(level: u8, label: &str, title: &str, anchor: &str) -> TocEntry {
        TocEntry {
            level,
            label: label.to_string(),
            sep: link::label_separator(label),
            title: title.to_string(),
            href: format!("#{anchor}"),
        }
    }
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
    /// The plan's indicator page, when a table of the plan lists indicators.
    indicators_href: Option<String>,
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

/// The home page: the plans and the catalogue.
#[derive(Serialize)]
struct HomePage {
    plans: Vec<PlanInfo>,
    #[serde(flatten)]
    catalogue: HomeCatalogue,
}

/// A plan's overview.
#[derive(Serialize)]
struct OverviewPage {
    plan: PlanInfo,
    /// The heading of the notice: 印发通知, or 批复.
    notice_name: &'static str,
    notice: Vec<Item>,
    /// The heading of the preamble, when there is one: the name it opens with (前言), or 引言.
    preamble_name: Option<String>,
    preamble: Vec<Item>,
    toc: Vec<TocChapter>,
    annexes: Vec<Link>,
    boxes: Vec<BoxCard>,
    tables: Vec<Link>,
    notes: Vec<NoteEntry>,
}

/// A chapter's page.
#[derive(Serialize)]
struct ChapterPage {
    plan: PlanInfo,
    chapter_id: String,
    topics: Vec<TopicLink>,
    sections: Vec<TocEntry>,
    items: Vec<Item>,
    prev: Option<Link>,
    /// The next page is the first annex, after the last chapter.
    next_is_annex: bool,
    /// What that annex is called (`附件`, `附表`: [`link::annex_word`]).
    next_annex_word: &'static str,
    next: Option<Link>,
    print_href: String,
}

/// An annex's page.
#[derive(Serialize)]
struct AnnexPage {
    plan: PlanInfo,
    annex_id: String,
    items: Vec<Item>,
    /// The previous page is the last chapter, before the first annex.
    prev_is_chapter: bool,
    prev: Option<Link>,
    next: Option<Link>,
    /// What the previous and the next annex are called (`附件`, `附表`: [`link::annex_word`]).
    prev_word: &'static str,
    next_word: &'static str,
    /// The annex is an appended figure (`附图：…`), whose image the text does not have.
    figure: bool,
    print_href: String,
}

/// A 专栏's page.
#[derive(Serialize)]
struct BoxPage {
    plan: PlanInfo,
    box_id: String,
    topics: Vec<TopicLink>,
    box_label: String,
    box_sep: &'static str,
    box_title: String,
    place: BoxCard,
    cite: CiteView,
    notes: Vec<NoteView>,
    items: Vec<Item>,
    prev: Option<Link>,
    next: Option<Link>,
}

/// The printable whole plan.
#[derive(Serialize)]
struct PrintPage {
    plan: PlanInfo,
    /// The heading of the notice: 印发通知, or 批复.
    notice_name: &'static str,
    notice: Vec<Item>,
    /// The heading of the preamble, when there is one: the name it opens with (前言), or 引言.
    preamble_name: Option<String>,
    preamble: Vec<Item>,
    items: Vec<Item>,
    annex_items: Vec<Item>,
}

/// The documents one plan cites (`plan` set), or every plan cites.
#[derive(Serialize)]
struct CitedPage {
    plan: Option<PlanInfo>,
    docs: Vec<CitedView>,
}

/// Every 专栏 of every plan.
#[derive(Serialize)]
struct BoxesPage {
    plans: Vec<PlanBoxes>,
}

#[derive(Serialize)]
struct PlanBoxes {
    title: String,
    href: String,
    boxes: Vec<BoxCard>,
    /// Sections listing major projects (重大事项), shown for plans without 专栏.
    projects: Vec<Link>,
    projects_in: String,
}

/// A page with nothing but the common part (search, 404).
#[derive(Serialize)]
struct NoData {}

impl SiteLinks<'_> {
    /// The common part of a page that shows one part of a plan (a chapter, a 专栏, the whole):
    /// `heading` in the title, `description`, schema.org data of the part.
    fn part_common(
        &self,
        plan: &Plan,
        path: &str,
        (title, heading): (String, &str),
        description: &str,
        crumbs: Trail,
    ) -> Common {
        self.common(
            path,
            title,
            seo::description(description),
            crumbs,
            Some(seo::plan_part(
                plan,
                heading,
                self.url(&site_map::plan_page(plan)),
                self.url(path),
            )),
        )
    }

    /// [`Self::part_common`] for a chapter, an annex or a 专栏: titled `heading · plan`, described
    /// by its first paragraph.
    fn section_common(
        &self,
        plan: &Plan,
        path: &str,
        heading: &str,
        units: &[Unit],
        crumbs: Trail,
    ) -> Common {
        let first_text = units
            .iter()
            .find(|u| u.kind == UnitKind::Paragraph)
            .map(|u| u.text.as_str())
            .unwrap_or("");
        self.part_common(
            plan,
            path,
            (format!("{heading} · {}", plan.meta.title), heading),
            &format!("{heading}：{first_text}"),
            crumbs,
        )
    }

    /// The site-wide lists: home, 专栏 index, cited documents, search.
    pub fn site_jobs(&self, catalogue: &Catalogue) -> Result<Vec<Job>> {
        Ok(vec![
            self.home(catalogue)?,
            self.boxes_index()?,
            self.cited_index()?,
            self.search()?,
        ])
    }

    /// Every page of one plan, in a fixed order. The build makes them a plan at a time, so
    /// memory holds the page data of the plans being rendered, not of the site.
    pub fn plan_jobs(&self, pl: &PlanLinks) -> Result<Vec<Job>> {
        let mut jobs = vec![self.overview(pl)?];
        for (i, ch) in pl.plan.chapters.iter().enumerate() {
            jobs.push(self.chapter(pl, i, ch)?);
        }
        for (i, a) in pl.plan.annexes.iter().enumerate() {
            jobs.push(self.annex(pl, i, a)?);
        }
        jobs.extend(self.boxes(pl)?);
        jobs.push(self.print(pl)?);
        jobs.push(self.cited(pl)?);
        Ok(jobs)
    }

    /// Paths of the pages worth listing in the sitemap.
    pub fn sitemap_pages(jobs: &[Job]) -> Vec<String> {
        jobs.iter()
            .filter(|j| j.template != templates::SEARCH && j.template != templates::NOT_FOUND)
            .map(|j| j.path.clone())
            .collect()
    }

    fn plan_info(&self, pl: &PlanLinks, from: &str) -> PlanInfo {
        let p = pl.plan;
        let m = &p.meta;
        let to = |page: String| paths::relative(from, &page, None);
        PlanInfo {
            slug: p.slug.clone(),
            title: m.title.clone(),
            issuers: m.issuers.clone(),
            doc_number: m.doc_number.clone(),
            date: m.date.clone(),
            source: m.source.clone(),
            // The page's source line as written, without the page's chrome (`浏览量:18`).
            source_line: m.source_line.as_ref().map(|l| {
                m.chrome
                    .iter()
                    .fold(l.clone(), |l, c| l.replace(c.as_str(), ""))
                    .trim_matches(crate::text::is_space)
                    .to_string()
            }),
            draft: m.draft,
            draft_label: m.draft_label.clone(),
            series: m.series.clone(),
            cover_date: m.cover_date.clone(),
            chapters: p.chapters.len(),
            boxes: box_units(pl).len(),
            href: to(site_map::plan_page(p)),
            print_href: to(site_map::print_page(p)),
            cited_href: to(site_map::cited_page(p)),
            commitments_href: to(site_map::commitments_page(&p.slug)),
            indicators_href: pl
                .has_indicators
                .then(|| to(site_map::indicators_page(&p.slug))),
        }
    }

    fn home(&self, catalogue: &Catalogue) -> Result<Job> {
        let path = site_map::home_page();
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
        let common = self.common(
            &path,
            self.config.title.clone(),
            seo::description(&desc),
            vec![("首页".into(), None)],
            Some(seo::website(self.config)),
        );
        let catalogue = catalogue.home(&path);
        Job::new(templates::INDEX, common, HomePage { plans, catalogue })
    }

    fn plan_crumbs(&self, pl: &PlanLinks) -> Trail {
        from_home([(
            pl.plan.meta.title.clone(),
            Some(site_map::plan_page(pl.plan)),
        )])
    }

    /// The trail to a page of a plan: `首页 › plan › here`.
    fn plan_crumbs_to(&self, pl: &PlanLinks, here: String) -> Trail {
        let mut t = self.plan_crumbs(pl);
        t.push((here, None));
        t
    }

    fn overview(&self, pl: &PlanLinks) -> Result<Job> {
        let plan = pl.plan;
        let path = site_map::plan_page(plan);
        let notice: Vec<Unit> = region_units(pl, link::Region::Notice);
        let toc: Vec<TocChapter> = plan
            .chapters
            .iter()
            .map(|ch| {
                let page = site_map::chapter_page(plan, ch);
                TocChapter {
                    label: ch.label.clone(),
                    sep: link::label_separator(&ch.label),
                    title: ch.display_title().to_string(),
                    href: paths::relative(&path, &page, None),
                    sections: ch
                        .sections
                        .iter()
                        .map(|s| {
                            Link::new(
                                &s.label,
                                s.display_title(),
                                paths::relative(&path, &page, Some(&link::section_anchor(ch, s))),
                            )
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
                title: link::unit_table_name(u),
                href: paths::relative(&path, &u.page, Some(&u.anchor)),
            })
            .collect();
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
        let common = self.common(
            &path,
            m.title.clone(),
            seo::description(&desc),
            crumbs,
            Some(seo::plan_overview(plan, self.url(&path))),
        );
        let data = OverviewPage {
            plan: self.plan_info(pl, &path),
            notice_name: link::notice_name(plan),
            notice: pl.items(&path, &notice, 3),
            preamble_name: (!plan.preamble.is_empty()).then(|| link::preamble_name(plan)),
            preamble: preamble_items(pl, &path),
            toc,
            annexes: plan
                .annexes
                .iter()
                .map(|a| annex_link(plan, a, &path))
                .collect(),
            boxes: self.box_cards(pl, &path),
            tables,
            notes: self.note_entries(pl, &path),
        };
        Job::new(templates::PLAN, common, data)
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
                    let v = NoteView::from(*n);
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

    /// The page of chapter `i`.
    fn chapter(&self, pl: &PlanLinks, i: usize, ch: &Chapter) -> Result<Job> {
        let plan = pl.plan;
        let n = plan.chapters.len();
        let path = site_map::chapter_page(plan, ch);
        let units = units_where(pl, |u| u.chapter.is_some_and(|c| std::ptr::eq(c, ch)));
        let sections: Vec<TocEntry> = units
            .iter()
            .filter_map(|u| match (u.kind, u.section, u.heading) {
                (UnitKind::SectionHeading, Some(s), _) => {
                    Some(TocEntry::new(2, &s.label, s.display_title(), &u.anchor))
                }
                (UnitKind::Heading, _, Some(h)) if u.plan_box.is_none() => Some(TocEntry::new(
                    h.level,
                    &h.label,
                    h.display_title(),
                    &u.anchor,
                )),
                _ => None,
            })
            .collect();
        let heading = link::join_label(&ch.label, ch.display_title());
        let crumbs = self.plan_crumbs_to(pl, link::chapter_cite_label(ch));
        let common = self.section_common(plan, &path, &heading, &units, crumbs);
        let next = if i + 1 < n {
            Some(chapter_link(plan, &plan.chapters[i + 1], &path))
        } else {
            plan.annexes.first().map(|a| annex_link(plan, a, &path))
        };
        let data = ChapterPage {
            plan: self.plan_info(pl, &path),
            chapter_id: link::chapter_anchor(ch),
            topics: self.chapter_topic_links(&plan.slug, ch.number, &path),
            sections,
            items: pl.items(&path, &units, 1),
            prev: (i > 0).then(|| chapter_link(plan, &plan.chapters[i - 1], &path)),
            next_is_annex: i + 1 >= n && next.is_some(),
            next_annex_word: plan.annexes.first().map_or("附件", link::annex_word),
            next,
            print_href: in_print(plan, &path, &link::chapter_anchor(ch)),
        };
        Job::new(templates::CHAPTER, common, data)
    }

    /// The page of annex (附件) `i`; annexes follow the chapters in reading order.
    fn annex(&self, pl: &PlanLinks, i: usize, a: &Annex) -> Result<Job> {
        let plan = pl.plan;
        let n = plan.annexes.len();
        let path = site_map::annex_page(plan, a);
        let units = units_where(pl, |u| u.annex.is_some_and(|x| std::ptr::eq(x, a)));
        let heading = a.heading(&plan.tables);
        let crumbs = self.plan_crumbs_to(pl, link::annex_cite_label(a));
        let common = self.section_common(plan, &path, &heading, &units, crumbs);
        let prev = if i > 0 {
            Some(annex_link(plan, &plan.annexes[i - 1], &path))
        } else {
            plan.chapters.last().map(|c| chapter_link(plan, c, &path))
        };
        let data = AnnexPage {
            plan: self.plan_info(pl, &path),
            annex_id: link::annex_anchor(a),
            items: pl.items(&path, &units, 1),
            prev_is_chapter: i == 0 && prev.is_some(),
            prev,
            next: (i + 1 < n).then(|| annex_link(plan, &plan.annexes[i + 1], &path)),
            prev_word: i
                .checked_sub(1)
                .and_then(|p| plan.annexes.get(p))
                .map_or("附件", link::annex_word),
            next_word: plan.annexes.get(i + 1).map_or("附件", link::annex_word),
            figure: link::annex_word(a) == "附图",
            print_href: in_print(plan, &path, &link::annex_anchor(a)),
        };
        Job::new(templates::ANNEX, common, data)
    }

    fn boxes(&self, pl: &PlanLinks) -> Result<Vec<Job>> {
        let plan = pl.plan;
        let all = box_units(pl);
        let mut jobs = Vec::new();
        for (k, (i, u)) in all.iter().enumerate() {
            let Some(bx) = u.plan_box else {
                continue;
            };
            let path = site_map::box_page(plan, &u.anchor);
            let contents: Vec<Unit> = pl.units[i + 1..]
                .iter()
                .take_while(|v| {
                    v.plan_box.is_some_and(|b| std::ptr::eq(b, bx)) && v.kind != UnitKind::Box
                })
                .cloned()
                .collect();
            let neighbour = |(_, v): &(usize, &Unit)| {
                v.plan_box.map(|b| {
                    Link::new(
                        &b.label,
                        &b.title,
                        paths::relative(&path, &site_map::box_page(plan, &v.anchor), None),
                    )
                })
            };
            let heading = link::join_label(&bx.label, &bx.title);
            let mut crumbs = self.plan_crumbs(pl);
            if let Some(c) = u.chapter {
                crumbs.push((
                    link::chapter_cite_label(c),
                    Some(site_map::chapter_page(plan, c)),
                ));
            }
            crumbs.push((link::box_short_label(bx), None));
            let common = self.section_common(plan, &path, &heading, &contents, crumbs);
            let data = BoxPage {
                plan: self.plan_info(pl, &path),
                box_id: u.anchor.clone(),
                topics: self.box_topic_links(&plan.slug, &u.anchor, &path),
                box_label: bx.label.clone(),
                box_sep: link::label_separator(&bx.label),
                box_title: bx.title.clone(),
                place: box_card(pl, u, &path),
                cite: pl.cite(&path, &u.page, &u.anchor, &u.citation),
                notes: pl.notes_at(&u.anchor),
                items: pl.items(&path, &contents, 2),
                prev: k.checked_sub(1).and_then(|j| neighbour(&all[j])),
                next: all.get(k + 1).and_then(neighbour),
            };
            jobs.push(Job::new(templates::BOX, common, data)?);
        }
        Ok(jobs)
    }

    fn print(&self, pl: &PlanLinks) -> Result<Job> {
        let plan = pl.plan;
        let path = site_map::print_page(plan);
        let crumbs = self.plan_crumbs_to(pl, "全文".into());
        let common = self.part_common(
            plan,
            &path,
            (format!("{}（全文）", plan.meta.title), &plan.meta.title),
            &format!("《{}》全文，可打印", plan.meta.title),
            crumbs,
        );
        let items = |region, base| pl.items(&path, &region_units(pl, region), base);
        let data = PrintPage {
            plan: self.plan_info(pl, &path),
            notice_name: link::notice_name(plan),
            notice: items(link::Region::Notice, 3),
            preamble_name: (!plan.preamble.is_empty()).then(|| link::preamble_name(plan)),
            preamble: preamble_items(pl, &path),
            items: items(link::Region::Body, 2),
            annex_items: items(link::Region::Annex, 2),
        };
        Job::new(templates::PRINT, common, data)
    }

    fn cited(&self, pl: &PlanLinks) -> Result<Job> {
        let plan = pl.plan;
        let path = site_map::cited_page(plan);
        let docs = self.cited_views(&path, &link::cited_documents(plan));
        let crumbs = self.plan_crumbs_to(pl, "引用文件".into());
        let common = self.part_common(
            plan,
            &path,
            (format!("引用文件 · {}", plan.meta.title), "引用文件"),
            &format!(
                "《{}》引用的{}份文件及引用位置",
                plan.meta.title,
                docs.len()
            ),
            crumbs,
        );
        let data = CitedPage {
            plan: Some(self.plan_info(pl, &path)),
            docs,
        };
        Job::new(templates::CITED, common, data)
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
                        plan_title: self.plan_title(&p.plan),
                        citation: p.citation.clone(),
                        href: paths::relative(from, &p.page, Some(&p.anchor)),
                    })
                    .collect(),
            })
            .collect()
    }

    /// A page of the whole site, below the home page: `首页 › crumb`.
    fn site_page<T: Serialize>(
        &self,
        (path, template): (String, &'static str),
        (title, crumb): (&str, &str),
        description: &str,
        data: T,
    ) -> Result<Job> {
        let common = self.common(
            &path,
            title.into(),
            seo::description(description),
            from_home([(crumb.into(), None)]),
            None,
        );
        Job::new(template, common, data)
    }

    fn cited_index(&self) -> Result<Job> {
        let path = site_map::cited_index_page();
        let across = link::cited_across(&self.site.plans);
        let description = format!("各规划引用的{}份文件及引用位置", across.len());
        let page = (path, templates::CITED);
        let titles = ("引用文件索引", "引用文件");
        let places: usize = across.iter().map(|d| d.places.len()).sum();
        if self.over_list_limit(places) {
            // Per plan, the documents it cites: those with a citing paragraph in it.
            let mut cited = std::collections::HashMap::<&str, usize>::new();
            for d in &across {
                let mut plans: Vec<&str> = d.places.iter().map(|p| p.plan.as_str()).collect();
                plans.dedup();
                for p in plans {
                    *cited.entry(p).or_default() += 1;
                }
            }
            let digest = self.digest("cited", &page.0, places, |_, p| PlanList {
                count: cited.get(p.slug.as_str()).copied().unwrap_or(0),
                page: Some(site_map::cited_page(p)),
                data: vec![],
                projects: 0,
            });
            return self.site_page((page.0, templates::DIGEST), titles, &description, digest);
        }
        let docs = self.cited_views(&page.0, &across);
        self.site_page(page, titles, &description, CitedPage { plan: None, docs })
    }

    fn boxes_index(&self) -> Result<Job> {
        let path = site_map::boxes_index_page();
        // The index lists a plan's 专栏, or for a plan without any its major-project sections:
        // per plan (专栏, project sections listed).
        let counts: Vec<(usize, usize)> = self
            .plans
            .iter()
            .map(|pl| match box_units(pl).len() {
                0 => (0, link::project_sections(pl.plan).len()),
                n => (n, 0),
            })
            .collect();
        let entries: usize = counts.iter().map(|(b, p)| b + p).sum();
        if self.over_list_limit(entries) {
            let boxes: usize = counts.iter().map(|(b, _)| b).sum();
            let digest = self.digest("boxes", &path, entries, |i, p| {
                let (count, projects) = counts.get(i).copied().unwrap_or_default();
                PlanList {
                    count,
                    page: Some(site_map::plan_page(p)),
                    data: vec![],
                    projects,
                }
            });
            return self.site_page(
                (path, templates::DIGEST),
                ("专栏索引", "专栏索引"),
                &format!("各规划的全部{boxes}个专栏"),
                digest,
            );
        }
        let plans: Vec<PlanBoxes> = self
            .plans
            .iter()
            .map(|pl| {
                let projects = link::project_sections(pl.plan);
                PlanBoxes {
                    title: pl.plan.meta.title.clone(),
                    href: paths::relative(&path, &site_map::plan_page(pl.plan), None),
                    boxes: self.box_cards(pl, &path),
                    projects_in: projects
                        .first()
                        .map(|(c, _)| link::join_label(&c.label, c.display_title()))
                        .unwrap_or_default(),
                    projects: projects
                        .iter()
                        .map(|(c, s)| {
                            Link::new(
                                &s.label,
                                s.display_title(),
                                paths::relative(
                                    &path,
                                    &site_map::chapter_page(pl.plan, c),
                                    Some(&link::section_anchor(c, s)),
                                ),
                            )
                        })
                        .collect(),
                }
            })
            .collect();
        let count: usize = plans.iter().map(|p| p.boxes.len()).sum();
        self.site_page(
            (path, templates::BOXES),
            ("专栏索引", "专栏索引"),
            &format!("各规划的全部{count}个专栏"),
            BoxesPage { plans },
        )
    }

    fn search(&self) -> Result<Job> {
        self.site_page(
            (site_map::search_page(), templates::SEARCH),
            ("搜索", "搜索"),
            &format!("在{}中搜索", self.config.title),
            NoData {},
        )
    }

    /// `404.html` is served at any address, so its links are full addresses when the site's
    /// address is known, and relative to the root otherwise.
    pub fn not_found(&self) -> Result<Job> {
        let common = self
            .common(
                site_map::NOT_FOUND_PAGE,
                "页面未找到".into(),
                "页面未找到".into(),
                vec![],
                None,
            )
            .linked_from(self.base().unwrap_or(""));
        Job::new(templates::NOT_FOUND, common, NoData {})
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
        href: paths::relative(from, &site_map::box_page(pl.plan, &u.anchor), None),
        place,
        place_href: paths::relative(from, &u.page, Some(&u.anchor)),
    }
}

/// A link from `from` to a chapter page.
fn chapter_link(plan: &Plan, c: &Chapter, from: &str) -> Link {
    Link::new(
        &c.label,
        c.display_title(),
        paths::relative(from, &site_map::chapter_page(plan, c), None),
    )
}

/// A link from `from` to an annex page: caption as label, title after it (under a bare caption,
/// the caption of the table the annex opens with).
fn annex_link(plan: &Plan, a: &Annex, from: &str) -> Link {
    let title = a.shown_title(&plan.tables).unwrap_or_default();
    Link {
        label: a.caption.clone(),
        sep: if title.is_empty() {
            ""
        } else {
            link::label_separator(&a.caption)
        },
        title: title.to_string(),
        href: paths::relative(from, &site_map::annex_page(plan, a), None),
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

/// The preamble's items on page `path`, without its heading, which the page sets itself.
fn preamble_items(pl: &PlanLinks, path: &str) -> Vec<Item> {
    let units: Vec<Unit> = region_units(pl, link::Region::Preamble)
        .into_iter()
        .filter(|u| u.anchor != link::PREAMBLE_HEADING)
        .collect();
    pl.items(path, &units, 3)
}

fn region_units<'a>(pl: &PlanLinks<'a>, region: link::Region) -> Vec<Unit<'a>> {
    units_where(pl, |u| u.region == region)
}

/// The units of a plan `keep` selects, in document order.
fn units_where<'a>(pl: &PlanLinks<'a>, keep: impl Fn(&Unit) -> bool) -> Vec<Unit<'a>> {
    pl.units.iter().filter(|u| keep(u)).cloned().collect()
}

/// A link from `from` to a place (`anchor`) in the plan's printable whole-plan view.
fn in_print(plan: &Plan, from: &str, anchor: &str) -> String {
    paths::relative(from, &site_map::print_page(plan), Some(anchor))
}
