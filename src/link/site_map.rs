//! The site's address book: the path of every file the build writes and every page a page links
//! to, relative to the site root and `/`-separated (`beijing-hrss-14th/ch2.html`,
//! `topics/index.html`, `static/style.css`), and the top-level names the site keeps for itself.
//!
//! Rules: no other module spells a page's file name or a reserved folder (a test below reads the
//! sources and the templates to keep it so); templates get every address from their page data.
//! Links between pages are made relative to the page that holds them ([`relative`]), so a site
//! works at a domain root, under any sub-path and from `file://`. No I/O, no HTML.

use crate::model::{Annex, Chapter, Plan};

/// Folder of the theme's static files (style sheets, scripts, icons).
pub const STATIC_DIR: &str = "static";
/// Folder of the browser search index.
pub const SEARCH_DIR: &str = "search";
/// Folder of site-wide open data (and, inside a plan's folder, of the plan's).
pub const DATA_DIR: &str = "data";
/// Folder of the topic pages.
pub const TOPICS_DIR: &str = "topics";
/// Folder of the catalogue's facet pages.
pub const CATALOGUE_DIR: &str = "catalogue";
/// Folder of the indicator matrix pages.
pub const MATRIX_DIR: &str = "matrix";
/// Folder of the charts (site-wide, and inside a plan's folder).
pub const CHARTS_DIR: &str = "charts";
/// Folder of the comparison's group pages (a comparison over the config's `list_limit`).
pub const COMPARE_DIR: &str = "compare";

/// Top-level folders of the site: a plan's slug (its folder) must not be one of them.
pub const RESERVED_DIRS: [&str; 8] = [
    STATIC_DIR,
    SEARCH_DIR,
    DATA_DIR,
    TOPICS_DIR,
    CATALOGUE_DIR,
    MATRIX_DIR,
    CHARTS_DIR,
    COMPARE_DIR,
];

/// The file a folder's address serves (`p/` is `p/index.html`).
pub const INDEX_FILE: &str = "index.html";
/// The page served for an address that names nothing.
pub const NOT_FOUND_PAGE: &str = "404.html";
/// The machine-readable catalogue.
pub const PLANS_JSON: &str = "plans.json";
/// The Atom feed of the plans.
pub const FEED: &str = "feed.xml";
/// The sitemap for crawlers.
pub const SITEMAP: &str = "sitemap.xml";
/// The crawler rules.
pub const ROBOTS: &str = "robots.txt";
/// The cross-plan indicator comparison.
pub const COMPARISON_PAGE: &str = "indicators.html";

// --- pages of the whole site ---

/// The site's home: the catalogue of plans.
pub fn home_page() -> String {
    INDEX_FILE.into()
}

/// Every 专栏 of every plan.
pub fn boxes_index_page() -> String {
    "boxes.html".into()
}

/// The documents cited by every plan.
pub fn cited_index_page() -> String {
    "cited.html".into()
}

/// The full-text search.
pub fn search_page() -> String {
    "search.html".into()
}

/// The index of the topics.
pub fn topics_index_page() -> String {
    format!("{TOPICS_DIR}/{INDEX_FILE}")
}

/// The page of one topic.
pub fn topic_page(id: &str) -> String {
    format!("{TOPICS_DIR}/{id}.html")
}

/// The page of topic `id` for one plan, when the topic is too long for one page.
pub fn topic_plan_page(id: &str, slug: &str) -> String {
    format!("{TOPICS_DIR}/{id}/{slug}.html")
}

/// The plan whose own page `page` is (a page in the plan's folder, or its page of a topic), or
/// `None` for a page of the whole site. After an edit inside plans' folders, `plansite serve`
/// writes no file but those plans' own before the whole build.
pub fn plan_of_page(page: &str) -> Option<&str> {
    let mut parts = page.split('/');
    let first = parts.next()?;
    let second = parts.next()?;
    if first == TOPICS_DIR {
        let third = parts.next()?;
        return match parts.next() {
            None => third.strip_suffix(".html").filter(|s| !s.is_empty()),
            Some(_) => None,
        };
    }
    (!RESERVED_DIRS.contains(&first) && !first.is_empty() && !second.is_empty()).then_some(first)
}

/// The combined commitments page.
pub fn commitments_index_page() -> String {
    "commitments.html".into()
}

/// The page of one value of a catalogue facet (`period-14`, `region-1a2b3c4d`).
pub fn catalogue_page(key: &str) -> String {
    format!("{CATALOGUE_DIR}/{key}.html")
}

// --- pages and files of one plan ---

/// The plan's overview.
pub fn plan_page(plan: &Plan) -> String {
    plan_index(&plan.slug)
}

/// The overview of the plan with `slug`.
pub fn plan_index(slug: &str) -> String {
    plan_file(slug, INDEX_FILE)
}

/// A chapter's page.
pub fn chapter_page(plan: &Plan, ch: &Chapter) -> String {
    plan_file(&plan.slug, &format!("{}.html", super::chapter_anchor(ch)))
}

/// An annex's page.
pub fn annex_page(plan: &Plan, a: &Annex) -> String {
    plan_file(&plan.slug, &format!("{}.html", super::annex_anchor(a)))
}

/// A 专栏's page.
pub fn box_page(plan: &Plan, box_id: &str) -> String {
    plan_file(&plan.slug, &format!("{box_id}.html"))
}

/// The printable whole-plan view.
pub fn print_page(plan: &Plan) -> String {
    plan_file(&plan.slug, "print.html")
}

/// The documents one plan cites (《…》), each with the paragraphs that cite it.
pub fn cited_page(plan: &Plan) -> String {
    plan_file(&plan.slug, "cited.html")
}

/// A plan's commitments page.
pub fn commitments_page(slug: &str) -> String {
    plan_file(slug, "commitments.html")
}

/// A plan's commitments as open data (`csv` or `json`).
pub fn commitments_data(slug: &str, ext: &str) -> String {
    plan_file(slug, &format!("{DATA_DIR}/commitments.{ext}"))
}

/// A plan's indicators page.
pub fn indicators_page(slug: &str) -> String {
    plan_file(slug, "indicators.html")
}

/// A plan's results page (verdicts of its results tables).
pub fn results_page(slug: &str) -> String {
    plan_file(slug, "results.html")
}

/// Every indicator table of a plan as one JSON file.
pub fn plan_indicators_data(slug: &str) -> String {
    plan_file(slug, &format!("{DATA_DIR}/indicators.json"))
}

/// The data files of one indicator table (`csv` or `json`).
pub fn table_data(slug: &str, table: &str, ext: &str) -> String {
    plan_file(slug, &format!("{DATA_DIR}/indicators-{table}.{ext}"))
}

/// The chart of a results row.
pub fn row_chart(slug: &str, anchor: &str) -> String {
    plan_file(slug, &format!("{CHARTS_DIR}/{anchor}.svg"))
}

fn plan_file(slug: &str, name: &str) -> String {
    format!("{slug}/{name}")
}

// --- indicators across plans ---

/// The page of an aligned group (`g3`), when the comparison is too long for one page.
pub fn comparison_group_page(group_id: &str) -> String {
    format!("{COMPARE_DIR}/{group_id}.html")
}

/// The chart of an aligned group (`g3`).
pub fn group_chart(group_id: &str) -> String {
    format!("{CHARTS_DIR}/compare-{group_id}.svg")
}

/// The aligned groups of the comparison as JSON.
pub fn alignment_data() -> String {
    format!("{DATA_DIR}/indicator-alignment.json")
}

/// A matrix page: `all` is the matrix of every plan, the others are per subject or region.
pub fn matrix_page(key: &str) -> String {
    if key == "all" {
        format!("{MATRIX_DIR}/{INDEX_FILE}")
    } else {
        format!("{MATRIX_DIR}/{key}.html")
    }
}

/// The data file of a matrix (`csv` or `json`).
pub fn matrix_data(key: &str, ext: &str) -> String {
    format!("{DATA_DIR}/matrix-{key}.{ext}")
}

// --- files of the theme and of the search index ---

/// A static file of the theme, by its path under `static/`.
pub fn static_file(rel: &str) -> String {
    format!("{STATIC_DIR}/{rel}")
}

/// A file of the search index, by its path under `search/`.
pub fn search_file(rel: &str) -> String {
    format!("{SEARCH_DIR}/{rel}")
}

/// The site-wide pages every page links to from its header, and the theme's static files, as
/// links from a page whose way back to the root is `root` (`""`, `"../"`, or the site's address
/// on the 404 page).
#[derive(Debug, Clone, serde::Serialize)]
pub struct Nav {
    pub home: String,
    pub boxes: String,
    pub cited: String,
    pub comparison: String,
    pub topics: String,
    pub commitments: String,
    pub search: String,
    /// The search index's meta data (`search/meta.js`), which the search page requests together
    /// with the client.
    pub search_meta: String,
    /// Static files by name: `style_css`, `cite_js`, `favicon_svg` …
    pub assets: Assets,
}

/// The theme's static files a page may load.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Assets {
    pub favicon_svg: String,
    pub style_css: String,
    pub cross_css: String,
    pub indicators_css: String,
    pub search_css: String,
    pub cite_js: String,
    pub plansite_js: String,
    pub catalogue_js: String,
    pub search_js: String,
    /// The search page and the marks of a hit's words, loaded after `search_js`.
    pub search_page_js: String,
}

impl Nav {
    /// The links from a page whose way back to the root is `root`.
    pub fn from_root(root: &str) -> Nav {
        let to = |page: String| format!("{root}{page}");
        let asset = |name: &str| to(static_file(name));
        Nav {
            home: to(home_page()),
            boxes: to(boxes_index_page()),
            cited: to(cited_index_page()),
            comparison: to(COMPARISON_PAGE.into()),
            topics: to(topics_index_page()),
            commitments: to(commitments_index_page()),
            search: to(search_page()),
            search_meta: to(search_file("meta.js")),
            assets: Assets {
                favicon_svg: asset("favicon.svg"),
                style_css: asset("style.css"),
                cross_css: asset("cross.css"),
                indicators_css: asset("indicators.css"),
                search_css: asset("search.css"),
                cite_js: asset("cite.js"),
                plansite_js: asset("plansite.js"),
                catalogue_js: asset("catalogue.js"),
                search_js: asset("search.js"),
                search_page_js: asset("search-page.js"),
            },
        }
    }
}

// --- links between pages ---

/// Prefix from `page` back to the root: `""` or `"../"`….
pub fn root_prefix(page: &str) -> String {
    "../".repeat(page.matches('/').count())
}

/// Link from page `from` to page `to` (both relative to the site root), optionally with a fragment.
/// A link to the same page is the bare fragment (`#ch2-s1-p3`).
pub fn relative(from: &str, to: &str, fragment: Option<&str>) -> String {
    let frag = fragment.map(|f| format!("#{f}")).unwrap_or_default();
    if from == to && fragment.is_some() {
        return frag;
    }
    let from_dir: Vec<&str> = from.split('/').collect();
    let from_dir = &from_dir[..from_dir.len() - 1];
    let to_parts: Vec<&str> = to.split('/').collect();
    let (to_dir, to_file) = to_parts.split_at(to_parts.len() - 1);
    let common = from_dir
        .iter()
        .zip(to_dir)
        .take_while(|(a, b)| a == b)
        .count();
    let mut out = "../".repeat(from_dir.len() - common);
    for d in &to_dir[common..] {
        out.push_str(d);
        out.push('/');
    }
    out.push_str(to_file.first().copied().unwrap_or_default());
    out.push_str(&frag);
    out
}

/// Full address of a page when the site's public address is known.
pub fn absolute(base_url: &str, page: &str, fragment: Option<&str>) -> String {
    match fragment {
        Some(f) => format!("{base_url}{page}#{f}"),
        None => format!("{base_url}{page}"),
    }
}

#[cfg(test)]
mod tests;
