// Accessibility: axe-core (injected from node_modules) reports no violation on each page type of
// the built site, in the light and the dark colour scheme, at desktop and phone widths; the search
// page is checked with its results shown and a chapter with a paragraph targeted.
import test from 'node:test';
import assert from 'node:assert/strict';
import { skipAxe as skip, injectAxe, searchSettled, PAGES, openSite } from './harness.mjs';


const ctx = openSite(skip);

const CHECKED = {
  ...PAGES,
  'chapter with a target': `${PAGES.chapter}#ch3-s1-p2`,
  'indicators (no results table)': 'pudong-employment-14th/indicators.html',
};

async function violations(page, path) {
  await page.goto(ctx.srv.url + path);
  if (path.startsWith('search.html')) {
    await searchSettled(page);
    assert.ok(await page.locator('.ps-hit').count() > 0, 'search results are shown');
  }
  await injectAxe(page);
  const found = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length}× e.g. ${v.nodes[0].target.join(' ')} — ${v.nodes[0].failureSummary.split('\n').slice(1, 2).join(' ').trim()}`);
  });
  return found;
}

for (const scheme of ['light', 'dark']) {
  for (const [size, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 375, height: 740 }]]) {
    test(`axe: no violations, ${scheme}, ${size}`, { skip }, async (t) => {
      const context = await ctx.browser.newContext({ colorScheme: scheme, viewport });
      const page = await context.newPage();
      // Phone: the page types whose layout changes; desktop: all of them.
      const kinds = size === 'phone' ? ['home', 'chapter', 'box', 'results', 'search'] : Object.keys(CHECKED);
      for (const kind of kinds) {
        await t.test(kind, async () => {
          assert.deepEqual(await violations(page, CHECKED[kind]), [], CHECKED[kind]);
        });
      }
      await context.close();
    });
  }
}

test('axe catches a violation (the check itself works)', { skip }, async () => {
  const page = await ctx.browser.newPage();
  await page.goto(ctx.srv.url + PAGES.home);
  await page.evaluate(() => { document.querySelector('#site-q').labels[0].remove(); document.querySelector('#site-q').removeAttribute('placeholder'); });
  await injectAxe(page);
  const ids = await page.evaluate(async () => (await window.axe.run(document)).violations.map((v) => v.id));
  assert.ok(ids.includes('label'), ids.join());
  await page.close();
});
