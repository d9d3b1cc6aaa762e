/**
 * Nothing leaves the browser: every request of the pages (including the popup) is recorded, and
 * Chromium's whole network goes through a recording proxy, which catches the service worker and
 * content scripts too. Coaching, applying and the popup must add no request beyond the page's own.
 */
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, norm, openFixture, startFixtureServer, until, type Browser, type FixtureServer } from './harness.ts';
import { card, DRAFT, PHRASE, typeDraft, underline } from './scenario.ts';

async function recordingProxy(): Promise<{ port: number; seen: string[]; close(): Promise<void> }> {
  const seen: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket: Socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.destroy();
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as { port: number }).port,
    seen,
    close: () => new Promise<void>((r) => {
      for (const s of sockets) s.destroy();
      server.close(() => r());
    }),
  };
}

describe('network', () => {
  let browser: Browser;
  let server: FixtureServer;
  let proxy: Awaited<ReturnType<typeof recordingProxy>>;
  beforeAll(async () => {
    proxy = await recordingProxy();
    // Loopback (the fixture server) bypasses the proxy; everything else would pass through it.
    [browser, server] = await Promise.all([launch([`--proxy-server=http://127.0.0.1:${proxy.port}`]), startFixtureServer()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await proxy?.close();
  });

  it('makes no request while coaching, applying and showing the popup', async () => {
    const requests: string[] = [];
    browser.context.on('request', (r) => requests.push(r.url()));
    const f = await openFixture(browser.context, server.origin, 'ckeditor5');
    await typeDraft(f, DRAFT);
    await underline(f.frame).waitFor();
    const box = (await underline(f.frame).boundingBox())!;
    await f.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const suggestion = (await card(f.frame).locator('.s').first().textContent())!;
    await card(f.frame).getByRole('button', { name: 'Apply', exact: true }).first().click();
    await until(async () => norm(await f.text()) === DRAFT.replace(PHRASE, suggestion), 'applied');
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html`);
    await f.page.bringToFront();
    await popup.locator('.score').waitFor();
    await popup.close();
    await f.page.close();

    const foreign = requests.filter((url) => !url.startsWith(`${server.origin}/`) && !url.startsWith(`chrome-extension://${browser.extensionId}/`));
    expect(foreign).toEqual([]);
    // The page's own loads were seen, so the recorder works.
    expect(requests.some((url) => url.startsWith(`${server.origin}/ckeditor5.html`))).toBe(true);
    // Chromium itself still phones its update and account services (seen: update.googleapis.com,
    // accounts.google.com, redirector.gvt1.com) even with the background-networking flags; any
    // other host would have come from the extension.
    const browserOwn = /^(CONNECT |[A-Z]+ https?:\/\/)(update\.googleapis\.com|accounts\.google\.com|[\w.-]+\.gvt1\.com|clients\d*\.google\.com|edgedl\.me\.gvt1\.com)(:\d+)?/;
    expect(proxy.seen.filter((line) => !browserOwn.test(line))).toEqual([]);
  });
});
