// Writes the built-in search client minified: the theme's js/search/ sources, joined in the order
// src/render/bundle.rs lists them inside one function scope as the build joins them, minified by
// esbuild (package.json pins its version) into themes/default/js/search.min.js. The build ships
// that file as static/search.js while every source is the built-in one (a site theme that changes
// a source gets the sources joined instead), so run this after editing a source:
//
//   node scripts/minify-client.mjs           # rewrite the file
//   node scripts/minify-client.mjs --check   # exit 1 when the file is not the sources' output
//
// tests/js/bundle.test.mjs runs the check, so a stale file fails the tests.
import { transformSync, version } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUT = join(root, 'themes', 'default', 'js', 'search.min.js');

/** The sources of static/search.js, in the order of `BUNDLES` in src/render/bundle.rs. */
export function sources() {
  const rust = readFileSync(join(root, 'src', 'render', 'bundle.rs'), 'utf8');
  const block = /output: "search\.js",\s*dir: "js\/search",\s*sources: &\[([^\]]*)\]/.exec(rust);
  if (!block) throw new Error('src/render/bundle.rs: the sources of search.js are not listed as expected');
  const names = [...block[1].matchAll(/"([^"]+\.js)"/g)].map((m) => m[1]);
  if (names.length === 0) throw new Error('src/render/bundle.rs: search.js has no sources');
  return names;
}

/** The minified client, with a first line that names what it was made from. */
export function minified() {
  const names = sources();
  // OPEN and CLOSE of src/render/bundle.rs.
  let text = "(function () {\n'use strict';\n\n";
  for (const name of names) {
    text += readFileSync(join(root, 'themes', 'default', 'js', 'search', name), 'utf8') + '\n';
  }
  text += '})();\n';
  const out = transformSync(text, { minify: true, charset: 'utf8', target: 'es2017', legalComments: 'none' });
  const head = `/* plansite search client: js/search/ ${names.join(' ')} joined and minified by esbuild ${version} (scripts/minify-client.mjs); edit the sources, not this file */\n`;
  return head + out.code;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const want = minified();
  if (process.argv.includes('--check')) {
    let have = '';
    try { have = readFileSync(OUTPUT, 'utf8'); } catch { /* missing: differs */ }
    if (have !== want) {
      console.error(`${OUTPUT} is not the minified sources: run node scripts/minify-client.mjs`);
      process.exit(1);
    }
  } else {
    writeFileSync(OUTPUT, want);
    console.log(`${OUTPUT}: ${Buffer.byteLength(want)} bytes`);
  }
}
