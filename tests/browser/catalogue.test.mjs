// The catalogue of many plans and the program as a new user meets it, in headless Chromium:
// - a generated site of 60 plans (periods, levels, regions, issuers, subjects, years, drafts):
//   without JavaScript the home page lists every plan and its facet links lead to static pages
//   holding exactly the plans counted; with JavaScript the filter narrows by several facets at
//   once, updates the counts, keeps the choice in the address; axe finds no violation on the
//   catalogue, a facet page and the search page, light and dark, desktop and phone;
// - a site made from scratch by the built program copied into an empty folder (`init`, a seed,
//   `import`, `build`, `check` run there only) opens and reads in the browser.
import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, skipAxe as skip, injectAxe, watchErrors, searchSettled, repo } from './harness.mjs';
import { tempDir } from '../js/tempdir.mjs';


/** The plansite program: PLANSITE_BIN (scripts/test), else the debug build. */
function program() {
  const bin = process.env.PLANSITE_BIN || join(repo, 'target', 'debug', 'plansite');
  if (!existsSync(bin)) execFileSync('cargo', ['build', '--quiet'], { cwd: repo, stdio: 'inherit' });
  return bin;
}

const PERIODS = ['十三五', '十四五', '十五五'];
const PLACES = [
  ['上海市', 'provincial', '上海市发展和改革委员会'],
  ['上海市黄浦区', 'district', '上海市黄浦区人民政府办公室'],
  ['上海市浦东新区', 'district', '上海市浦东新区人民政府'],
  ['北京市', 'provincial', '北京市人力资源和社会保障局'],
  ['广东省广州市', 'municipal', '广州市人民政府'],
  ['全国', 'national', '国家发展和改革委员会'],
];
const SUBJECTS = ['城市更新', '生态环境', '就业和社会保障', '交通', '住房'];
const N = 60;

/** The generated plans: every facet value used by several plans, some plans with two issuers. */
function generatedPlans() {
  const plans = [];
  for (let i = 0; i < N; i++) {
    const period = PERIODS[i % 3];
    const [region, level, issuer] = PLACES[i % PLACES.length];
    const issuers = i % 7 === 0 ? [issuer, '上海市财政局'] : [issuer];
    const subject = SUBJECTS[i % SUBJECTS.length];
    const year = { 十三五: 2016, 十四五: 2021, 十五五: 2026 }[period] + (i % 4);
    const month = String(1 + (i % 12)).padStart(2, '0');
    plans.push({
      slug: `plan-${String(i).padStart(2, '0')}`,
      title: `${region}${subject}“${period}”规划（第${i + 1}号）`,
      issuers, region, level, period, subject, year: String(year),
      date: `${year}-${month}-1${i % 10}`,
      draft: i % 11 === 0,
    });
  }
  return plans;
}

function writeContent(dir, plans) {
  for (const p of plans) {
    const d = join(dir, p.slug);
    mkdirSync(d, { recursive: true });
    const q = (s) => JSON.stringify(s);
    writeFileSync(join(d, '_index.md'), [
      '+++', `title = ${q(p.title)}`, `issuers = [${p.issuers.map(q).join(', ')}]`,
      `date = ${q(p.date)}`, `draft = ${p.draft}`, `region = ${q(p.region)}`, `level = ${q(p.level)}`,
      `period = ${q(p.period)}`, `subject = ${q(p.subject)}`, '+++', '',
      `本规划是${p.title}的引言。`, ''].join('\n'));
    writeFileSync(join(d, '01.md'), ['+++', 'number = 1', '+++', '', '# 第一章 总体要求', '',
      `坚持系统观念，推进${p.subject}工作，编号${p.slug}。`, ''].join('\n'));
  }
}

let browser;
let cat; // { srv, plans, out }
before(async () => {
  if (skip) return;
  browser = await launch();
  const dir = tempDir('plansite-catalogue-');
  const plans = generatedPlans();
  writeContent(join(dir, 'content'), plans);
  writeFileSync(join(dir, 'plansite.toml'), 'title = "规划目录测试"\n');
  execFileSync(program(), ['build', '--quiet'], { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] });
  execFileSync(program(), ['check', '--quiet'], { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] });
  const out = join(dir, 'public');
  cat = { srv: await serve(out), plans, out };
});
after(async () => {
  await browser?.close();
  await cat?.srv.close();
});

const count = (plans, facet, value) => plans.filter((p) =>
  facet === 'issuer' ? p.issuers.includes(value) : p[facet] === value).length;
const LEVEL_LABELS = { national: '国家级', provincial: '省级', municipal: '市级', district: '区县级' };
/** The value a facet link names on the page → the value in the generated data. */
const fromLabel = (facet, label) => facet === 'level'
  ? Object.keys(LEVEL_LABELS).find((k) => LEVEL_LABELS[k] === label)
  : facet === 'year' ? label.replace('年', '') : label;

test('without JavaScript: every plan listed, facet pages hold exactly the plans counted', { skip }, async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const problems = watchErrors(page);
  await page.goto(cat.srv.url);
  assert.equal(await page.locator('#cat-filter').isVisible(), false, 'the filter needs JavaScript');
  assert.equal(await page.locator('#cat-groups li.card').count(), N);
  assert.match(await page.locator('#plans-h').textContent(), /共60部/);
  // Grouped by period, newest first, each group newest first.
  assert.deepEqual(await page.locator('.cat-group > h3').evaluateAll((hs) => hs.map((h) => h.firstChild.textContent.trim())),
    ['“十五五”时期', '“十四五”时期', '“十三五”时期']);
  const firstDates = await page.locator('.cat-group').first().locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  assert.deepEqual(firstDates, [...firstDates].sort().reverse());
  // Every facet value: the link's count is the data's, and its page lists exactly those plans.
  const facets = await page.locator('.facets .facet').evaluateAll((fs) => fs.map((f) => ({
    name: f.querySelector('h3').id.replace('facet-', ''),
    values: [...f.querySelectorAll('li')].map((li) => ({
      label: li.querySelector('a').textContent, href: li.querySelector('a').getAttribute('href'),
      count: Number(li.querySelector('.count').textContent),
    })),
  })));
  assert.deepEqual(facets.map((f) => f.name), ['period', 'level', 'region', 'issuer', 'subject', 'year']);
  let pages = 0;
  for (const f of facets) {
    for (const v of f.values) {
      const want = count(cat.plans, f.name, fromLabel(f.name, v.label));
      assert.equal(v.count, want, `${f.name} ${v.label}`);
      await page.goto(cat.srv.url + v.href);
      const titles = await page.locator('main li.card h4 a').allTextContents();
      assert.equal(titles.length, want, `${v.href}`);
      assert.match(await page.locator('h1').textContent(), new RegExp(v.label));
      assert.equal(await page.locator('.facets a[aria-current="page"]').textContent(), v.label);
      pages++;
    }
  }
  assert.equal(pages, readdirSync(join(cat.out, 'catalogue')).length, 'one page per value, no more');
  // A facet page's plan link leads to the plan.
  await page.goto(cat.srv.url + facets[2].values[0].href);
  await page.locator('main li.card h4 a').first().click();
  assert.match(page.url(), /plan-\d\d\/index\.html$/);
  assert.ok((await page.locator('h1').textContent()).includes(facets[2].values[0].label));
  assert.deepEqual(problems, []);
  await context.close();
});

test('with JavaScript: the filter narrows by facets and words, counts follow, the address keeps it', { skip }, async () => {
  const page = await browser.newPage();
  const problems = watchErrors(page);
  await page.goto(cat.srv.url);
  assert.ok(await page.locator('#cat-filter').isVisible());
  const visible = () => page.locator('#cat-groups li.card:visible').count();
  assert.equal(await visible(), N);
  const periodKey = await page.locator('#cf-period option', { hasText: '十四五' }).getAttribute('value');
  await page.selectOption('#cf-period', periodKey);
  const in14 = cat.plans.filter((p) => p.period === '十四五');
  assert.equal(await visible(), in14.length);
  assert.equal(await page.locator('.cat-group:visible').count(), 1);
  assert.match(await page.locator('#cf-status').textContent(), new RegExp(`显示 ${in14.length} 部，共 ${N} 部`));
  // The region list now counts within 十四五.
  const region = '上海市黄浦区';
  const both = in14.filter((p) => p.region === region).length;
  const option = page.locator('#cf-region option', { hasText: region });
  assert.equal(await option.textContent(), `${region}（${both}）`);
  await page.selectOption('#cf-region', await option.getAttribute('value'));
  assert.equal(await visible(), both);
  assert.match(page.url(), new RegExp(`period=${periodKey}`));
  // Reloading the address restores the view.
  await page.goto(page.url());
  assert.equal(await visible(), both);
  assert.equal(await page.locator('#cf-period').inputValue(), periodKey);
  // Words narrow further; nothing left says so.
  await page.fill('#cf-q', '不存在的词');
  assert.equal(await visible(), 0);
  assert.ok(await page.locator('#cf-empty').isVisible());
  await page.click('#cat-filter button[type=reset]');
  await page.waitForFunction((n) => document.querySelectorAll('#cat-groups li.card:not([hidden])').length === n, N);
  await page.fill('#cf-q', '第7号');
  assert.equal(await visible(), 1);
  assert.deepEqual(problems, []);
  await page.close();
});

async function violations(page, url) {
  await page.goto(url);
  if (url.includes('search.html?q=')) {
    await searchSettled(page);
    assert.ok(await page.locator('.ps-hit').count() > 0, 'search results are shown');
  }
  await injectAxe(page);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length}× e.g. ${v.nodes[0].target.join(' ')}`);
  });
}

for (const scheme of ['light', 'dark']) {
  for (const [size, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 375, height: 740 }]]) {
    test(`axe on the catalogue, a facet page and search: ${scheme}, ${size}`, { skip }, async () => {
      const context = await browser.newContext({ colorScheme: scheme, viewport });
      const page = await context.newPage();
      const facetPage = readdirSync(join(cat.out, 'catalogue')).find((f) => f.startsWith('region-'));
      for (const path of ['index.html', `index.html?period=period-14`, `catalogue/${facetPage}`,
        `search.html?q=${encodeURIComponent('系统观念')}`]) {
        assert.deepEqual(await violations(page, cat.srv.url + path), [], path);
      }
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(wide <= 0, `no horizontal scroll (${wide}px)`);
      await context.close();
    });
  }
}

test('the program copied into an empty folder makes a site there, and it reads in the browser', { skip }, async () => {
  const tmp = tempDir('plansite-fresh-');
  // A copy of the built program, as `cargo install --root` would place it: no themes/ next to it.
  mkdirSync(join(tmp, 'bin'));
  const bin = join(tmp, 'bin', 'plansite');
  copyFileSync(program(), bin);
  execFileSync('chmod', ['+x', bin]);
  const run = (args, cwd) => execFileSync(bin, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  assert.match(run(['init', 'site'], tmp), /plansite import/);
  const dir = join(tmp, 'site');
  copyFileSync(join(repo, 'seeds', 'pudong-employment-14th.txt'), join(dir, 'seeds', 'pudong-employment-14th.txt'));
  run(['import'], dir);
  run(['build'], dir);
  run(['check'], dir);
  assert.ok(!existsSync(join(dir, 'themes')));
  const srv = await serve(join(dir, 'public'));
  const page = await browser.newPage();
  const problems = watchErrors(page);
  await page.goto(srv.url);
  assert.equal(await page.locator('#cat-groups li.card').count(), 1);
  assert.match(await page.locator('.facets').textContent(), /上海市浦东新区/);
  await page.locator('.cards a[href="pudong-employment-14th/index.html"]').click();
  await page.waitForURL(`${srv.url}pudong-employment-14th/index.html`);
  assert.match(await page.locator('h1').textContent(), /浦东新区就业和社会保障发展/);
  await page.locator('.toc > ol > li > a').first().click();
  assert.match(await page.locator('main h1').textContent(), /一、/);
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')).borderBottomStyle), 'solid', 'built-in stylesheet applies');
  assert.deepEqual(await violations(page, srv.url), []);
  assert.deepEqual(problems, []);
  await page.close();
  await srv.close();
});
