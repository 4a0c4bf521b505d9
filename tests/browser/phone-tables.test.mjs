// Tables on a 375 px phone in headless Chromium: the indicator tables of a chapter show every value
// in the viewport (long cells wrap, numbers stay whole), a table that still scrolls sideways shows
// a cue at the edge it scrolls to, and the commitments list, the indicator and results tables and
// the comparison read row by row without scrolling.
import test from 'node:test';
import assert from 'node:assert/strict';
import { skip, skipAxe, injectAxe, allPages, site, PLAN, openSite } from './harness.mjs';

const ctx = openSite(skip);
const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };

/** Per table in `ids`: its scroll box and every value cell that is not within the viewport. */
const tableFacts = (ids) => ids.map((id) => {
  const box = document.querySelector(`#${id} .tw`);
  const width = document.documentElement.clientWidth;
  const out = [...box.querySelectorAll('tbody td')]
    .filter((td) => !td.closest('tr.rn-row'))
    .filter((td) => { const r = td.getBoundingClientRect(); return r.left < 0 || r.right > width + 1; })
    .map((td) => `${td.parentElement.id}: ${td.textContent}`);
  return { id, scrolls: box.scrollWidth > box.clientWidth + 1, out };
});

/** Whether a scroll box shows a cue on a side it can scroll to (a shadow drawn at that edge). */
const cueFacts = () => [...document.querySelectorAll('.tw, .table-scroll, .table-wrap')]
  .filter((b) => b.scrollWidth > b.clientWidth + 1)
  .map((b) => {
    const cs = getComputedStyle(b);
    return {
      table: b.querySelector('caption')?.textContent || b.className,
      cue: /gradient/.test(cs.backgroundImage) && /local/.test(cs.backgroundAttachment),
    };
  });

test('375 px: every value of the chapter\'s indicator tables is in the viewport, numbers whole', { skip }, async () => {
  const context = await ctx.browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(`${ctx.srv.url}${PLAN}/ch1.html#t2`);
  const facts = await page.evaluate(tableFacts, ['t1', 't2']);
  for (const f of facts) {
    assert.ok(!f.scrolls, `${f.id} scrolls sideways`);
    assert.deepEqual(f.out, [], `${f.id}: cells outside the viewport`);
  }
  // Long cells wrap, but no number is split across lines: each number's characters share a line.
  const split = await page.evaluate(() => {
    const bad = [];
    for (const td of document.querySelectorAll('#t1 tbody td, #t2 tbody td')) {
      const text = td.firstChild;
      if (!text || text.nodeType !== 3) continue;
      for (const m of text.data.matchAll(/[<>≥≤]?\d+(?:\.\d+)?%?/g)) {
        const r = document.createRange();
        r.setStart(text, m.index);
        r.setEnd(text, m.index + m[0].length);
        const tops = new Set([...r.getClientRects()].map((x) => Math.round(x.top)));
        if (tops.size > 1) bad.push(`${td.parentElement.id}: ${m[0]}`);
      }
    }
    return bad;
  });
  assert.deepEqual(split, []);
  // The long cell of row 20 wraps instead of widening its column.
  const wide = await page.evaluate(() => document.querySelector('#t2-r23 td').getBoundingClientRect().width);
  assert.ok(wide < 250, `the long cell is ${wide}px wide`);
  await context.close();
});

test('375 px: a table that still scrolls sideways shows a cue, on every page', { skip }, async () => {
  const context = await ctx.browser.newContext(PHONE);
  const page = await context.newPage();
  const missing = [];
  for (const path of allPages(site())) {
    await page.goto(ctx.srv.url + path);
    for (const f of await page.evaluate(cueFacts)) if (!f.cue) missing.push(`${path}: ${f.table}`);
  }
  assert.deepEqual(missing, []);
  // A table made wider than the phone gets the cue too.
  await page.goto(`${ctx.srv.url}${PLAN}/ch1.html`);
  await page.evaluate(() => { document.querySelector('#t1 table').style.minWidth = '900px'; });
  assert.deepEqual(await page.evaluate(cueFacts), [{ table: '“十三五”时期发展情况', cue: true }]);
  await context.close();
});

test('375 px: the commitments list wraps its long text and shows every column', { skip }, async () => {
  const context = await ctx.browser.newContext(PHONE);
  const page = await context.newPage();
  for (const path of ['commitments.html', `${PLAN}/commitments.html`]) {
    await page.goto(ctx.srv.url + path);
    const f = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const table = document.querySelector('.commitment-table');
      const cells = [...table.querySelectorAll('tbody td')];
      return {
        table: table.getBoundingClientRect().width,
        out: cells.filter((c) => { const r = c.getBoundingClientRect(); return r.left < 0 || r.right > width + 1; })
          .map((c) => c.textContent.slice(0, 20)),
        rows: table.querySelectorAll('tbody tr').length,
        // Every cell names its column when the rows are stacked.
        unnamed: cells.filter((c) => !c.dataset.label).length,
        label: getComputedStyle(cells[0], '::before').content,
      };
    });
    assert.ok(f.rows > 0, `${path}: rows`);
    assert.ok(f.table <= 375, `${path}: the table is ${f.table}px wide`);
    assert.deepEqual(f.out, [], `${path}: cells outside the viewport`);
    assert.equal(f.unnamed, 0, `${path}: cells without their column's name`);
    assert.equal(f.label, '"主体"', `${path}: the stacked cell shows its column's name`);
  }
  await context.close();
});

/** Per stacked table of the page: whether it scrolls, and its cells that are shown out of the
 *  viewport, shown without their column's name, or hidden though they hold text; the row headers
 *  that are not above their row's first shown cell; and the number of cells shown. */
const stackFacts = () => [...document.querySelectorAll('.stack')].map((box) => {
  const width = document.documentElement.clientWidth;
  const heads = [...box.querySelectorAll('thead th')].map((th) => th.textContent.trim());
  const shown = (e) => e.getClientRects().length > 0;
  const cells = [...box.querySelectorAll('tbody td')];
  const f = { scrolls: box.scrollWidth > box.clientWidth + 1, out: [], unnamed: [], hidden: [], order: [], shown: 0 };
  for (const td of cells) {
    const text = td.textContent.trim();
    if (!shown(td)) {
      if (text) f.hidden.push(text);
      continue;
    }
    f.shown += 1;
    const r = td.getBoundingClientRect();
    if (r.left < 0 || r.right > width + 1) f.out.push(text.slice(0, 20));
    const label = td.dataset.label;
    if (label === undefined) continue; // a cell that labels its values itself (the comparison's)
    const before = getComputedStyle(td, '::before').content;
    // The name shown is the cell's column header (the results' long headers start with it).
    if (before !== JSON.stringify(label) || !heads[td.cellIndex]?.startsWith(label)) {
      f.unnamed.push(`${text.slice(0, 12)}: ${before} under ${heads[td.cellIndex]}`);
    }
  }
  for (const tr of box.querySelectorAll('tbody tr')) {
    const th = tr.querySelector('th[scope="row"]');
    const first = [...tr.querySelectorAll('td')].find(shown);
    if (th && first && th.getBoundingClientRect().bottom > first.getBoundingClientRect().top + 1) {
      f.order.push(th.textContent.trim().slice(0, 12));
    }
  }
  return f;
});

test('375 px: indicator, results and comparison tables read as cards, each value beside its column\'s name', { skip }, async () => {
  const context = await ctx.browser.newContext(PHONE);
  const page = await context.newPage();
  for (const path of [`${PLAN}/indicators.html`, `${PLAN}/results.html`, 'indicators.html']) {
    await page.goto(ctx.srv.url + path);
    const facts = await page.evaluate(stackFacts);
    assert.ok(facts.length > 0, `${path}: stacked tables`);
    for (const [i, f] of facts.entries()) {
      assert.ok(f.shown > 0, `${path} #${i}: cells shown`);
      assert.ok(!f.scrolls, `${path} #${i} scrolls sideways`);
      assert.deepEqual(f.out, [], `${path} #${i}: cells outside the viewport`);
      assert.deepEqual(f.unnamed, [], `${path} #${i}: cells without their column's name`);
      assert.deepEqual(f.hidden, [], `${path} #${i}: cells with text left out`);
      assert.deepEqual(f.order, [], `${path} #${i}: rows whose indicator is not above their values`);
    }
  }
  await context.close();
  // On a desktop screen they are tables, with their header row and no names beside the values.
  const desk = await ctx.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const dp = await desk.newPage();
  await dp.goto(`${ctx.srv.url}${PLAN}/results.html`);
  const d = await dp.evaluate(() => {
    const td = document.querySelector('.stack tbody td[data-label]');
    return {
      display: getComputedStyle(td).display,
      before: getComputedStyle(td, '::before').content,
      head: document.querySelector('.stack thead').getBoundingClientRect().height,
    };
  });
  assert.deepEqual([d.display, d.before], ['table-cell', 'none']);
  assert.ok(d.head > 10, `the header row is ${d.head}px high`);
  await desk.close();
});

test('375 px: axe finds no violation on the phone layouts of tables and commitments', { skip: skipAxe }, async () => {
  for (const scheme of ['light', 'dark']) {
    const context = await ctx.browser.newContext({ ...PHONE, colorScheme: scheme });
    const page = await context.newPage();
    for (const path of [`${PLAN}/ch1.html`, 'commitments.html', `${PLAN}/results.html`, 'indicators.html']) {
      await page.goto(ctx.srv.url + path);
      await injectAxe(page);
      const found = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] }))
        .violations.map((v) => `${v.id}: ${v.nodes[0].target.join(' ')}`));
      assert.deepEqual(found, [], `${path}, ${scheme}`);
    }
    await context.close();
  }
});
