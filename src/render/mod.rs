//! Render: the plan model → the static site, through one build runner ([`render`]). Each stage
//! hands over the files it makes: the pages of the plans, topics, commitments and catalogue
//! ([`common`] plumbing, [`pages`], [`cross`], [`catalogue`]) rendered in parallel with tera;
//! the indicator pages, charts and data; the commitments' data; `sitemap.xml`, `robots.txt`,
//! `plans.json` and `feed.xml`; the theme's static files; and the search index, streamed. The
//! runner writes every file through the staging folder ([`output`]), the one sink that touches
//! the disk, and swaps it into place only when all stages have succeeded.

pub mod body;
pub mod bundle;
pub mod catalogue;
pub mod common;
pub mod cross;
pub mod output;
pub mod pages;
pub mod paths;
pub mod seo;
pub mod theme;

use crate::config::Config;
use crate::defects::ReaderNote;
use crate::error::{Error, Result};
use crate::indicators::Alignment;
use crate::link::site_map;
use crate::model::Site;
use crate::sink::{OutFile, Sink};
use crate::topics::Taxonomy;
use common::{from_home, Common, Cross, Digest, Job, SiteLinks};
use rayon::prelude::*;
use std::collections::{BTreeSet, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What `plansite build` is asked to do.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub content: PathBuf,
    pub out: PathBuf,
    /// The config file; `None` reads `plansite.toml` when present and uses defaults otherwise.
    pub config: Option<PathBuf>,
}

/// What a build produced.
#[derive(Debug, Clone)]
pub struct BuildSummary {
    pub out: PathBuf,
    pub plans: usize,
    pub pages: usize,
    /// Every file written (pages, static files, search index …).
    pub files: usize,
    /// Bytes of all HTML pages.
    pub page_bytes: u64,
    /// The largest HTML page and its size in bytes.
    pub largest_page: (String, u64),
    pub elapsed: Duration,
    pub warnings: Vec<String>,
}

impl fmt::Display for BuildSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for w in &self.warnings {
            writeln!(f, "warning: {w}")?;
        }
        writeln!(
            f,
            "built {} plans, {} pages ({} KiB of HTML, largest {} at {} KiB), {} files in {:.2}s",
            self.plans,
            self.pages,
            self.page_bytes / 1024,
            self.largest_page.0,
            self.largest_page.1 / 1024,
            self.files,
            self.elapsed.as_secs_f64()
        )?;
        writeln!(
            f,
            "site is in {}; open {}",
            self.out.display(),
            self.out.join(site_map::INDEX_FILE).display()
        )
    }
}

/// `plansite build`: reads the config and the content, renders the site into `opts.out`.
pub fn build(opts: &BuildOptions) -> Result<BuildSummary> {
    build_at(opts, None)
}

/// [`build`] with the site's public address given (`build --base-url`), in place of the
/// config's `base_url`.
pub fn build_at(opts: &BuildOptions, base_url: Option<&str>) -> Result<BuildSummary> {
    build_inner(opts, base_url, Pass::Whole, None)
}

/// [`build`] that `cancel` may stop: cancelled, it fails and leaves `opts.out` as it was.
pub fn build_cancellable(
    opts: &BuildOptions,
    cancel: std::sync::Arc<output::Cancel>,
) -> Result<BuildSummary> {
    build_inner(opts, None, Pass::Whole, Some(cancel))
}

/// [`build`] without building the search index: the site gets the search index of the build
/// now in `opts.out` (when there is one). `plansite serve` publishes an edit this way first, so
/// the page is served at once, then runs a whole [`build`] for the index.
pub fn build_reusing_search(opts: &BuildOptions) -> Result<BuildSummary> {
    build_inner(opts, None, Pass::ReuseSearch, None)
}

/// Renders the pages of the plans `slugs` (their chapters, 专栏, notes, commitments… and their
/// indicators' pages, charts and data) and writes them into the site built in `opts.out` in place
/// ([`output::update_in_place`]); every other file stays as it is: the other plans' pages and
/// the pages and files of the whole site (catalogue, topics and the plans' pages of a topic, the
/// combined commitments, the comparison, the search index, the sitemap). `plansite serve` publishes an edit inside plan folders this way
/// first, at a cost that does not grow with the number of plans' pages, then runs a whole
/// [`build`], which brings the pages of the whole site up to date.
pub fn build_plans_in_place(opts: &BuildOptions, slugs: &BTreeSet<String>) -> Result<BuildSummary> {
    let start = Instant::now();
    let mut summary = Kept::load(opts)?.render_in_place(slugs, &opts.out)?;
    summary.elapsed = start.elapsed();
    Ok(summary)
}

/// What [`build_inner`] makes.
#[derive(Clone, Copy)]
enum Pass {
    /// The whole site, search index included.
    Whole,
    /// The whole site with the search index of the build in the output.
    ReuseSearch,
}

fn build_inner(
    opts: &BuildOptions,
    base_url: Option<&str>,
    pass: Pass,
    cancel: Option<std::sync::Arc<output::Cancel>>,
) -> Result<BuildSummary> {
    let start = Instant::now();
    let loaded = Loaded::read(opts, base_url, true)?;
    let mut inputs = Inputs::new(&loaded.site, &loaded.config, &loaded.theme)
        .alignment(&loaded.alignment)
        .topics(loaded.topics);
    inputs.parsing_theme = loaded.parsing_theme.as_ref();
    inputs.cancel = cancel;
    let mut summary = match pass {
        Pass::Whole => render(inputs, &opts.out)?,
        Pass::ReuseSearch => render(inputs.search_from(&opts.out), &opts.out)?,
    };
    summary.elapsed = start.elapsed();
    Ok(summary)
}

/// The inputs of a build as read from disk.
struct Loaded {
    config: Config,
    /// The site's theme folder (files it lacks come from the built-in theme).
    theme: PathBuf,
    site: Site,
    alignment: Alignment,
    topics: Option<Taxonomy>,
    /// The theme's templates, parsed while the content loads (`None` when only the content is
    /// wanted).
    parsing_theme: Option<theme::ThemeParse>,
}

impl Loaded {
    /// The config (with `base_url` in place of the config's, when given), the plans of
    /// `opts.content`, the indicator alignment and the topics; with `with_theme`, the theme's
    /// templates, parsed meanwhile.
    fn read(opts: &BuildOptions, base_url: Option<&str>, with_theme: bool) -> Result<Loaded> {
        let (mut config, project) = Config::locate(opts.config.as_deref())?;
        if let Some(u) = base_url {
            config.base_url = crate::config::normalise_base_url(u)
                .map_err(|m| Error::other(format!("--base-url: {m}")))?;
        }
        let theme = project.join("themes").join(&config.theme);
        if config.theme != theme::DEFAULT_THEME && !theme.is_dir() {
            return Err(Error::other(format!(
                "theme {:?} not found: no folder {} (the built-in theme is \"default\"; \
                 `plansite theme eject` writes it out for editing)",
                config.theme,
                theme.display()
            )));
        }
        // Parsing the templates is a fifth of a small site's build and needs nothing from the
        // content: it runs while the plans load. Its errors are reported where the pages take
        // the theme, after any error in the content, as before.
        let parsing_theme = with_theme.then(|| theme::Theme::start(theme.clone()));
        let t = Instant::now();
        let site = crate::content::load_site(&opts.content)?;
        crate::progress::verbose(|| {
            format!(
                "{} plans loaded in {} ms",
                site.plans.len(),
                t.elapsed().as_millis()
            )
        });
        let alignment = alignment_of(&opts.content, &site)?;
        let topics = crate::topics::load(&opts.content.join(crate::topics::TOPICS_FILE), &site)?;
        Ok(Loaded {
            config,
            theme,
            site,
            alignment,
            topics,
            parsing_theme,
        })
    }
}

/// The indicator alignment of `site`: the maintainer's file in `content`, or the automatic
/// guess.
fn alignment_of(content: &Path, site: &Site) -> Result<Alignment> {
    let t = Instant::now();
    let alignment = Alignment::load_or_auto(&content.join(ALIGNMENT_FILE), site)?;
    crate::progress::verbose(|| format!("indicator alignment in {} ms", t.elapsed().as_millis()));
    Ok(alignment)
}

/// What `plansite serve` keeps in memory between its passes over plans: the site as a build
/// loads it, and what is derived from it plan by plan (reader notes, topic members,
/// commitments) or from all plans (the indicator alignment). After an edit inside some plans'
/// folders, [`Kept::reload`] reads those plans again and derives what depends on them, so that
/// [`Kept::render_in_place`] costs what those plans cost, not what the site does.
pub struct Kept {
    content: PathBuf,
    config: Config,
    theme: PathBuf,
    site: Site,
    alignment: Alignment,
    notes: Vec<Vec<ReaderNote>>,
    cross: Cross,
}

impl Kept {
    /// Loads the site of `opts` as a build does.
    pub fn load(opts: &BuildOptions) -> Result<Kept> {
        let loaded = Loaded::read(opts, None, false)?;
        let notes = loaded
            .site
            .plans
            .par_iter()
            .map(crate::defects::reader_notes)
            .collect();
        let t = Instant::now();
        let cross = Cross::new(&loaded.site, loaded.topics);
        let took = t.elapsed();
        crate::progress::verbose(|| cross_summary(&cross, took));
        Ok(Kept {
            content: opts.content.clone(),
            config: loaded.config,
            theme: loaded.theme,
            site: loaded.site,
            alignment: loaded.alignment,
            notes,
            cross,
        })
    }

    /// Reads the plans `slugs` again from their folders, with their reader notes, topic members
    /// and commitments, and the indicator alignment when their indicator tables or metadata
    /// changed. On an error (a plan that does not load, one the site lacks, an alignment file
    /// that no longer fits) nothing changes.
    pub fn reload(&mut self, slugs: &BTreeSet<String>) -> Result<()> {
        let t = Instant::now();
        let mut fresh = Vec::new();
        for slug in slugs {
            let i = self
                .site
                .plans
                .iter()
                .position(|p| &p.slug == slug)
                .ok_or_else(|| Error::other(format!("no plan {slug:?} in the content")))?;
            fresh.push((i, crate::content::load_plan(&self.content.join(slug))?));
        }
        let mut old = Vec::new();
        for (i, plan) in fresh {
            if let Some(slot) = self.site.plans.get_mut(i) {
                old.push((i, std::mem::replace(slot, plan)));
            }
        }
        crate::catalogue::unify_districts(&mut self.site.plans);
        let realign = old.iter().any(|(i, was)| {
            self.site
                .plans
                .get(*i)
                .is_none_or(|plan| was.tables != plan.tables || was.meta != plan.meta)
        });
        if realign {
            match alignment_of(&self.content, &self.site) {
                Ok(a) => self.alignment = a,
                Err(e) => {
                    for (i, plan) in old {
                        if let Some(slot) = self.site.plans.get_mut(i) {
                            *slot = plan;
                        }
                    }
                    crate::catalogue::unify_districts(&mut self.site.plans);
                    return Err(e);
                }
            }
        }
        for &(i, _) in &old {
            let Some(plan) = self.site.plans.get(i) else {
                continue;
            };
            if let Some(n) = self.notes.get_mut(i) {
                *n = crate::defects::reader_notes(plan);
            }
            if let Some(c) = self.cross.commitments.get_mut(i) {
                *c = crate::commitments::extract(plan);
            }
            if let Some(tax) = &self.cross.taxonomy {
                self.cross.assignment.reassign(&self.site, &plan.slug, tax);
            }
        }
        crate::progress::verbose(|| {
            format!(
                "{} plans read again in {} ms{}",
                old.len(),
                t.elapsed().as_millis(),
                if realign {
                    ", indicators aligned again"
                } else {
                    ""
                }
            )
        });
        Ok(())
    }

    /// What a render of the kept site is made from.
    fn inputs(&self) -> Inputs<'_> {
        Inputs::new(&self.site, &self.config, &self.theme)
            .alignment(&self.alignment)
            .notes(&self.notes)
            .cross(&self.cross)
    }

    /// Builds the whole kept site into `out`, as [`build`] builds it from disk (`plansite
    /// serve` starts so, loading the site once for both).
    pub fn build(&self, out: &Path) -> Result<BuildSummary> {
        render(self.inputs(), out)
    }

    /// Renders the pages of the plans `slugs` (see [`build_plans_in_place`]) into the site built
    /// in `out`, in place.
    pub fn render_in_place(&self, slugs: &BTreeSet<String>, out: &Path) -> Result<BuildSummary> {
        let start = Instant::now();
        let parts = Parts::of(&self.inputs())?;
        if let Some(s) = slugs
            .iter()
            .find(|s| !self.site.plans.iter().any(|p| &p.slug == *s))
        {
            return Err(Error::other(format!("no plan {s:?} in the content")));
        }
        let made = crate::sink::Memory::default();
        let rendered = pages_and_data(&parts, None, &made, Some(slugs))?;
        let files = made.into_files();
        // Only the plans' own files: any other would be written without the pages that link
        // to it, or with the whole site's left stale.
        if let Some(f) = files
            .iter()
            .find(|f| site_map::plan_of_page(&f.rel).is_none_or(|s| !slugs.contains(s)))
        {
            return Err(Error::other(format!(
                "a pass over plans made {}, which is not one of their own files",
                f.rel
            )));
        }
        let t = Instant::now();
        let files = output::update_in_place(out, &files)?;
        crate::progress::verbose(|| {
            format!(
                "{files} files changed, written in place in {} ms",
                t.elapsed().as_millis()
            )
        });
        Ok(summary(out, &self.site, rendered, files, start))
    }
}

/// The maintainer's file aligning indicators across plans, in the content folder.
pub const ALIGNMENT_FILE: &str = "indicator-alignment.toml";

/// What a site is rendered from: the plans, the config, the theme folder, and what the build
/// knows besides the plans (each with a default when not given).
pub struct Inputs<'a> {
    pub site: &'a Site,
    pub config: &'a Config,
    /// The site's theme folder; files it lacks come from the built-in theme.
    pub theme_dir: &'a Path,
    /// Reader notes, one list per plan in site order; `None` finds them in the plans.
    pub notes: Option<&'a [Vec<ReaderNote>]>,
    /// The indicator alignment; `None` is the automatic guess.
    pub alignment: Option<&'a Alignment>,
    /// The topic taxonomy (`content/topics.toml`); `None` has no topics (the index says so).
    pub topics: Option<Taxonomy>,
    /// An earlier build whose search index is taken as it is instead of building one (when it
    /// has one); `None` builds the index.
    pub search_from: Option<&'a Path>,
    /// Cancels the render ([`output::Cancel`]); `None` renders to the end.
    pub cancel: Option<std::sync::Arc<output::Cancel>>,
    /// The topics and commitments, already made; `None` makes them from `topics`.
    pub cross: Option<&'a Cross>,
    /// The theme of `theme_dir`, being parsed; `None` parses it when the pages need it.
    pub parsing_theme: Option<&'a theme::ThemeParse>,
}

impl<'a> Inputs<'a> {
    pub fn new(site: &'a Site, config: &'a Config, theme_dir: &'a Path) -> Inputs<'a> {
        Inputs {
            site,
            config,
            theme_dir,
            notes: None,
            alignment: None,
            topics: None,
            search_from: None,
            cancel: None,
            cross: None,
            parsing_theme: None,
        }
    }

    pub fn cross(self, cross: &'a Cross) -> Self {
        Inputs {
            cross: Some(cross),
            ..self
        }
    }

    pub fn search_from(self, site: &'a Path) -> Self {
        Inputs {
            search_from: Some(site),
            ..self
        }
    }

    pub fn notes(self, notes: &'a [Vec<ReaderNote>]) -> Self {
        Inputs {
            notes: Some(notes),
            ..self
        }
    }

    pub fn alignment(self, alignment: &'a Alignment) -> Self {
        Inputs {
            alignment: Some(alignment),
            ..self
        }
    }

    pub fn topics(self, topics: Option<Taxonomy>) -> Self {
        Inputs { topics, ..self }
    }
}

/// The build runner: renders every page of `input.site` and writes the whole site into `out`.
/// On any error `out` is left as it was.
pub fn render(input: Inputs, out: &Path) -> Result<BuildSummary> {
    let start = Instant::now();
    let site = input.site;
    let parts = Parts::of(&input)?;
    let staging = output::Staging::new(out)?.cancellable(input.cancel.clone());

    // The search index (streamed file by file) is built on one thread while the pages, the
    // indicators and the other files are rendered on the others: the two share nothing but the
    // staging folder, and the build takes the longer of the two rather than their sum. What only
    // the pages need (the theme's templates, parsed; the reader notes; the indicator alignment)
    // is made on the pages' side, while the search index is built.
    let (searched, rest) = rayon::join(
        || search_files(site, input.search_from, &staging),
        || pages_and_data(&parts, input.topics, &staging, None),
    );
    searched?;
    let rendered = rest?;

    let files = walkdir::WalkDir::new(staging.path())
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file())
        .count();
    staging.commit()?;
    Ok(summary(out, site, rendered, files, start))
}

/// What a render made: its pages (sizes, number, warnings) and files, into `out`.
fn summary(
    out: &Path,
    site: &Site,
    (stats, pages, warnings): (PageStats, usize, Vec<String>),
    files: usize,
    start: Instant,
) -> BuildSummary {
    BuildSummary {
        out: out.to_path_buf(),
        plans: site.plans.len(),
        pages,
        files,
        page_bytes: stats.bytes,
        largest_page: stats.largest,
        elapsed: start.elapsed(),
        warnings,
    }
}

/// Hands every file under `dir` to `sink`, under the folder `to`.
fn copy_tree(dir: &Path, to: &str, sink: &dyn Sink) -> Result<()> {
    for e in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let e = e.map_err(|e| Error::other(format!("{}: {e}", dir.display())))?;
        if !e.file_type().is_file() {
            continue;
        }
        let rel = e.path().strip_prefix(dir).unwrap_or(e.path());
        let rel: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        let bytes = std::fs::read(e.path()).map_err(|err| Error::io(e.path(), err))?;
        sink.put(&format!("{to}/{}", rel.join("/")), &bytes)?;
    }
    Ok(())
}

/// What the pages and data are made from, besides the topics.
struct Parts<'a> {
    site: &'a Site,
    config: &'a Config,
    /// Reader notes, one list per plan; `None` finds them in the plans.
    notes: Option<&'a [Vec<ReaderNote>]>,
    /// The indicator alignment; `None` is the automatic guess.
    alignment: Option<&'a Alignment>,
    theme_dir: &'a Path,
    /// The topics and commitments, when already made; `None` makes them from the taxonomy.
    cross: Option<&'a Cross>,
    /// The theme, being parsed; `None` parses the one of `theme_dir`.
    parsing_theme: Option<&'a theme::ThemeParse>,
}

impl<'a> Parts<'a> {
    /// The parts of `input`, checked: plan slugs usable as folders, one list of notes per plan.
    fn of(input: &Inputs<'a>) -> Result<Parts<'a>> {
        check_slugs(input.site)?;
        if input
            .notes
            .is_some_and(|n| n.len() != input.site.plans.len())
        {
            return Err(Error::other("one list of reader notes per plan is needed"));
        }
        Ok(Parts {
            site: input.site,
            config: input.config,
            notes: input.notes,
            alignment: input.alignment,
            theme_dir: input.theme_dir,
            cross: input.cross,
            parsing_theme: input.parsing_theme,
        })
    }
}

/// The search index of `site` into `sink` (`search/`), streamed file by file, or the one of the
/// earlier build at `search_from` as it is.
fn search_files(site: &Site, search_from: Option<&Path>, sink: &dyn Sink) -> Result<()> {
    let t = Instant::now();
    let earlier = search_from
        .map(|d| d.join(site_map::SEARCH_DIR))
        .filter(|d| d.is_dir());
    let Some(dir) = earlier else {
        let summary = crate::search::write_index(site, sink)?;
        crate::progress::verbose(|| {
            format!(
                "search index in {} ms: {} units, {} terms, {} files",
                t.elapsed().as_millis(),
                summary.docs,
                summary.terms,
                summary.files
            )
        });
        return Ok(());
    };
    let r = copy_tree(&dir, site_map::SEARCH_DIR, sink);
    crate::progress::verbose(|| format!("search index copied in {} ms", t.elapsed().as_millis()));
    r
}

/// Every page, the indicators' pages and data, the files about the site and the theme's static
/// files into `staging`; returns the pages' sizes, their number and the warnings. With `only`,
/// the pages of the plans named alone ([`SiteLinks::plan_jobs`], their commitments) and their
/// indicators' pages, charts and data: no page or file of the whole site (catalogue, topics,
/// the combined commitments, the comparison, the sitemap, the theme's files).
fn pages_and_data(
    parts: &Parts,
    topics: Option<Taxonomy>,
    staging: &dyn Sink,
    only: Option<&BTreeSet<String>>,
) -> Result<(PageStats, usize, Vec<String>)> {
    let Parts {
        site,
        config,
        notes,
        alignment,
        theme_dir,
        cross,
        parsing_theme,
    } = *parts;
    let theme = &match parsing_theme {
        Some(p) => p.take()?,
        None => theme::Theme::load(theme_dir)?,
    };
    let found;
    let notes = match notes {
        Some(n) => n,
        None => {
            found = site
                .plans
                .par_iter()
                .map(crate::defects::reader_notes)
                .collect::<Vec<_>>();
            found.as_slice()
        }
    };
    let auto;
    let alignment = match alignment {
        Some(a) => a,
        None => {
            auto = Alignment::auto(site);
            &auto
        }
    };
    // Pages of the plans, topics, commitments and catalogue.
    let made;
    let cross_data = match cross {
        Some(c) => c,
        None => {
            let t = Instant::now();
            made = Cross::new(site, topics);
            let took = t.elapsed();
            crate::progress::verbose(|| cross_summary(&made, took));
            &made
        }
    };
    let catalogue = catalogue::Catalogue::new(&site.plans);
    let links = SiteLinks::new(site, config, notes, cross_data, only);
    let t = Instant::now();
    // The site-wide pages a kind at a time: the page data of one kind is made, rendered and
    // dropped before the next (at a thousand plans the catalogue's and the commitments' pages
    // hold tens of megabytes of page data).
    let mut stats = PageStats::default();
    let mut listed = Vec::new();
    let mut pages = 0;
    // (Each topic is a kind of its own: over the list limit a topic has a page per plan.)
    let mut kinds: Vec<Box<dyn Fn() -> Result<Vec<Job>> + '_>> = Vec::new();
    if only.is_some() {
        kinds.push(Box::new(|| links.plan_commitment_jobs(only)));
    } else {
        kinds.push(Box::new(|| links.site_jobs(&catalogue)));
        kinds.push(Box::new(|| catalogue.jobs(&links)));
        kinds.push(Box::new(|| links.topics_index_job()));
        for ti in 0..links.topic_count() {
            let links = &links;
            kinds.push(Box::new(move || links.topic_jobs(ti)));
        }
        kinds.push(Box::new(|| links.commitment_jobs()));
        kinds.push(Box::new(|| Ok(vec![links.not_found()?])));
    }
    // One bar for all kinds, lengthened as each kind's pages are known.
    let bar = crate::progress::bar(0, "rendering");
    for jobs_of in kinds {
        let jobs = jobs_of()?;
        bar.inc_length(jobs.len() as u64);
        stats.add(render_counted(theme, &jobs, staging, &bar)?);
        listed.extend(SiteLinks::sitemap_pages(&jobs));
        pages += jobs.len();
    }
    bar.finish_and_clear();
    // The plans' pages, a plan at a time on each thread (the page data of a plan is made,
    // rendered and dropped), beside the indicator pages, charts and open data: the two share
    // only the theme, so a thread that is done elsewhere (the search index) takes either.
    // One bar counts the plans (their pages are not known before).
    let bar = crate::progress::bar(links.plans.len(), "plans");
    let (per_plan, indicated) = rayon::join(
        || {
            links
                .plans
                .par_iter()
                .filter(|pl| only.is_none_or(|slugs| slugs.contains(&pl.plan.slug)))
                .map(|pl| {
                    if staging.refuses() {
                        return Err(Error::other("the build was cancelled"));
                    }
                    let jobs = links.plan_jobs(pl)?;
                    let stats =
                        render_counted(theme, &jobs, staging, &indicatif::ProgressBar::hidden())?;
                    bar.inc(1);
                    Ok((stats, SiteLinks::sitemap_pages(&jobs), jobs.len()))
                })
                .collect::<Vec<Result<(PageStats, Vec<String>, usize)>>>()
        },
        || indicator_pages(site, alignment, &links, theme, staging, only),
    );
    bar.finish_and_clear();
    for r in per_plan {
        let (s, l, n) = r?;
        stats.add(s);
        listed.extend(l);
        pages += n;
    }
    crate::progress::verbose(|| {
        format!("rendered {pages} pages in {} ms", t.elapsed().as_millis())
    });
    let indicated = indicated?;
    stats.add(indicated.stats);
    crate::progress::verbose(|| {
        format!(
            "indicator pages, charts and data: {} files in {} ms",
            indicated.files + indicated.pages.len(),
            indicated.took.as_millis()
        )
    });

    // The files about the site, the commitments' data and the theme's static files.
    let base = config.base_url.as_deref();
    let mut warnings = Vec::new();
    if base.is_none() {
        warnings.push(
            "no base_url in the config: sitemap.xml lists relative addresses and 404.html links \
             work only at the site root"
                .into(),
        );
    }
    let indicator_pages = indicated.pages.len();
    staging.put_all(&cross::data_files(site, cross_data, only)?)?;
    if only.is_some() {
        return Ok((stats, pages + indicator_pages, warnings));
    }
    listed.extend(indicated.pages);
    listed.sort();
    staging.put(site_map::SITEMAP, seo::sitemap(base, &listed).as_bytes())?;
    staging.put_all(&[
        OutFile::new(site_map::ROBOTS, seo::robots(base)),
        OutFile::new(site_map::PLANS_JSON, catalogue.plans_json(base)?),
        OutFile::new(site_map::FEED, catalogue.feed(&config.title, base)?),
    ])?;
    staging.put_all(&static_files(theme)?)?;

    // The client scripts joined from the theme's js/ sources (static/search.js), see `bundle`.
    staging.put_all(&bundle::joined(&theme.dir)?)?;
    Ok((stats, pages + indicator_pages, warnings))
}

/// What [`indicator_pages`] made.
struct Indicated {
    /// Data files and charts written.
    files: usize,
    /// Paths of the pages rendered.
    pages: Vec<String>,
    stats: PageStats,
    took: Duration,
}

/// The indicator pages, charts and open data (with `only`, those of the plans named); the pages
/// through the theme.
fn indicator_pages(
    site: &Site,
    alignment: &Alignment,
    links: &SiteLinks,
    theme: &theme::Theme,
    staging: &dyn Sink,
    only: Option<&BTreeSet<String>>,
) -> Result<Indicated> {
    let t = Instant::now();
    let indicators = crate::indicators::outputs_of(site, alignment, links.config.list_limit, only)?;
    staging.put_all(&indicators.files)?;
    let files = indicators.files.len();
    drop(indicators.files);
    let jobs = indicators
        .pages
        .into_iter()
        .map(|(rel, page)| indicator_job(links, rel, page))
        .collect::<Result<Vec<Job>>>()?;
    let stats = render_jobs(theme, &jobs, staging)?;
    Ok(Indicated {
        files,
        pages: jobs.into_iter().map(|j| j.path).collect(),
        stats,
        took: t.elapsed(),
    })
}

fn cross_summary(cross: &Cross, took: Duration) -> String {
    let topics = cross.taxonomy.as_ref().map_or(0, |t| t.topics.len());
    let members: usize = cross.assignment.members.iter().map(Vec::len).sum();
    let commitments: usize = cross.commitments.iter().map(Vec::len).sum();
    format!(
        "{topics} topics ({members} sections, 专栏 and paragraphs assigned), \
         {commitments} commitments, in {} ms",
        took.as_millis()
    )
}

/// Bytes of the pages rendered and the largest of them.
#[derive(Default)]
struct PageStats {
    bytes: u64,
    largest: (String, u64),
}

impl PageStats {
    fn add(&mut self, other: PageStats) {
        self.bytes += other.bytes;
        if other.largest.1 > self.largest.1 {
            self.largest = other.largest;
        }
    }
}

/// Renders `jobs` in parallel and hands each page to `sink`.
fn render_jobs(theme: &theme::Theme, jobs: &[Job], sink: &dyn Sink) -> Result<PageStats> {
    let bar = crate::progress::bar(jobs.len(), "rendering");
    let stats = render_counted(theme, jobs, sink, &bar);
    bar.finish_and_clear();
    stats
}

/// Renders `jobs` into `sink`, a step of `bar` per page.
fn render_counted(
    theme: &theme::Theme,
    jobs: &[Job],
    sink: &dyn Sink,
    bar: &indicatif::ProgressBar,
) -> Result<PageStats> {
    let sizes: Vec<Result<u64>> = jobs
        .par_iter()
        .map(|j| {
            if sink.refuses() {
                return Err(Error::other("the build was cancelled"));
            }
            let html = theme.render(j.template, &j.ctx, &j.path)?;
            sink.put(&j.path, &html)?;
            bar.inc(1);
            Ok(html.len() as u64)
        })
        .collect();
    let mut stats = PageStats::default();
    for (j, n) in jobs.iter().zip(sizes) {
        let n = n?;
        stats.bytes += n;
        if n > stats.largest.1 {
            stats.largest = (j.path.clone(), n);
        }
    }
    Ok(stats)
}

/// An indicator page as a job: its data beside the common part, with breadcrumbs home › plan ›
/// this page, or home › this page for the pages across plans.
fn indicator_job(links: &SiteLinks, rel: String, page: crate::indicators::Page) -> Result<Job> {
    use crate::indicators::Page;
    let head = match &page {
        Page::Plan(p) => &p.head,
        Page::Comparison(p) | Page::Group(p) => &p.head,
        Page::Groups(p) => &p.head,
        Page::Scopes(p) => &p.head,
        Page::Matrix(p) => &p.head,
    };
    let mut steps = Vec::new();
    match &page {
        Page::Plan(p) => {
            steps.push((
                p.plan.title.clone(),
                Some(site_map::plan_index(&p.plan.slug)),
            ));
            let here = if p.page_kind == "results" {
                "目标完成情况"
            } else {
                "主要指标"
            };
            steps.push((here.to_string(), None));
        }
        Page::Matrix(_) | Page::Scopes(_) => steps.push(("主要指标".to_string(), None)),
        Page::Comparison(_) | Page::Groups(_) => steps.push(("指标对照".to_string(), None)),
        Page::Group(p) => {
            steps.push((
                "指标对照".to_string(),
                Some(site_map::COMPARISON_PAGE.to_string()),
            ));
            let title = p
                .groups
                .first()
                .map(|g| g.title.clone())
                .unwrap_or_default();
            steps.push((title, None));
        }
    }
    let common: Common = links.common(
        &rel,
        head.title.clone(),
        head.description.clone(),
        from_home(steps),
        None,
    );
    match page {
        Page::Plan(p) => Job::new(theme::templates::INDICATORS, common, p),
        Page::Comparison(p) | Page::Group(p) => Job::new(theme::templates::COMPARISON, common, p),
        Page::Groups(p) => Job::new(
            theme::templates::DIGEST,
            common,
            Digest::of_groups(&p, links.config.list_limit),
        ),
        Page::Scopes(p) => Job::new(
            theme::templates::DIGEST,
            common,
            Digest::of_scopes(&p, links.config.list_limit),
        ),
        Page::Matrix(p) => Job::new(theme::templates::MATRIX, common, p),
    }
}

/// The theme's static files, each under `static/`.
fn static_files(theme: &theme::Theme) -> Result<Vec<OutFile>> {
    theme
        .static_files()
        .iter()
        .map(|(rel, file)| {
            let bytes = match file {
                theme::ThemeFile::BuiltIn(bytes) => bytes.to_vec(),
                theme::ThemeFile::Disk(p) => std::fs::read(p).map_err(|e| Error::io(p, e))?,
            };
            Ok(OutFile::new(site_map::static_file(rel), bytes))
        })
        .collect()
}

/// Plan slugs become folder names next to the site's own files: they must be unique, plain
/// names, and not one of the site's own folders.
fn check_slugs(site: &Site) -> Result<()> {
    let mut seen = HashSet::new();
    for p in &site.plans {
        let s = p.slug.as_str();
        let plain = !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !plain || site_map::RESERVED_DIRS.contains(&s) {
            return Err(Error::other(format!(
                "plan slug {s:?} cannot be a folder of the site (use ASCII letters, digits, - or _, \
                 not {})",
                site_map::RESERVED_DIRS.join(", ")
            )));
        }
        if !seen.insert(s) {
            return Err(Error::other(format!("two plans share the slug {s:?}")));
        }
    }
    Ok(())
}
