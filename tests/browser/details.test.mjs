// Reader details at desktop width (1280 px) in headless Chromium: copying a paragraph or a table
// row copies only its text (the permalink keeps its accessible name but adds no words); wide
// tables (results of the previous plan, the indicator comparison, commitments) fit the screen
// without a scroll bar; the header bar, the breadcrumbs and the main column share one left edge
// and one width on every page type.
import test from 'node:test';
import assert from 'node:assert/strict';
import { skip, PAGES, PLAN, openSite } from './harness.mjs';

const ctx = openSite(skip);

/** The text a reader gets by selecting the element `sel` and copying. */
const copied = (page, sel) => page.evaluate((s) => {
  const e = document.querySelector(s);
  const r = document.createRange();
  r.selectNodeContents(e);
  const sel = window.getSelection();
  sel.removeAllRanges();
  sel.addRange(r);
  return sel.toString();
}, sel);

test('copying a paragraph or a table row copies its text only; permalinks keep their names', { skip }, async () => {
  const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(ctx.srv.url + PAGES.chapter);
  const para = await copied(page, '#ch3-s1-p2 > p:first-child');
  const text = await page.locator('#ch3-s1-p2 > p:first-child').evaluate((p) => [...p.childNodes]
    .filter((n) => !(n.nodeType === 1 && n.classList.contains('pl'))).map((n) => n.textContent).join(''));
  assert.ok(text.length > 20);
  assert.equal(para.trim(), text.trim());
  assert.ok(!/本段链接|¶/.test(para), para);
  assert.ok(await page.getByRole('link', { name: '本段链接' }).count() > 5, 'paragraph permalinks are named');
  // The mark is still shown.
  assert.equal(await page.locator('#ch3-s1-p2 a.pl').evaluate((a) => getComputedStyle(a, '::before').content), '"¶"');

  await page.close();

  // A table row, on the page that holds the plan's first table.
  const withTable = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await withTable.goto(ctx.srv.url + `${PLAN}/print.html`);
  const rowId = await withTable.locator('.tw tbody tr[id]').first().getAttribute('id');
  const row = await copied(withTable, `tr[id="${rowId}"]`);
  assert.ok(row.trim().length > 0);
  assert.ok(!/本行链接|本表链接/.test(row), row);
  assert.ok(await withTable.getByRole('link', { name: '本行链接' }).count() > 0, 'row permalinks are named');
  await withTable.close();
});

test('wide tables fit a 1280 px screen: no scroll bar, nothing past the viewport', { skip }, async () => {
  const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
  for (const path of [PAGES.results, PAGES.comparison, PAGES.indicators, 'commitments.html', `${PLAN}/commitments.html`, PAGES.chapter]) {
    await page.goto(ctx.srv.url + path);
    const boxes = await page.evaluate(() => [...document.querySelectorAll('.tw, .table-scroll, .table-wrap')].map((e) => {
      const r = e.getBoundingClientRect();
      return { scroll: e.scrollWidth, client: e.clientWidth, left: r.left, right: r.right };
    }));
    if (path !== PAGES.chapter) assert.ok(boxes.length > 0, `${path} has a table`);
    for (const b of boxes) {
      assert.ok(b.scroll <= b.client + 1, `${path}: table scrolls (${b.scroll} > ${b.client})`);
      assert.ok(b.left >= 0 && b.right <= 1280, `${path}: table from ${b.left} to ${b.right}`);
    }
    const page_ = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(page_ <= 1280, `${path}: page is ${page_} px wide`);
  }
  await page.close();
});

test('one layout grid: header, breadcrumbs and main share their left edge on every page type', { skip }, async () => {
  const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
  for (const [kind, path] of Object.entries(PAGES)) {
    if (kind === 'notFound') continue;
    await page.goto(ctx.srv.url + path);
    const edges = await page.evaluate(() => {
      const left = (s) => {
        const e = document.querySelector(s);
        if (!e) return null;
        return Math.round(e.getBoundingClientRect().left + parseFloat(getComputedStyle(e).paddingLeft));
      };
      const first = document.querySelector('main > *:not(script)');
      return { bar: left('.bar'), crumbs: left('.crumbs'), main: left('main'),
        first: Math.round(first.getBoundingClientRect().left) };
    });
    assert.equal(edges.main, edges.bar, `${kind}: main and header`);
    if (edges.crumbs !== null) assert.equal(edges.crumbs, edges.main, `${kind}: breadcrumbs and main`);
    assert.equal(edges.first, edges.main, `${kind}: the page's content starts at the column`);
  }
  await page.close();
});
