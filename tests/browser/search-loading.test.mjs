// How a first query loads the index, served over HTTP: the search page and static/plansite.js
// request the index's meta data (search/meta.js) together with the client, not after it, and only
// once; when that early request fails, the client requests the file again and still answers.
import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, site, skip, watchErrors, searchSettled, PLAN } from './harness.mjs';

let browser;
let srv;
before(async () => {
  if (skip) return;
  browser = await launch();
  srv = await serve(site());
});
after(async () => {
  await srv?.close();
  await browser?.close();
});

const CLIENT = /\/static\/search\.js$/;
const META = /\/search\/meta\.js$/;

/**
 * A page whose static/search.js answers only after `delay` ms, recording when each request of
 * the client and of search/meta.js starts and when the client's response arrives (ms since the
 * recording began).
 */
async function slowClientPage(delay) {
  const page = await browser.newPage();
  const t0 = Date.now();
  const log = { client: [], meta: [], clientAnswered: null };
  page.on('request', (r) => {
    if (CLIENT.test(r.url())) log.client.push(Date.now() - t0);
    if (META.test(r.url())) log.meta.push(Date.now() - t0);
  });
  await page.route(CLIENT, async (route) => {
    await new Promise((r) => setTimeout(r, delay));
    log.clientAnswered = Date.now() - t0;
    await route.continue();
  });
  return { page, log };
}

/** The client and meta.js were each requested once, meta.js before the client answered. */
async function loadedTogether(page, log, problems) {
  assert.equal(log.client.length, 1, 'one request of the client');
  assert.equal(log.meta.length, 1, `one request of meta.js: ${log.meta}`);
  assert.ok(log.meta[0] < log.clientAnswered,
    `meta.js requested at ${log.meta[0]} ms, before the client answered at ${log.clientAnswered} ms`);
  assert.deepEqual(problems, []);
  await page.close();
}

test('the search page requests the meta data with the client, once', { skip }, async () => {
  const { page, log } = await slowClientPage(400);
  const problems = watchErrors(page);
  await page.goto(`${srv.url}search.html?q=${encodeURIComponent('长期护理保险')}`);
  await searchSettled(page);
  assert.match(await page.textContent('#ps-status'), /找到 \d+ 处/);
  assert.ok(await page.locator('.ps-hit').count() >= 3);
  await loadedTogether(page, log, problems);
});

test('plansite.js requests the meta data with the client, once', { skip }, async () => {
  const { page, log } = await slowClientPage(400);
  const problems = watchErrors(page);
  await page.goto(`${srv.url}${PLAN}/ch1.html`);
  assert.equal(log.client.length, 0, 'no client before the first search');
  assert.equal(log.meta.length, 0, 'no meta data before the first search');
  const urls = await page.evaluate(() => window.plansite.search('新就业形态', { limit: 3 })
    .then((hits) => hits.map((h) => h.url)));
  assert.equal(urls.length, 3);
  // A second search reuses what the first loaded.
  const again = await page.evaluate(() => window.plansite.search('长期护理保险', { limit: 2 })
    .then((hits) => hits.length));
  assert.equal(again, 2);
  await loadedTogether(page, log, problems);
});

test('when the early request of the meta data fails, the client requests it again', { skip }, async () => {
  const page = await browser.newPage();
  let metaRequests = 0;
  await page.route(META, (route) => {
    metaRequests += 1;
    return metaRequests === 1 ? route.abort('failed') : route.continue();
  });
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${srv.url}search.html?q=${encodeURIComponent('长期护理保险')}`);
  await searchSettled(page);
  assert.match(await page.textContent('#ps-status'), /找到 \d+ 处/);
  assert.ok(await page.locator('.ps-hit').count() >= 3);
  assert.equal(metaRequests, 2, 'the failed request, then the client\'s own');
  assert.deepEqual(pageErrors, []);

  // From any page through plansite.js, likewise.
  metaRequests = 0;
  await page.goto(`${srv.url}${PLAN}/ch1.html`);
  const n = await page.evaluate(() => window.plansite.search('新就业形态', { limit: 3 })
    .then((hits) => hits.length));
  assert.equal(n, 3);
  assert.equal(metaRequests, 2);
  assert.deepEqual(pageErrors, []);
  await page.close();
});
