// Harness of the browser tests (tests/browser/*.test.mjs): the built site, a tiny static server on
// 127.0.0.1 written with node's http module, and headless Debian Chromium through playwright-core.
//
// The site is PLANSITE_PUBLIC when set (scripts/test builds it once for every test file), otherwise
// built here once per test process with `cargo run --release -- build --out <tmp>`.
import { before, after } from 'node:test';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync, mkdirSync, readdirSync } from 'node:fs';
import { join, dirname, extname, normalize, sep, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../js/tempdir.mjs';

export const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const browserPath = '/usr/bin/chromium';
export const launchArgs = ['--headless', '--no-sandbox', '--disable-gpu',
  '--disable-background-networking', '--disable-component-update', '--no-first-run'];

let chromium = null;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  /* npm packages not installed */
}
/** Reason to skip the browser tests, or false. */
export const skip = (!chromium && 'npm ci first (playwright-core)') ||
  (!existsSync(browserPath) && 'no /usr/bin/chromium');
// scripts/test sets PLANSITE_REQUIRE_BROWSER: there a missing package or browser is a failure,
// never a skipped suite.
if (skip && process.env.PLANSITE_REQUIRE_BROWSER) {
  throw new Error(`browser suites cannot run: ${skip} (npm ci; apt-get install -y chromium fonts-noto-cjk)`);
}

/** axe-core from node_modules, injected into pages by the accessibility checks. */
export const axePath = join(repo, 'node_modules', 'axe-core', 'axe.min.js');
/** Reason to skip a suite that needs axe-core as well as the browser, or false. */
export const skipAxe = skip || (!existsSync(axePath) && 'npm ci first (axe-core)');

/** Injects axe-core into `page` (then `axe.run()` checks it). */
export function injectAxe(page) {
  return page.addScriptTag({ content: readFileSync(axePath, 'utf8') });
}

/**
 * Registers the test file's hooks: before its tests, serve the built site and launch the browser
 * (unless `skipReason`); after them, close both. Returns `{ srv, browser }`, filled in by then.
 */
export function openSite(skipReason = skip) {
  const ctx = { srv: null, browser: null };
  before(async () => {
    if (skipReason) return;
    ctx.srv = await serve(site());
    ctx.browser = await launch();
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.srv?.close();
  });
  return ctx;
}

/** The page types of the site, one representative page each (paths relative to the site root). */
export const PLAN = 'beijing-hrss-14th';
export const PAGES = {
  home: 'index.html',
  plan: `${PLAN}/index.html`,
  chapter: `${PLAN}/ch3.html`,
  box: `${PLAN}/box-17.html`,
  boxes: 'boxes.html',
  cited: 'cited.html',
  planCited: `${PLAN}/cited.html`,
  print: `${PLAN}/print.html`,
  indicators: `${PLAN}/indicators.html`,
  results: `${PLAN}/results.html`,
  comparison: 'indicators.html',
  search: `search.html?q=${encodeURIComponent('长期护理保险')}`,
  notFound: '404.html',
};

let built = null;
/** Folder of the built site. */
export function site() {
  if (built) return built;
  if (process.env.PLANSITE_PUBLIC) {
    built = process.env.PLANSITE_PUBLIC;
  } else {
    built = join(tempDir('plansite-browser-'), 'public');
    execFileSync('cargo', ['run', '--quiet', '--release', '--', 'build', '--out', built],
      { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  if (!existsSync(join(built, 'index.html'))) throw new Error(`no built site in ${built}`);
  return built;
}

/** Every HTML page of the site, relative to its root, with '/' separators. */
export function allPages(dir = site()) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8', '.png': 'image/png', '.ico': 'image/x-icon',
};

/**
 * Serves `dir` on 127.0.0.1 under `prefix` ('/' or '/some/sub/path/') with extra `headers` on
 * every response. Resolves to { url (of the site root), requests (paths asked), close() }.
 */
export function serve(dir, { prefix = '/', headers = {} } = {}) {
  const requests = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    const send = (status, body, type) => {
      res.writeHead(status, { 'Content-Type': type, ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (!path.startsWith(prefix)) return send(404, 'not under the site prefix', 'text/plain');
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(normalize(dir))) return send(403, 'forbidden', 'text/plain');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const nf = join(dir, '404.html');
      return send(404, existsSync(nf) ? readFileSync(nf) : 'not found', 'text/html; charset=utf-8');
    }
    send(200, readFileSync(file), TYPES[extname(file)] || 'application/octet-stream');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}${prefix}`,
        requests,
        close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }),
      });
    });
  });
}

/** Headless Debian Chromium. */
export function launch() {
  return chromium.launch({ executablePath: browserPath, args: launchArgs });
}

/** Collects page errors and console errors of a page into the returned array. */
export function watchErrors(page) {
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`); });
  // ERR_ABORTED: a request cut short by the next navigation (the favicon, typically).
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  return problems;
}

/** Waits until the search page has shown its hits (or said it found none). */
export async function searchSettled(page) {
  await page.waitForFunction(() => {
    const s = document.getElementById('ps-status');
    return s && s.textContent.length > 0 && !s.textContent.includes('正在');
  });
}

/** Folder for the screenshots of a test run (target/screenshots/). */
export function screenshotDir() {
  const d = join(repo, 'target', 'screenshots');
  mkdirSync(d, { recursive: true });
  return d;
}
