// The client's analyzer and query parser equal the Rust ones (`plansite analyze`) on a shared list
// of strings: edge cases and every line of the seed plans.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { client, repo, run } from './helpers.mjs';

const edgeCases = [
  '长期护理保险', '护理，保险', '就 业', '1273 万人', 'covid 19', '推行ＤＲＧ付费，拨打１２３３３',
  'DRG/DIP', '5.5%', '2025年底', '第3章', '二〇二五年', '“十四五”时期', '「失业」 "12333',
  '"护理 保险" 长期', '“养老保险”制度', '，。！', '', '   ', 'Ａｂｃ１２３', '𠀀𠀁中文', 'é café naïve',
  '\u200b就\u200b业\ufeff', '①②③ 一、二、', 'a\u3000b', '新就业形态 DRG "护理 保险" 2025年',
  '“未闭合的引号', '(一)发展基础。', 'ＵＲＬ：https://example.org/a?b=1', '\t就业\t创业\t',
];

function seedLines() {
  const dir = join(repo, 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
    .map((l) => l.replace(/\r$/, ''));
}

test('client analyzer and query parser equal the Rust ones', () => {
  const lines = [...edgeCases, ...seedLines()].filter((l) => !l.includes('\n'));
  const rust = run(['analyze'], lines.join('\n') + '\n').trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.equal(rust.length, lines.length);
  let terms = 0;
  lines.forEach((line, i) => {
    const js = client.analyze(line).map((t) => [t.text, t.position]);
    assert.deepEqual(js, rust[i].terms, `terms of ${JSON.stringify(line)}`);
    const clauses = client.parseQuery(line).map((c) => c.terms);
    assert.deepEqual(clauses, rust[i].clauses, `clauses of ${JSON.stringify(line)}`);
    terms += js.length;
  });
  assert.ok(terms > 50000, `only ${terms} terms compared`);
});

test('client offsets point at the analyzed text', () => {
  const text = '推行ＤＲＧ付费，就 业𠀀𠀁';
  for (const t of client.analyze(text)) {
    const src = text.slice(t.from, t.to).replace(/\s/g, '');
    const norm = Array.from(src).map((c) => {
      const cp = c.codePointAt(0);
      return cp >= 0xff01 && cp <= 0xff5e ? String.fromCodePoint(cp - 0xfee0).toLowerCase() : c.toLowerCase();
    }).join('');
    assert.equal(norm, t.text);
  }
});

test('snippets escape text and query and mark every occurrence', () => {
  const clauses = client.parseQuery('"<护理>"');
  const html = client.snippet('<script>长期护理保险</script> & 护理', clauses);
  assert.ok(!html.includes('<script>'), html);
  assert.ok(html.includes('&lt;script&gt;'), html);
  assert.equal((html.match(/<mark>护理<\/mark>/g) || []).length, 2, html);
  assert.ok(!/<(?!\/?mark>)/.test(html), html);
});
