//! `plansite serve`: builds the site, serves the output folder over HTTP on the loopback
//! interface, watches the content, the themes and the config, rebuilds on change and makes open
//! pages reload.
//!
//! Only files under the output folder are served: the request path is percent-decoded once and
//! must then hold no `%`, no backslash, no NUL, no `.`/`..` segment and no drive colon, and the
//! resolved file (symbolic links followed) must still lie inside the output folder; otherwise the
//! answer is 400 or 404. HTML answers get one extra element before `</body>`:
//! `<script src="/__plansite/reload.js" defer></script>`, a small static script that polls
//! `/__plansite/version` and reloads when the build generation or the page's own file changes.
//! Pages written by `build` never contain it. HTTP is hyper's HTTP/1.1 (keep-alive) on a thread of
//! its own, each connection a task of tokio's single-threaded runtime.

use crate::error::{Error, Result};
use crate::render::{self, BuildOptions};
use notify::{RecursiveMode, Watcher};
use std::collections::BTreeSet;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Where the reload script and the version endpoint live.
pub const RELOAD_SCRIPT: &str = "/__plansite/reload.js";
pub const VERSION_PATH: &str = "/__plansite/version";
/// The start of the element added to served HTML pages ([`reload_tag`]).
pub const RELOAD_TAG: &str = "<script src=\"/__plansite/reload.js\"";

/// The element added to a served HTML page: the reload script, with the build generation and the
/// version of the page's file it was served at. They are the script's starting point, so that a
/// rebuild between this answer and the script's first question still reloads the page.
fn reload_tag(generation: u64, page: Option<&str>) -> String {
    let page = page.map_or(String::new(), |p| format!(" data-page=\"{p}\""));
    format!("{RELOAD_TAG} data-generation=\"{generation}\"{page} defer></script>")
}

const RELOAD_JS: &str = include_str!("serve_reload.js");

/// What `plansite serve` is asked to do.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub content: PathBuf,
    pub out: PathBuf,
    pub config: Option<PathBuf>,
    /// Loopback (127.0.0.1) unless widened explicitly.
    pub bind: IpAddr,
    /// 0 picks a free port.
    pub port: u16,
    /// Watch and rebuild on change.
    pub watch: bool,
}

impl Default for ServeOptions {
    fn default() -> Self {
        ServeOptions {
            content: "content".into(),
            out: "public".into(),
            config: None,
            bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 8000,
            watch: true,
        }
    }
}

/// State shared by the workers and the rebuild thread.
struct Shared {
    root: PathBuf,
    generation: AtomicU64,
    /// Whole builds cancelled by a newer change.
    cancelled: AtomicU64,
    last_error: Mutex<Option<String>>,
    last_rebuild: Mutex<Option<Duration>>,
    stop: AtomicBool,
}

/// A running server.
pub struct Server {
    addr: SocketAddr,
    shared: Arc<Shared>,
    /// The thread answering HTTP requests, and what stops it.
    http: Option<JoinHandle<()>>,
    stop_http: Arc<tokio::sync::Notify>,
    rebuilder: Option<JoinHandle<()>>,
    _watcher: Option<notify::RecommendedWatcher>,
}

impl Server {
    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Number of successful builds since the first (0 after the first build).
    pub fn generation(&self) -> u64 {
        self.shared.generation.load(Ordering::SeqCst)
    }

    /// Number of whole builds that a newer change cancelled before they ended.
    pub fn cancelled_builds(&self) -> u64 {
        self.shared.cancelled.load(Ordering::SeqCst)
    }

    /// How long the last rebuild took, if there was one.
    pub fn last_rebuild(&self) -> Option<Duration> {
        *self.shared.last_rebuild.lock().expect("lock")
    }

    /// The error of the last rebuild, if it failed.
    pub fn last_error(&self) -> Option<String> {
        self.shared.last_error.lock().expect("lock").clone()
    }

    /// Blocks until the server stops (never, unless another thread stops it).
    pub fn wait(mut self) {
        if let Some(h) = self.http.take() {
            let _ = h.join();
        }
    }

    /// Stops serving and watching.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        self.stop_http.notify_one();
        if let Some(h) = self.http.take() {
            let _ = h.join();
        }
        self._watcher = None;
        if let Some(r) = self.rebuilder.take() {
            let _ = r.join();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.shutdown();
    }
}

fn build_opts(opts: &ServeOptions) -> BuildOptions {
    BuildOptions {
        content: opts.content.clone(),
        out: opts.out.clone(),
        config: opts.config.clone(),
    }
}

/// Builds the site, then serves it (and watches, if asked) on background threads.
pub fn start(opts: &ServeOptions) -> Result<Server> {
    // The address first: a port already taken (another serve of the same site) fails before the
    // build would replace the folder the other one serves.
    let cannot = |e: std::io::Error| {
        Error::other(format!("cannot serve on {}:{}: {e}", opts.bind, opts.port))
    };
    let listener = listen(SocketAddr::new(opts.bind, opts.port)).map_err(cannot)?;
    let addr = listener.local_addr().map_err(cannot)?;
    // The site is loaded once, for the first build and for the passes over plans after edits.
    let start = Instant::now();
    let kept = render::Kept::load(&build_opts(opts))?;
    let mut summary = kept.build(&opts.out)?;
    summary.elapsed = start.elapsed();
    release_freed_memory();
    crate::progress::info(|| {
        format!(
            "built {} pages in {:.2}s",
            summary.pages,
            summary.elapsed.as_secs_f64()
        )
    });
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()
        .map_err(cannot)?;
    let root = std::fs::canonicalize(&opts.out).map_err(|e| Error::io(&opts.out, e))?;
    let shared = Arc::new(Shared {
        root,
        generation: AtomicU64::new(0),
        cancelled: AtomicU64::new(0),
        last_error: Mutex::new(None),
        last_rebuild: Mutex::new(None),
        stop: AtomicBool::new(false),
    });
    let stop_http = Arc::new(tokio::sync::Notify::new());
    let http = {
        let (shared, stop) = (Arc::clone(&shared), Arc::clone(&stop_http));
        std::thread::spawn(move || runtime.block_on(accept(listener, shared, stop)))
    };
    let (watcher, rebuilder) = if opts.watch {
        let (w, r) = watch(opts, Arc::clone(&shared), kept)?;
        (Some(w), Some(r))
    } else {
        (None, None)
    };
    Ok(Server {
        addr,
        shared,
        http: Some(http),
        stop_http,
        rebuilder,
        _watcher: watcher,
    })
}

/// Connections waiting to be accepted. A burst of page loads (a page and its assets, many tabs)
/// must not overflow the queue: std's default of 128 makes the kernel reset connections.
const BACKLOG: i32 = 1024;

fn listen(addr: SocketAddr) -> std::io::Result<std::net::TcpListener> {
    use socket2::{Domain, Socket, Type};
    let socket = Socket::new(Domain::for_address(addr), Type::STREAM, None)?;
    #[cfg(unix)]
    socket.set_reuse_address(true)?;
    socket.bind(&addr.into())?;
    socket.listen(BACKLOG)?;
    Ok(socket.into())
}

/// `plansite serve`: starts and serves until the process is stopped.
pub fn run(opts: &ServeOptions) -> Result<()> {
    let server = start(opts)?;
    crate::progress::info(|| {
        format!(
            "serving {} at http://{}/ (watching {}; Ctrl-C to stop)",
            opts.out.display(),
            server.addr(),
            opts.content.display()
        )
    });
    server.wait();
    Ok(())
}

/// Accepts connections on `listener` until `stop` is notified, each answered by HTTP/1.1 with
/// keep-alive on a task of its own; a file is read off the runtime's thread.
async fn accept(
    listener: std::net::TcpListener,
    shared: Arc<Shared>,
    stop: Arc<tokio::sync::Notify>,
) {
    let listener = match listener
        .set_nonblocking(true)
        .and_then(|()| tokio::net::TcpListener::from_std(listener))
    {
        Ok(l) => l,
        Err(e) => {
            crate::progress::info(|| format!("error: cannot serve: {e}"));
            return;
        }
    };
    loop {
        let stream = tokio::select! {
            () = stop.notified() => return,
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                // A failed accept (the peer went away, a limit was hit) stops nothing.
                Err(_) => continue,
            },
        };
        let shared = Arc::clone(&shared);
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |req| {
                let shared = Arc::clone(&shared);
                async move { Ok::<_, std::convert::Infallible>(answer(&shared, &req).await) }
            });
            // A connection that breaks off ends its own task only.
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                .await;
        });
    }
}

type Body = http_body_util::Full<hyper::body::Bytes>;

/// The HTTP answer to `req` ([`respond`]).
async fn answer(
    shared: &Arc<Shared>,
    req: &hyper::Request<hyper::body::Incoming>,
) -> hyper::Response<Body> {
    let method = req.method().as_str().to_string();
    let target = req
        .uri()
        .path_and_query()
        .map_or_else(|| req.uri().path().to_string(), |p| p.as_str().to_string());
    let head = req.method() == hyper::Method::HEAD;
    let from = Arc::clone(shared);
    let reply = tokio::task::spawn_blocking(move || {
        respond(
            &from.root,
            &method,
            &target,
            from.generation.load(Ordering::SeqCst),
            from.last_error.lock().expect("lock").as_deref(),
        )
    })
    .await
    .unwrap_or_else(|_| text(500, "internal error\n"));
    let len = reply.body.len();
    let body = if head { Vec::new() } else { reply.body };
    let mut resp = hyper::Response::new(Body::new(body.into()));
    *resp.status_mut() = hyper::StatusCode::from_u16(reply.status)
        .unwrap_or(hyper::StatusCode::INTERNAL_SERVER_ERROR);
    let headers = resp.headers_mut();
    for (k, v) in [
        (hyper::header::CONTENT_TYPE, reply.content_type.to_string()),
        (hyper::header::CACHE_CONTROL, "no-cache".to_string()),
        (hyper::header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_string()),
        (hyper::header::CONTENT_LENGTH, len.to_string()),
    ] {
        if let Ok(v) = hyper::header::HeaderValue::from_str(&v) {
            headers.insert(k, v);
        }
    }
    resp
}

/// An answer to a request.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
}

fn text(status: u16, body: &str) -> Reply {
    Reply {
        status,
        content_type: "text/plain; charset=utf-8",
        body: body.as_bytes().to_vec(),
    }
}

/// The answer to `method url` for the site in `root` (canonical) at build `generation`.
pub fn respond(
    root: &Path,
    method: &str,
    url: &str,
    generation: u64,
    error: Option<&str>,
) -> Reply {
    if method != "GET" && method != "HEAD" {
        return text(405, "method not allowed\n");
    }
    let path = url.split(['?', '#']).next().unwrap_or_default();
    if path == RELOAD_SCRIPT {
        return Reply {
            status: 200,
            content_type: "text/javascript; charset=utf-8",
            body: RELOAD_JS.as_bytes().to_vec(),
        };
    }
    if path == VERSION_PATH {
        let body = serde_json::json!({
            "generation": generation,
            "error": error,
            "page": page_stamp(root, url),
        });
        return Reply {
            status: 200,
            content_type: "application/json",
            body: body.to_string().into_bytes(),
        };
    }
    let file = match resolve(root, url) {
        Ok(f) => f,
        Err(400) => return text(400, "bad request\n"),
        Err(_) => return not_found(root, generation),
    };
    // The version before the bytes: a rewrite in between costs one reload more, never one less.
    let stamp = file_stamp(&file);
    match std::fs::read(&file) {
        Ok(bytes) => {
            let content_type = content_type(&file);
            let body = if content_type.starts_with("text/html") {
                inject(bytes, &reload_tag(generation, stamp.as_deref()))
            } else {
                bytes
            };
            Reply {
                status: 200,
                content_type,
                body,
            }
        }
        Err(_) => not_found(root, generation),
    }
}

/// What tells one version of the page named by the `page=` parameter of `url` (a path of the
/// site, percent-encoded) from another: its size and modification time. A build writes a page
/// that changed as a new file and links a page that did not from the previous build (so its time
/// stays): an open page reloads when a later pass, the whole build that follows an edit
/// included, changed it. `None` without the parameter or for a page the site lacks.
fn page_stamp(root: &Path, url: &str) -> Option<String> {
    let query = url.split('#').next()?.split_once('?')?.1;
    let page = query.split('&').find_map(|kv| kv.strip_prefix("page="))?;
    file_stamp(&resolve(root, &crate::text::percent_decode(page)?).ok()?)
}

/// The size and modification time of `file`, as [`page_stamp`] tells versions apart.
fn file_stamp(file: &Path) -> Option<String> {
    let meta = std::fs::metadata(file).ok()?;
    let time = meta
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?;
    Some(format!("{}-{}", meta.len(), time.as_nanos()))
}

fn not_found(root: &Path, generation: u64) -> Reply {
    match std::fs::read(root.join(crate::link::site_map::NOT_FOUND_PAGE)) {
        Ok(b) => Reply {
            status: 404,
            content_type: "text/html; charset=utf-8",
            body: inject(b, &reload_tag(generation, None)),
        },
        Err(_) => text(404, "not found\n"),
    }
}

/// Adds `tag` (the reload script) before the last `</body>`.
pub fn inject(html: Vec<u8>, tag: &str) -> Vec<u8> {
    let Ok(s) = String::from_utf8(html) else {
        return Vec::new();
    };
    match s.rfind("</body>") {
        Some(i) => format!("{}{tag}\n{}", &s[..i], &s[i..]).into_bytes(),
        None => format!("{s}{tag}\n").into_bytes(),
    }
}

/// Content type by file extension.
pub fn content_type(path: &Path) -> &'static str {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(|e| e.to_ascii_lowercase())
        .as_deref()
    {
        Some("html" | "htm") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("csv") => "text/csv; charset=utf-8",
        Some("xml") => "application/xml",
        Some("txt") => "text/plain; charset=utf-8",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("gif") => "image/gif",
        Some("webp") => "image/webp",
        Some("ico") => "image/x-icon",
        Some("woff2") => "font/woff2",
        Some("woff") => "font/woff",
        Some("wasm") => "application/wasm",
        _ => "application/octet-stream",
    }
}

/// The file a request path names under `root` (which must be canonical). `Err(400)` for a path
/// that tries to leave the folder or is malformed, `Err(404)` for one that names nothing there.
pub fn resolve(root: &Path, url: &str) -> std::result::Result<PathBuf, u16> {
    let raw = url.split(['?', '#']).next().unwrap_or_default();
    if !raw.starts_with('/') || raw.contains('\\') {
        return Err(400);
    }
    let path = crate::text::percent_decode(raw).ok_or(400u16)?;
    // A `%` left after decoding once is a double encoding (`%252e`): never needed by the site.
    if path.contains(['%', '\\', '\0']) {
        return Err(400);
    }
    let mut file = root.to_path_buf();
    for seg in path.split('/') {
        if seg.is_empty() {
            continue;
        }
        if seg == "." || seg == ".." || seg.contains(':') {
            return Err(400);
        }
        file.push(seg);
    }
    let real = std::fs::canonicalize(&file).map_err(|_| 404u16)?;
    if !real.starts_with(root) {
        return Err(404);
    }
    let real = if real.is_dir() {
        let index = real.join(crate::link::site_map::INDEX_FILE);
        if !index.is_file() {
            return Err(404);
        }
        index
    } else {
        real
    };
    if !real.is_file() {
        return Err(404);
    }
    Ok(real)
}

/// Quiet time after the last change before a rebuild starts.
const SETTLE: Duration = Duration::from_millis(50);

/// Watches content, themes and the config; rebuilds after a burst of changes settles.
fn watch(
    opts: &ServeOptions,
    shared: Arc<Shared>,
    kept: render::Kept,
) -> Result<(notify::RecommendedWatcher, JoinHandle<()>)> {
    let (config, project) = crate::config::Config::locate(opts.config.as_deref())?;
    let _ = config;
    let config_file = opts
        .config
        .clone()
        .unwrap_or_else(|| PathBuf::from(crate::config::DEFAULT_CONFIG));
    let config_name = config_file.file_name().map(|n| n.to_os_string());
    let (tx, rx) = mpsc::channel::<notify::Result<notify::Event>>();
    let mut watcher = notify::recommended_watcher(tx)
        .map_err(|e| Error::other(format!("cannot watch for changes: {e}")))?;
    let mut watch_dir = |p: &Path, mode: RecursiveMode| -> Result<()> {
        if p.exists() {
            watcher
                .watch(p, mode)
                .map_err(|e| Error::other(format!("cannot watch {}: {e}", p.display())))?;
        }
        Ok(())
    };
    watch_dir(&opts.content, RecursiveMode::Recursive)?;
    watch_dir(&project.join("themes"), RecursiveMode::Recursive)?;
    let config_dir = match config_file.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    watch_dir(&config_dir, RecursiveMode::NonRecursive)?;
    let content = std::fs::canonicalize(&opts.content).unwrap_or_else(|_| opts.content.clone());
    let themes =
        std::fs::canonicalize(project.join("themes")).unwrap_or_else(|_| project.join("themes"));
    let relevant = move |ev: &notify::Event| {
        if matches!(ev.kind, notify::EventKind::Access(_)) {
            return false;
        }
        ev.paths.iter().any(|p| {
            p.starts_with(&content)
                || p.starts_with(&themes)
                || (p
                    .parent()
                    .map(|d| d.starts_with(&config_dir) || d == config_dir.as_path())
                    .unwrap_or(false)
                    && p.file_name().map(|n| n.to_os_string()) == config_name)
        })
    };
    let bopts = build_opts(opts);
    let content = std::fs::canonicalize(&opts.content).unwrap_or_else(|_| opts.content.clone());
    let served = shared.root.clone();
    // After an edit the pages are rebuilt and served first, with the search index of the site
    // being served: for an edit inside plan folders, only those plans' own pages and the pages of
    // the whole site, written in place; for any other change, every page. The whole site, with
    // its new search index, follows once no change has come for SEARCH_AFTER (a burst of edits
    // rebuilds the pages each time and the index once), so the other plans' pages are made again
    // too (an edited title shows on them).
    let handle = std::thread::spawn(move || {
        let mut search_pending = false;
        // The site as loaded, for the passes over plans: an edit costs what the edited plans
        // cost.
        let mut kept = Some(kept);
        // The whole build after an edit runs in the background, on threads of its own (the
        // passes of pages keep rayon's shared ones), and a newer change cancels it.
        let pool = rayon::ThreadPoolBuilder::new()
            .thread_name(|i| format!("plansite-whole-{i}"))
            .build()
            .ok()
            .map(Arc::new);
        let mut whole: Option<Whole> = None;
        loop {
            if let Some(w) = whole.take_if(|w| w.handle.is_finished()) {
                w.finish(&shared);
            }
            let stopping = shared.stop.load(Ordering::SeqCst);
            let ev = if stopping {
                None
            } else {
                let wait = if search_pending || whole.is_some() {
                    SEARCH_AFTER
                } else {
                    Duration::from_millis(200)
                };
                match rx.recv_timeout(wait) {
                    Ok(Ok(ev)) => Some(ev),
                    Ok(Err(_)) => continue,
                    Err(mpsc::RecvTimeoutError::Timeout) => {
                        if search_pending && whole.is_none() {
                            search_pending = false;
                            whole = Some(Whole::start(&bopts, pool.clone()));
                        }
                        continue;
                    }
                    Err(mpsc::RecvTimeoutError::Disconnected) => None,
                }
            };
            let Some(ev) = ev else {
                // The site left behind is whole, search index included.
                if let Some(w) = whole.take() {
                    w.finish(&shared);
                }
                if search_pending {
                    rebuild(&bopts, &shared, &Pass::Whole, &mut kept);
                }
                break;
            };
            if !relevant(&ev) {
                continue;
            }
            // The whole build under way is of the content before this change.
            let cancelled = whole.as_ref().is_some_and(|w| {
                w.cancel.cancel();
                true
            });
            let mut changed = ev.paths;
            // Let a burst of writes (an editor's save, a copy) settle: 50 ms without a new event.
            while let Ok(more) = rx.recv_timeout(SETTLE) {
                match more {
                    Ok(ev) if relevant(&ev) => changed.extend(ev.paths),
                    _ => {}
                }
            }
            let pass = match plans_touched(&changed, &content, &served) {
                Some(slugs) => Pass::Plans(slugs),
                None => Pass::Pages,
            };
            if pass == Pass::Pages {
                // Its staging folder and the cancelled build's must not be beside the output
                // at once.
                if let Some(w) = whole.take() {
                    w.finish(&shared);
                }
            }
            // A cancelled whole build is still owed, even if this pass fails.
            search_pending = rebuild(&bopts, &shared, &pass, &mut kept) || cancelled;
        }
    });
    Ok((watcher, handle))
}

/// The whole build that follows the passes of pages, on a thread of its own.
struct Whole {
    handle: JoinHandle<std::thread::Result<Result<render::BuildSummary>>>,
    cancel: Arc<render::output::Cancel>,
    started: Instant,
}

impl Whole {
    /// Starts the whole build of `bopts` on `pool` (rayon's shared threads without one).
    fn start(bopts: &BuildOptions, pool: Option<Arc<rayon::ThreadPool>>) -> Whole {
        let cancel = Arc::new(render::output::Cancel::default());
        let (opts, c) = (bopts.clone(), Arc::clone(&cancel));
        let handle = std::thread::spawn(move || {
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match pool {
                Some(pool) => pool.install(|| render::build_cancellable(&opts, c)),
                None => render::build_cancellable(&opts, c),
            }))
        });
        Whole {
            handle,
            cancel,
            started: Instant::now(),
        }
    }

    /// Waits for the build to end and reports how it ended; a cancelled build, silently.
    fn finish(self, shared: &Shared) {
        let ended = self.handle.join();
        release_freed_memory();
        if self.cancel.is_cancelled() {
            shared.cancelled.fetch_add(1, Ordering::SeqCst);
            crate::progress::verbose(|| "whole build cancelled by a newer change".to_string());
            return;
        }
        let built = match ended {
            Ok(Ok(built)) => built,
            Ok(Err(_)) | Err(_) => Err(Error::other("the whole build stopped unexpectedly")),
        };
        report(shared, &Pass::Whole, built, self.started.elapsed());
    }
}

/// Hands the memory a whole build freed back to the system: serve lives on between builds, and
/// the C allocator would otherwise keep the peak of the last one (on 1,000 plans, hundreds of
/// megabytes).
fn release_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free pages of the allocator's heaps to the system.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// How long serve waits without a change before it rebuilds the search index of an edit whose
/// pages it has served.
const SEARCH_AFTER: Duration = Duration::from_millis(150);

/// The passes of a rebuild in serve.
#[derive(Debug, Clone, PartialEq)]
enum Pass {
    /// The own pages of these plans, from the kept site with them read again, written into the
    /// site being served in place (`render::Kept::render_in_place`).
    Plans(BTreeSet<String>),
    /// Every page, with the search index of the site being served.
    Pages,
    /// The whole site.
    Whole,
}

/// The plans whose folders under `content` hold every one of `changed`, when each of them is a
/// plan of the site served from `served`; `None` when a change lies elsewhere (the config, the
/// theme, a file of the whole site such as `topics.toml`), is a plan's folder itself, or is in
/// a folder the served site has no plan of (a new, renamed or removed plan).
fn plans_touched(changed: &[PathBuf], content: &Path, served: &Path) -> Option<BTreeSet<String>> {
    let mut slugs = BTreeSet::new();
    for p in changed {
        let mut parts = p.strip_prefix(content).ok()?.components();
        let std::path::Component::Normal(slug) = parts.next()? else {
            return None;
        };
        parts.next()?;
        let slug = slug.to_str()?;
        let overview = crate::link::site_map::plan_index(slug);
        if !content.join(slug).is_dir() || !served.join(overview).is_file() {
            return None;
        }
        slugs.insert(slug.to_string());
    }
    (!slugs.is_empty()).then_some(slugs)
}

/// Rebuilds the site; a pass of pages that succeeds is a new generation (the pages reload).
/// `kept` is the site loaded for passes over plans: such a pass reads the edited plans into it
/// again (or loads it when there is none), and a pass of every page, whose change may lie
/// anywhere, drops it. Returns whether the pass succeeded.
fn rebuild(
    bopts: &BuildOptions,
    shared: &Shared,
    pass: &Pass,
    kept: &mut Option<render::Kept>,
) -> bool {
    let t = Instant::now();
    let built = match pass {
        Pass::Plans(slugs) => plans_pass(bopts, slugs, kept),
        Pass::Pages => {
            *kept = None;
            render::build_reusing_search(bopts)
        }
        Pass::Whole => render::build(bopts),
    };
    report(shared, pass, built, t.elapsed())
}

/// Reports how a pass ended (on the terminal, and to open pages); a pass of pages that
/// succeeded is a new generation. Returns whether it succeeded.
fn report(
    shared: &Shared,
    pass: &Pass,
    built: Result<render::BuildSummary>,
    took: Duration,
) -> bool {
    if let Err(e) = built {
        crate::progress::info(|| format!("error: rebuild failed: {e}"));
        *shared.last_error.lock().expect("lock") = Some(e.to_string());
        return false;
    }
    *shared.last_error.lock().expect("lock") = None;
    if *pass != Pass::Whole {
        *shared.last_rebuild.lock().expect("lock") = Some(took);
        let g = shared.generation.fetch_add(1, Ordering::SeqCst) + 1;
        crate::progress::info(|| format!("rebuilt in {} ms (generation {g})", took.as_millis()));
    } else {
        crate::progress::info(|| format!("search index rebuilt in {} ms", took.as_millis()));
    }
    true
}

/// The pages of the plans `slugs`, written in place, from the site `kept` with those plans read
/// again.
fn plans_pass(
    bopts: &BuildOptions,
    slugs: &BTreeSet<String>,
    kept: &mut Option<render::Kept>,
) -> Result<render::BuildSummary> {
    let k = match kept {
        Some(k) => {
            k.reload(slugs)?;
            k
        }
        None => kept.insert(render::Kept::load(bopts)?),
    };
    k.render_in_place(slugs, &bopts.out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::write_files;

    fn site() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("public");
        write_files(
            &root,
            &[
                ("index.html", "<html><body>hi</body></html>"),
                ("static/a.css", "a{}"),
            ],
        );
        std::fs::write(dir.path().join("secret.txt"), "secret").unwrap();
        let root = std::fs::canonicalize(root).unwrap();
        (dir, root)
    }

    #[test]
    fn the_version_names_the_pages_own_file_which_a_rewrite_changes() {
        let (_dir, root) = site();
        let version = |url: &str| -> serde_json::Value {
            let r = respond(&root, "GET", url, 3, None);
            assert_eq!(r.status, 200, "{url}");
            serde_json::from_slice(&r.body).unwrap()
        };
        let first = version("/__plansite/version?page=%2Findex.html");
        assert_eq!(first["generation"], 3);
        let stamp = first["page"].as_str().expect("a stamp").to_string();
        // The folder's address is its index page.
        assert_eq!(
            version("/__plansite/version?page=%2F")["page"],
            stamp.as_str()
        );
        // Written again (a new file in its place, as a build writes one), the page has a new
        // version; the generation alone does not tell.
        let file = root.join("index.html");
        let part = root.join(".index.html.part");
        std::fs::write(&part, "<html><body>hello</body></html>").unwrap();
        std::fs::rename(&part, &file).unwrap();
        let second = version("/__plansite/version?page=%2Findex.html");
        assert_eq!(second["generation"], 3);
        assert_ne!(second["page"], stamp.as_str());
        // No page asked, a page the site lacks, one outside it: no stamp.
        for url in [
            "/__plansite/version",
            "/__plansite/version?page=%2Fmissing.html",
            "/__plansite/version?page=%2F..%2Fsecret.txt",
            "/__plansite/version?page=%ZZ",
            "/__plansite/version?x=1&page=",
        ] {
            assert!(version(url)["page"].is_null(), "{url}");
        }
    }

    #[test]
    fn only_changes_inside_built_plans_folders_touch_plans_alone() {
        let dir = tempfile::tempdir().unwrap();
        let content = dir.path().join("content");
        let served = dir.path().join("public");
        write_files(
            &content,
            &[
                ("a/plan.toml", ""),
                ("a/01.md", ""),
                ("b/plan.toml", ""),
                ("new/plan.toml", ""),
                ("topics.toml", ""),
            ],
        );
        write_files(&served, &[("a/index.html", ""), ("b/index.html", "")]);
        let at = |rels: &[&str]| -> Vec<PathBuf> { rels.iter().map(|r| content.join(r)).collect() };
        let touched = |rels: &[&str]| plans_touched(&at(rels), &content, &served);
        let set = |slugs: &[&str]| Some(slugs.iter().map(|s| s.to_string()).collect());
        assert_eq!(touched(&["a/01.md"]), set(&["a"]));
        assert_eq!(
            touched(&["a/01.md", "a/.01.md.swp", "b/plan.toml"]),
            set(&["a", "b"])
        );
        // A file of the whole site, a plan folder itself, a plan not built yet, one removed.
        assert_eq!(touched(&["a/01.md", "topics.toml"]), None);
        assert_eq!(touched(&["a"]), None);
        assert_eq!(touched(&["new/plan.toml"]), None);
        std::fs::remove_dir_all(content.join("b")).unwrap();
        assert_eq!(touched(&["b/plan.toml"]), None);
        // Outside the content folder (the theme, the config), or nothing.
        let theme = vec![dir.path().join("themes/default/templates/base.html")];
        assert_eq!(plans_touched(&theme, &content, &served), None);
        assert_eq!(plans_touched(&[], &content, &served), None);
    }

    #[test]
    fn traversal_and_malformed_paths_are_refused() {
        let (_d, root) = site();
        for url in [
            "/../secret.txt",
            "/..%2fsecret.txt",
            "/..%2f..%2fetc/passwd",
            "/%2e%2e/secret.txt",
            "/%2E%2E%2Fsecret.txt",
            "/%252e%252e/secret.txt",
            "/static/..%5csecret.txt",
            "/..\\secret.txt",
            "/static/%5c..%5c..%5csecret.txt",
            "/C:/Windows/win.ini",
            "/a%00.html",
            "/%zz",
            "http://127.0.0.1/index.html",
            "secret.txt",
        ] {
            assert_eq!(resolve(&root, url), Err(400), "{url}");
        }
        assert_eq!(resolve(&root, "//etc/passwd"), Err(404));
        assert_eq!(resolve(&root, "/nope.html"), Err(404));
        assert_eq!(
            resolve(&root, "/").unwrap(),
            root.join("index.html"),
            "a folder serves its index.html"
        );
        assert_eq!(
            resolve(&root, "/static/a.css?x=1").unwrap(),
            root.join("static/a.css")
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_link_out_of_the_folder_is_not_followed() {
        let (d, root) = site();
        std::os::unix::fs::symlink(d.path().join("secret.txt"), root.join("leak.txt")).unwrap();
        assert_eq!(resolve(&root, "/leak.txt"), Err(404));
    }

    #[test]
    fn content_types_by_extension() {
        for (f, t) in [
            ("a.html", "text/html; charset=utf-8"),
            ("a.css", "text/css; charset=utf-8"),
            ("a.js", "text/javascript; charset=utf-8"),
            ("a.json", "application/json"),
            ("a.svg", "image/svg+xml"),
            ("a.csv", "text/csv; charset=utf-8"),
            ("sitemap.xml", "application/xml"),
            ("a.bin", "application/octet-stream"),
        ] {
            assert_eq!(content_type(Path::new(f)), t, "{f}");
        }
    }

    #[test]
    fn html_gets_the_reload_script_before_body_end() {
        let tag = reload_tag(3, Some("12-34"));
        assert_eq!(
            tag,
            "<script src=\"/__plansite/reload.js\" data-generation=\"3\" data-page=\"12-34\" defer></script>"
        );
        let out = String::from_utf8(inject(b"<p>x</p></body></html>".to_vec(), &tag)).unwrap();
        assert_eq!(out, format!("<p>x</p>{tag}\n</body></html>"));
        let (_d, root) = site();
        let r = respond(&root, "GET", "/", 3, None);
        assert_eq!(r.status, 200);
        // The page carries the generation and its own version as served, which the version
        // endpoint gives for it until it changes.
        let v = respond(&root, "GET", &format!("{VERSION_PATH}?page=%2F"), 3, None);
        let v: serde_json::Value = serde_json::from_slice(&v.body).unwrap();
        let served = reload_tag(3, v["page"].as_str());
        assert!(v["page"].is_string());
        assert!(String::from_utf8(r.body).unwrap().contains(&served));
        let v = respond(&root, "GET", VERSION_PATH, 3, None);
        let v: serde_json::Value = serde_json::from_slice(&v.body).unwrap();
        assert_eq!(v["generation"], 3);
        assert!(v["error"].is_null());
        assert_eq!(respond(&root, "POST", "/", 3, None).status, 405);
        assert_eq!(
            respond(&root, "GET", "/..%2fsecret.txt", 3, None).status,
            400
        );
    }
}
