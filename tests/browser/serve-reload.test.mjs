// `plansite serve` in Chromium: open pages reload by themselves after an edit. The edit is a plan's
// title, inside the plan's folder: serve first writes that plan's own pages (a chapter page,
// which shows the title in its header, reloads at once), and the page of the whole site that lists
// the plan (the home page) changes only with the whole build that follows. The home page must
// reload then too, without being navigated, and no open page may show an error.
import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, skip, repo, watchErrors, PLAN } from './harness.mjs';
import { tempDir } from '../js/tempdir.mjs';

/** The plansite binary: the one the test run built (scripts/test), or a release build. */
function binary() {
  if (process.env.PLANSITE_BIN) return process.env.PLANSITE_BIN;
  execFileSync('cargo', ['build', '--quiet', '--release'], { cwd: repo, stdio: 'inherit' });
  return join(repo, 'target', 'release', 'plansite');
}

let browser;
let serve;
let base;
let project;
before(async () => {
  if (skip) return;
  project = tempDir('plansite-serve-');
  cpSync(join(repo, 'content'), join(project, 'content'), { recursive: true });
  cpSync(join(repo, 'plansite.toml'), join(project, 'plansite.toml'));
  serve = spawn(binary(), ['serve', '--port', '0', '--out', join(project, 'public')], {
    cwd: project,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  base = await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`serve did not start:\n${log}`)), 120000);
    serve.stderr.on('data', (d) => {
      log += d;
      const m = /serving .* at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(log);
      if (m) { clearTimeout(timer); ok(m[1]); }
    });
    serve.on('exit', (code) => fail(new Error(`serve exited with ${code}:\n${log}`)));
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  serve?.kill();
});

test('pages open under serve reload when an edit, or the whole build after it, changes them', { skip }, async () => {
  const home = await browser.newPage();
  const chapter = await browser.newPage();
  const homeProblems = watchErrors(home);
  const chapterProblems = watchErrors(chapter);
  await home.goto(base);
  await chapter.goto(`${base}${PLAN}/ch2.html`);
  const title = '北京市“十四五”时期人力资源和社会保障发展规划(包括医疗保障)';
  assert.ok((await home.content()).includes(title), 'the home page lists the plan');
  // Each page has asked for its version once before the edit.
  await home.waitForTimeout(1500);

  const renamed = '北京市人力资源和社会保障发展规划（重新命名以测试重新载入）';
  const index = join(project, 'content', PLAN, '_index.md');
  writeFileSync(index, readFileSync(index, 'utf8').replace(`title = "${title}"`, `title = "${renamed}"`));

  // Each page shows the new title without being navigated (a reload is a new document).
  for (const [name, page] of [['chapter', chapter], ['home', home]]) {
    await page.waitForFunction((t) => document.body && document.body.textContent.includes(t),
      renamed, { timeout: 30000, polling: 200 })
      .catch(() => assert.fail(`the ${name} page did not reload with the new title`));
  }
  assert.ok(!(await home.content()).includes(title), 'the home page still names the old title');
  assert.deepEqual([...homeProblems, ...chapterProblems], []);
});
