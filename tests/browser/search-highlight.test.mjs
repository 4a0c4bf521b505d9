// The words searched for, marked on the page a search hit opens: the hit's link carries the query
// (`ch2.html?hl=…#anchor`), the page's own script (static/plansite.js, which loads the client)
// marks every place of the main content where the query matches as the search matches it (width
// and case folded, CJK wording exact, quoted phrases), with <mark class="ps-hl"> made from text
// nodes only; the anchored unit keeps its highlight and stays in view; a button takes the marks
// away. Without JavaScript nothing changes. Served at the root, under a sub-path, from file://,
// and under Content-Security-Policy: default-src 'self'. And an indicator row's hit cites the row.
import test from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { skip, skipAxe, injectAxe, watchErrors, searchSettled, openSite, serve, site, PLAN } from './harness.mjs';

const ctx = openSite(skip);
const marked = (page) => page.waitForSelector('mark.ps-hl');
/** The marks' texts, and the places the bar counts. */
const marks = (page) => page.evaluate(() => ({
  texts: [...document.querySelectorAll('mark.ps-hl')].map((m) => m.textContent),
  outside: [...document.querySelectorAll('mark.ps-hl')].filter((m) => !m.closest('#main')).length,
  bar: document.querySelector('.ps-hl-bar')?.textContent || '',
}));
/** Occurrences of `word` in the text of the main content a reader sees (citation lines, controls
 * and navigation left out), counted on the page as it came. */
const occurrences = (page, word) => page.evaluate((w) => {
  const skipped = (n) => n.parentElement.closest('.cite, nav, button, script, .ps-hl-bar');
  const walker = document.createTreeWalker(document.getElementById('main'), NodeFilter.SHOW_TEXT);
  let n = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (!skipped(t)) n += t.data.split(w).length - 1;
  }
  return n;
}, word);

/** Opens a hit of `q` on the search page at `base` and checks the page it lands on. */
async function openHit(page, base, q, word = q) {
  await page.goto(`${base}search.html?q=${encodeURIComponent(q)}`);
  await searchSettled(page);
  const link = page.locator('.ps-hit a.ps-link').first();
  const href = await link.evaluate((a) => a.href);
  const u = new URL(href);
  assert.ok(href.startsWith(base), href);
  assert.equal(u.searchParams.get('hl'), q, `${href}: the link carries the query`);
  assert.ok(href.includes(`?hl=${encodeURIComponent(q)}#`), `${href}: URL-encoded, before the anchor`);
  assert.match(u.hash, /^#[\w-]+$/, 'the anchor is kept');
  await link.click();
  await page.waitForURL((x) => x.hash === u.hash);
  await marked(page);
  const got = await marks(page);
  assert.ok(got.texts.length > 0);
  assert.ok(got.texts.every((t) => t === word), got.texts.join('|'));
  assert.equal(got.outside, 0, 'only the main content is marked');
  // The anchored unit keeps its highlight (:target) and is in view.
  const target = await page.evaluate(() => {
    const t = document.querySelector(':target');
    const r = t.getBoundingClientRect();
    return { id: t.id, top: r.top, bottom: r.bottom, view: innerHeight, bg: getComputedStyle(t).backgroundColor };
  });
  assert.equal(`#${target.id}`, u.hash);
  assert.notEqual(target.bg, 'rgba(0, 0, 0, 0)', 'the target keeps its highlight');
  assert.ok(target.top >= -1 && target.top < target.view, `the target is in view: ${JSON.stringify(target)}`);
  return { href, got };
}

test('a hit\'s link carries the query; the page marks every place of it and keeps the anchored unit', { skip }, async () => {
  const page = await ctx.browser.newPage();
  const problems = watchErrors(page);
  const { href, got } = await openHit(page, ctx.srv.url, '新就业形态');
  // Every occurrence of the words in the main content, each in one mark, and the bar says how many.
  const plain = await ctx.browser.newPage();
  await plain.goto(href.replace(/\?hl=[^#]*/, ''));
  const want = await occurrences(plain, '新就业形态');
  await plain.close();
  assert.equal(got.texts.length, want);
  assert.ok(got.bar.includes(`“新就业形态”`) && got.bar.includes(`${want} 处`), got.bar);
  // The count keeps its unit on its line.
  assert.equal(await page.evaluate(() => document.querySelector('.ps-hl-bar .nw').textContent), `${want} 处`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the marks follow the search\'s analyzer: width and case folded, phrases, every word; nothing from HTML', { skip }, async () => {
  const page = await ctx.browser.newPage();
  const problems = watchErrors(page);
  const at = (hl, path = `${PLAN}/ch4.html`) => page.goto(`${ctx.srv.url}${path}?hl=${encodeURIComponent(hl)}`);
  // Full-width and lower-case Latin find DRG as the search does.
  for (const hl of ['ｄｒｇ', 'drg', 'DRG']) {
    await at(hl);
    await marked(page);
    assert.deepEqual((await marks(page)).texts, ['DRG', 'DRG'], hl);
  }
  // Part of a Latin word is no match (the search does not find it either): nothing marked, no bar.
  await at('RG');
  await page.waitForTimeout(400);
  assert.deepEqual(await marks(page), { texts: [], outside: 0, bar: '' });
  // Every word of the query is marked; a phrase where its words stand together.
  await at('养老保险 制度', `${PLAN}/ch3.html`);
  await marked(page);
  const words = (await marks(page)).texts;
  assert.ok(words.includes('养老保险') && words.includes('制度') && words.includes('养老保险制度'), words.join('|'));
  assert.ok(words.every((t) => /^(养老保险|制度|养老保险制度)$/.test(t)), words.join('|'));
  await at('“保险制度”', `${PLAN}/ch3.html`);
  await marked(page);
  assert.ok((await marks(page)).texts.every((t) => t === '保险制度'));
  // CJK wording exact: 长期护理 as typed, not its characters apart.
  await at('长期护理', `${PLAN}/ch4.html`);
  await marked(page);
  assert.ok((await marks(page)).texts.every((t) => t === '长期护理'));
  // A query that holds HTML is text: no element is made from it, the bar shows it as typed.
  await at('<img src=x id=evil> 就业', `${PLAN}/ch2.html`);
  await marked(page);
  assert.equal(await page.locator('#evil, main img').count(), 0);
  assert.ok((await marks(page)).bar.includes('“<img src=x id=evil> 就业”'));
  assert.deepEqual(problems, []);
  await page.close();
});

test('the button takes the marks away, with the keyboard; the anchored unit stays the target', { skip }, async () => {
  const page = await ctx.browser.newPage();
  const base = `${ctx.srv.url}${PLAN}/ch3.html`;
  await page.goto(`${base}#ch3-s1-p1`);
  const original = await page.evaluate(() => document.getElementById('main').innerHTML);
  await page.goto(`${base}?hl=${encodeURIComponent('养老保险 制度')}#ch3-s1-p1`);
  await marked(page);
  const button = page.getByRole('button', { name: '取消标记', exact: true });
  assert.equal(await button.count(), 1, 'a button named 取消标记');
  // Reached with Tab from the skip link's target, pressed with Enter.
  await page.focus('#main');
  let reached = false;
  for (let i = 0; i < 3 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement.classList.contains('ps-hl-off'));
  }
  assert.ok(reached, 'the button is the first stop in the main content');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('mark.ps-hl, .ps-hl-bar'));
  assert.equal(await page.evaluate(() => document.getElementById('main').innerHTML), original, 'the page as it came');
  const after = await page.evaluate(() => ({ url: location.href, target: document.querySelector(':target')?.id, focus: document.activeElement.id }));
  assert.equal(after.url, `${base}#ch3-s1-p1`, 'the address without the words, the anchor kept');
  assert.equal(after.target, 'ch3-s1-p1');
  assert.equal(after.focus, 'main', 'the focus stays in the main content');
  await page.close();
});

test('without JavaScript nothing is marked and nothing changes', { skip }, async () => {
  const context = await ctx.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const base = `${ctx.srv.url}${PLAN}/ch2.html`;
  await page.goto(base);
  const original = await page.content();
  await page.goto(`${base}?hl=${encodeURIComponent('新就业形态')}`);
  assert.equal(await page.content(), original);
  assert.equal(await page.locator('mark, .ps-hl-bar').count(), 0);
  await context.close();
});

test('marks from file://, under a sub-path, and under Content-Security-Policy: default-src \'self\'', { skip }, async () => {
  const csp = "default-src 'self'";
  const sub = await serve(site(), { prefix: '/some/sub/path/' });
  const strict = await serve(site(), { headers: { 'Content-Security-Policy': csp } });
  const context = await ctx.browser.newContext();
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  try {
    for (const base of [pathToFileURL(site()).href + '/', sub.url, strict.url]) {
      const page = await context.newPage();
      const problems = watchErrors(page);
      await openHit(page, base, '长期护理保险');
      await page.getByRole('button', { name: '取消标记' }).click();
      await page.waitForFunction(() => !document.querySelector('mark.ps-hl'));
      assert.deepEqual(await page.evaluate(() => window.__csp), [], base);
      assert.deepEqual(problems, [], base);
      await page.close();
    }
    assert.deepEqual(sub.requests.filter((p) => !p.startsWith('/some/sub/path/')), [], 'requests outside the sub-path');
  } finally {
    await context.close();
    await sub.close();
    await strict.close();
  }
});

test('axe: no violation on a page with marks, in the anchored unit too, light and dark', { skip: skipAxe }, async () => {
  for (const scheme of ['light', 'dark']) {
    const page = await ctx.browser.newPage({ colorScheme: scheme });
    await page.goto(`${ctx.srv.url}${PLAN}/ch2.html?hl=${encodeURIComponent('新就业形态')}#box-4-p1`);
    await marked(page);
    assert.ok(await page.locator(':target mark.ps-hl').count() > 0, 'marks in the anchored unit');
    await injectAxe(page);
    const found = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] }))
      .violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
    assert.deepEqual(found, [], scheme);
    await page.close();
  }
});

test('an indicator row\'s hit cites the row: the table\'s citation and the row\'s name', { skip }, async () => {
  const page = await ctx.browser.newPage();
  await page.goto(`${ctx.srv.url}search.html?q=${encodeURIComponent('城镇调查失业率')}&kind=indicator`);
  await searchSettled(page);
  const hit = page.locator('.ps-hit.ps-kind-indicator').first();
  const href = await hit.locator('a.ps-link').evaluate((a) => a.href);
  assert.match(href, /#t\d+-r\d+$/, 'a row');
  const citation = (await hit.locator('.ps-cite .cite-text').textContent()).trim();
  assert.match(citation, /^《.+》第一章第三节「“十四五”时期主要目标」“城镇调查失业率\(%\)”$/, citation);
  assert.equal(await page.getByRole('button', { name: `复制引用：${citation}`, exact: true }).count(), 1);
  // A table's caption is no row: its citation stays the table's.
  await page.goto(`${ctx.srv.url}search.html?q=${encodeURIComponent('时期主要目标')}&kind=indicator`);
  await searchSettled(page);
  const rows = await page.$$eval('.ps-hit', (lis) => lis.map((li) => ({
    href: li.querySelector('a.ps-link').href, cite: li.querySelector('.cite-text').textContent })));
  const caption = rows.find((r) => /#t\d+$/.test(r.href));
  assert.ok(caption, JSON.stringify(rows));
  assert.match(caption.cite, /「“十四五”时期主要目标」$/);
  await page.close();
});
