// The search page's behaviour in headless Chromium: typing through an input method (pinyin
// composition) searches the composed words only; the arrow keys of the selects stay theirs; each
// result's citation has a copy button; a search with filters that finds nothing says how many
// there are in all plans and offers to clear the filters; the focus stays where the reader is.
import test from 'node:test';
import assert from 'node:assert/strict';
import { skip, skipAxe, injectAxe, watchErrors, searchSettled, openSite } from './harness.mjs';

const ctx = openSite(skip);
const search = (q, extra = '') => `${ctx.srv.url}search.html?q=${encodeURIComponent(q)}${extra}`;
const status = (page) => page.textContent('#ps-status');
/** What has the focus: tag, id, class and data-plan. */
const focused = (page) => page.evaluate(() => {
  const e = document.activeElement;
  return { tag: e.tagName.toLowerCase(), id: e.id, cls: e.className, plan: e.dataset.plan || '' };
});

test('an input method\'s composition is not searched; the composed words are', { skip }, async () => {
  const page = await ctx.browser.newPage();
  const problems = watchErrors(page);
  await page.goto(search('就业'));
  await searchSettled(page);
  const before = { status: await status(page), url: page.url(), hits: await page.locator('.ps-hit').count() };
  assert.ok(before.hits > 0);
  // Every text the status line shows from now on.
  await page.evaluate(() => {
    window.said = [];
    const s = document.getElementById('ps-status');
    new MutationObserver(() => window.said.push(s.textContent)).observe(s, { childList: true, characterData: true, subtree: true });
  });
  await page.focus('#ps-q');
  await page.keyboard.press('End');
  const cdp = await page.context().newCDPSession(page);
  for (const text of ['x', 'xin', "xin'jiu", "xin'jiu'ye"]) {
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    await page.waitForTimeout(60);
  }
  assert.equal(await page.inputValue('#ps-q'), "就业xin'jiu'ye", 'the composition is in the box');
  await page.waitForTimeout(500);
  assert.deepEqual(await page.evaluate(() => window.said), [], 'nothing searched while composing');
  assert.equal(page.url(), before.url, 'the address is not rewritten while composing');
  assert.equal(await page.locator('.ps-hit').count(), before.hits, 'the results stay');
  // The arrow keys belong to the input method while it composes.
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'ps-q', 'ArrowDown stays with the composition');
  // The input method turns the pinyin into 汉字: that is searched.
  await cdp.send('Input.insertText', { text: '新就业' });
  await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === '就业新就业');
  await searchSettled(page);
  assert.equal(await page.inputValue('#ps-q'), '就业新就业');
  const said = await page.evaluate(() => window.said);
  assert.ok(said.every((t) => !/xin/.test(t)), said.join(' | '));
  assert.match(await status(page), /就业新就业|^找到 \d+ 处/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the arrow keys in the plan and kind selects are the selects\', not the results\'', { skip }, async () => {
  const page = await ctx.browser.newPage();
  await page.goto(search('就业'));
  await searchSettled(page);
  assert.ok(await page.locator('a.ps-link').count() > 1);
  for (const id of ['ps-plan', 'ps-kind']) {
    await page.focus(`#${id}`);
    await page.keyboard.press('ArrowDown');
    assert.equal((await focused(page)).id, id, `ArrowDown leaves the focus on #${id}`);
    await page.keyboard.press('ArrowUp');
    assert.equal((await focused(page)).id, id, `ArrowUp leaves the focus on #${id}`);
  }
  // From the query box the arrows still move through the results, and back.
  await page.goto(search('就业'));
  await searchSettled(page);
  await page.focus('#ps-q');
  await page.keyboard.press('ArrowDown');
  assert.equal((await focused(page)).cls, 'ps-link');
  await page.keyboard.press('ArrowUp');
  assert.equal((await focused(page)).id, 'ps-q');
  await page.close();
});

test('each result\'s citation has a named copy button that copies it with the hit\'s address', { skip }, async () => {
  const context = await ctx.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ctx.srv.url.replace(/\/$/, '') });
  const page = await context.newPage();
  const problems = watchErrors(page);
  await page.goto(search('长期护理保险'));
  await searchSettled(page);
  const hits = await page.locator('.ps-hit').count();
  assert.ok(hits > 0);
  assert.equal(await page.locator('.ps-hit p.ps-cite button.cite-copy').count(), hits, 'a button per hit');
  const first = page.locator('.ps-hit').first();
  const citation = (await first.locator('.ps-cite .cite-text').textContent()).trim();
  assert.match(citation, /^《.+》/);
  const href = await first.locator('a.ps-link').evaluate((a) => a.href);
  const button = page.getByRole('button', { name: `复制引用：${citation}`, exact: true });
  assert.equal(await button.count(), 1, 'the button is named after the citation it copies');
  await button.click();
  await page.waitForFunction(() => document.querySelector('.ps-hit .cite-copy').textContent === '已复制');
  // The hit's own address: the link's, without the words it carries for the page to mark.
  const address = href.replace(/\?hl=[^#]*/, '');
  assert.notEqual(address, href);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${citation} ${address}`);
  assert.ok(address.startsWith(ctx.srv.url) && /\.html#[\w-]+$/.test(address), address);
  assert.deepEqual(problems, []);
  await context.close();
});

test('nothing found with filters: the count in all plans and a button that clears the filters', { skip }, async () => {
  const page = await ctx.browser.newPage();
  const problems = watchErrors(page);
  await page.goto(search('浦东'));
  await searchSettled(page);
  const all = Number((await status(page)).match(/找到 (\d+) 处/)[1]);
  await page.goto(search('浦东', '&plan=beijing-hrss-14th'));
  await searchSettled(page);
  const said = await status(page);
  assert.ok(!/^没有找到/.test(said), said);
  assert.match(said, /所选筛选条件下没有找到“浦东”/);
  assert.ok(said.includes(`全部规划中共有 ${all} 处`), said);
  await page.getByRole('button', { name: '清除筛选' }).click();
  await searchSettled(page);
  assert.equal(await status(page), `找到 ${all} 处`);
  assert.equal(await page.inputValue('#ps-plan'), '');
  assert.equal(new URL(page.url()).searchParams.get('plan'), null);
  assert.equal((await focused(page)).id, 'ps-q', 'the focus goes to the query');
  // Nothing of a kind: said so, with the same button.
  await page.goto(search('浦东', '&kind=box'));
  await searchSettled(page);
  assert.match(await status(page), /在专栏中没有找到“浦东”/);
  assert.equal(await page.getByRole('button', { name: '清除筛选' }).count(), 1);
  // Nothing anywhere: no button.
  await page.goto(search('火星殖民计划'));
  await searchSettled(page);
  assert.equal(await status(page), '没有找到“火星殖民计划”');
  assert.equal(await page.locator('.ps-clear').count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the focus stays on a plan toggle clicked, and goes to the first of the last results shown', { skip }, async () => {
  const page = await ctx.browser.newPage();
  await page.goto(search('新就业形态'));
  await searchSettled(page);
  const toggle = page.locator('#ps-plans button[data-plan="pudong-employment-14th"]');
  await toggle.click();
  await page.waitForFunction(() => document.querySelector('#ps-plans button[aria-pressed="true"]'));
  await searchSettled(page);
  assert.deepEqual(await focused(page), { tag: 'button', id: '', cls: 'ps-plan-count', plan: 'pudong-employment-14th' });
  // Again: the filter is off, the focus still on the same toggle.
  await page.locator('#ps-plans button[data-plan="pudong-employment-14th"]').click();
  await page.waitForFunction(() => !document.querySelector('#ps-plans button[aria-pressed="true"]'));
  await searchSettled(page);
  assert.equal((await focused(page)).plan, 'pudong-employment-14th');
  // A facet toggle too.
  const facet = page.locator('#ps-facets button[data-facet]').first();
  const value = await facet.getAttribute('data-value');
  await facet.click();
  await page.waitForFunction((v) => document.querySelector(`#ps-facets button[data-value="${v}"][aria-pressed="true"]`), value);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.value), value);

  // "显示更多结果" until the last: the focus moves to the first of the results it showed.
  await page.goto(search('就业'));
  await searchSettled(page);
  const more = page.locator('#ps-more');
  for (let i = 0; i < 50 && await more.isVisible(); i++) {
    const before = await page.locator('.ps-hit').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('.ps-hit').length > n, before);
    if (!await more.isVisible()) {
      const at = await page.evaluate(() => [...document.querySelectorAll('.ps-hit')].indexOf(document.activeElement.closest('.ps-hit')));
      assert.equal(at, before, 'the first result the last click showed has the focus');
      assert.equal((await focused(page)).cls, 'ps-link');
    } else {
      assert.equal((await focused(page)).id, 'ps-more', 'the focus stays on the button while it is there');
    }
  }
  assert.ok(!await more.isVisible(), 'every result shown');
  await page.close();
});

test('axe: no violation with a filter that finds nothing, nor with copy buttons on the results', { skip: skipAxe }, async () => {
  for (const scheme of ['light', 'dark']) {
    const page = await ctx.browser.newPage({ colorScheme: scheme });
    for (const url of [search('浦东', '&plan=beijing-hrss-14th'), search('长期护理保险')]) {
      await page.goto(url);
      await searchSettled(page);
      await injectAxe(page);
      const found = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] }))
        .violations.map((v) => `${v.id}: ${v.nodes[0].target.join(' ')}`));
      assert.deepEqual(found, [], `${url}, ${scheme}`);
    }
    await page.close();
  }
});
