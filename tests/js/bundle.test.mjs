// The minified client the build ships (themes/default/js/search.min.js) is what
// scripts/minify-client.mjs makes of the theme's sources today, so a source edited without
// running the script fails here; and it runs as the library the other suites test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { minified, sources, OUTPUT } from '../../scripts/minify-client.mjs';

test('the shipped minified client is the minified sources of today', () => {
  const have = readFileSync(OUTPUT, 'utf8');
  assert.ok(sources().length >= 10, 'the source list is read from src/render/bundle.rs');
  assert.equal(have, minified(), 'run node scripts/minify-client.mjs after editing a source');
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
