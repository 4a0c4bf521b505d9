// The client ranks as tantivy does: for every query of a set, the same matches, the same top-10
// order and the same scores (within 1e-4) as `plansite search --json`, filters and counts included.
import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { exportIndex, engineFor, fixture, repo, run } from './helpers.mjs';

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
];

async function compare(content) {
  const engine = engineFor(exportIndex(content));
  let compared = 0;
  for (const [q, opts] of cases) {
    const args = ['search', q, '--json', '--limit', '10', '--content', content];
    if (opts.plan) args.push('--plan', opts.plan);
    if (opts.kind) args.push('--kind', opts.kind);
    const want = JSON.parse(run(args));
    const got = await engine.query(q, { ...opts, limit: 10 });
    const label = `${q} ${JSON.stringify(opts)}`;
    assert.equal(got.total, want.total, `${label}: total`);
    assert.deepEqual(got.perPlan, want.per_plan, `${label}: counts per plan`);
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

// The layout's promise: a word of up to eight positions is answered by the match file of its first
// character, and the snippets of a query by one snippet file.
test('one match file per word and one snippet file per query', async () => {
  const dir = exportIndex(fixture);
  for (const [q, words] of [['新就业形态', 1], ['长期护理保险', 1], ['就业', 1], ['养老保险 制度', 2], ['护', 1], ['职业技能提升行动', 1]]) {
    const loaded = [];
    const r = await engineFor(dir, loaded).query(q, { limit: 10 });
    assert.ok(r.hits.length > 0, q);
    assert.equal(loaded.filter((n) => n.startsWith('m/')).length, words, `${q}: ${loaded}`);
    assert.equal(loaded.filter((n) => n.startsWith('x/')).length, 1, `${q}: ${loaded}`);
    assert.equal(loaded.length, words + 1, `${q}: ${loaded}`);
  }
});
