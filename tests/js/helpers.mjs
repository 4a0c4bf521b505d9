// Shared helpers of the node tests: the plansite binary, the fixture site, the client under node.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { tempDir } from './tempdir.mjs';

export const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const fixture = join(repo, 'tests', 'fixtures', 'search-site.json');

/** Path of the plansite binary (PLANSITE_BIN, or target/debug/plansite built on demand). */
export function bin() {
  if (process.env.PLANSITE_BIN) return process.env.PLANSITE_BIN;
  const path = join(repo, 'target', 'debug', 'plansite');
  execFileSync('cargo', ['build', '-q', '--bin', 'plansite'], { cwd: repo, stdio: 'inherit' });
  if (!existsSync(path)) throw new Error('no plansite binary at ' + path);
  return path;
}

export function run(args, input) {
  return execFileSync(bin(), args, { cwd: repo, input, encoding: 'utf8', maxBuffer: 64 << 20 });
}

/** The shipped site: PLANSITE_PUBLIC, or `plansite build` run here once. */
export const site = process.env.PLANSITE_PUBLIC || (() => {
  const out = join(tempDir('plansite-site-'), 'public');
  run(['build', '--out', out]);
  return out;
})();

/** The search client as the site ships it (static/search.js, joined by the build from the theme's
 * js/search/); the index meta data is a file of its own (search/meta.js), never appended to it. */
export const clientSource = (() => {
  const text = readFileSync(join(site, 'static', 'search.js'), 'utf8');
  if (text.includes('window.__plansiteData("meta",')) throw new Error('static/search.js: carries index data');
  return text;
})();

export const client = (() => {
  const path = join(tempDir('plansite-client-'), 'search.js');
  writeFileSync(path, clientSource);
  return createRequire(import.meta.url)(path);
})();

/** The search page's script as the site ships it (static/search-page.js): its library under node. */
export const page = (() => {
  const path = join(tempDir('plansite-page-'), 'search-page.js');
  writeFileSync(path, readFileSync(join(site, 'static', 'search-page.js'), 'utf8'));
  return createRequire(import.meta.url)(path);
})();

/** Writes the search export of `content` to a temporary folder; returns its search/ folder. */
export function exportIndex(content = fixture) {
  const out = tempDir('plansite-search-');
  run(['search-index', '--content', content, '--out', out]);
  return join(out, 'search');
}

/** The data of an export file `search/NAME.js` (`window.__plansiteData("NAME", JSON);`). */
export function readData(dir, name) {
  const text = readFileSync(join(dir, name + '.js'), 'utf8');
  const prefix = `window.__plansiteData(${JSON.stringify(name)},`;
  if (!text.startsWith(prefix) || !text.endsWith(');\n')) throw new Error(`${name}.js: not a data file`);
  return JSON.parse(text.slice(prefix.length, -3));
}

/** A client engine reading the export's .js files from disk (a missing file rejects). */
export function engineFor(dir, loaded = []) {
  return client.createEngine({
    root: '',
    load: async (name) => {
      loaded.push(name);
      return readData(dir, name);
    },
  });
}
