// Chinese typesetting of the site's own words in headless Chromium: a count never parts from its
// unit at the end of a line; headings that carry their own numbers (第一章, 第一节, （一）, 专栏 1)
// are not numbered again by their lists' markers; the site's labels use full-width punctuation.
import test from 'node:test';
import assert from 'node:assert/strict';
import { skip, searchSettled, PLAN, openSite } from './harness.mjs';

const ctx = openSite(skip);

/** The site's own words that hold counts, on the pages that show them. */
const COUNTED = {
  [`${PLAN}/ch3.html`]: '.topic-links',
  'topics/index.html': '.topic-counts',
  'topics/employment.html': '.topic-keys',
  [`${PLAN}/results.html`]: '.verdict-summary, .anomaly-summary',
  'matrix/index.html': 'caption, .count',
  [`${PLAN}/commitments.html`]: 'main h2',
  'index.html': '.count',
  [`search.html?q=${encodeURIComponent('浦东')}&plan=${PLAN}`]: '#ps-status',
  [`search.html?q=${encodeURIComponent('就业')}&plan=${PLAN}`]: '#ps-status',
};
const COUNT = /\d+\s?(?:处|节|项|个|部|段|格|组)/g;

/** Every count with its unit in `sel`: its text, whether it may wrap, and its lines. */
const countsIn = ([sel, source]) => {
  const re = new RegExp(source, 'g');
  const out = [];
  for (const root of document.querySelectorAll(sel)) {
    const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      for (const m of n.data.matchAll(re)) {
        const r = document.createRange();
        r.setStart(n, m.index);
        r.setEnd(n, m.index + m[0].length);
        const lines = new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size;
        out.push({ text: m[0], wraps: getComputedStyle(n.parentElement).whiteSpace !== 'nowrap', lines });
      }
    }
  }
  return out;
};

test('a count and its unit stay on one line (工伤保险（2处）, 13节, 找到 52 处)', { skip }, async () => {
  const page = await ctx.browser.newPage({ viewport: { width: 375, height: 740 } });
  const loose = [];
  const none = [];
  for (const [path, sel] of Object.entries(COUNTED)) {
    await page.goto(ctx.srv.url + path);
    if (path.startsWith('search.html')) await searchSettled(page);
    const counts = await page.evaluate(countsIn, [sel, COUNT.source]);
    if (!counts.length) none.push(`${path}: ${sel}`);
    for (const c of counts) if (c.wraps) loose.push(`${path}: ${c.text}`);
  }
  assert.deepEqual(loose, [], 'counts that may part from their unit');
  assert.deepEqual(none, [], 'places without the counts they should show');
  // At every width of a phone the chapter's topic links keep each count whole.
  await page.goto(`${ctx.srv.url}${PLAN}/ch3.html`);
  for (let width = 300; width <= 440; width += 7) {
    await page.setViewportSize({ width, height: 740 });
    const split = (await page.evaluate(countsIn, ['.topic-links', COUNT.source])).filter((c) => c.lines > 1);
    assert.deepEqual(split, [], `${width} px`);
  }
  await page.close();
});

test('headings with their own numbers are not numbered again by list markers; the lists stay lists', { skip }, async () => {
  const page = await ctx.browser.newPage();
  const lists = {
    [`${PLAN}/index.html`]: '.toc > ol, .toc ol ol, .box-list',
    'pudong-employment-14th/index.html': '.toc > ol, .toc ol ol',
    [`${PLAN}/ch3.html`]: '.sec-toc ol',
    'boxes.html': '.box-list',
  };
  for (const [path, sel] of Object.entries(lists)) {
    await page.goto(ctx.srv.url + path);
    const f = await page.evaluate((s) => {
      const items = [...document.querySelectorAll(s)].flatMap((ol) => [...ol.children]);
      const own = items.filter((li) => li.querySelector(':scope > a > .lbl')?.textContent.trim());
      return {
        own: own.length,
        marked: own.filter((li) => getComputedStyle(li).listStyleType !== 'none' &&
          getComputedStyle(li, '::marker').content !== 'none' && getComputedStyle(li).display === 'list-item')
          .map((li) => li.textContent.slice(0, 12)),
        ols: [...document.querySelectorAll(s)].filter((ol) => ol.tagName !== 'OL').length,
      };
    }, sel);
    assert.ok(f.own > 0, `${path}: entries with their own numbers`);
    assert.deepEqual(f.marked, [], `${path}: entries numbered twice`);
    assert.equal(f.ols, 0, `${path}: ordered lists`);
  }
  // Assistive technology still gets lists with their items.
  await page.goto(`${ctx.srv.url}${PLAN}/index.html`);
  const toc = page.locator('nav.toc');
  assert.ok(await toc.getByRole('list').count() >= 2, 'the contents are lists');
  assert.equal(await toc.getByRole('listitem').count(), await toc.locator('li').count(), 'every entry is a list item');
  await page.close();
});

test('the site\'s own words use full-width punctuation', { skip }, async () => {
  const page = await ctx.browser.newPage();
  // Texts the templates write, as they read on the page (the plans' own text is quoted as is).
  const own = {
    [`${PLAN}/index.html`]: 'a[href$="indicators.html"]',
    [`${PLAN}/indicators.html`]: '.downloads, .method, .related, a.aligned',
    [`${PLAN}/results.html`]: '.downloads, .verdict-summary, .anomaly-summary, .method',
    'indicators.html': '.method, .status, .pairs-rule, .no-difference, .scope-note strong, thead th',
    'matrix/index.html': '.method, caption, thead .count',
    'boxes.html': 'main > section > p',
    'commitments.html': '.data-links',
  };
  const half = [];
  for (const [path, sel] of Object.entries(own)) {
    await page.goto(ctx.srv.url + path);
    const texts = await page.$$eval(sel, (es) => es.map((e) => e.textContent.trim()));
    assert.ok(texts.length > 0, `${path}: ${sel}`);
    // Site text around the punctuation: a half-width colon, comma, semicolon or bracket next to
    // Chinese (the values and titles quoted from the plans inside are left out by the selectors).
    for (const t of texts) {
      const m = t.match(/[\u4e00-\u9fff”）][:,;(]|[:,;)][\u4e00-\u9fff“（]|[\u4e00-\u9fff]\(|\)[\u4e00-\u9fff]/);
      if (m) half.push(`${path}: …${t.slice(Math.max(0, m.index - 8), m.index + 10)}…`);
    }
  }
  assert.deepEqual(half, []);
  await page.close();
});
