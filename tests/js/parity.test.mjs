// The client ranks as tantivy does: for every query of a set, the same matches, the same top-10
// order and the same scores (within 1e-4) as `plansite search --json`, filters and counts included.
import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { client, page, exportIndex, engineFor, fixture, readData, repo, run, site as shippedSite } from './helpers.mjs';
import { tempDir } from './tempdir.mjs';

export const queries = [
  '就业', '长期护理保险', '新就业形态', '养老保险 制度', '"社会保障"', '2025年', '人才 创新',
  '失业率', '职业技能培训', '医疗保障', '护', '“稳就业保就业”', '灵活就业', '创业 带动 就业',
  '社会保险 基金', '劳动关系', '公共就业服务', '高校毕业生', '工伤保险', '十四五', '5%', 'DRG',
  '城镇调查失业率', '不存在的词语组合', '就业 DRG',
  // Longer than one window (WINDOW + 1 = 8 positions): matched from two or three files.
  '职业技能提升行动', '实施职业技能提升行动', '健全多层次社会保障体系', '"长期护理 保险"', '长期护理，保险', '十四五”时期', '2025年，城镇',
  'DRG付费', '2025年底', '就业 "社会保障体系"',
];

const cases = [
  ...queries.map((q) => [q, {}]),
  ['就业', { plan: 'pudong-employment-14th' }],
  ['就业', { kind: 'box' }],
  ['保险', { kind: 'heading', plan: 'beijing-hrss-14th' }],
  ['失业率', { kind: 'indicator' }],
  ['预期性', { kind: 'indicator' }],
  ['城镇调查失业率', { kind: 'indicator' }],
];

/** The fixture with each plan's catalogue metadata (period, region, issuers) set to `metas[i]`. */
function fixtureWith(metas) {
  const site = JSON.parse(readFileSync(fixture, 'utf8'));
  site.plans.forEach((p, i) => {
    delete p.meta.period;
    delete p.meta.region;
    Object.assign(p.meta, { issuers: [] }, metas[i]);
  });
  const path = join(tempDir('plansite-facets-'), 'site.json');
  writeFileSync(path, JSON.stringify(site));
  return path;
}

// The fixture with catalogue metadata, so the facet filters have values to filter by.
const facetFixture = () => fixtureWith([
  { period: '十四五', region: '北京市', issuers: ['北京市人力资源和社会保障局', '北京市医疗保障局'] },
  { period: '十四五', region: '上海市浦东新区', issuers: ['上海浦东新区人民政府', '北京市医疗保障局'] },
]);

const facetCases = [
  ['就业', { region: '北京市' }],
  ['就业', { region: '上海市浦东新区', kind: 'paragraph' }],
  ['保险', { issuer: '北京市医疗保障局' }],
  ['保险', { issuer: '上海浦东新区人民政府' }],
  ['社会保障', { period: '十四五', region: '北京市' }],
  ['社会保障', { period: '十五五' }],
];

async function compare(content, list = cases) {
  const engine = engineFor(exportIndex(content));
  let compared = 0;
  for (const [q, opts] of list) {
    const args = ['search', q, '--json', '--limit', '10', '--content', content];
    for (const name of ['plan', 'kind', 'period', 'region', 'issuer']) {
      if (opts[name]) args.push('--' + name, opts[name]);
    }
    const want = JSON.parse(run(args));
    const got = await engine.query(q, { ...opts, limit: 10 });
    const label = `${q} ${JSON.stringify(opts)}`;
    assert.equal(got.total, want.total, `${label}: total`);
    assert.equal(got.count, want.count, `${label}: count after the filters`);
    assert.deepEqual(got.perPlan, want.per_plan, `${label}: counts per plan`);
    assert.deepEqual(got.perFacet, want.per_facet, `${label}: counts per facet value`);
    assert.deepEqual(got.hits.map((h) => h.doc), want.hits.map((h) => h.doc), `${label}: top 10`);
    got.hits.forEach((h, i) => {
      assert.ok(Math.abs(h.score - want.hits[i].score) <= 1e-4, `${label}: score ${h.score} vs ${want.hits[i].score}`);
      assert.equal(h.url, want.hits[i].url);
      assert.equal(h.kind, want.hits[i].kind);
      assert.equal(h.title, want.hits[i].title);
      assert.equal(h.citation, want.hits[i].citation);
    });
    compared += got.hits.length;
  }
  return compared;
}

test('client BM25 equals tantivy on the query set (fixture plans)', async () => {
  const compared = await compare(fixture);
  assert.ok(compared > 150, `only ${compared} hits compared`);
});

const content = join(repo, 'content');
test('client BM25 equals tantivy on the query set (shipped content)', { skip: !existsSync(content) && 'no content/' }, async () => {
  const compared = await compare(content);
  assert.ok(compared > 150, `only ${compared} hits compared`);
});

// An indicator row's hit cites the row: the table's citation (the index holds only that) and the
// row's name, the text before the first `：`, in quotes; in the client as in `plansite search`.
test('an indicator row\'s citation names the row, in the client as in tantivy', async () => {
  const engine = engineFor(exportIndex(fixture));
  let rows = 0;
  for (const q of ['预期性', '约束性', '城镇调查失业率', '失业率', '%']) {
    const want = JSON.parse(run(['search', q, '--json', '--kind', 'indicator', '--content', fixture]));
    const got = await engine.query(q, { kind: 'indicator', limit: want.hits.length || 1 });
    assert.equal(got.hits.length, want.hits.length, q);
    got.hits.forEach((h, i) => {
      const w = want.hits[i];
      assert.equal(h.citation, w.citation, `${q}: ${h.url}`);
      if (!/#t[^#]*-r\d+$/.test(w.url)) return;
      const name = w.text.split('\uff1a')[0];
      assert.ok(w.citation.endsWith(`\u201c${name}\u201d`), `${q}: ${w.citation} names ${name}`);
      assert.ok(w.citation.startsWith('\u300a'), w.citation);
      rows += 1;
    });
  }
  assert.ok(rows > 10, `only ${rows} rows`);
  const caption = (await engine.query('时期主要目标', { kind: 'indicator' })).hits.find((h) => /#t\d+$/.test(h.url));
  assert.ok(caption && caption.citation.endsWith('\u300d'), 'a caption cites the table');
  assert.equal(client.rowCitation('indicator', 't2-r5', '《甲》第一章「表」', '乙：1；2'), '《甲》第一章「表」“乙”');
  assert.equal(client.rowCitation('indicator', 't2', '《甲》第一章「表」', '表：1'), '《甲》第一章「表」');
  assert.equal(client.rowCitation('paragraph', 'ch1-p1', '《甲》第1段', '乙：1'), '《甲》第1段');
});

// A list of projects is no indicator table: its rows are `table` hits, cited by their row, in the
// client as in `plansite search`; an indicator table's stay `indicator` hits.
test('rows of a list of projects are table hits, in the client as in tantivy', async () => {
  const dir = tempDir('plansite-kinds-');
  const seeds = join(dir, 'seeds');
  mkdirSync(seeds);
  const cells = (c) => c.join('\n\n');
  writeFileSync(join(seeds, 'water.txt'), `某区水务规划\n\n一、主要任务\n\n表1 主要指标\n\n${cells([
    '序号', '指标', '单位', '目标', '1', '泵站数量', '座', '12', '2', '河道长度', '公里', '36',
  ])}\n\n表2 重点项目清单\n\n${cells([
    '项目名称', '建设内容', '完成时间', '蔡家浜泵闸', '新建泵闸一座', '2028年', '桃浦河整治', '河道疏浚', '2029年',
  ])}\n\n二、保障措施\n\n加强组织领导。\n`);
  const content = join(dir, 'content');
  run(['import', '-q', '--seeds', seeds, '--content', content]);
  const compared = await compare(content, [
    ['泵', {}], ['泵', { kind: 'table' }], ['泵', { kind: 'indicator' }], ['项目', { kind: 'table' }],
  ]);
  assert.ok(compared >= 4, `only ${compared} hits compared`);
  const engine = engineFor(exportIndex(content));
  const hits = (await engine.query('泵闸', { kind: 'table' })).hits;
  assert.deepEqual(hits.map((h) => h.kind), ['table']);
  assert.ok(hits[0].citation.endsWith('「表2 重点项目清单」\u201c蔡家浜泵闸\u201d'), hits[0].citation);
  // A row whose name is its 序号 alone is cited by the cell after it, the indicator's name.
  const pumps = (await engine.query('泵站', { kind: 'indicator' })).hits;
  assert.equal(pumps.length, 1);
  assert.ok(pumps[0].citation.endsWith('「表1 主要指标」\u201c泵站数量\u201d'), pumps[0].citation);
  assert.equal(client.rowCitation('table', 't2-r1', '《甲》「表」', '乙：1'), '《甲》「表」“乙”');
  assert.equal(client.rowCitation('indicator', 't1-r1', '《甲》「表」', '1：森林覆盖率；%；18.3'), '《甲》「表」“森林覆盖率”');
  assert.equal(client.rowCitation('indicator', 't1-r9', '《甲》「表」', '１２：乙；座'), '《甲》「表」“乙”');
  assert.equal(client.rowCitation('indicator', 't1-r1', '《甲》「表」', '1：'), '《甲》「表」“1”');
  assert.equal(client.rowCitation('indicator', 't1-r1', '《甲》「表」', '2025：乙'), '《甲》「表」“2025”');
});

test('facet filters and counts equal tantivy (period, region, issuer)', async () => {
  const content = facetFixture();
  const compared = await compare(content, facetCases);
  assert.ok(compared > 20, `only ${compared} hits compared`);
  const dir = exportIndex(content);
  // The meta data names each facet value once (a value two plans share is not written twice);
  // the plans refer to them by index.
  const meta = readData(dir, 'meta');
  assert.deepEqual([...meta.fv].sort(), ['上海市浦东新区', '上海浦东新区人民政府', '北京市',
    '北京市人力资源和社会保障局', '北京市医疗保障局', '十四五']);
  assert.ok(meta.plans.every((p) => p.slice(3).flat().every((i) => Number.isInteger(i))), JSON.stringify(meta.plans));
  const engine = engineFor(dir);
  const r = await engine.query('就业', { region: '北京市' });
  assert.deepEqual(Object.keys(r.facets).sort(), ['issuer', 'period', 'region']);
  assert.deepEqual(r.facets.issuer.sort(), ['上海浦东新区人民政府', '北京市人力资源和社会保障局', '北京市医疗保障局']);
  assert.deepEqual(r.facets.period, ['十四五']);
  assert.ok(r.hits.length > 0 && r.hits.every((h) => h.plan === 'beijing-hrss-14th'));
  assert.equal((await engine.query('就业', { period: '十五五' })).count, 0);
  // Without metadata no facet is offered.
  const bare = await engineFor(exportIndex(fixtureWith([{}, {}]))).query('就业', {});
  assert.deepEqual(bare.facets, {});
  assert.deepEqual(bare.perFacet, {});
});

// What a query loads: the meta data, the postings shards holding its terms (each term is in
// exactly one; a unigram's postings also take in the bigrams starting with it, which follow it
// and may reach into the next shards), and the fragments of the hits shown; nothing else, and
// every file once.
test('a query loads its terms\' shards and the fragments of the hits shown, nothing more', async () => {
  const dir = exportIndex(fixture);
  const meta = JSON.parse(readFileSync(join(dir, 'meta.js'), 'utf8').replace(/^window\.__plansiteData\("meta",/, '').replace(/\);\n$/, ''));
  const firsts = meta.s.split(' ');
  for (const q of ['新就业形态', '长期护理保险', '就业', '养老保险 制度', '护', '职业技能提升行动']) {
    const loaded = [];
    const engine = engineFor(dir, loaded);
    const r = await engine.query(q, { limit: 5 });
    assert.ok(r.hits.length > 0, q);
    const terms = client.parseQuery(q).flatMap((c) => c.terms.map((t) => t[1]));
    const shardOf = (t) => {
      let i = -1;
      firsts.forEach((f, k) => { if (client.compareCodePoints(f, t) <= 0) i = k; });
      return i;
    };
    const shards = new Set(terms.flatMap((t) => {
      const last = client.isUnigram(t) ? shardOf(t + '\u{10FFFF}') : shardOf(t);
      const out = [];
      for (let i = shardOf(t); i <= last; i++) out.push('p/' + i);
      return out;
    }));
    assert.deepEqual(loaded.filter((n) => n.startsWith('p/')).sort(), [...shards].sort(), q);
    const fragments = loaded.filter((n) => n.startsWith('f/'));
    assert.ok(fragments.length >= 1 && fragments.length <= r.hits.length, `${q}: ${loaded}`);
    assert.equal(new Set(loaded).size, loaded.length, `${q}: a file loaded twice: ${loaded}`);
    assert.deepEqual(loaded.filter((n) => !/^(p|f)\//.test(n)), ['meta'], `${q}: ${loaded}`);
    // Every shown hit's text came with it: the snippet marks the query words.
    for (const h of r.hits) assert.match(h.snippet, /<mark>/, `${q}: ${h.url}`);
  }
});

// Matches rank by score (descending), then document: the client's rank order (picked out for
// the first places, packed-key sorted beyond, a comparator for input out of document order)
// gives exactly the comparator's order, ties included, a prefix at a time.
test('matches rank by score, then document, with ties and any input', () => {
  let x = 12345;
  const rnd = (n) => { x = (x * 1103515245 + 12345) % 2147483648; return x % n; };
  const cmp = (a, b) => b.score - a.score || a.doc - b.doc;
  for (let round = 0; round < 50; round++) {
    const n = rnd(400);
    const scores = [0, 1.5, Math.fround(2.25), Math.fround(7.3), Math.fround(0.001)];
    let doc = 0;
    const inOrder = Array.from({ length: n }, () => {
      doc += 1 + rnd(5);
      const score = rnd(3) === 0 ? scores[rnd(scores.length)] : Math.fround(rnd(100000) / 997);
      return { doc, score };
    });
    const expected = [...inOrder].sort(cmp).map((m) => m.doc);
    const shuffled = [...inOrder].sort(() => rnd(3) - 1);
    for (const input of [inOrder, shuffled]) {
      const docs = Int32Array.from(input, (m) => m.doc);
      const first = client.rankOrder(docs, Float32Array.from(input, (m) => m.score));
      // Read a prefix at a time, as pages of hits are: picked out up to 100, sorted beyond.
      for (const k of [0, 1, 5, 10, 20, 100, 101, n, n + 7]) {
        const got = Array.from(first(k)).slice(0, k).map((i) => docs[i]);
        assert.deepEqual(got, expected.slice(0, k), `first ${k} of ${n}`);
      }
      // A large first read sorts at once.
      const sorted = client.rankOrder(docs, Float32Array.from(input, (m) => m.score))(n);
      assert.deepEqual(Array.from(sorted).map((i) => docs[i]), expected);
    }
  }
});

// The search page's count toggles: values with hits (and the one filtered on), most first, the
// first 12 unless the reader asked for all, and how many are left out.
test('count toggles show the values with hits, most first, twelve at first', () => {
  const values = Array.from({ length: 40 }, (_, i) => `v${i}`);
  const counts = {};
  // Every fifth value has no count, every seventh a count of 0; the others 1 to 4.
  values.forEach((v, i) => { if (i % 5 !== 0) counts[v] = i % 7 === 0 ? 0 : 1 + (i % 4); });
  const withHits = values.filter((v) => (counts[v] || 0) > 0);
  assert.ok(withHits.length > 12);
  const t = page.countToggles(values, counts, '', false);
  assert.equal(t.shown.length, Math.min(12, withHits.length));
  assert.equal(t.hidden, withHits.length - t.shown.length);
  const order = [...withHits].sort((a, b) => counts[b] - counts[a] || values.indexOf(a) - values.indexOf(b));
  assert.deepEqual(t.shown, order.slice(0, 12));
  assert.deepEqual(page.countToggles(values, counts, '', true).shown, order);
  // The value filtered on is shown though it has no hit, or is beyond the first twelve.
  assert.ok(page.countToggles(values, counts, 'v0', false).shown.includes('v0'));
  const last = order[order.length - 1];
  const pressed = page.countToggles(values, counts, last, false);
  assert.deepEqual(pressed.shown, [...order.slice(0, 12), last]);
  assert.equal(pressed.hidden, withHits.length - 13);
  assert.deepEqual(page.countToggles(values, {}, '', false), { shown: [], hidden: 0 });
});

// Fragments write a unit that follows the one before it (same page and breadcrumb, anchor and
// citation with their last number one higher) as its bare text. Decoded, every unit of the shipped
// site's fragments names an anchor that its page has, the bare ones included.
test('fragments: bare rows decode to the anchor and citation after the one before', () => {
  const cases = [['ch2-s1-p3', 'ch2-s1-p4'], ['第9段', '第10段'], ['box-12-r99', 'box-12-r100'],
    ['7', '8'], ['p07', 'p8'], ['第三段', null], ['', null], ['p1234567890123456', null],
    ['p999999999999999', 'p1000000000000000']];
  for (const [s, want] of cases) assert.equal(client.successor(s), want, s);

  const raw = { from: 4, pages: ['a.html'], titles: ['第一章'],
    docs: [[0, 'ch1-p1', 0, '第1段', '甲'], '乙', '丙', [0, 'ch1-box1', 0, ['《另一种》'], '丁'], '戊'] };
  assert.deepEqual(client.decodeFragment(raw).docs, [
    [0, 'ch1-p1', 0, '第1段', '甲'], [0, 'ch1-p2', 0, '第2段', '乙'], [0, 'ch1-p3', 0, '第3段', '丙'],
    [0, 'ch1-box1', 0, ['《另一种》'], '丁'], [0, 'ch1-box2', 0, [''], '戊']]);

  const dir = join(shippedSite, 'search');
  let rows = 0;
  let bare = 0;
  const ids = new Map();
  for (const name of readdirSync(join(dir, 'f'))) {
    const x = readData(dir, `f/${name.replace(/\.js$/, '')}`);
    bare += x.docs.filter((d) => typeof d === 'string').length;
    assert.notEqual(typeof x.docs[0], 'string', `${name}: a fragment starts with a whole row`);
    for (const d of client.decodeFragment(x).docs) {
      rows += 1;
      const page = x.pages[d[0]];
      if (!ids.has(page)) {
        const html = readFileSync(join(shippedSite, page), 'utf8');
        ids.set(page, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
      }
      assert.ok(ids.get(page).has(d[1]), `${name}: ${page}#${d[1]} is not an anchor of its page`);
    }
  }
  assert.ok(bare > 0 && rows > 300, `${bare} of ${rows} rows bare`);
});

test('shards: every term list and postings list of the shipped export decodes in order; damaged ones are refused', () => {
  // The gap parameter is computed in integers, the same in Rust (search_format::gap_k).
  for (const [df, n, k] of [[1, 374, 8], [374, 374, 0], [10, 20, 0], [1, 4294967295, 31], [3, 1, 0]]) {
    assert.equal(client.gapK(df, n), k, `gapK(${df}, ${n})`);
  }
  const dir = join(shippedSite, 'search');
  const n = readData(dir, 'meta').n;
  let lists = 0;
  let refused = 0;
  let bigramsInB = 0;
  for (const name of readdirSync(join(dir, 'p'))) {
    const shard = readData(dir, `p/${name.replace(/\.js$/, '')}`);
    // One term per list, in code-point order; the bigrams after their unigram come from `b`.
    const terms = client.decodeTermList(shard.t, shard.b);
    assert.equal(terms.length, shard.p.split(' ').length, name);
    terms.slice(1).forEach((t, i) => assert.equal(client.compareCodePoints(terms[i], t), -1, `${name}: ${terms[i]} before ${t}`));
    bigramsInB += terms.length - client.decodeTerms(shard.t).length;
    assert.throws(() => client.decodeTermList(shard.t, shard.b + '!'), /damaged/);
    shard.p.split(' ').forEach((s, i) => {
      lists += 1;
      const docs = [...client.decodePostings(s, n)];
      let last = -1;
      for (const [doc, positions] of docs) {
        assert.ok(Number.isInteger(doc) && doc > last && doc < n, `${name} list ${i}: document ${doc} after ${last}`);
        last = doc;
        assert.ok(positions.length > 0 && positions.every((p, j) => Number.isInteger(p) && p >= 0 && (j === 0 || p > positions[j - 1])));
      }
      if (i % 23 !== 0) return;
      for (let len = 1; len < s.length; len += 1) {
        assert.throws(() => client.decodePostings(s.slice(0, len), n), /damaged/, `${name} list ${i} cut at ${len}`);
        refused += 1;
      }
      // After a whole last group, any character is more than padding (after a lone last
      // character, one more would pair with it and be read as another group).
      for (const extra of s.length % 2 === 0 ? ['#', '!!', ' ', '\\'] : [' ', '\\']) {
        if (s) assert.throws(() => client.decodePostings(s + extra, n), /damaged/);
      }
    });
  }
  assert.ok(lists > 10000 && refused > 500, `${lists} lists, ${refused} cut strings refused`);
  assert.ok(bigramsInB > lists / 2, `${bigramsInB} of ${lists} terms written as numbers`);
});
