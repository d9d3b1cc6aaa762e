/** Builds the extension (the real `vite build`) and bundles each fixture page's editor package. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { FIXTURE_OUT, FIXTURE_SRC, REPO } from './paths.ts';

/**
 * The production build for `target` into `outDir` (never into dist/: the agent's own `npm run build`
 * stays as it was). vite.config.ts reads TACT_TARGET when it is loaded, so it is set around the call.
 */
export async function buildExtension(outDir: string, target: 'chrome' | 'firefox' = 'chrome'): Promise<void> {
  // TACT_VITE_CONFIG: build with another config (e.g. while a manifest change is half done).
  const configFile = process.env.TACT_VITE_CONFIG ? path.resolve(process.env.TACT_VITE_CONFIG) : path.join(REPO, 'vite.config.ts');
  const before = process.env.TACT_TARGET;
  process.env.TACT_TARGET = target;
  try {
    await withTestHosts(() => build({ root: REPO, configFile, logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } }));
  } finally {
    if (before === undefined) delete process.env.TACT_TARGET;
    else process.env.TACT_TARGET = before;
  }
}

/**
 * Runs a build with the loopback fixture hosts in the manifest (vite.config.ts reads
 * TACT_TEST_HOSTS when it is loaded): the production build is the same code without them.
 */
export async function withTestHosts<T>(run: () => Promise<T>): Promise<T> {
  const before = process.env.TACT_TEST_HOSTS;
  process.env.TACT_TEST_HOSTS = '1';
  try {
    return await run();
  } finally {
    if (before === undefined) delete process.env.TACT_TEST_HOSTS;
    else process.env.TACT_TEST_HOSTS = before;
  }
}

export async function buildFixtures(outDir = FIXTURE_OUT, src = FIXTURE_SRC): Promise<void> {
  const pages = readdirSync(src).filter((f) => f.endsWith('.html'));
  await build({
    configFile: false,
    root: src,
    logLevel: 'warn',
    mode: 'production',
    // draft-js (fbjs) still refers to Node's `global`.
    define: { global: 'globalThis' },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      chunkSizeWarningLimit: 20_000,
      rollupOptions: { input: Object.fromEntries(pages.map((p) => [p.replace(/\.html$/, ''), path.join(src, p)])) },
    },
  });
}
