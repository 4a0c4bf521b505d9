// Indicator charts and the matrix, as a reader's browser renders them: a bound is drawn as a
// bound (an open, dashed part and an arrow, never a plain bar ending at the number), an exact
// value as a solid bar; the matrix and the comparison page have no axe violation, in the light and
// the dark colour scheme.
import test from 'node:test';
import assert from 'node:assert/strict';
import { skipAxe as skip, injectAxe, PLAN, openSite } from './harness.mjs';


const ctx = openSite(skip);

/** Boxes of a chart's bar shapes, by class, in page pixels. */
async function bars(page, chartId) {
  return page.evaluate((id) => {
    const svg = document.getElementById(id).closest('svg');
    return [...svg.querySelectorAll('rect.bar, rect.bound-marker, path.bound-arrow')].map((e) => {
      const b = e.getBBox();
      const cs = getComputedStyle(e);
      return {
        cls: e.getAttribute('class'),
        x: b.x, w: b.width,
        dashed: (e.getAttribute('stroke-dasharray') || '') !== '',
        filled: (e.getAttribute('fill') || cs.fill) !== 'none',
      };
    });
  }, chartId);
}

test('chart forms: upper bound, lower bound and exact value', { skip }, async () => {
  const page = await ctx.browser.newPage();
  await page.goto(`${ctx.srv.url}${PLAN}/results.html`);
  // 城镇登记失业率: 1.39 (exact), <4.0 (upper bound), 2.56 (exact).
  const unemp = await bars(page, 't1-r2-chart-title');
  const exact = unemp.filter((b) => b.cls.includes('bar-exact'));
  assert.equal(exact.length, 2);
  assert.ok(exact.every((b) => b.filled && !b.dashed), 'exact values are solid bars');
  const atMost = unemp.filter((b) => b.cls.includes('bar-at-most'));
  assert.equal(atMost.length, 1);
  assert.ok(atMost[0].dashed && !atMost[0].filled, 'an upper bound is an open bar');
  const marker = unemp.find((b) => b.cls === 'bound-marker');
  assert.ok(marker && Math.abs(marker.x + 1.5 - (atMost[0].x + atMost[0].w)) < 0.5, 'marker at the bound');
  assert.ok(unemp.some((b) => b.cls === 'bound-arrow'));
  const text = await page.locator('#t1-r2-chart-desc').textContent();
  assert.match(text, /<4%（上限，不高于此值）/);
  // 医疗保险基金收缴率: ≥97, ≥98, ≥98: a solid bar to the bound, then open to the end of the scale.
  const row = await page.evaluate(() => [...document.querySelectorAll('svg.indicator-chart title')]
    .find((t) => t.textContent.startsWith('医疗保险基金收缴率')).id);
  const dues = await bars(page, row);
  const least = dues.filter((b) => b.cls.includes('bar-at-least'));
  assert.equal(least.length, 6, 'two shapes per bound');
  const ends = least.filter((b) => b.dashed).map((b) => b.x + b.w);
  assert.ok(ends.every((e) => Math.abs(e - ends[0]) < 0.5), 'open parts reach the end of the scale');
  assert.ok(least.filter((b) => b.filled).every((b) => b.x + b.w < ends[0]), 'solid parts stop at the bound');
  await page.close();
});

test('the comparison says why a pair is not charted', { skip }, async () => {
  const page = await ctx.browser.newPage();
  await page.goto(`${ctx.srv.url}indicators.html`);
  const section = page.locator('section.aligned-group', { hasText: '职业技能培训规模' });
  await assert.doesNotReject(section.locator('.no-chart').waitFor());
  assert.match(await section.locator('.no-chart').textContent(), /口径不同，不作图比较：.*五年累计数/);
  assert.equal(await section.locator('svg').count(), 0);
  await page.close();
});

test('matrix: plans × measures, links to rows', { skip }, async () => {
  const page = await ctx.browser.newPage();
  await page.goto(`${ctx.srv.url}matrix/index.html`);
  assert.equal(await page.locator('tbody th[scope="row"]').count(), 2);
  const href = await page.locator('a.matrix-target').first().getAttribute('href');
  const [path, anchor] = href.split('#');
  await page.goto(new URL(href, `${ctx.srv.url}matrix/index.html`).href);
  assert.ok(path.endsWith('/indicators.html'));
  assert.equal(await page.locator(`[id="${anchor}"]`).count(), 1, href);
  await page.close();
});

for (const scheme of ['light', 'dark']) {
  test(`axe: matrix and comparison, ${scheme}`, { skip }, async () => {
    const context = await ctx.browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    for (const path of ['matrix/index.html', 'indicators.html', `${PLAN}/results.html`]) {
      await page.goto(ctx.srv.url + path);
      await injectAxe(page);
      const found = await page.evaluate(async () => {
        const r = await window.axe.run(document, { resultTypes: ['violations'] });
        return r.violations.map((v) => `${v.id}: ${v.nodes.length}× ${v.nodes[0].target.join(' ')}`);
      });
      assert.deepEqual(found, [], path);
    }
    await context.close();
  });
}
