//! What every page shares: the job a page is (path, template, data), the part of its data every
//! template gets ([`Common`]: `root`, `site`, `page_path`, `page`, `breadcrumbs`, `jsonld`, `nav`),
//! and [`SiteLinks`], what the page builders ([`super::pages`], [`super::cross`],
//! [`super::catalogue`]) know about the site. The builders depend on this module; it depends on
//! none of them.

use super::body::PlanLinks;
use super::paths;
use crate::commitments::Commitment;
use crate::config::Config;
use crate::defects::ReaderNote;
use crate::error::{Error, Result};
use crate::link::site_map::{self, Nav};
use crate::model::{Plan, Site};
use crate::topics::{self, Assignment, Taxonomy};
use serde::Serialize;
use serde_json::Value;
use tera::Context;

/// A site-wide list page whose list is over the config's `list_limit` entries, shown as a table
/// of its parts with their counts, each linked to its own list (template `digest.html`), in
/// place of every entry, so the page stays small however many plans the site holds: the 专栏
/// index, the cited-documents index and the commitments page list the plans; the indicator
/// comparison lists its groups, each on a page of its own.
#[derive(Serialize)]
pub struct Digest {
    /// Which list: `boxes`, `cited`, `commitments`, `comparison`, `matrix` or `topic` (the
    /// template words each).
    kind: &'static str,
    /// Entries of the whole list: what the full page would show (专栏 and project sections,
    /// citing paragraphs, commitments, compared indicator rows, cells of the matrix of all plans,
    /// a topic's sections, 专栏 and paragraphs).
    entries: usize,
    /// The config's `list_limit`, which `entries` is over.
    limit: usize,
    rows: Vec<DigestRow>,
    /// The comparison: its matrix of plans × indicators; the comparison and the matrices: the
    /// data of the whole list.
    matrix_href: Option<String>,
    csv_href: Option<String>,
    json_href: Option<String>,
}

#[derive(Serialize)]
struct DigestRow {
    /// A plan's title, a compared indicator's name, or a subject or region.
    title: String,
    /// The plan's overview page, the group's page, or the matrix of the subject or region.
    href: String,
    /// The plan's entries (专栏, cited documents, commitments), the group's members, or the
    /// plans of the subject or region.
    count: usize,
    /// The page of the entries; absent when there are none.
    list_href: Option<String>,
    /// Open-data files of the plan's list.
    data: Vec<DataLink>,
    /// The 专栏 index only: the plan's major-project sections, which the full index lists for a
    /// plan without 专栏.
    projects: usize,
    /// A short note on the row (a group's status: 已核对, 自动匹配,待核对).
    note: Option<&'static str>,
}

impl DigestRow {
    /// A row whose entries are on the page it names (a group's, a matrix's).
    fn to_page(title: &str, href: &str, count: usize, note: Option<&'static str>) -> DigestRow {
        DigestRow {
            title: title.to_string(),
            href: href.to_string(),
            count,
            list_href: Some(href.to_string()),
            data: Vec::new(),
            projects: 0,
            note,
        }
    }
}

#[derive(Serialize)]
struct DataLink {
    label: &'static str,
    href: String,
}

/// One plan's part of a list, for a [`Digest`].
pub struct PlanList {
    pub count: usize,
    /// The site path of the plan's own list.
    pub page: Option<String>,
    /// Open-data files of the plan's list: (label, site path).
    pub data: Vec<(&'static str, String)>,
    /// See `DigestRow::projects`.
    pub projects: usize,
}

impl Digest {
    /// The index of a split comparison: its groups, each linked to its page.
    pub fn of_groups(index: &crate::indicators::pages::GroupIndex, limit: usize) -> Digest {
        Digest {
            kind: "comparison",
            entries: index.entries,
            limit,
            rows: index
                .groups
                .iter()
                .map(|g| DigestRow::to_page(&g.title, &g.href, g.members, Some(g.status_label)))
                .collect(),
            matrix_href: Some(index.matrix_href.clone()),
            csv_href: None,
            json_href: Some(index.json_href.clone()),
        }
    }

    /// The index of the matrices, in place of the matrix of all plans: the other matrices, each
    /// with its number of plans.
    pub fn of_scopes(index: &crate::indicators::matrix::ScopeIndex, limit: usize) -> Digest {
        Digest {
            kind: "matrix",
            entries: index.entries,
            limit,
            rows: index
                .scopes
                .iter()
                .map(|s| DigestRow::to_page(&s.label, &s.href, s.plans, None))
                .collect(),
            matrix_href: None,
            csv_href: Some(index.csv_href.clone()),
            json_href: Some(index.json_href.clone()),
        }
    }
}

/// One page to render.
pub struct Job {
    /// Output path relative to the site root.
    pub path: String,
    pub template: &'static str,
    pub ctx: Context,
}

impl Job {
    /// A page whose data is `common` with `data` flattened beside it.
    pub fn new<T: Serialize>(template: &'static str, common: Common, data: T) -> Result<Job> {
        let path = common.page_path.clone();
        let ctx = Context::from_serialize(Page { common, data })
            .map_err(|e| Error::other(format!("data of {path}: {e}")))?;
        Ok(Job {
            path,
            template,
            ctx,
        })
    }
}

/// The data of a page: the common part and the page kind's own, side by side.
#[derive(Serialize)]
struct Page<T: Serialize> {
    #[serde(flatten)]
    common: Common,
    #[serde(flatten)]
    data: T,
}

/// The site as every page names it.
#[derive(Debug, Clone, Serialize)]
struct SiteView {
    title: String,
    description: String,
    base_url: Option<String>,
}

/// What a page says about itself in its `<head>`.
#[derive(Debug, Clone, Serialize)]
struct PageMeta {
    title: String,
    description: String,
    /// Full address of the page, when the site's address is known.
    canonical: Option<String>,
    og_type: &'static str,
    /// The site's home page (its title is the site's).
    is_home: bool,
}

/// One step of a page's breadcrumbs: its title and, but for the page itself, its link.
#[derive(Debug, Clone, Serialize)]
struct Crumb {
    title: String,
    href: Option<String>,
}

/// The part of its data every page has.
#[derive(Debug, Clone, Serialize)]
pub struct Common {
    /// The way back to the site root from the page (`""`, `"../"`); the site's address on the
    /// 404 page when it is known.
    root: String,
    site: SiteView,
    /// The page's path relative to the site root.
    page_path: String,
    page: PageMeta,
    breadcrumbs: Vec<Crumb>,
    jsonld: Option<Value>,
    /// The site-wide pages and static files, linked from this page.
    nav: Nav,
}

impl Common {
    /// The same page linking to the site's pages from `root` (the site's address, or `""`)
    /// instead of from its own place: for a page served at any address (404).
    pub fn linked_from(self, root: &str) -> Common {
        Common {
            root: root.to_string(),
            nav: Nav::from_root(root),
            ..self
        }
    }
}

/// A breadcrumb trail as the builders write it: each step's title and the page it links to
/// (relative to the site root), `None` for the page itself.
pub type Trail = Vec<(String, Option<String>)>;

/// The trail from the home page: `首页 › …steps`.
pub fn from_home(steps: impl IntoIterator<Item = (String, Option<String>)>) -> Trail {
    let mut t = vec![("首页".to_string(), Some(site_map::home_page()))];
    t.extend(steps);
    t
}

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
            commitments: crate::commitments::extract_site(site),
        }
    }
}

/// Everything the page builders share.
pub struct SiteLinks<'a> {
    pub site: &'a Site,
    pub config: &'a Config,
    pub plans: Vec<PlanLinks<'a>>,
    /// Topics and commitments.
    pub cross: &'a Cross,
}

impl<'a> SiteLinks<'a> {
    /// What the page builders of `site` share; with `only`, the links of those plans alone
    /// (the pages of the others are not made).
    pub fn new(
        site: &'a Site,
        config: &'a Config,
        notes: &'a [Vec<ReaderNote>],
        cross: &'a Cross,
        only: Option<&std::collections::BTreeSet<String>>,
    ) -> Self {
        let plans = site
            .plans
            .iter()
            .zip(notes)
            .filter(|(p, _)| only.is_none_or(|slugs| slugs.contains(&p.slug)))
            .map(|(p, n)| {
                let cited = crate::link::cited_documents(p);
                PlanLinks::new(p, n, &cited, config.base_url.as_deref())
            })
            .collect();
        SiteLinks {
            site,
            config,
            plans,
            cross,
        }
    }

    pub fn base(&self) -> Option<&str> {
        self.config.base_url.as_deref()
    }

    /// The full address of a page, when the site's address is known.
    pub fn url(&self, page: &str) -> Option<String> {
        self.base().map(|b| paths::absolute(b, page, None))
    }

    /// The title of the plan with `slug` (empty when there is none).
    pub fn plan_title(&self, slug: &str) -> String {
        self.site
            .plans
            .iter()
            .find(|p| p.slug == slug)
            .map(|p| p.meta.title.clone())
            .unwrap_or_default()
    }

    /// Whether a site-wide list of `entries` entries is shown as a [`Digest`] (over the config's
    /// `list_limit`) rather than in full.
    pub fn over_list_limit(&self, entries: usize) -> bool {
        entries > self.config.list_limit
    }

    /// A [`Digest`] of the list `kind` on the page `from`: `per_plan` gives, for each plan in
    /// site order, its number of entries, its own list's page (when it has one) and the list's
    /// open-data files (label, path).
    pub fn digest(
        &self,
        kind: &'static str,
        from: &str,
        entries: usize,
        per_plan: impl Fn(usize, &Plan) -> PlanList,
    ) -> Digest {
        let to = |page: &str| paths::relative(from, page, None);
        Digest {
            kind,
            entries,
            limit: self.config.list_limit,
            rows: self
                .site
                .plans
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let list = per_plan(i, p);
                    DigestRow {
                        title: p.meta.title.clone(),
                        href: to(&site_map::plan_page(p)),
                        count: list.count,
                        list_href: list.page.filter(|_| list.count > 0).map(|l| to(&l)),
                        data: list
                            .data
                            .into_iter()
                            .map(|(label, path)| DataLink {
                                label,
                                href: to(&path),
                            })
                            .collect(),
                        projects: list.projects,
                        note: None,
                    }
                })
                .collect(),
            matrix_href: None,
            csv_href: None,
            json_href: None,
        }
    }

    /// The common part of a page's data.
    pub fn common(
        &self,
        path: &str,
        title: String,
        description: String,
        crumbs: Trail,
        jsonld: Option<Value>,
    ) -> Common {
        let root = paths::root_prefix(path);
        Common {
            nav: Nav::from_root(&root),
            root,
            site: SiteView {
                title: self.config.title.clone(),
                description: self.config.description.clone(),
                base_url: self.config.base_url.clone(),
            },
            page_path: path.to_string(),
            page: PageMeta {
                title,
                description,
                canonical: self.url(path),
                og_type: if path == site_map::home_page() {
                    "website"
                } else {
                    "article"
                },
                is_home: path == site_map::home_page(),
            },
            breadcrumbs: crumbs
                .into_iter()
                .map(|(title, to)| Crumb {
                    title,
                    href: to.map(|t| paths::relative(path, &t, None)),
                })
                .collect(),
            jsonld,
        }
    }
}
