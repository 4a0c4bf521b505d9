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
use crate::model::Site;
use crate::topics::{self, Assignment, Taxonomy};
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
    pub fn new(
        site: &'a Site,
        config: &'a Config,
        notes: &'a [Vec<ReaderNote>],
        cross: &'a Cross,
    ) -> Self {
        let plans = site
            .plans
            .iter()
            .zip(notes)
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
