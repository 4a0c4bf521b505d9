// Writes the built-in client scripts minified: for each joined file of src/render/bundle.rs
// (`BUNDLES`: static/search.js, the search client; static/search-page.js, the search page), the
// theme's sources joined in the order listed there inside one function scope as the build joins
// them, minified by esbuild (package.json pins its version) into themes/default/js/*.min.js. The
// build ships those files while every source is the built-in one (a site theme that changes a
// source gets the sources joined instead), so run this after editing a source:
//
//   node scripts/minify-client.mjs           # rewrite the files
//   node scripts/minify-client.mjs --check   # exit 1 when a file is not its sources' output
//
// tests/js/bundle.test.mjs runs the check, so a stale file fails the tests.
import { transformSync, version } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every joined file of src/render/bundle.rs: its output name, sources (in order) and the path of
 * its minified built-in copy. */
export function bundles() {
  const rust = readFileSync(join(root, 'src', 'render', 'bundle.rs'), 'utf8');
  const re = /output: "([^"]+)",\s*dir: "([^"]+)",\s*sources: &\[([^\]]*)\],\s*minified: "([^"]+)"/g;
  const out = [...rust.matchAll(re)].map((m) => ({
    output: m[1],
    dir: m[2],
    sources: [...m[3].matchAll(/"([^"]+\.js)"/g)].map((s) => s[1]),
    path: join(root, 'themes', 'default', m[4]),
  }));
  if (out.length === 0 || out.some((b) => b.sources.length === 0)) {
    throw new Error('src/render/bundle.rs: the joined files are not listed as expected');
  }
  return out;
}

/** The client (static/search.js): its minified built-in copy. */
export const OUTPUT = join(root, 'themes', 'default', 'js', 'search.min.js');

/** The sources of static/search.js, in order. */
export function sources() {
  return bundleOf('search.js').sources;
}

function bundleOf(output) {
  const b = bundles().find((x) => x.output === output);
  if (!b) throw new Error(`src/render/bundle.rs: no joined file ${output}`);
  return b;
}

/** A joined file minified (static/search.js unless named), with a first line that names what it
 * was made from. */
export function minified(output = 'search.js') {
  const b = bundleOf(output);
  // OPEN and CLOSE of src/render/bundle.rs.
  let text = "(function () {\n'use strict';\n\n";
  for (const name of b.sources) {
    text += readFileSync(join(root, 'themes', 'default', b.dir, name), 'utf8') + '\n';
  }
  text += '})();\n';
  const out = transformSync(text, { minify: true, charset: 'utf8', target: 'es2017', legalComments: 'none' });
  const head = `/* plansite ${b.output}: ${b.dir}/ ${b.sources.join(' ')} joined and minified by esbuild ${version} (scripts/minify-client.mjs); edit the sources, not this file */\n`;
  return head + out.code;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  let stale = false;
  for (const b of bundles()) {
    const want = minified(b.output);
    if (process.argv.includes('--check')) {
      let have = '';
      try { have = readFileSync(b.path, 'utf8'); } catch { /* missing: differs */ }
      if (have !== want) {
        console.error(`${b.path} is not the minified sources: run node scripts/minify-client.mjs`);
        stale = true;
      }
    } else {
      writeFileSync(b.path, want);
      console.log(`${b.path}: ${Buffer.byteLength(want)} bytes`);
    }
  }
  if (stale) process.exit(1);
}
