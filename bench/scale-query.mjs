// First query on a built site in a fresh headless Chromium: requests and bytes fetched, time from
// navigation to the first hit shown, and the median warm query time (window.plansite.query, 20
// runs). Prints one JSON line. Used by bench/scale.sh; the site is served on 127.0.0.1 by this
// script (node's http module) and the server stops with it.
//
//   node bench/scale-query.mjs --public DIR [--query 长期护理保险]
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const dir = resolve(opt('--public', 'public'));
const query = opt('--query', '长期护理保险');
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml' };

let log = [];
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  let file = normalize(join(dir, path));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file.startsWith(dir) || !existsSync(file)) {
    res.writeHead(404);
    res.end();
    return;
  }
  const body = readFileSync(file);
  log.push({ path, bytes: body.length });
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store' });
  res.end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--no-first-run'],
});
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  log = [];
  const t0 = Date.now();
  await page.goto(`${base}search.html?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('.ps-hit', { timeout: 120000 });
  const firstMs = Date.now() - t0;
  const hits = await page.$$eval('.ps-hit', (x) => x.length);
  const status = await page.textContent('#ps-status');
  const page0 = log.filter((r) => !r.path.startsWith('/search/'));
  const index = log.filter((r) => r.path.startsWith('/search/'));
  const sum = (xs) => xs.reduce((a, r) => a + r.bytes, 0);
  const search = log.filter((r) => r.path.startsWith('/search/') || r.path === '/static/search.js' || r.path === '/static/search-page.js');
  // The warm query is timed once the first query's page has settled: the results page may still
  // fetch and lay out the text of the other hits it shows, which is not the query's cost.
  await page.waitForLoadState('networkidle');
  const warm = await page.evaluate(async (q) => {
    const times = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      await window.plansite.query(q, { limit: 10 });
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return times[10];
  }, query);
  console.log(JSON.stringify({
    query, status, hits, firstMs,
    requests: log.length, bytes: sum(log),
    pageBytes: sum(page0), indexRequests: index.length, indexBytes: sum(index),
    searchRequests: search.length, searchBytes: sum(search),
    largestIndexFile: Math.max(0, ...index.map((r) => r.bytes)),
    warmMedianMs: Number(warm.toFixed(2)),
  }));
} finally {
  await browser.close();
  server.close();
}
