//! Render: the plan model → the static site. Loads the theme, builds one job per page (see
//! [`pages`]), renders them in parallel with tera, adds the sitemap, robots.txt, the theme's static
//! files and the search index, and swaps the result into place (see [`output`]).

pub mod body;
pub mod bundle;
pub mod catalogue;
pub mod cross;
pub mod output;
pub mod pages;
pub mod paths;
pub mod seo;
pub mod theme;

use crate::config::Config;
use crate::defects::ReaderNote;
use crate::error::{Error, Result};
use crate::model::Site;
use rayon::prelude::*;
use std::collections::HashSet;
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
            self.out.join("index.html").display()
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
    let start = Instant::now();
    let (mut config, project) = Config::locate(opts.config.as_deref())?;
    if let Some(u) = base_url {
        config.base_url = crate::config::normalise_base_url(u)
            .map_err(|m| Error::other(format!("--base-url: {m}")))?;
    }
    let site = crate::content::load_site(&opts.content)?;
    let theme = project.join("themes").join(&config.theme);
    if config.theme != theme::DEFAULT_THEME && !theme.is_dir() {
        return Err(Error::other(format!(
            "theme {:?} not found: no folder {} (the built-in theme is \"default\"; \
             `plansite theme eject` writes it out for editing)",
            config.theme,
            theme.display()
        )));
    }
    let alignment =
        crate::indicators::Alignment::load_or_auto(&opts.content.join(ALIGNMENT_FILE), &site)?;
    let notes: Vec<Vec<ReaderNote>> = site
        .plans
        .par_iter()
        .map(crate::defects::reader_notes)
        .collect();
    let topics = crate::topics::load(&opts.content.join(crate::topics::TOPICS_FILE), &site)?;
    let mut summary = render_pages_with(
        &site, &config, &theme, &opts.out, &notes, &alignment, topics,
    )?;
    summary.elapsed = start.elapsed();
    Ok(summary)
}

/// Renders `site` with the theme in `theme_dir` into `out`. On any error `out` is left as it was.
pub fn render_site(
    site: &Site,
    config: &Config,
    theme_dir: &Path,
    out: &Path,
) -> Result<BuildSummary> {
    let notes: Vec<Vec<ReaderNote>> = site
        .plans
        .par_iter()
        .map(crate::defects::reader_notes)
        .collect();
    render_with_notes(site, config, theme_dir, out, &notes)
}

/// The maintainer's file aligning indicators across plans, in the content folder.
pub const ALIGNMENT_FILE: &str = "indicator-alignment.toml";

/// [`render_site`] with the reader notes of each plan given (one list per plan, in site order);
/// indicators are aligned by the automatic guess.
pub fn render_with_notes(
    site: &Site,
    config: &Config,
    theme_dir: &Path,
    out: &Path,
    notes: &[Vec<ReaderNote>],
) -> Result<BuildSummary> {
    let alignment = crate::indicators::Alignment::auto(site);
    render_pages(site, config, theme_dir, out, notes, &alignment)
}

/// Renders every page of `site` into `out` with the given reader notes and indicator alignment;
/// no topic taxonomy (the topics index says so), commitments as found.
pub fn render_pages(
    site: &Site,
    config: &Config,
    theme_dir: &Path,
    out: &Path,
    notes: &[Vec<ReaderNote>],
    alignment: &crate::indicators::Alignment,
) -> Result<BuildSummary> {
    render_pages_with(site, config, theme_dir, out, notes, alignment, None)
}

/// [`render_pages`] with a topic taxonomy (`content/topics.toml`).
pub fn render_pages_with(
    site: &Site,
    config: &Config,
    theme_dir: &Path,
    out: &Path,
    notes: &[Vec<ReaderNote>],
    alignment: &crate::indicators::Alignment,
    topics: Option<crate::topics::Taxonomy>,
) -> Result<BuildSummary> {
    let start = Instant::now();
    check_slugs(site)?;
    if notes.len() != site.plans.len() {
        return Err(Error::other("one list of reader notes per plan is needed"));
    }
    let theme = theme::Theme::load(theme_dir)?;
    let t = Instant::now();
    let cross_data = cross::Cross::new(site, topics);
    let cross_took = t.elapsed();
    let catalogue = catalogue::Catalogue::new(&site.plans);
    let mut links = pages::SiteLinks::new(site, config, notes);
    links.cross = Some(&cross_data);
    links.catalogue = Some(&catalogue);
    let mut jobs = links.jobs();
    jobs.extend(catalogue.jobs(&links));
    jobs.extend(links.topic_jobs());
    jobs.extend(links.commitment_jobs());
    jobs.push(links.not_found());

    crate::progress::verbose(|| {
        let topics = cross_data.taxonomy.as_ref().map_or(0, |t| t.topics.len());
        let members: usize = cross_data.assignment.members.iter().map(Vec::len).sum();
        let commitments: usize = cross_data.commitments.iter().map(Vec::len).sum();
        format!(
            "{topics} topics ({members} sections, 专栏 and paragraphs assigned), \
             {commitments} commitments, in {} ms",
            cross_took.as_millis()
        )
    });

    let staging = output::Staging::new(out)?;
    let t = Instant::now();
    let bar = crate::progress::bar(jobs.len(), "rendering");
    let rendered: Vec<Result<(String, String)>> = jobs
        .par_iter()
        .map(|j| {
            let html = theme.render(j.template, &j.ctx, &j.path)?;
            staging.write(&j.path, html.as_bytes())?;
            bar.inc(1);
            Ok((j.path.clone(), html))
        })
        .collect();
    bar.finish_and_clear();
    crate::progress::verbose(|| {
        format!(
            "rendered {} pages in {} ms",
            jobs.len(),
            t.elapsed().as_millis()
        )
    });
    let t = Instant::now();
    let mut page_bytes = 0u64;
    let mut largest = (String::new(), 0u64);
    for r in rendered {
        let (path, html) = r?;
        let n = html.len() as u64;
        page_bytes += n;
        if n > largest.1 {
            largest = (path, n);
        }
    }

    // Indicator pages, charts and open data, rendered through the same theme.
    let indicator_files = crate::indicators::write_outputs(
        site,
        alignment,
        staging.path(),
        &|template, ctx, target| {
            let rel = target
                .strip_prefix(staging.path())
                .map_err(|_| {
                    Error::other(format!(
                        "indicator page outside the output: {}",
                        target.display()
                    ))
                })?
                .to_string_lossy()
                .replace('\\', "/");
            let text = |k: &str| {
                ctx.get(k)
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
                    .to_string()
            };
            // Breadcrumbs: home › plan › this page, or home › this page for the comparison.
            let plan_crumb = ctx.get("plan").and_then(|p| {
                Some((
                    p.get("title")?.as_str()?.to_string(),
                    p.get("slug")?.as_str()?.to_string(),
                ))
            });
            let here = ctx
                .get("page_kind")
                .and_then(|k| k.as_str())
                .map_or("指标对照", |k| {
                    if k == "results" {
                        "目标完成情况"
                    } else {
                        "主要指标"
                    }
                });
            let mut crumbs = vec![("首页".to_string(), Some("index.html".to_string()))];
            if let Some((title, slug)) = plan_crumb {
                crumbs.push((title, Some(format!("{slug}/index.html"))));
            }
            crumbs.push((here.to_string(), None));
            let mut full = links.common(&rel, text("title"), text("description"), crumbs, None);
            full.extend(ctx.clone());
            let html = theme.render(template, &full, &rel)?;
            staging.write(&rel, html.as_bytes())
        },
    )?;
    crate::progress::verbose(|| {
        format!(
            "indicator pages, charts and data: {} files in {} ms",
            indicator_files.len(),
            t.elapsed().as_millis()
        )
    });
    let indicator_pages: Vec<String> = indicator_files
        .iter()
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .filter_map(|p| p.strip_prefix(staging.path()).ok())
        .map(|p| p.to_string_lossy().replace('\\', "/"))
        .collect();

    let mut warnings = Vec::new();
    let base = config.base_url.as_deref();
    if base.is_none() {
        warnings.push(
            "no base_url in the config: sitemap.xml lists relative addresses and 404.html links \
             work only at the site root"
                .into(),
        );
    }
    staging.write(
        "sitemap.xml",
        seo::sitemap(base, &{
            let mut all = pages::SiteLinks::sitemap_pages(&jobs);
            all.extend(indicator_pages.iter().cloned());
            all.sort();
            all
        })
        .as_bytes(),
    )?;
    staging.write("robots.txt", seo::robots(base).as_bytes())?;
    staging.write(
        catalogue::PLANS_JSON,
        catalogue.plans_json(base)?.as_bytes(),
    )?;
    staging.write(
        catalogue::FEED,
        catalogue.feed(&config.title, base)?.as_bytes(),
    )?;
    for (rel, bytes) in cross::data_files(site, &cross_data)? {
        staging.write(&rel, &bytes)?;
    }
    for (rel, file) in theme.static_files() {
        let to = format!("static/{rel}");
        match file {
            theme::ThemeFile::BuiltIn(bytes) => staging.write(&to, bytes)?,
            theme::ThemeFile::Disk(p) => {
                staging.write(&to, &std::fs::read(p).map_err(|e| Error::io(p, e))?)?
            }
        }
    }
    // The client scripts joined from the theme's js/ sources (static/search.js), see `bundle`.
    for (rel, bytes) in bundle::joined(&theme.dir)? {
        staging.write(&rel, &bytes)?;
    }
    let t = Instant::now();
    crate::search::write_index(site, staging.path())?;
    crate::progress::verbose(|| format!("search index in {} ms", t.elapsed().as_millis()));
    let files = walkdir::WalkDir::new(staging.path())
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file())
        .count();
    staging.commit()?;
    Ok(BuildSummary {
        out: out.to_path_buf(),
        plans: site.plans.len(),
        pages: jobs.len() + indicator_pages.len(),
        files,
        page_bytes,
        largest_page: largest,
        elapsed: start.elapsed(),
        warnings,
    })
}

/// Plan slugs become folder names next to the site's own files: they must be unique, plain
/// names, and not clash with `static/` or `search/`.
fn check_slugs(site: &Site) -> Result<()> {
    let mut seen = HashSet::new();
    for p in &site.plans {
        let s = p.slug.as_str();
        let plain = !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !plain || matches!(s, "static" | "search" | "data" | "topics" | "catalogue") {
            return Err(Error::other(format!(
                "plan slug {s:?} cannot be a folder of the site (use ASCII letters, digits, - or _, \
                 not static, search, data, topics or catalogue)"
            )));
        }
        if !seen.insert(s) {
            return Err(Error::other(format!("two plans share the slug {s:?}")));
        }
    }
    Ok(())
}
