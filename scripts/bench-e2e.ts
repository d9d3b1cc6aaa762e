/**
 * `npm run bench:e2e`: builds the extension, loads it in real Chromium and reports figures (not
 * pass/fail): the content script's size, Apply latency per editor, long tasks and underline delay
 * while typing into a 2,000-word draft (with Tact on, and off as the editors' own baseline), and
 * when the analysis loads.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { buildExtension, buildFixtures } from '../tests/e2e/build.ts';
import { launch, openFixture, startFixtureServer } from '../tests/e2e/harness.ts';
import { installLongTaskProbe, measureApplyLatency, typeLongDraft, type LongDraftFigures } from '../tests/e2e/measure.ts';
import { REPO } from '../tests/e2e/paths.ts';

const APPLY_EDITORS = process.env.TACT_BENCH_EDITORS?.split(',') ?? ['textarea', 'react-textarea', 'contenteditable', 'prosemirror', 'ckeditor5', 'quill', 'lexical', 'draft', 'slate', 'tinymce', 'ckeditor4', 'trix', 'froala', 'jodit', 'toastui', 'toastui-markdown', 'squire'];

class SkipRest extends Error {}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The content script as Chromium injects it: the loader, the module it imports, and that module's static imports. */
function contentScriptSize(DIST: string): { files: string[]; raw: number; gzip: number; lazy: { file: string; gzip: number }[] } {
  const manifest = JSON.parse(readFileSync(path.join(DIST, 'manifest.json'), 'utf8')) as { content_scripts: Array<{ js: string[] }> };
  const seen = new Set<string>();
  const lazy = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(path.join(DIST, file), 'utf8');
    const dir = path.posix.dirname(file);
    for (const m of code.matchAll(/getURL\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) visit(m[1]!);
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*[^(]*?from\s*["'`](\.\/[^"'`]+)["'`]/g)) visit(path.posix.join(dir, m[1]!));
    for (const m of code.matchAll(/import\(\s*["'`](\.\/[^"'`]+)["'`]\s*\)/g)) lazy.add(path.posix.join(dir, m[1]!));
  };
  for (const script of manifest.content_scripts) for (const js of script.js) visit(js);
  let raw = 0;
  let gzip = 0;
  for (const file of seen) {
    const buf = readFileSync(path.join(DIST, file));
    raw += buf.length;
    gzip += gzipSync(buf, { level: 9 }).length;
  }
  return {
    files: [...seen],
    raw,
    gzip,
    lazy: [...lazy].filter((f) => !seen.has(f)).map((file) => ({ file, gzip: gzipSync(readFileSync(path.join(DIST, file)), { level: 9 }).length })),
  };
}

async function main() {
  console.log('Building the extension and fixtures…');
  // A private build, so neither dist/ nor a concurrent `vite build` in this checkout is touched.
  mkdirSync(path.join(REPO, '.tact-tmp'), { recursive: true });
  const runDir = mkdtempSync(path.join(REPO, '.tact-tmp/bench-'));
  const extension = path.join(runDir, 'extension');
  await buildExtension(extension);
  await buildFixtures(path.join(runDir, 'fixtures'));
  const size = contentScriptSize(extension);
  const [browser, server] = await Promise.all([launch([], extension), startFixtureServer(path.join(runDir, 'fixtures'))]);
  const rows: Array<LongDraftFigures & { tact: string }> = [];
  const applyRows: Array<{ editor: string; runs: number[] }> = [];
  try {
    // Apply latency per editor (click on Apply to the editor's model holding the new text).
    // TACT_BENCH_APPLY_ONLY=1 measures only this part.
    for (const editor of APPLY_EDITORS) applyRows.push({ editor, runs: await measureApplyLatency(browser.context, server.origin, editor) });

    if (process.env.TACT_BENCH_APPLY_ONLY) throw new SkipRest();
    // The long-task probe works: a deliberate 80 ms busy loop must show up.
    const check = await openFixture(browser.context, server.origin, 'textarea');
    await installLongTaskProbe(check.frame);
    const seen = await check.page.evaluate(async () => {
      // In a page task of its own (a task started over the debugging protocol is not reported).
      setTimeout(() => {
        const end = performance.now() + 80;
        while (performance.now() < end) { /* busy */ }
      }, 0);
      await new Promise((r) => setTimeout(r, 300));
      return (window as unknown as { __probe: { longTasks: unknown[] } }).__probe.longTasks.length;
    });
    await check.page.close();
    if (seen < 1) throw new Error('the long-task probe did not see an 80 ms task: figures would be meaningless');

    for (const editor of ['textarea', 'prosemirror', 'ckeditor5']) {
      const on = await typeLongDraft(browser.context, server.origin, editor);
      rows.push({ ...on.figures, tact: 'on' });
      await on.fixture.page.close();
    }
    // Switch Tact off for the fixture site (as the popup does) to measure the editors alone.
    const worker = browser.context.serviceWorkers()[0]!;
    type Chrome = { storage: { local: { set(items: object): Promise<void> } } };
    await worker.evaluate((site) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ disabledSites: [site] }), new URL(server.origin).host);
    for (const editor of ['textarea', 'prosemirror', 'ckeditor5']) {
      const off = await typeLongDraft(browser.context, server.origin, editor, { coached: false });
      rows.push({ ...off.figures, tact: 'off' });
      await off.fixture.page.close();
    }
  } catch (e) {
    if (!(e instanceof SkipRest)) throw e;
  } finally {
    await browser.close();
    await server.close();
    rmSync(runDir, { recursive: true, force: true });
  }

  console.log('\nContent script (injected on every helpdesk page load)');
  console.log(`  files: ${size.files.join(', ')}`);
  console.log(`  size: ${kb(size.raw)} raw, ${kb(size.gzip)} gzipped`);
  for (const l of size.lazy) console.log(`  loaded on first focus of a reply box: ${l.file} ${kb(l.gzip)} gzipped`);
  console.log('\nTyping into a 2,000-word draft (bulk inserted, then sentences typed key by key; pause = 300 ms)');
  console.table(rows.map((r) => ({
    editor: r.editor,
    tact: r.tact,
    words: r.words,
    'keys typed': r.typedKeys,
    'long tasks while typing': r.longTasks,
    'longest (ms)': r.longestTaskMs,
    'first focus: long tasks': r.focusLongTasks,
    'longest (ms) ': r.focusLongestTaskMs,
    'bulk insert: long tasks': r.bulkLongTasks,
    'longest (ms)  ': r.bulkLongestTaskMs,
    'underline after pause (ms)': r.tact === 'on' ? r.underlineAfterPauseMs.join(' / ') : '-',
  })));
  console.log('\nApply: trusted click on Apply → the editor\'s model holds the new text (5 runs each; target ≤ 100 ms)');
  const textareaMedian = median(applyRows.find((r) => r.editor === 'textarea')?.runs ?? [1]);
  console.table(applyRows.map((r) => ({
    editor: r.editor,
    'median (ms)': median(r.runs),
    'max (ms)': Math.max(...r.runs),
    'runs (ms)': r.runs.join(' / '),
    'vs textarea': `${(median(r.runs) / textareaMedian).toFixed(1)}×`,
  })));
  const latencies = rows.flatMap((r) => r.underlineAfterPauseMs);
  if (latencies.length) console.log(`Underline after the pause: median ${median(latencies)} ms, max ${Math.max(...latencies)} ms over ${latencies.length} pauses.`);
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

await main();
