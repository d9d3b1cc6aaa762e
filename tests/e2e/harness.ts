/** Real Chromium with the built extension loaded, and a static server for the fixture pages. */
import { afterAll, beforeAll } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, existsSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Frame, type Locator, type Page } from 'playwright-core';
import { CHROMIUM, extensionDir, fixturesDir, REPO } from './paths.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.gif': 'image/gif',
};

export interface FixtureServer { origin: string; close(): Promise<void> }

export async function startFixtureServer(root = fixturesDir()): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const pathname = path.normalize(decodeURIComponent(url.pathname));
    // CKEditor 4 loads its own files at run time from the npm package's folder.
    const vendor = pathname.startsWith('/vendor/ckeditor4/') ? path.join(REPO, 'node_modules/ckeditor4', pathname.slice('/vendor/ckeditor4/'.length)) : null;
    if (vendor && vendor.startsWith(path.join(REPO, 'node_modules/ckeditor4')) && existsSync(vendor) && statSync(vendor).isFile()) {
      res.writeHead(200, { 'content-type': TYPES[path.extname(vendor)] ?? 'application/octet-stream' });
      res.end(readFileSync(vendor));
      return;
    }
    let file = path.join(root, pathname);
    // Single-page app routes (/ticket/2) fall back to the SPA fixture.
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) file = path.join(root, 'spa.html');
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface Browser { context: BrowserContext; extensionId: string; close(): Promise<void> }

export async function launch(extraArgs: string[] = [], extension = extensionDir()): Promise<Browser> {
  // Makes context.on('request') report the extension service worker's requests too.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const profile = mkdtempSync(path.join(os.tmpdir(), 'tact-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: { width: 1100, height: 800 },
    args: [
      '--headless=new', `--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-sandbox',
      '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', ...extraArgs,
    ],
  });
  // Errors from pages and from the content script's world surface in the test log.
  context.on('page', (page) => {
    page.on('console', (m) => { if (m.type() === 'error') console.error(`[console ${page.url()}] ${m.text()}`); });
    page.on('pageerror', (e) => console.error(`[pageerror ${page.url()}] ${e.message}`));
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Polls `fn` until it returns a truthy value (no fixed sleeps); throws with the last value. */
export async function until<T>(fn: () => Promise<T> | T, what: string, timeoutMs = 10_000, debug?: () => Promise<unknown>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let error: unknown;
  while (Date.now() < deadline) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      error = e;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(last)}${debug ? `; ${JSON.stringify(await debug())}` : ""}${error ? `; last error: ${String(error)}` : ''}`);
}

export interface FixturePage {
  page: Page;
  /** The frame holding the editor (TinyMCE's iframe) — the overlay lives there too. */
  frame: Frame;
  editor: Locator;
  text(): Promise<string>;
  caretWord(): Promise<string>;
}

export async function openFixture(context: BrowserContext, origin: string, name: string): Promise<FixturePage> {
  const page = await context.newPage();
  await page.goto(`${origin}/${name}.html`);
  await page.waitForFunction(() => (window as unknown as { fixtureReady?: boolean }).fixtureReady === true, null, { timeout: 20_000 });
  const info = await page.evaluate(() => {
    const f = (window as unknown as { fixture: { selector: string; frame?: string } }).fixture;
    return { selector: f.selector, frame: f.frame ?? null };
  });
  let frame = page.mainFrame();
  if (info.frame) {
    const handle = await page.waitForSelector(info.frame);
    frame = (await handle.contentFrame())!;
  }
  const editor = frame.locator(info.selector).first();
  await editor.waitFor();
  type Api = { getText(): string; caretWord(): string };
  return {
    page,
    frame,
    editor,
    text: () => page.evaluate(() => (window as unknown as { fixture: Api }).fixture.getText()),
    caretWord: () => page.evaluate(() => (window as unknown as { fixture: Api }).fixture.caretWord()),
  };
}

/** Normalises the differences between editors' plain-text exports (nbsp, trailing newline). */
export const norm = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\s+$/, '');

/**
 * One browser with the built extension and one fixture server for a whole test file: the
 * hooks every browser test file needs, registered once here.
 */
export function withBrowserAndFixtures(): { readonly browser: Browser; readonly server: FixtureServer } {
  const env = {} as { browser: Browser; server: FixtureServer };
  beforeAll(async () => {
    [env.browser, env.server] = await Promise.all([launch(), startFixtureServer()]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
