// Layout of the built site in headless Chromium: no horizontal scroll at 375 px on any page, dark
// mode, the print stylesheet, and screenshots of the key pages (desktop 1280 px, phone 375 px)
// written to target/screenshots/.
import test from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { site, skip, allPages, searchSettled, screenshotDir, PAGES, openSite } from './harness.mjs';

const ctx = openSite(skip);

async function open(page, path) {
  await page.goto(ctx.srv.url + path);
  if (path.startsWith('search.html?q=')) await searchSettled(page);
}

/** Relative luminance (0 black … 1 white) of a computed rgb() colour. */
const luminance = (rgb) => {
  const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

test('375 px wide: no horizontal scroll on any page of the site, nor on search results', { skip }, async () => {
  const context = await ctx.browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const pages = [...allPages(site()), PAGES.search, `search.html?q=${encodeURIComponent('就业')}`];
  assert.ok(pages.length >= 68, `${pages.length} pages`);
  const wide = [];
  for (const path of pages) {
    await open(page, path);
    const m = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      width: document.documentElement.clientWidth,
      body: document.body.scrollWidth,
      // Elements sticking out of the viewport, outside the scrolling table wrappers.
      culprits: [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 &&
          !e.closest('.tw, .table-scroll, .vh, figure.chart'))
        .slice(0, 3).map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
    }));
    assert.equal(m.width, 375, `${path}: layout viewport`);
    if (m.scroll > m.width || m.body > m.width) wide.push(`${path}: ${m.scroll}px ${m.culprits.join(' ')}`);
  }
  assert.deepEqual(wide, []);
  await context.close();
});

test('dark mode: dark background and light text on every page type', { skip }, async () => {
  for (const scheme of ['light', 'dark']) {
    const context = await ctx.browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    for (const [kind, path] of Object.entries(PAGES)) {
      await open(page, path);
      const c = await page.evaluate(() => {
        const cell = document.querySelector('thead th');
        return {
          bg: getComputedStyle(document.body).backgroundColor,
          fg: getComputedStyle(document.body).color,
          header: getComputedStyle(document.querySelector('.site-header')).backgroundColor,
          th: cell && getComputedStyle(cell).backgroundColor,
        };
      });
      const bg = luminance(c.bg);
      const fg = luminance(c.fg);
      if (scheme === 'dark') {
        assert.ok(bg < 0.05, `${kind}: background ${c.bg}`);
        assert.ok(fg > 0.5, `${kind}: text ${c.fg}`);
        assert.ok(luminance(c.header) < 0.1, `${kind}: header ${c.header}`);
        if (c.th) assert.ok(luminance(c.th) < 0.1, `${kind}: table header ${c.th}`);
      } else {
        assert.ok(bg > 0.9, `${kind}: background ${c.bg}`);
        assert.ok(fg < 0.05, `${kind}: text ${c.fg}`);
      }
    }
    await context.close();
  }
});

test('print stylesheet hides navigation, keeps the text', { skip }, async () => {
  const page = await ctx.browser.newPage();
  for (const path of [PAGES.chapter, PAGES.box, PAGES.print]) {
    await page.emulateMedia({ media: 'screen' });
    await open(page, path);
    const shown = (sel) => page.$$eval(sel, (es) => es.filter((e) => getComputedStyle(e).display !== 'none').length);
    const nav = '.site-header, .crumbs, .site-footer, .pager, .skip, .site-search, .sec-toc';
    assert.ok(await shown('.site-header') === 1, `${path}: the header shows on screen`);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await shown(nav), 0, `${path}: navigation hidden in print`);
    assert.equal(await shown('a.pl'), 0, `${path}: permalinks hidden in print`);
    const text = await page.$$eval('main h1, .u > p:not(.cite)', (es) => ({
      all: es.length,
      shown: es.filter((e) => getComputedStyle(e).display !== 'none' && e.getBoundingClientRect().height > 0).length,
    }));
    assert.ok(text.all >= 2, `${path}: ${text.all} title and paragraphs`);
    assert.equal(text.shown, text.all, `${path}: title and every paragraph printed`);
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(255, 255, 255)');
  }
  await page.emulateMedia({ media: 'print' });
  await open(page, PAGES.chapter);
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10000, `${pdf.length} bytes of PDF`);
  await page.close();
});

test('screenshots of the key pages, desktop and phone, in target/screenshots/', { skip }, async () => {
  const dir = screenshotDir();
  const key = ['home', 'plan', 'chapter', 'box', 'indicators', 'results', 'comparison', 'search'];
  const sizes = { desktop: { width: 1280, height: 900 }, phone: { width: 375, height: 740 } };
  for (const [size, viewport] of Object.entries(sizes)) {
    for (const scheme of ['light', 'dark']) {
      const context = await ctx.browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const kind of key) {
        if (scheme === 'dark' && !['home', 'chapter', 'results'].includes(kind)) continue;
        await open(page, PAGES[kind]);
        const file = join(dir, `${kind}-${size}${scheme === 'dark' ? '-dark' : ''}.png`);
        await page.screenshot({ path: file });
        const png = statSync(file);
        assert.ok(png.size > 5000, `${file}: ${png.size} bytes`);
      }
      // The box's place in the chapter, highlighted.
      if (scheme === 'light') {
        await open(page, `${PAGES.chapter}#box-17`);
        await page.screenshot({ path: join(dir, `chapter-target-${size}.png`) });
      }
      await context.close();
    }
  }
});
