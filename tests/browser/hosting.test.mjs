// Hosting matrix: the same public/ served at the root of 127.0.0.1, under /some/sub/path/, and
// opened from file:// — every page type loads with no failed request, style.css (and the page's own
// stylesheet) applies, every internal link stays inside the site and names an existing file, and
// search finds hits and links into the site. Then served with the header
// Content-Security-Policy: default-src 'self': no violation and no console error on any page type,
// including search with results, the search API and copying a citation.
import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, launch, site, skip, watchErrors, searchSettled, PAGES, PLAN } from './harness.mjs';

let browser;
before(async () => {
  if (!skip) browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Checks one page at `base` + `path`; `base` is the URL of the site root (ends in '/'). */
async function checkPage(page, base, path, { links = true } = {}) {
  const problems = watchErrors(page);
  const response = await page.goto(base + path);
  if (response) assert.ok(response.ok(), `${path}: HTTP ${response.status()}`);
  const s = await page.evaluate(() => {
    const css = (sel, prop) => {
      const e = document.querySelector(sel);
      return e && getComputedStyle(e)[prop];
    };
    return {
      header: css('.site-header', 'borderBottomStyle'),
      mainWidth: css('main', 'maxWidth'),
      skipTop: css('.skip', 'position'),
      indicatorHead: css('.indicators thead th', 'backgroundColor'),
      searchLabel: css('.ps-label', 'position'),
      links: [...document.querySelectorAll('a[href], link[href], script[src]')]
        .map((e) => e.href || e.src)
        .filter((h) => !/^(mailto|javascript):/.test(h)),
      sheets: [...document.styleSheets].map((x) => x.href),
    };
  });
  assert.equal(s.header, 'solid', `${path}: style.css applies (header border)`);
  assert.notEqual(s.mainWidth, 'none', `${path}: style.css applies (reading column)`);
  assert.equal(s.skipTop, 'absolute', `${path}: style.css applies (skip link)`);
  if (/indicators\.html|results\.html/.test(path)) {
    assert.notEqual(s.indicatorHead, 'rgba(0, 0, 0, 0)', `${path}: indicators.css applies`);
  }
  if (path.startsWith('search.html')) assert.equal(s.searchLabel, 'absolute', 'search.css applies');
  assert.ok(s.sheets.every((h) => h.startsWith(base)), `${path}: stylesheets ${s.sheets.join()}`);
  if (links) {
    const outside = [];
    const missing = [];
    for (const href of s.links) {
      if (!href.startsWith(base)) {
        outside.push(href);
        continue;
      }
      const rel = decodeURIComponent(href.slice(base.length).replace(/[?#].*$/, ''));
      const file = join(site(), rel === '' ? 'index.html' : rel);
      if (!existsSync(file) || (rel.endsWith('/') && !existsSync(join(file, 'index.html')))) missing.push(rel);
    }
    assert.deepEqual(outside, [], `${path}: links leaving the site`);
    assert.deepEqual(missing, [], `${path}: links to missing files`);
  }
  return problems;
}

async function checkSearch(page, base) {
  const problems = watchErrors(page);
  await page.goto(`${base}search.html?q=${encodeURIComponent('长期护理保险')}`);
  await searchSettled(page);
  assert.match(await page.textContent('#ps-status'), /找到 \d+ 处/);
  const hrefs = await page.$$eval('.ps-hit a.ps-link', (as) => as.map((a) => a.href));
  assert.ok(hrefs.length >= 3, `${hrefs.length} hits`);
  // Each link carries the query for the page to mark it (search-highlight.test.mjs), then the anchor.
  const hl = `?hl=${encodeURIComponent('长期护理保险')}#`;
  assert.ok(hrefs.every((h) => h.startsWith(base) && /\.html\?hl=[^#]+#[\w-]+$/.test(h) && h.includes(hl)), hrefs.join());
  await page.locator('.ps-hit a.ps-link').first().click();
  await page.waitForURL((u) => u.hash.length > 1);
  assert.ok(page.url().startsWith(base));
  const target = await page.evaluate(() => document.querySelector(':target')?.textContent || '');
  assert.ok(target.replace(/\s+/g, '').includes('长期护理保险'), 'the hit lands on the phrase');

  // The API on any page (plansite.js loads the client on demand).
  await page.goto(`${base}${PLAN}/ch1.html`);
  const api = await page.evaluate(() => window.plansite.search('新就业形态', { limit: 3 })
    .then((hits) => hits.map((h) => h.url)));
  assert.equal(api.length, 3);
  assert.ok(api.every((u) => u.startsWith(base)), api.join());
  return problems;
}

const MODES = {
  'served at the root': async () => {
    const srv = await serve(site());
    return { base: srv.url, close: srv.close, notFound: true };
  },
  'served under /some/sub/path/': async () => {
    const srv = await serve(site(), { prefix: '/some/sub/path/' });
    // Nothing was asked outside the sub-path.
    const close = async () => {
      const outside = srv.requests.filter((p) => !p.startsWith('/some/sub/path/'));
      await srv.close();
      assert.deepEqual(outside, [], 'requests outside the sub-path');
    };
    return { base: srv.url, close };
  },
  'opened from file://': async () => ({ base: pathToFileURL(site()).href + '/', close: async () => {} }),
};

for (const [mode, start] of Object.entries(MODES)) {
  test(`hosting: ${mode}`, { skip }, async (t) => {
    const host = await start();
    const page = await browser.newPage();
    try {
      for (const [kind, path] of Object.entries(PAGES)) {
        // 404.html links from the site root: it works only there without base_url (README).
        if (kind === 'notFound' && !host.notFound) continue;
        await t.test(kind, async () => {
          const problems = await checkPage(page, host.base, path);
          if (path.startsWith('search.html')) await searchSettled(page);
          assert.deepEqual(problems, []);
        });
      }
      await t.test('search finds hits and links into the site', async () => {
        assert.deepEqual(await checkSearch(page, host.base), []);
      });
    } finally {
      await page.close();
      await host.close();
    }
  });
}

test('Content-Security-Policy: default-src \'self\' — no violation on any page type', { skip }, async (t) => {
  const csp = "default-src 'self'";
  const srv = await serve(site(), { headers: { 'Content-Security-Policy': csp } });
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: srv.url.replace(/\/$/, '') });
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const page = await context.newPage();
  const violations = () => page.evaluate(() => window.__csp);
  try {
    for (const [kind, path] of Object.entries(PAGES)) {
      await t.test(kind, async () => {
        const response = await page.goto(srv.url + path);
        assert.equal(response.headers()['content-security-policy'], csp);
        const problems = await checkPage(page, srv.url, path, { links: false });
        if (path.startsWith('search.html')) {
          await searchSettled(page);
          assert.ok(await page.locator('.ps-hit').count() > 0, 'search shows hits');
        }
        assert.deepEqual(await violations(), []);
        assert.deepEqual(problems, []);
      });
    }
    await t.test('search API, plan filter and copy citation', async () => {
      const problems = await checkSearch(page, srv.url);
      assert.deepEqual(await violations(), []);
      await page.goto(`${srv.url}search.html?q=${encodeURIComponent('就业')}`);
      await searchSettled(page);
      await page.click('#ps-plans button[data-plan="pudong-employment-14th"]');
      await page.waitForFunction(() => [...document.querySelectorAll('.ps-hit a')].length > 0 &&
        [...document.querySelectorAll('.ps-hit a')].every((a) => a.href.includes('/pudong-employment-14th/')));
      await page.goto(`${srv.url}${PLAN}/ch3.html#box-17`);
      await page.click('#box-17 > p.cite button.cite-copy');
      await page.waitForFunction(() => document.querySelector('#box-17 > p.cite button').textContent === '已复制');
      assert.deepEqual(await violations(), []);
      assert.deepEqual(problems, []);
    });
    await t.test('the policy is in force: an inline script is reported', async () => {
      await page.goto(srv.url + PAGES.chapter);
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__inline = 1';
        document.head.appendChild(s);
      });
      await page.waitForFunction(() => window.__csp.length > 0);
      assert.equal(await page.evaluate(() => window.__inline), undefined);
      assert.match((await violations())[0], /^script-src/);
    });
  } finally {
    await context.close();
    await srv.close();
  }
});
