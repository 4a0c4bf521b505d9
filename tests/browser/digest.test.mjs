// The site-wide lists of a site over `list_limit` (the 专栏 index, the cited-documents index and
// the commitments page, each shown as a table of the plans with their counts; the indicator
// comparison, as a table of its groups, each on its own page; the matrix of all plans, as a
// table of the matrices per region; a topic, as a table of the plans, each with its page of the
// topic), in headless Chromium: the shipped
// content built with `list_limit = 5`; axe finds no violation, light and dark, desktop and phone,
// on the lists and on a group's page; nothing scrolls sideways at 375 px; following a count opens
// the plan's own list, or the group's page, which holds that many entries.
import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, skipAxe as skip, injectAxe, watchErrors, repo } from './harness.mjs';
import { tempDir } from '../js/tempdir.mjs';

/** The plansite program: PLANSITE_BIN (scripts/test), else the debug build. */
function program() {
  const bin = process.env.PLANSITE_BIN || join(repo, 'target', 'debug', 'plansite');
  if (!existsSync(bin)) execFileSync('cargo', ['build', '--quiet'], { cwd: repo, stdio: 'inherit' });
  return bin;
}

// Each list: its page, and the selector of an entry on a plan's own list (a group's page).
const LISTS = {
  'boxes.html': 'section[aria-labelledby=boxes-h] ol.box-list > li',
  'cited.html': 'ol.cited > li',
  'commitments.html': 'table.commitment-table tbody tr',
  'indicators.html': 'section.aligned-group tbody tr',
  'matrix/index.html': 'table.matrix-table tbody tr',
  'topics/employment.html': 'section.topic-plan ul.topic-list > li, section.topic-plan ol.topic-paras > li',
};
// Pages checked besides the lists: a group's page of the comparison.
const GROUP = 'compare/g3.html';

const ctx = { srv: null, browser: null };
before(async () => {
  if (skip) return;
  const dir = tempDir('plansite-digest-');
  const config = join(dir, 'plansite.toml');
  writeFileSync(config, `${readFileSync(join(repo, 'plansite.toml'), 'utf8')}\nlist_limit = 5\n`);
  const out = join(dir, 'public');
  execFileSync(program(), ['build', '--quiet', '--config', config, '--out', out], { cwd: repo, stdio: 'inherit' });
  ctx.srv = await serve(out);
  ctx.browser = await launch();
});
after(async () => {
  await ctx.browser?.close();
  await ctx.srv?.close();
});

test('each list is a table of the plans, and a count opens a list of that many entries', { skip }, async () => {
  const page = await ctx.browser.newPage();
  const problems = watchErrors(page);
  for (const [path, entry] of Object.entries(LISTS)) {
    await page.goto(ctx.srv.url + path);
    const rows = await page.$$eval('table.digest tbody tr', (trs) => trs.map((tr) => ({
      plan: tr.querySelector('th a')?.textContent,
      count: Number(tr.querySelector('td.num')?.textContent),
      href: tr.querySelector('td.num a')?.getAttribute('href') ?? null,
    })));
    // One row per plan (the shipped site has 2), per group of the comparison (8), or per region
    // (2).
    assert.equal(rows.length, path === 'indicators.html' ? 8 : 2, `${path}: rows`);
    assert.ok(rows.some((r) => r.count > 0 && r.href), `${path}: a plan with entries`);
    for (const r of rows) {
      if (!r.href) {
        assert.equal(r.count, 0, `${path}: ${r.plan} has entries but no link`);
        continue;
      }
      await page.goto(ctx.srv.url + path);
      await Promise.all([page.waitForLoadState('load'), page.click(`table.digest a[href="${r.href}"]`)]);
      assert.equal(await page.locator(entry).count(), r.count, `${path} → ${r.href}`);
    }
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('375 px wide: no list scrolls sideways', { skip }, async () => {
  const context = await ctx.browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  for (const path of [...Object.keys(LISTS), GROUP]) {
    await page.goto(ctx.srv.url + path);
    const m = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      width: document.documentElement.clientWidth,
    }));
    assert.ok(m.scroll <= m.width, `${path}: ${m.scroll}px in ${m.width}px`);
  }
  await context.close();
});

for (const scheme of ['light', 'dark']) {
  for (const [size, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 375, height: 740 }]]) {
    test(`axe: no violations on the lists, ${scheme}, ${size}`, { skip }, async () => {
      const context = await ctx.browser.newContext({ colorScheme: scheme, viewport });
      const page = await context.newPage();
      for (const path of [...Object.keys(LISTS), GROUP]) {
        await page.goto(ctx.srv.url + path);
        await injectAxe(page);
        const found = await page.evaluate(async () => {
          const r = await window.axe.run(document, { resultTypes: ['violations'] });
          return r.violations.map((v) => `${v.id}: ${v.nodes[0].target.join(' ')}`);
        });
        assert.deepEqual(found, [], path);
      }
      await context.close();
    });
  }
}
