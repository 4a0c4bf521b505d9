// Edit-to-served latency of `plansite serve`: a copy of content/ is served by the release binary;
// one paragraph of a chapter file is edited EDITS times, and each time the chapter page is polled
// over HTTP (every 5 ms) until it carries the new words. Prints the time from the write to the
// first response holding them (median, min, max) and plansite's own rebuild time from its log.
// With mdBook installed, `mdbook serve` gets the same edits on the same chapter (bench/build.sh
// makes the project) and is timed the same way, as the peer.
//
// With --content DIR (a scale site of bench/scale.sh), a copy of that content is served instead
// and a paragraph of the first plan's second chapter is edited; each edit waits until serve has
// also rebuilt the whole site (its search index) before the next, and no peer is run. Then the
// same number of edits come 0.4 s apart, each while the whole build of the one before runs.
//
//   node bench/serve-edit.mjs [--edits 7] [--content DIR]
//
// Not a test: nothing fails on a time.
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const EDITS = Number(args[args.indexOf('--edits') + 1] || 7) || 7;
const CONTENT = args.includes('--content') ? args[args.indexOf('--content') + 1] : null;
const bin = join(repo, 'target', 'release', 'plansite');
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

function freePort() {
  return new Promise((ok) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => ok(p)); });
  });
}

async function get(url) {
  try {
    const r = await fetch(url, { cache: 'no-store' });
    return r.ok ? await r.text() : '';
  } catch {
    return '';
  }
}

/** Edits `file` (replacing `anchor` with marker + anchor) and waits until `url` serves marker;
 * then, when given, until `settled()` before the next edit. */
async function timeEdits(label, file, anchor, url, settled) {
  const times = [];
  const original = readFileSync(file, 'utf8');
  if (!original.includes(anchor)) throw new Error(`${label}: ${anchor} not in ${file}`);
  for (let i = 0; i < EDITS; i++) {
    const marker = `测量第${i}次修改的新句子${Date.now()}`;
    await sleep(400);
    const t0 = performance.now();
    writeFileSync(file, original.replace(anchor, marker + anchor));
    for (;;) {
      if ((await get(url)).includes(marker)) break;
      if (performance.now() - t0 > 30000) throw new Error(`${label}: edit ${i} not served in 30 s`);
      await sleep(5);
    }
    times.push(performance.now() - t0);
    if (settled) {
      const t1 = performance.now();
      while (!settled()) {
        if (performance.now() - t1 > 300000) throw new Error(`${label}: edit ${i}: the whole site was not rebuilt`);
        await sleep(20);
      }
    }
  }
  writeFileSync(file, original);
  return times;
}

async function waitFor(url) {
  const t0 = Date.now();
  while (!(await get(url))) {
    if (Date.now() - t0 > 60000) throw new Error(`${url} not served`);
    await sleep(50);
  }
}

const row = (label, xs) => `| ${label} | ${median(xs).toFixed(0)} | ${Math.min(...xs).toFixed(0)} | ${Math.max(...xs).toFixed(0)} |`;

/** The first plan of `content` (by name), its chapter 02 file and a paragraph's first words. */
function editTarget(content) {
  const slug = readdirSync(content).filter((d) => existsSync(join(content, d, '02.md'))).sort()[0];
  if (!slug) throw new Error(`${content}: no plan with a chapter 02.md`);
  const file = join(content, slug, '02.md');
  const para = readFileSync(file, 'utf8').split('\n').find((l) => /^[\u4e00-\u9fff]/.test(l) && l.length > 20);
  if (!para) throw new Error(`${file}: no paragraph`);
  return { slug, file, anchor: para.slice(0, 12) };
}

async function scale() {
  const work = mkdtempSync(join(tmpdir(), 'plansite-serve-bench-'));
  cpSync(CONTENT, join(work, 'content'), { recursive: true });
  const plans = readdirSync(join(work, 'content')).filter((d) => existsSync(join(work, 'content', d, '_index.md'))).length;
  const port = await freePort();
  let log = '';
  // The config of the shipped site, as bench/scale.sh builds the scale sites with it.
  const proc = spawn(bin, ['serve', '--port', String(port), '--content', join(work, 'content'), '--out', join(work, 'public'),
    '--config', join(repo, 'plansite.toml')], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
  proc.stdout.on('data', (d) => { log += String(d); });
  proc.stderr.on('data', (d) => { log += String(d); });
  const wholes = () => (log.match(/search index rebuilt in/g) || []).length;
  const lines = ['| edit → served (ms) | median | min | max |', '|---|---|---|---|'];
  try {
    const { slug, file, anchor } = editTarget(join(work, 'content'));
    const url = `http://127.0.0.1:${port}/${slug}/ch2.html`;
    await waitFor(url);
    let seen = 0;
    const times = await timeEdits('plansite', file, anchor, url, () => {
      if (wholes() > seen) { seen = wholes(); return true; }
      return false;
    });
    lines.push(row(`plansite serve, ${plans} plans (${EDITS} edits)`, times));
    // The same edits 0.4 s apart: each comes while the whole build of the one before runs
    // (serve cancels it and serves the edit first).
    const busy = await timeEdits('plansite', file, anchor, url);
    lines.push(row(`… each while the whole build of the edit before runs (${EDITS} edits)`, busy));
    const t1 = performance.now();
    while (wholes() <= seen) {
      if (performance.now() - t1 > 300000) throw new Error('the whole site was not rebuilt after the last edit');
      await sleep(20);
    }
  } finally {
    proc.kill('SIGTERM');
  }
  const pages = (log.match(/rebuilt in (\d+) ms \(generation/g) || []).map((s) => Number(s.match(/\d+/)[0]));
  const whole = (log.match(/search index rebuilt in (\d+) ms/g) || []).map((s) => Number(s.match(/\d+/)[0]));
  if (pages.length) lines.push(`- plansite's own rebuild of the pages (its log): ${pages.join(', ')} ms; median ${median(pages)} ms`);
  if (whole.length) lines.push(`- then of the whole site, search index included: median ${median(whole)} ms`);
  console.log(lines.join('\n'));
  rmSync(work, { recursive: true, force: true });
}

async function main() {
  if (CONTENT) return scale();
  const work = mkdtempSync(join(tmpdir(), 'plansite-serve-bench-'));
  cpSync(join(repo, 'content'), join(work, 'content'), { recursive: true });
  const port = await freePort();
  const log = [];
  const proc = spawn(bin, ['serve', '--port', String(port), '--content', join(work, 'content'), '--out', join(work, 'public'),
    '--config', join(repo, 'plansite.toml')], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
  proc.stdout.on('data', (d) => log.push(String(d)));
  proc.stderr.on('data', (d) => log.push(String(d)));
  const lines = ['| edit → served (ms) | median | min | max |', '|---|---|---|---|'];
  let ours;
  try {
    const url = `http://127.0.0.1:${port}/beijing-hrss-14th/ch2.html`;
    await waitFor(url);
    ours = await timeEdits('plansite', join(work, 'content', 'beijing-hrss-14th', '02.md'), '优先投资符合首都发展需要', url);
    lines.push(row(`plansite serve (${EDITS} edits)`, ours));
  } finally {
    proc.kill('SIGTERM');
  }
  const rebuilt = log.join("").match(/rebuilt in (\d+) ms \(generation/g) || [];
  const builds = rebuilt.map((s) => Number(s.match(/\d+/)[0]));
  const book = join(repo, 'target', 'bench', 'mdbook');
  let mdbookOk = false;
  try { execFileSync('mdbook', ['--version']); mdbookOk = existsSync(join(book, 'book.toml')); } catch { /* not installed */ }
  if (mdbookOk) {
    const copy = join(work, 'mdbook');
    cpSync(book, copy, { recursive: true });
    const mport = await freePort();
    const md = spawn('mdbook', ['serve', copy, '-p', String(mport), '-n', '127.0.0.1', '-d', join(work, 'book')], { stdio: 'ignore' });
    try {
      const url = `http://127.0.0.1:${mport}/beijing-hrss-14th-02.html`;
      await waitFor(url);
      const peer = await timeEdits('mdbook', join(copy, 'src', 'beijing-hrss-14th-02.md'), '优先投资符合首都发展需要', url);
      lines.push(row(`mdbook serve (${EDITS} edits)`, peer));
      lines.push('', `- ratio plansite ÷ mdBook (median): ${(median(ours) / median(peer)).toFixed(2)}`);
    } finally {
      md.kill('SIGTERM');
    }
  } else {
    lines.push('', '- mdBook not measured (run bench/build.sh first: it installs mdbook and writes the project)');
  }
  if (builds.length) lines.push(`- plansite's own rebuild times (its log): ${builds.join(', ')} ms; median ${median(builds)} ms`);
  console.log(lines.join('\n'));
  rmSync(work, { recursive: true, force: true });
}

main().catch((e) => { console.error(e); process.exit(1); });
