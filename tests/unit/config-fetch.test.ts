/**
 * fetchTeamConfig against a real HTTP server on 127.0.0.1 (with the tests-only loopback
 * exception), so redirects, timeouts, streaming bodies and 304s behave as they do on the wire.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchTeamConfig, type FetchTeamConfigOptions } from '../../src/config/fetch-team-config.ts';
import type { TeamConfig } from '../../src/config/schema.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const GOOD: TeamConfig = { teamName: 'Acme', teamPhrases: [{ id: 'a', avoid: 'your case', prefer: 'your request' }] };
const LAST_GOOD: TeamConfig = { teamName: 'Acme (yesterday)' };

let server: Server;
let base: string;
let routes: Record<string, Handler>;
const requests: { url: string; headers: IncomingMessage['headers'] }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push({ url: req.url ?? '', headers: req.headers });
    const handler = routes[req.url ?? ''];
    if (handler) handler(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  routes = {};
  requests.length = 0;
});

const json = (body: unknown, headers: Record<string, string> = {}): Handler => (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
};

const options = (extra: Partial<FetchTeamConfigOptions> = {}): FetchTeamConfigOptions => ({
  fetch: globalThis.fetch,
  timeoutMs: 2000,
  allowInsecureLoopbackForTests: true,
  now: () => 1_700_000_000_000,
  ...extra,
});

describe('fetchTeamConfig', () => {
  it('loads a valid config and returns its validators', async () => {
    routes['/team.json'] = json(GOOD, { etag: '"v1"', 'last-modified': 'Wed, 01 Jan 2025 00:00:00 GMT' });
    const result = await fetchTeamConfig(`${base}/team.json`, options());
    expect(result).toEqual({
      status: 'updated',
      config: GOOD,
      etag: '"v1"',
      lastModified: 'Wed, 01 Jan 2025 00:00:00 GMT',
      fetchedAt: 1_700_000_000_000,
    });
    expect(requests[0]!.headers.cookie).toBeUndefined();
    expect(requests[0]!.headers['if-none-match']).toBeUndefined();
  });

  it('revalidates with If-None-Match / If-Modified-Since and keeps the copy on 304', async () => {
    routes['/team.json'] = (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304, { etag: '"v1"' }).end();
      else json(GOOD, { etag: '"v2"' })(req, res);
    };
    const previous = { etag: '"v1"', lastModified: 'Wed, 01 Jan 2025 00:00:00 GMT', config: LAST_GOOD };
    const result = await fetchTeamConfig(`${base}/team.json`, options({ previous }));
    expect(result).toMatchObject({ status: 'unchanged', config: LAST_GOOD, etag: '"v1"', lastModified: previous.lastModified });
    expect(result.error).toBeUndefined();
    expect(requests[0]!.headers['if-modified-since']).toBe(previous.lastModified);
  });

  it('times out on a server that never answers, keeping the last good config', async () => {
    routes['/hang'] = () => undefined;
    const started = Date.now();
    const result = await fetchTeamConfig(`${base}/hang`, options({ timeoutMs: 300, previous: { config: LAST_GOOD, etag: '"v1"' } }));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result).toMatchObject({ status: 'error', config: LAST_GOOD, etag: '"v1"', error: { kind: 'timeout', message: 'the server did not answer within 300 ms' } });
  });

  it('times out on a body that stops half way', async () => {
    routes['/slow'] = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"teamName": ');
    };
    const result = await fetchTeamConfig(`${base}/slow`, options({ timeoutMs: 1000, previous: { config: LAST_GOOD } }));
    expect(result).toMatchObject({ status: 'error', config: LAST_GOOD, error: { kind: 'timeout' } });
  });

  it('refuses a redirect to plain http before requesting it', async () => {
    routes['/moved'] = (_req, res) => res.writeHead(302, { location: 'http://config.example.com/team.json' }).end();
    const result = await fetchTeamConfig(`${base}/moved`, options({ previous: { config: LAST_GOOD } }));
    expect(result).toMatchObject({
      status: 'error',
      config: LAST_GOOD,
      error: { kind: 'insecure-redirect', message: 'the server redirected to http://config.example.com, which is not https; the config was not loaded' },
    });
    expect(requests.map((r) => r.url)).toEqual(['/moved']);
  });

  it('follows a safe redirect (relative location) and gives up on loops', async () => {
    routes['/old'] = (_req, res) => res.writeHead(301, { location: '/team.json' }).end();
    routes['/team.json'] = json(GOOD);
    expect(await fetchTeamConfig(`${base}/old`, options())).toMatchObject({ status: 'updated', config: GOOD });
    routes['/loop'] = (_req, res) => res.writeHead(307, { location: '/loop' }).end();
    expect((await fetchTeamConfig(`${base}/loop`, options())).error).toMatchObject({ kind: 'too-many-redirects' });
  });

  it('in browsers (opaque redirects) follows nothing: no second request goes anywhere', async () => {
    const calls: Array<[string, RequestRedirect]> = [];
    const browserFetch = async (url: string, init?: RequestInit) => {
      calls.push([url, init!.redirect!]);
      // What Chromium hands an extension for redirect: 'manual': no status, no Location.
      const response = new Response(null);
      Object.defineProperty(response, 'type', { value: 'opaqueredirect' });
      return response;
    };
    const result = await fetchTeamConfig('https://corp.example/team.json', { fetch: browserFetch, previous: { config: LAST_GOOD } });
    expect(calls).toEqual([['https://corp.example/team.json', 'manual']]);
    expect(result).toMatchObject({ status: 'error', config: LAST_GOOD, error: { kind: 'hidden-redirect' } });
    expect(result.error!.message).toMatch(/does not follow it/);
  });

  it('recognises an HTML page by content type and by body', async () => {
    routes['/login'] = (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html>Sign in</html>');
    routes['/sniff'] = (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('\n<!doctype html><html></html>');
    const byType = await fetchTeamConfig(`${base}/login`, options({ previous: { config: LAST_GOOD } }));
    expect(byType).toMatchObject({ status: 'error', config: LAST_GOOD, error: { kind: 'html' } });
    expect(byType.error!.message).toMatch(/^the URL returned a web page, not a JSON config/);
    const bySniff = await fetchTeamConfig(`${base}/sniff`, options());
    expect(bySniff.error).toEqual({ kind: 'html', message: 'the URL returned a web page, not a JSON config' });
    expect(bySniff.config).toBeUndefined();
  });

  it('reports a body that is not JSON', async () => {
    routes['/text'] = (_req, res) => res.writeHead(200).end('teamName: Acme');
    const result = await fetchTeamConfig(`${base}/text`, options({ previous: { config: LAST_GOOD } }));
    expect(result).toMatchObject({ status: 'error', config: LAST_GOOD, error: { kind: 'not-json' } });
    expect(result.error!.message).toMatch(/^the config is not valid JSON \(problem at line 1, column \d+\)$/);
  });

  it('reports a body that is not UTF-8', async () => {
    routes['/latin1'] = (_req, res) => res.writeHead(200).end(Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    expect((await fetchTeamConfig(`${base}/latin1`, options())).error).toEqual({ kind: 'not-json', message: 'the team config is not UTF-8 text' });
  });

  it('reports an invalid config field by field, keeping the last good one', async () => {
    routes['/bad'] = json({ teamName: 'Acme', teamPhrases: [{ id: 'a', avoid: 'x' }, { id: 'a', avoid: 'y' }], extra: 1 });
    const result = await fetchTeamConfig(`${base}/bad`, options({ previous: { config: LAST_GOOD, etag: '"v1"' } }));
    expect(result).toMatchObject({ status: 'error', config: LAST_GOOD, etag: '"v1"', error: { kind: 'invalid' } });
    expect(result.error!.message).toMatch(/^the team config has 2 problems: /);
    expect(result.error!.errors!.map((e) => e.path).sort()).toEqual(['extra', 'teamPhrases[1].id']);
  });

  it('refuses an oversize body, by declared length and while streaming', async () => {
    const big = JSON.stringify({ allow: Array.from({ length: 400_000 }, (_, i) => `word${i}`) });
    routes['/declared'] = (_req, res) => res.writeHead(200, { 'content-length': String(Buffer.byteLength(big)) }).end(big);
    routes['/chunked'] = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      let sent = 0;
      const more = () => {
        // Keeps sending until the client hangs up: the client must stop reading, not the server.
        while (sent < 20_000_000 && res.write('x'.repeat(64 * 1024))) sent += 64 * 1024;
        if (sent < 20_000_000 && !res.destroyed) res.once('drain', more);
        else res.end();
      };
      res.write('{"allow": ["');
      more();
    };
    const declared = await fetchTeamConfig(`${base}/declared`, options({ previous: { config: LAST_GOOD } }));
    expect(declared).toMatchObject({ status: 'error', config: LAST_GOOD, error: { kind: 'too-large' } });
    expect(declared.error!.message).toMatch(/^the team config is \d+\.\d MB; the limit is 512 KB$/);
    const chunked = await fetchTeamConfig(`${base}/chunked`, options({ timeoutMs: 10_000 }));
    expect(chunked.error).toEqual({ kind: 'too-large', message: 'the team config is larger than 512 KB; the limit is 512 KB' });
  });

  it('reports HTTP errors in words', async () => {
    routes['/private'] = (_req, res) => res.writeHead(403).end('nope');
    expect((await fetchTeamConfig(`${base}/private`, options())).error).toEqual({
      kind: 'http-status',
      message: 'the server answered 403 Forbidden (the URL needs a sign-in or is not shared; it must be readable without one)',
    });
    expect((await fetchTeamConfig(`${base}/missing`, options())).error!.message).toBe('the server answered 404 Not Found (check the address)');
  });

  it('offline: keeps working on the last good copy', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const previous = { config: LAST_GOOD, etag: '"v1"', lastModified: 'Wed, 01 Jan 2025 00:00:00 GMT' };
    const result = await fetchTeamConfig(`http://127.0.0.1:${port}/team.json`, options({ previous }));
    expect(result).toMatchObject({ status: 'error', config: LAST_GOOD, etag: '"v1"', lastModified: previous.lastModified, error: { kind: 'network' } });
    expect(result.error!.message).toMatch(/^could not reach 127\.0\.0\.1:\d+ \(offline, or the address is wrong\)/);
  });

  it('requires https unless the tests-only loopback exception is on', async () => {
    routes['/team.json'] = json(GOOD);
    const plain = await fetchTeamConfig(`${base}/team.json`, options({ allowInsecureLoopbackForTests: false }));
    expect(plain.error).toEqual({ kind: 'bad-url', message: 'the team config URL must start with https://' });
    expect(requests).toEqual([]);
    for (const url of ['http://config.example.com/t.json', 'ftp://x/t.json', 'not a url', 'https://user:pw@x.example/t.json']) {
      const result = await fetchTeamConfig(url, options());
      expect(result.status).toBe('error');
      expect(result.error!.kind).toBe('bad-url');
    }
  });

  it('never throws, even when the injected fetch does', async () => {
    const throwing = (() => {
      throw new Error('boom');
    }) as unknown as FetchTeamConfigOptions['fetch'];
    const result = await fetchTeamConfig('https://corp.example/t.json', { fetch: throwing, previous: { config: LAST_GOOD } });
    expect(result).toMatchObject({ status: 'error', config: LAST_GOOD, error: { kind: 'network' } });
  });

  it('can be cancelled', async () => {
    routes['/hang'] = () => undefined;
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const result = await fetchTeamConfig(`${base}/hang`, options({ signal: controller.signal, timeoutMs: 5000 }));
    expect(result.error).toEqual({ kind: 'aborted', message: 'the check was cancelled' });
  });
});
