// The minified client the build ships (themes/default/js/search.min.js) is what
// scripts/minify-client.mjs makes of the theme's sources today, so a source edited without
// running the script fails here; and it runs as the library the other suites test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bundles, minified, sources, OUTPUT } from '../../scripts/minify-client.mjs';

test('the shipped minified scripts are the minified sources of today', () => {
  assert.ok(sources().length >= 9, 'the source list is read from src/render/bundle.rs');
  const all = bundles();
  assert.deepEqual(all.map((b) => b.output), ['search.js', 'search-page.js']);
  for (const b of all) {
    assert.equal(readFileSync(b.path, 'utf8'), minified(b.output), `${b.output}: run node scripts/minify-client.mjs after editing a source`);
  }
});

test('a first query downloads no search page: the client holds none of it', () => {
  const client = readFileSync(OUTPUT, 'utf8');
  const page = bundles().find((b) => b.output === 'search-page.js');
  assert.ok(!sources().includes('ui.js') && page.sources.includes('ui.js'));
  assert.ok(!client.includes('ps-results') && readFileSync(page.path, 'utf8').includes('ps-results'));
});

test('the minified client is smaller than its sources and exports the library', () => {
  const names = sources();
  const total = names.reduce((n, name) => n + readFileSync(new URL(`../../themes/default/js/search/${name}`, import.meta.url)).length, 0);
  const have = readFileSync(OUTPUT);
  assert.ok(have.length < total * 0.5, `${have.length} bytes against ${total} of sources`);
  const lib = createRequire(import.meta.url)(OUTPUT);
  for (const name of ['analyze', 'parseQuery', 'createEngine', 'snippet', 'escapeHtml', 'rankOrder']) {
    assert.equal(typeof lib[name], 'function', name);
  }
});
