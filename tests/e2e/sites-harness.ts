/**
 * Helpdesk fixtures under their real host names: an HTTPS server on loopback with a certificate
 * made for this run (Debian's openssl), and Chromium told to resolve each helpdesk's host to it
 * (--host-resolver-rules) and to accept that certificate. The manifest's real match patterns
 * (`https://*.zendesk.com/*`…) and the real choice of adapter by host name are what run: no test
 * hook in the extension.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { buildFixtures } from './build.ts';
import { launch, type Browser } from './harness.ts';
import { REPO } from './paths.ts';

export const HELPDESK_SRC = path.join(REPO, 'tests/fixtures/helpdesks');

/** Host name → the fixture page every path on it serves (a helpdesk is a single-page app). */
export const HELPDESK_HOSTS: Record<string, string> = {
  'acme.zendesk.com': 'zendesk',
  'acme.freshdesk.com': 'freshdesk',
  'app.intercom.com': 'intercom',
  'secure.helpscout.net': 'helpscout',
  'app.frontapp.com': 'front',
  'mail.google.com': 'gmail',
  'outlook.office.com': 'outlook',
  'app.hubspot.com': 'hubspot',
  'desk.zoho.com': 'zoho-desk',
  'desk.zoho.com.au': 'zoho-desk',
  'app-ap1.hubspot.com': 'hubspot',
  'acme.gorgias.com': 'gorgias',
};

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml' };

export interface HelpdeskWorld {
  browser: Browser;
  /** `https://<host>/<path>` for a helpdesk host. */
  url(host: string, pathname?: string): string;
  /** `http://127.0.0.1:<port>` serving the same pages, for the generic adapter. */
  plainOrigin: string;
  close(): Promise<void>;
}

/**
 * `extraHosts`: more host names → fixture page, e.g. a helpdesk on its own domain that only a
 * team's `sites` list (and the agent's grant) makes Tact run on.
 */
export async function startHelpdeskWorld(extraHosts: Record<string, string> = {}): Promise<HelpdeskWorld> {
  const hosts = { ...HELPDESK_HOSTS, ...extraHosts };
  const work = mkdtempSync(path.join(os.tmpdir(), 'tact-helpdesks-'));
  const root = path.join(work, 'site');
  mkdirSync(root);
  await buildFixtures(root, HELPDESK_SRC);
  const key = path.join(work, 'key.pem');
  const cert = path.join(work, 'cert.pem');
  const san = Object.keys(hosts).map((h) => `DNS:${h}`).join(',');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=tact-helpdesk-fixtures', '-addext', `subjectAltName=${san}`], { stdio: 'ignore' });

  const serve = (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const page = hosts[host];
    const pathname = path.normalize(decodeURIComponent(new URL(req.url ?? '/', 'https://x').pathname));
    let file = path.join(root, pathname);
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      if (!page) {
        res.writeHead(404).end();
        return;
      }
      file = path.join(root, `${page}.html`);
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  };
  const server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, serve);
  // Any other page (the generic adapter): plain HTTP on 127.0.0.1, which the manifest also matches.
  const plain = createHttpServer(serve);
  await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const rules = Object.keys(hosts).map((h) => `MAP ${h} 127.0.0.1:${port}`).join(',');
  // Test browser only: the certificate is this run's own, so certificate errors are ignored.
  const browser = await launch([`--host-resolver-rules=${rules}`, '--ignore-certificate-errors']);
  return {
    browser,
    plainOrigin: `http://127.0.0.1:${(plain.address() as { port: number }).port}`,
    url: (host, pathname = '/') => `https://${host}${pathname}`,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await new Promise<void>((resolve) => plain.close(() => resolve()));
      rmSync(work, { recursive: true, force: true });
    },
  };
}
