// Reading the built site in headless Chromium, served at the root of 127.0.0.1: home → plan →
// chapter → 专栏 → back to the box's place (fragment and :target highlight); searching from the
// header and landing on the highlighted paragraph; search.html?q= deep links; copying a citation;
// and reading with JavaScript turned off.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { skip, watchErrors, searchSettled, repo, PLAN, openSite } from './harness.mjs';

const ctx = openSite(skip);

/** Facts about the element the URL fragment points at. */
const targetFacts = () => {
  const t = document.querySelector(':target');
  if (!t) return null;
  const cs = getComputedStyle(t);
  const r = t.getBoundingClientRect();
  return {
    id: t.id,
    tag: t.tagName.toLowerCase(),
    cls: t.className,
    text: t.textContent,
    background: cs.backgroundColor,
    outline: cs.outlineStyle,
    inView: r.top >= -1 && r.top < innerHeight,
    citeShown: [...t.querySelectorAll(':scope > .cite')].some((c) => getComputedStyle(c).display !== 'none'),
  };
};

test('home → plan → chapter → 专栏 → back to its place in the chapter', { skip }, async () => {
  const page = await ctx.browser.newPage();
  const problems = watchErrors(page);
  await page.goto(ctx.srv.url);
  assert.equal(await page.locator('h1').textContent(), '规划文本参考');

  await page.locator(`.cards a[href="${PLAN}/index.html"]`).click();
  await page.waitForURL(`${ctx.srv.url}${PLAN}/index.html`);
  assert.match(await page.locator('h1').textContent(), /北京市“十四五”时期人力资源和社会保障发展规划/);

  await page.locator('.toc > ol > li > a[href="ch3.html"]').click();
  await page.waitForURL(`${ctx.srv.url}${PLAN}/ch3.html`);
  assert.match(await page.locator('main h1').textContent(), /第三章/);

  // The box where it stands in the chapter links to its own page.
  const inChapter = page.locator('aside.box#box-17');
  assert.match(await inChapter.locator('.box-t').textContent(), /专栏\s*17/);
  await inChapter.locator('p.box-page a').click();
  await page.waitForURL(`${ctx.srv.url}${PLAN}/box-17.html`);
  assert.match(await page.locator('h1').textContent(), /专栏\s*17/);
  const boxText = (await page.locator('article.box-page').textContent()).replace(/\s+/g, '');

  // …and its page links back to the box's place: the fragment is the box, highlighted, in view.
  await page.locator('.place-link a').click();
  await page.waitForURL(`${ctx.srv.url}${PLAN}/ch3.html#box-17`);
  const t = await page.evaluate(targetFacts);
  assert.ok(t, 'a :target element');
  assert.equal(t.id, 'box-17');
  assert.equal(t.tag, 'aside');
  assert.equal(t.outline, 'solid', 'the box is outlined as the target');
  assert.ok(t.inView, 'the box is scrolled into view');
  const other = await page.evaluate(() => getComputedStyle(document.getElementById('box-16')).outlineStyle);
  assert.equal(other, 'none', 'other boxes are not outlined');
  // The same text on both pages (the box page adds only its own heading link and citation).
  const title = (await page.locator('#box-17-t').textContent()).replace(/#$/, '').replace(/\s+/g, '');
  assert.ok(boxText.includes(title), `${title} in the box page`);

  // Back returns to the box page, forward to the place.
  await page.goBack();
  await page.waitForURL(`${ctx.srv.url}${PLAN}/box-17.html`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('search from the header, click a hit, land on the highlighted paragraph', { skip }, async () => {
  const page = await ctx.browser.newPage();
  const problems = watchErrors(page);
  await page.goto(`${ctx.srv.url}${PLAN}/ch1.html`);
  await page.fill('#site-q', '长期护理保险');
  await page.press('#site-q', 'Enter');
  await page.waitForURL(/search\.html\?q=/);
  assert.equal(new URL(page.url()).searchParams.get('q'), '长期护理保险');
  await searchSettled(page);
  assert.match(await page.textContent('#ps-status'), /找到 \d+ 处/);
  const hit = page.locator('.ps-hit.ps-kind-paragraph a.ps-link').first();
  const href = await hit.getAttribute('href');
  // The link carries the words for the page to mark them (search-highlight.test.mjs), then the anchor.
  assert.match(href, /\.html\?hl=[^#]+#[\w-]+$/);
  const snippet = await page.locator('.ps-hit.ps-kind-paragraph .ps-snippet').first().innerHTML();
  assert.match(snippet, /<mark>长期护理保险<\/mark>/);

  await hit.click();
  await page.waitForURL((u) => u.hash.length > 1);
  const t = await page.evaluate(targetFacts);
  assert.ok(t, 'a :target element');
  assert.equal(`#${t.id}`, new URL(page.url()).hash);
  assert.ok(t.cls.split(' ').includes('u'), `a paragraph unit, not ${t.cls}`);
  assert.ok(t.text.replace(/\s+/g, '').includes('长期护理保险'), 'the paragraph holds the phrase');
  assert.notEqual(t.background, 'rgba(0, 0, 0, 0)', 'the paragraph is highlighted');
  assert.ok(t.inView, 'the paragraph is scrolled into view');
  assert.ok(t.citeShown, 'its citation line is shown');
  const plain = await page.evaluate((id) => {
    const u = [...document.querySelectorAll('.u')].find((e) => e.id !== id);
    return getComputedStyle(u).backgroundColor;
  }, t.id);
  assert.equal(plain, 'rgba(0, 0, 0, 0)', 'other paragraphs are not highlighted');
  assert.deepEqual(problems, []);
  await page.close();
});

test('search.html deep links: ?q=, &plan= and &kind= are applied', { skip }, async () => {
  const page = await ctx.browser.newPage();
  const problems = watchErrors(page);
  await page.goto(`${ctx.srv.url}search.html?q=${encodeURIComponent('新就业形态')}`);
  await searchSettled(page);
  assert.equal(await page.inputValue('#ps-q'), '新就业形态');
  const all = Number((await page.textContent('#ps-status')).match(/找到 (\d+) 处/)[1]);
  assert.ok(all >= 5, `${all} hits`);
  assert.equal(await page.locator('#ps-plans button').count(), 2);

  const plan = 'pudong-employment-14th';
  await page.goto(`${ctx.srv.url}search.html?q=${encodeURIComponent('新就业形态')}&plan=${plan}`);
  await searchSettled(page);
  assert.equal(await page.inputValue('#ps-plan'), plan);
  const hrefs = await page.$$eval('.ps-hit a.ps-link', (as) => as.map((a) => a.href));
  assert.ok(hrefs.length > 0);
  assert.ok(hrefs.every((h) => h.includes(`/${plan}/`)), hrefs.join());
  const some = Number((await page.textContent('#ps-status')).match(/找到 (\d+) 处/)[1]);
  assert.ok(some < all, `${some} of ${all}`);

  await page.goto(`${ctx.srv.url}search.html?q=${encodeURIComponent('就业')}&kind=box`);
  await searchSettled(page);
  assert.equal(await page.inputValue('#ps-kind'), 'box');
  const kinds = await page.$$eval('.ps-hit', (ls) => ls.map((l) => l.className));
  assert.ok(kinds.length > 0);
  assert.ok(kinds.every((k) => k.includes('ps-kind-box')), kinds.join());

  // Count toggles list the plans and facet values that have hits (most first), not the others;
  // the plan filter still offers every plan.
  await page.goto(`${ctx.srv.url}search.html?q=${encodeURIComponent('浦东')}`);
  await searchSettled(page);
  const toggles = await page.$$eval('#ps-plans button, #ps-facets button', (bs) => bs.map((b) => b.textContent));
  assert.deepEqual(
    (await page.$$eval('#ps-plans button', (bs) => bs.map((b) => b.dataset.plan))),
    ['pudong-employment-14th'],
  );
  assert.ok(toggles.length > 1 && toggles.every((t) => !/ 0$/.test(t)), toggles.join());
  assert.equal(await page.locator('#ps-plan option[value="beijing-hrss-14th"]').count(), 1);

  // A phrase that is nowhere says so.
  await page.goto(`${ctx.srv.url}search.html?q=${encodeURIComponent('火星殖民计划')}`);
  await searchSettled(page);
  assert.match(await page.textContent('#ps-status'), /没有找到/);
  assert.equal(await page.locator('.ps-hit').count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('copy citation copies the citation and the address of the paragraph', { skip }, async () => {
  const context = await ctx.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ctx.srv.url.replace(/\/$/, '') });
  const page = await context.newPage();
  const problems = watchErrors(page);
  await page.goto(`${ctx.srv.url}${PLAN}/ch3.html`);
  const id = await page.locator('.u').nth(2).getAttribute('id');
  await page.goto(`${ctx.srv.url}${PLAN}/ch3.html#${id}`);
  const line = page.locator(`#${id} > p.cite`);
  assert.ok(await line.isVisible(), 'the citation of the target paragraph is shown');
  const citation = (await line.locator('.cite-text').textContent()).trim();
  assert.match(citation, /^《北京市“十四五”时期人力资源和社会保障发展规划\(包括医疗保障\)》第三章/);
  const button = line.locator('button.cite-copy');
  assert.equal(await button.textContent(), '复制');
  await button.click();
  await page.waitForFunction((sel) => document.querySelector(sel).textContent === '已复制',
    `#${id} > p.cite button.cite-copy`);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, `${citation} ${ctx.srv.url}${PLAN}/ch3.html#${id}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('reading needs no JavaScript: full chapter text, navigation, 专栏 and search form', { skip }, async () => {
  const withJs = await ctx.browser.newPage();
  await withJs.goto(`${ctx.srv.url}${PLAN}/ch3.html`);
  const textWithJs = await withJs.locator('article.chapter').innerText();
  const units = await withJs.locator('.u').count();
  await withJs.close();

  const context = await ctx.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${ctx.srv.url}${PLAN}/ch3.html`);
  assert.equal(await page.locator('button.cite-copy').count(), 0, 'scripts did not run');
  // Every paragraph is there and visible, with the same text as with scripts on.
  assert.ok(units >= 10, `${units} paragraphs`);
  assert.equal(await page.locator('.u').count(), units);
  const hidden = await page.$$eval('.u > p:not(.cite)', (ps) => ps.filter((p) => p.getBoundingClientRect().height === 0).length);
  assert.equal(hidden, 0, 'no paragraph is hidden');
  const textNoJs = await page.locator('article.chapter').innerText();
  assert.equal(textNoJs.replace(/复制/g, ''), textWithJs.replace(/复制/g, ''));
  // …and every paragraph of the chapter's source (content/…/03.md) is in it.
  const flat = textNoJs.replace(/\s+/g, '');
  const source = readFileSync(join(repo, 'content', PLAN, '03.md'), 'utf8').split('+++')[2];
  const lines = source.split('\n')
    .map((l) => l.replace(/^>\s?/, '').replace(/^#+\s/, '').replace(/\*\*/g, '').replace(/\s+/g, ''))
    .filter((l) => l.length > 0);
  assert.ok(lines.length >= units, `${lines.length} source lines`);
  const missing = lines.filter((l) => !flat.includes(l));
  assert.deepEqual(missing, [], 'source lines not on the page');

  // Navigation: next chapter, a section link, a box page and back to the plan, all by links.
  await page.locator('.pager a.next').click();
  await page.waitForURL(`${ctx.srv.url}${PLAN}/ch4.html`);
  await page.locator('.sec-toc a').nth(1).click();
  await page.waitForURL(/ch4\.html#ch4-s2$/);
  await page.locator('.crumbs a').first().click();
  await page.waitForURL(ctx.srv.url + 'index.html');
  await page.locator('.site-nav a[href="boxes.html"]').click();
  await page.locator('.box-list a').first().click();
  await page.waitForURL(/box-1\.html$/);
  assert.match(await page.locator('h1').textContent(), /专栏/);

  // The search form submits as a plain GET; the page says search needs JavaScript.
  await page.fill('#site-q', '就业');
  await page.press('#site-q', 'Enter');
  await page.waitForURL(/search\.html\?q=/);
  assert.match(await page.locator('main').innerText(), /全文搜索需要浏览器启用 JavaScript/);
  await context.close();
});
