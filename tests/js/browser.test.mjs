// The search page in headless Chromium, opened from file:// under a sub-path with
// Content-Security-Policy default-src 'self': deep link ?q=, every occurrence listed with a link to
// its anchor, escaped highlighted snippets, counts per plan, plan filter, arrow-key navigation.
import test from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { clientSource, fixture, run, site as shipped } from './helpers.mjs';
import { tempDir } from './tempdir.mjs';

let chromium = null;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  /* npm packages not installed */
}
const browserPath = '/usr/bin/chromium';
const skip = (!chromium && 'npm ci first (playwright-core)') || (!existsSync(browserPath) && 'no /usr/bin/chromium');
if (skip && process.env.PLANSITE_REQUIRE_BROWSER) throw new Error(`browser suite cannot run: ${skip}`);

// The elements and scripts templates/search.html gives the client (without base.html around it).
const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'"><title>搜索</title>
<link rel="stylesheet" href="static/search.css"></head><body><section id="ps-search">
<form id="ps-form" action="search.html"><input id="ps-q" name="q"><select id="ps-plan" name="plan"><option value="">全部规划</option></select>
<select id="ps-kind" name="kind"><option value="">全部类型</option><option value="box">专栏</option></select><button>搜索</button></form>
<p id="ps-status"></p><div id="ps-plans"></div><ol id="ps-results"></ol><button id="ps-more" hidden></button></section>
<script src="static/search.js" defer></script><script src="static/search-page.js" defer></script></body></html>`;

/**
 * Runs `check(page)` on a new page of headless Chromium, then asserts that the page raised no error
 * and logged none to the console.
 */
async function inBrowser(check) {
  const browser = await chromium.launch({
    executablePath: browserPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    await check(page);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
  }
}

function site(content = fixture) {
  const root = join(tempDir('plansite-page-'), 'intranet', 'plans');
  mkdirSync(root, { recursive: true });
  // As the build does it: the shipped static files and the joined client, then the export under
  // search/ (the client loads its meta data from search/meta.js).
  cpSync(join(shipped, 'static'), join(root, 'static'), { recursive: true });
  writeFileSync(join(root, 'static', 'search.js'), clientSource);
  run(['search-index', '--content', content, '--out', root]);
  writeFileSync(join(root, 'search.html'), PAGE);
  mkdirSync(join(root, 'beijing-hrss-14th'));
  writeFileSync(join(root, 'beijing-hrss-14th', 'other.html'), `<!doctype html><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'"><title>other</title>
<script src="../static/plansite.js" defer></script><body>`);
  return root;
}

test('search page from file:// under a sub-path', { skip }, async () => {
  const root = site();
  await inBrowser(async (page) => {
    const base = pathToFileURL(join(root, 'search.html')).href;
    await page.goto(`${base}?q=${encodeURIComponent('新就业形态')}`);
    await page.waitForSelector('.ps-hit');
    const hits = await page.$$eval('.ps-hit', (els) => els.map((e) => ({
      href: e.querySelector('a').href,
      snippet: e.querySelector('.ps-snippet').innerHTML,
    })));
    assert.ok(hits.length >= 5, `${hits.length} hits`);
    const siteRoot = pathToFileURL(root).href + '/';
    for (const h of hits) {
      // The link carries the query for the page to mark it, then the anchor.
      assert.ok(h.href.startsWith(siteRoot) && /\.html\?hl=[^#]+#[\w-]+$/.test(h.href), h.href);
      assert.equal(new URL(h.href).searchParams.get('hl'), '新就业形态');
      assert.match(h.snippet, /<mark>新就业形态<\/mark>/);
    }
    // Every occurrence is its own hit: the same page appears with several anchors.
    const pages = hits.map((h) => h.href.split(/[?#]/)[0]);
    assert.ok(new Set(pages).size < pages.length, 'several hits on one page');
    assert.match(await page.textContent('#ps-status'), /找到 \d+ 处/);
    const counts = await page.$$eval('#ps-plans button', (bs) => bs.map((b) => b.textContent));
    assert.equal(counts.length, 2, counts.join());

    // Keyboard: ↓ from the box focuses the first hit, ↓ again the second, ↑ goes back.
    await page.focus('#ps-q');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement.href), hits[0].href);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    assert.equal(await page.evaluate(() => document.activeElement.href), hits[0].href);

    // Plan filter by clicking the per-plan count.
    await page.click('#ps-plans button[data-plan="pudong-employment-14th"]');
    await page.waitForFunction(() => document.querySelectorAll('.ps-hit').length > 0 &&
      [...document.querySelectorAll('.ps-hit a')].every((a) => a.href.includes('/pudong-employment-14th/')));

    // Markup typed in the query is text, never HTML.
    await page.goto(`${base}?q=${encodeURIComponent('<img src=x>就业')}`);
    await page.waitForFunction(() => document.getElementById('ps-status').textContent.length > 0 &&
      !document.getElementById('ps-status').textContent.includes('正在'));
    assert.equal(await page.$$eval('#ps-search img', (x) => x.length), 0);

    // Any page: plansite.js finds the site root from its own URL and loads the client on demand.
    await page.goto(pathToFileURL(join(root, 'beijing-hrss-14th', 'other.html')).href);
    const api = await page.evaluate(async () => {
      const hits = await window.plansite.search('长期护理保险', { limit: 3, kind: 'paragraph' });
      return { n: hits.length, total: hits.total, urls: hits.map((h) => h.url), kinds: hits.map((h) => h.kind) };
    });
    assert.ok(api.n >= 1 && api.total >= api.n, JSON.stringify(api));
    assert.ok(api.urls.every((u) => u.startsWith(siteRoot)), api.urls.join());
    assert.ok(api.kinds.every((k) => k === 'paragraph'), api.kinds.join());
  });
});

// Facets from the plans' metadata: one labelled group of toggles per facet, counts per value, and
// a deep link with a facet filters the hits.
test('search page: facet groups with counts and a deep-linked facet filter', { skip }, async () => {
  const data = JSON.parse(readFileSync(fixture, 'utf8'));
  Object.assign(data.plans[0].meta, { period: '十四五', region: '北京市', issuers: ['北京市人力资源和社会保障局'] });
  Object.assign(data.plans[1].meta, { period: '十四五', region: '上海市浦东新区', issuers: ['上海浦东新区人民政府'] });
  const dir = tempDir('plansite-facet-site-');
  writeFileSync(join(dir, 'site.json'), JSON.stringify(data));
  const root = site(join(dir, 'site.json'));
  await inBrowser(async (page) => {
    const base = pathToFileURL(join(root, 'search.html')).href;
    await page.goto(`${base}?q=${encodeURIComponent('就业')}&region=${encodeURIComponent('北京市')}`);
    await page.waitForSelector('.ps-hit');
    const groups = await page.$$eval('#ps-facets [role="group"]', (gs) => gs.map((g) => ({
      label: g.getAttribute('aria-label'),
      buttons: [...g.querySelectorAll('button')].map((b) => [b.textContent, b.getAttribute('aria-pressed')]),
    })));
    assert.equal(groups.length, 3, JSON.stringify(groups));
    const region = groups.find((g) => g.label.startsWith('地区'));
    assert.ok(region.buttons.some(([t, p]) => /^北京市 \d+$/.test(t) && p === 'true'), JSON.stringify(region));
    assert.ok(region.buttons.some(([t, p]) => /^上海市浦东新区 \d+$/.test(t) && p === 'false'), JSON.stringify(region));
    const hrefs = await page.$$eval('.ps-hit a', (as) => as.map((a) => a.href));
    assert.ok(hrefs.length > 0 && hrefs.every((h) => h.includes('/beijing-hrss-14th/')), hrefs.join());
    // Clicking the pressed value clears the filter: hits from both plans again.
    await page.click('#ps-facets button[data-value="北京市"]');
    await page.waitForFunction(() => [...document.querySelectorAll('#ps-plans button')].length === 2 &&
      !location.search.includes('region='));
  });
});
