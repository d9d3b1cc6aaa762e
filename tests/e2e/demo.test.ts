/** `npm run demo`'s ticket page: with the extension loaded, the prefilled reply is coached at once. */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, until, type Browser } from './harness.ts';
import { REPO } from './paths.ts';

describe('demo ticket page', () => {
  let browser: Browser;
  let server: Server;
  let origin = '';
  beforeAll(async () => {
    // The page scripts/demo.ts serves, on any free port.
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(readFileSync(path.join(REPO, 'demo/ticket.html')));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('shows underlines and the chip on the demo reply as soon as the agent clicks into it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/`);
    await page.locator('#reply').click();
    const categories = await until(async () => {
      const found = await page.locator('tact-overlay [data-category]').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-category')))]);
      return found.length >= 2 ? found : null;
    }, 'the demo reply coached', 20_000);
    expect(categories).toEqual(expect.arrayContaining(['generic-apology', 'policy-deflection']));
    await page.locator('tact-overlay .chip').waitFor();
    await page.close();
  });
});
