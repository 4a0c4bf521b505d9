// Measures plansite's search on a built site, and Pagefind on the same pages:
// total payload bytes and files; requests, bytes and time of a first query in a fresh headless
// Chromium (client JS, postings shards, text fragments of the hits shown); median warm query time over 50 queries; recall on 30
// exact phrases of the plans, quoted and unquoted (ground truth: units whose text contains the
// phrase, white space ignored as the analyzer ignores it).
//
//   cd bench && npm install --no-package-lock && node search.mjs [--public ../public] [--no-pagefind] [--write]
//
// The site must be built first (`plansite build`, which writes public/search/). Without a built
// search.html (the render stage), a minimal page with the same elements is used. Everything is
// served on 127.0.0.1 by this script and stops with it.
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, readdirSync, statSync, existsSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, extname, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const publicDir = resolve(opt('--public', join(here, '..', 'public')));
const withPagefind = !args.includes('--no-pagefind');
// The client as the site ships it (joined by the build from themes/default/js/search/).
const client = createRequire(import.meta.url)(join(publicDir, 'static', 'search.js'));

// 30 policy phrases that occur in the two shipped plans.
export const PHRASES = [
  '新就业形态', '长期护理保险', '灵活就业', '城镇调查失业率', '高校毕业生', '职业技能提升行动',
  '公共就业服务', '社会保险基金', '工伤保险', '失业保险', '养老保险', '医疗保障', '劳动关系',
  '根治欠薪', '技能人才', '创业担保贷款', '人力资源服务', '企业年金', '医保目录', '带量采购',
  '异地就医', '劳动人事争议', '事业单位', '收入分配', '最低工资', '就业困难人员', '稳就业保就业',
  '全民参保', '家政服务', '职业技能培训',
];

// 50 queries for the warm timing: the phrases, some two-word and some short queries.
// First queries: one word, two words, a quoted phrase, a frequent character's words, a long word.
const QUERIES = ['长期护理保险', '新就业形态', '灵活就业', '养老保险 制度', '"社会保障体系"', '就业', '发展', '职业技能提升行动'];

const WARM = [...PHRASES, '就业 创业', '养老 保险', '医疗 救助', '人才 评价', '2025年', 'DRG',
  '十四五', '社会保障体系', '职业 培训', '劳动 仲裁', '农村劳动力', '退役军人', '数字化', '长三角',
  '高技能人才', '待遇 调整', '基金 监管', '服务 平台', '就业 优先', '新业态'];

const CHROME_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run'];

const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css',
  '.json': 'application/json', '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.svg': 'image/svg+xml' };

function serve(root, extra = {}) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (extra[path]) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(extra[path]);
      return;
    }
    const file = join(root, path.endsWith('/') ? path + 'index.html' : path);
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404);
      res.end();
      return;
    }
    const headers = { 'content-type': MIME[extname(file)] || 'application/octet-stream' };
    // plansite runs under a strict policy; Pagefind needs WebAssembly, which it forbids.
    if (!path.startsWith('/pagefind_bench/')) headers['content-security-policy'] = "default-src 'self'";
    res.writeHead(200, headers);
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

function walk(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const bytesOf = (files) => files.reduce((n, f) => n + statSync(f).size, 0);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const kib = (n) => (n / 1024).toFixed(1) + ' KiB';

const STUB = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>搜索</title>
<link rel="stylesheet" href="static/search.css"></head><body><section id="ps-search">
<form id="ps-form"><input id="ps-q" name="q"><select id="ps-plan"><option value=""></option></select>
<select id="ps-kind"><option value=""></option></select></form><p id="ps-status"></p><div id="ps-plans"></div>
<ol id="ps-results"></ol><button id="ps-more" hidden></button></section>
<script src="static/search.js" defer></script><script src="static/search-page.js" defer></script></body></html>`;

/** Requests and bytes a page makes under /static/search.js, /static/search-page.js,
 * /static/plansite.js and /search/. */
function track(page) {
  const seen = [];
  page.on('response', async (r) => {
    const u = new URL(r.url());
    if (!/^\/(static\/(search|search-page|plansite)\.js|search\/|pagefind)/.test(u.pathname)) return;
    try { seen.push({ url: u.pathname, bytes: (await r.body()).length }); } catch { /* aborted */ }
  });
  return seen;
}

/** Cold runs of each first query (a fresh browser context each); the table gives the median. */
const COLD_RUNS = 5;

/** The run of median time, with every run's time. */
function medianRun(runs) {
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  return { ...sorted[Math.floor(sorted.length / 2)], runs: runs.map((r) => r.ms) };
}

async function ourFirstQuery(browser, base, page0, q) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const seen = track(page);
  const t0 = Date.now();
  await page.goto(`${base}/${page0}?q=${encodeURIComponent(q)}`);
  await page.waitForSelector('.ps-hit', { timeout: 10000 });
  const ms = Date.now() - t0;
  await page.waitForTimeout(200);
  const shown = await page.$$eval('.ps-hit', (x) => x.length);
  await ctx.close();
  return { requests: seen.length, bytes: seen.reduce((n, s) => n + s.bytes, 0), ms, shown, files: seen.map((s) => s.url) };
}

async function ourApiFirstQuery(browser, base, q) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const seen = track(page);
  await page.goto(`${base}/__blank.html`);
  const t0 = Date.now();
  await page.evaluate((q) => window.plansite.search(q, { limit: 5 }), q);
  const ms = Date.now() - t0;
  await page.waitForTimeout(200);
  await ctx.close();
  return { requests: seen.length, bytes: seen.reduce((n, s) => n + s.bytes, 0), ms, files: seen.map((s) => s.url) };
}

async function ourWarm(browser, base) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(`${base}/__blank.html`);
  const times = await page.evaluate(async (qs) => {
    const out = [];
    for (const q of qs) {
      await window.plansite.query(q, { limit: 10 });
      const t = performance.now();
      for (let i = 0; i < 20; i++) await window.plansite.query(q, { limit: 10 });
      out.push((performance.now() - t) / 20);
    }
    return out;
  }, WARM);
  await ctx.close();
  return median(times);
}

async function pagefindFirstQuery(browser, base, q) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const seen = track(page);
  await page.goto(`${base}/__pf.html`);
  const t0 = Date.now();
  const urls = await page.evaluate(async (q) => {
    const pf = await import('/pagefind_bench/pagefind.js');
    const r = await pf.search(q);
    const data = await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
    return data.map((d) => d.url);
  }, q);
  const ms = Date.now() - t0;
  await page.waitForTimeout(200);
  await ctx.close();
  return { requests: seen.length, bytes: seen.reduce((n, s) => n + s.bytes, 0), ms, urls };
}

async function pagefindWarm(browser, base) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(`${base}/__pf.html`);
  const times = await page.evaluate(async (qs) => {
    const pf = await import('/pagefind_bench/pagefind.js');
    const out = [];
    for (const q of qs) {
      await pf.search(q);
      const t = performance.now();
      for (let i = 0; i < 20; i++) await pf.search(q);
      out.push((performance.now() - t) / 20);
    }
    return out;
  }, WARM);
  await ctx.close();
  return median(times);
}

/** The data of search/NAME.js (`window.__plansiteData("NAME", JSON);`). */
function readData(searchDir, name) {
  const text = readFileSync(join(searchDir, name + '.js'), 'utf8');
  return JSON.parse(text.slice(`window.__plansiteData(${JSON.stringify(name)},`.length, -3));
}

/** Every search document as stored, [url, title, citation-ish, text], read from the fragments. */
function storedDocs(searchDir) {
  const out = [];
  const names = readdirSync(join(searchDir, 'f')).map((f) => Number(f.replace(/\.js$/, ''))).sort((a, b) => a - b);
  for (const i of names) {
    const x = client.decodeFragment(readData(searchDir, `f/${i}`));
    x.docs.forEach((d, k) => { out[x.from + k] = [x.pages[d[0]] + '#' + d[1], x.titles[d[2]], d[3], d[4]]; });
  }
  return out;
}

/** Without rendered pages: one plain page per site page, each unit a <p id=anchor>, so Pagefind
 * indexes the same text. Returns the files written (removed at the end). */
function writeStandInPages(searchDir, root) {
  const pages = new Map();
  for (const [url, , , text] of storedDocs(searchDir)) {
    const [page, anchor] = url.split('#');
    if (!pages.has(page)) pages.set(page, []);
    pages.get(page).push(`<p id="${anchor}">${client.escapeHtml(text)}</p>`);
  }
  const written = [];
  for (const [page, paras] of pages) {
    const file = join(root, page);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${page}</title></head><body><main>${paras.join('\n')}</main></body></html>`);
    written.push(file);
  }
  return written;
}

/** Recall of the client (run under node on the same files) on PHRASES. */
async function recall(searchDir) {
  const engine = client.createEngine({ root: '', load: async (n) => readData(searchDir, n) });
  const docs = storedDocs(searchDir);
  // The text as search compares it: width folded, lower case, white space removed.
  const norm = (s) => Array.from(s).map((c) => {
    const cp = c.codePointAt(0);
    return String.fromCodePoint(cp >= 0xff01 && cp <= 0xff5e ? cp - 0xfee0 : cp).toLowerCase();
  }).join('').replace(/[\s\u200b-\u200d\ufeff]/gu, '');
  const texts = docs.map((d) => norm(d[3]));
  const rows = [];
  for (const p of PHRASES) {
    const truth = new Set(texts.flatMap((t, i) => (t.includes(norm(p)) ? [i] : [])));
    const row = { phrase: p, truth: truth.size };
    for (const [label, q] of [['unquoted', p], ['quoted', `"${p}"`]]) {
      const r = await engine.rank(q, {});
      const found = new Set(r.docs);
      row[label] = { found: [...truth].filter((d) => found.has(d)).length, extra: [...found].filter((d) => !truth.has(d)).length };
    }
    rows.push(row);
  }
  return rows;
}

async function main() {
  const searchDir = join(publicDir, 'search');
  if (!existsSync(join(searchDir, 'meta.js'))) {
    throw new Error(`no search index under ${searchDir}: build the site first`);
  }
  const indexFiles = walk(searchDir);
  const jsBytes = bytesOf(indexFiles.filter((f) => f.endsWith('.js')));
  const clientBytes = bytesOf([join(publicDir, 'static', 'search.js')]);
  // The search page's script (the results list, the marks of a hit's words) is part of the payload
  // too, though a query through the API does not load it.
  const pageScript = join(publicDir, 'static', 'search-page.js');
  const pageScriptBytes = existsSync(pageScript) ? bytesOf([pageScript]) : 0;
  const hasPage = existsSync(join(publicDir, 'search.html'));
  const pageName = hasPage ? 'search.html' : '__bench_search.html';
  const extra = {
    '/__bench_search.html': STUB,
    '/__blank.html': '<!doctype html><meta charset="utf-8"><title>blank</title><body><script src="static/plansite.js"></script>',
    '/__pf.html': '<!doctype html><meta charset="utf-8"><title>pf</title><body>', // served without CSP
  };
  let htmlPages = walk(publicDir).filter((f) => f.endsWith('.html') && !f.endsWith('search.html'));
  let standIn = false;
  if (withPagefind && htmlPages.length === 0) {
    htmlPages = writeStandInPages(searchDir, publicDir);
    standIn = true;
  }
  const pagefindOk = withPagefind && htmlPages.length > 0;
  if (pagefindOk) {
    rmSync(join(publicDir, 'pagefind_bench'), { recursive: true, force: true });
    execFileSync(join(here, 'node_modules', '.bin', 'pagefind'),
      ['--site', publicDir, '--output-subdir', 'pagefind_bench', '--force-language', 'zh'], { stdio: 'ignore' });
  }
  const server = await serve(publicDir, extra);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROME_ARGS });
  const out = {};
  try {
    out.page = [];
    for (const q of QUERIES) {
      const runs = [];
      for (let i = 0; i < COLD_RUNS; i++) runs.push(await ourFirstQuery(browser, base, pageName, q));
      out.page.push({ q, ...medianRun(runs) });
    }
    // plansite's and Pagefind's cold runs of a query alternate, so that a slower moment of the
    // machine weighs on both alike.
    out.api = [];
    if (pagefindOk) out.pf = [];
    for (const q of QUERIES) {
      const ours = [];
      const theirs = [];
      for (let i = 0; i < COLD_RUNS; i++) {
        ours.push(await ourApiFirstQuery(browser, base, q));
        if (pagefindOk) theirs.push(await pagefindFirstQuery(browser, base, q));
      }
      out.api.push({ q, ...medianRun(ours) });
      if (pagefindOk) out.pf.push({ q, ...medianRun(theirs) });
    }
    out.warm = await ourWarm(browser, base);
    if (pagefindOk) {
      out.pfWarm = await pagefindWarm(browser, base);
      const pfFiles = walk(join(publicDir, 'pagefind_bench'));
      out.pfIndexBytes = bytesOf(pfFiles);
      out.pfFiles = pfFiles.length;
    }
  } finally {
    await browser.close();
    server.close();
    if (pagefindOk) rmSync(join(publicDir, 'pagefind_bench'), { recursive: true, force: true });
    if (standIn) {
      htmlPages.forEach((f) => rmSync(f, { force: true }));
      new Set(htmlPages.map((f) => dirname(f))).forEach((d) => {
        if (d !== publicDir && readdirSync(d).length === 0) rmSync(d, { recursive: true });
      });
    }
  }
  out.recall = await recall(searchDir);

  const lines = [];
  lines.push(`# Search benchmark (${new Date().toISOString().slice(0, 10)}, ${publicDir})`, '');
  const payload = jsBytes + clientBytes + pageScriptBytes;
  const textBytes = storedDocs(searchDir).reduce((n, d) => n + Buffer.byteLength(d[3]), 0);
  const biggest = (dir) => Math.max(...walk(join(searchDir, dir)).map((f) => statSync(f).size));
  const ratio = (a, b) => (b ? (a / b).toFixed(2) : '—');
  lines.push(`- plansite search payload (search/*.js + client): ${kib(payload)} in ${indexFiles.filter((f) => f.endsWith('.js')).length + 1 + (pageScriptBytes ? 1 : 0)} files (postings p/: ${walk(join(searchDir, 'p')).length} files, ${kib(bytesOf(walk(join(searchDir, 'p'))))}, largest ${kib(biggest('p'))}; fragments f/: ${walk(join(searchDir, 'f')).length} files, ${kib(bytesOf(walk(join(searchDir, 'f'))))}, largest ${kib(biggest('f'))}; meta ${kib(bytesOf([join(searchDir, 'meta.js')]))}; client static/search.js ${kib(clientBytes)}, search page static/search-page.js ${kib(pageScriptBytes)}); indexed text ${kib(textBytes)}, payload ÷ text = ${ratio(payload, textBytes)}`);
  if (out.pfIndexBytes) lines.push(`- Pagefind index of the same ${standIn ? 'text (stand-in pages: one <p id=anchor> per unit, no rendered site yet)' : 'pages'}: ${kib(out.pfIndexBytes)} in ${out.pfFiles} files; plansite ÷ Pagefind: bytes ${ratio(payload, out.pfIndexBytes)}, files ${ratio(indexFiles.filter((f) => f.endsWith('.js')).length + 1, out.pfFiles)}`);
  lines.push(`- search page used: ${hasPage ? 'public/search.html' : 'minimal stand-in page (no rendered search.html)'}`, '');
  lines.push(`| first query (fresh browser context; ms: median of ${COLD_RUNS} runs, each run's in brackets) | requests | bytes | ms (page: navigation to first hit shown; API: search() with client already loaded; Pagefind: import + search + data) | hits shown |`, '|---|---|---|---|---|');
  const ms = (r) => `${r.ms} (${r.runs.join(', ')})`;
  out.page.forEach((r) => lines.push(`| page ?q=${r.q} | ${r.requests} | ${kib(r.bytes)} | ${ms(r)} | ${r.shown} |`));
  out.api.forEach((r) => lines.push(`| API limit 5 (plansite.js loads the client): ${r.q} | ${r.requests} | ${kib(r.bytes)} | ${ms(r)} | 5 |`));
  (out.pf || []).forEach((r) => lines.push(`| Pagefind + data() of top 5: ${r.q} | ${r.requests} | ${kib(r.bytes)} | ${ms(r)} | 5 |`));
  if (out.pf) {
    lines.push('', '| first query, API vs Pagefind | requests | bytes ratio | cold ms ratio |', '|---|---|---|---|');
    out.api.forEach((r, i) => {
      const p = out.pf[i];
      lines.push(`| ${r.q} | ${r.requests} vs ${p.requests} | ${ratio(r.bytes, p.bytes)} | ${ratio(r.ms, p.ms)} |`);
    });
  }
  lines.push('', `- warm query, median of ${WARM.length}: plansite ${out.warm.toFixed(3)} ms` + (out.pfWarm != null ? `, Pagefind ${out.pfWarm.toFixed(3)} ms` : ''));
  const sum = (k, f) => out.recall.reduce((n, r) => n + r[k][f], 0);
  const truth = out.recall.reduce((n, r) => n + r.truth, 0);
  lines.push(`- recall on ${PHRASES.length} phrases (${truth} units hold them): unquoted ${sum('unquoted', 'found')}/${truth}, ${sum('unquoted', 'extra')} extra; quoted ${sum('quoted', 'found')}/${truth}, ${sum('quoted', 'extra')} extra`);
  const missing = out.recall.filter((r) => r.truth === 0).map((r) => r.phrase);
  if (missing.length) lines.push(`- phrases not in the plans: ${missing.join(', ')}`);
  lines.push('', '<details><summary>files of the first queries</summary>', '');
  out.page.concat(out.api).forEach((r) => lines.push(`- ${r.q}: ${r.files.join(' ')}`));
  lines.push('', '</details>');
  const text = lines.join('\n') + '\n';
  process.stdout.write(text);
  if (args.includes('--write')) writeFileSync(join(here, 'RESULTS.md'), text);
  const ok = sum('unquoted', 'found') === truth && sum('quoted', 'found') === truth &&
    sum('unquoted', 'extra') === 0 && sum('quoted', 'extra') === 0;
  if (!ok) process.exitCode = 1;
}

main().catch((e) => { console.error(e); process.exit(1); });
