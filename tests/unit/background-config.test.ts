/**
 * The background's settings pipeline with in-memory storage, alarms and fetch in place of the
 * browser (the `ConfigPorts` boundary): what ends up in storage.local for the content script and
 * the options page, and what goes over the network.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { startConfigService, TEAM_CONFIG_ALARM } from '../../src/background/config/service.ts';
import { PERSONAL_SETTINGS_KEY } from '../../src/background/config/layers.ts';
import type { ConfigPorts, KeyValueArea } from '../../src/background/config/ports.ts';
import { CONFIG_STATUS_KEY, EFFECTIVE_SETTINGS_KEY, TEAM_CONFIG_CACHE_KEY, type ConfigStatus, type StoredEffectiveSettings } from '../../src/config/stored.ts';
import { extensionIdFromKey, TACT_EXTENSION_ID } from '../../src/config/extension-id.ts';
import { siteSwitch } from '../../src/content/team-sites.ts';
import { toAnyLangConfig } from '../../src/content/team-settings.ts';
import { analyze } from '../../src/analysis/index.ts';

// The content-script modules read storage through the platform layer; these tests use only their pure parts.
vi.mock('../../src/platform/index.ts', () => ({ localStore: {} }));

const URL_A = 'https://config.example.com/team.json';

function fakeArea(initial: Record<string, unknown> = {}): KeyValueArea & { data: Record<string, unknown>; fire(key: string): void } {
  const data: Record<string, unknown> = structuredClone(initial);
  const listeners = new Set<{ key: string; fn: (v: unknown) => void }>();
  return {
    data,
    async get(key) { return structuredClone(data[key]); },
    async set(key, value) {
      data[key] = structuredClone(value);
      for (const l of listeners) if (l.key === key) l.fn(value);
    },
    onChanged(key, fn, signal) {
      const entry = { key, fn };
      listeners.add(entry);
      signal.addEventListener('abort', () => listeners.delete(entry));
    },
    fire(key) { for (const l of listeners) if (l.key === key) l.fn(data[key]); },
  };
}

interface Served { status?: number; body: string; headers?: Record<string, string> }

function fakePorts(options: { policy?: unknown; personal?: unknown; serve?: (url: string, headers: Record<string, string>) => Served } = {}) {
  let policy: unknown = options.policy ?? {};
  const managedListeners = new Set<() => void>();
  const alarmListeners = new Set<() => void>();
  const alarms = new Map<string, number>();
  const requests: Array<{ url: string; headers: Record<string, string> }> = [];
  let clock = 1_700_000_000_000;
  let serve: (url: string, headers: Record<string, string>) => Served = options.serve ?? (() => ({ status: 404, body: '' }));
  const ports: ConfigPorts = {
    managed: {
      async getAll() { return structuredClone(policy); },
      onChanged(fn, signal) { managedListeners.add(fn); signal.addEventListener('abort', () => managedListeners.delete(fn)); },
    },
    sync: fakeArea(options.personal === undefined ? {} : { [PERSONAL_SETTINGS_KEY]: options.personal }),
    local: fakeArea(),
    alarms: {
      async schedule(name, minutes) { alarms.set(name, minutes); },
      async periodOf(name) { return alarms.get(name); },
      async clear(name) { alarms.delete(name); },
      onAlarm(name, fn, signal) { if (name === TEAM_CONFIG_ALARM) { alarmListeners.add(fn); signal.addEventListener('abort', () => alarmListeners.delete(fn)); } },
    },
    async fetch(url, init) {
      const headers = Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>));
      requests.push({ url, headers });
      const s = serve(url, headers);
      return new Response(s.status === 304 ? null : s.body, { status: s.status ?? 200, headers: { 'content-type': 'application/json', ...s.headers } });
    },
    now: () => clock,
  };
  const local = ports.local as ReturnType<typeof fakeArea>;
  return {
    ports,
    requests,
    alarms,
    effective: () => (local.data[EFFECTIVE_SETTINGS_KEY] as StoredEffectiveSettings).effective,
    status: () => local.data[CONFIG_STATUS_KEY] as ConfigStatus,
    cache: () => local.data[TEAM_CONFIG_CACHE_KEY],
    setPolicy(next: unknown) { policy = next; for (const fn of managedListeners) fn(); },
    setPersonal(next: unknown) { void ports.sync.set(PERSONAL_SETTINGS_KEY, next); },
    fireAlarm() { for (const fn of alarmListeners) fn(); },
    advance(ms: number) { clock += ms; },
    serveWith(next: typeof serve) { serve = next; },
  };
}

/** Lets the service's queued work (storage writes, fake fetches: all in-memory) run to the end. */
const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
};

const teamBody = (avoid: string, extra: object = {}) => JSON.stringify({ schemaVersion: 1, teamName: 'Acme', teamPhrases: [{ id: 'p1', avoid, prefer: 'request', category: 'jargon' }], ...extra });

describe('background settings', () => {
  it('writes policy values with their source and lock, and makes no request without a URL', async () => {
    const f = fakePorts({ policy: { teamPhrases: [{ id: 'ticket', avoid: 'ticket', prefer: 'request' }], categories: { hype: { enabled: false } }, locks: { categories: true } } });
    const service = startConfigService(f.ports, new AbortController().signal);
    await service.ready;
    const e = f.effective();
    expect(e.categories.hype.enabled).toEqual({ value: false, source: 'policy', locked: true });
    expect(e.teamPhrases.map((p) => [p.value.avoid, p.source])).toEqual([['ticket', 'policy']]);
    expect(f.requests).toEqual([]);
    expect(f.alarms.size).toBe(0);
  });

  it('fetches the team URL from policy, keeps ETag and status, and schedules the re-check', async () => {
    const f = fakePorts({ policy: { teamConfigUrl: URL_A, teamConfigRefreshMinutes: 30 }, serve: () => ({ body: teamBody('ticket'), headers: { etag: '"v1"' } }) });
    const service = startConfigService(f.ports, new AbortController().signal);
    await service.ready;
    expect(f.requests.map((r) => r.url)).toEqual([URL_A]);
    expect(f.effective().teamName).toEqual({ value: 'Acme', source: 'team', locked: true });
    expect(f.effective().teamConfigUrl).toMatchObject({ value: URL_A, source: 'policy', locked: true });
    expect(f.status().team).toMatchObject({ url: URL_A, lastResult: 'updated' });
    expect(f.status().team.lastError).toBeUndefined();
    expect(f.alarms.get(TEAM_CONFIG_ALARM)).toBe(30);

    // The alarm re-checks with the validators; "304" keeps the copy.
    f.serveWith((_url, headers) => (headers['If-None-Match'] === '"v1"' ? { status: 304, body: '' } : { body: teamBody('other') }));
    f.advance(30 * 60_000);
    f.fireAlarm();
    await settle();
    expect(f.requests).toHaveLength(2);
    expect(f.requests[1]!.headers['If-None-Match']).toBe('"v1"');
    expect(f.status().team.lastResult).toBe('unchanged');
    expect(f.effective().teamPhrases[0]!.value.avoid).toBe('ticket');
  });

  it('never replaces the last good copy with a broken one, and says what is wrong', async () => {
    const f = fakePorts({ policy: { teamConfigUrl: URL_A }, serve: () => ({ body: teamBody('ticket') }) });
    const service = startConfigService(f.ports, new AbortController().signal);
    await service.ready;
    f.serveWith(() => ({ body: '<html>Sign in</html>', headers: { 'content-type': 'text/html' } }));
    let status = await service.refreshNow();
    expect(status.lastError).toMatch(/web page, not a JSON config/);
    expect(f.effective().teamPhrases[0]!.value.avoid).toBe('ticket');

    f.serveWith(() => ({ body: teamBody('case', { teamPhrases: [{ id: 'p1', avoid: '' }] }) }));
    status = await service.refreshNow();
    expect(status.lastError).toMatch(/teamPhrases\[0\]\.avoid/);
    expect(status.lastErrorDetails?.[0]?.path).toBe('teamPhrases[0].avoid');
    expect(f.effective().teamPhrases[0]!.value.avoid).toBe('ticket');

    f.serveWith(() => ({ body: '{"teamName": ' }));
    status = await service.refreshNow();
    expect(status.lastError).toMatch(/not valid JSON/);
    expect(f.status().team.lastError).toBe(status.lastError);
    expect(f.effective().teamPhrases[0]!.value.avoid).toBe('ticket');
  });

  it('uses the agent\'s own URL unless policy locks it, and fetches only that URL', async () => {
    const other = 'https://mine.example.org/t.json';
    const f = fakePorts({ personal: { teamConfigUrl: other }, serve: (url) => ({ body: teamBody(url === other ? 'mine' : 'theirs') }) });
    const service = startConfigService(f.ports, new AbortController().signal);
    await service.ready;
    expect(f.requests.map((r) => r.url)).toEqual([other]);
    expect(f.effective().teamConfigUrl.source).toBe('personal');

    f.setPolicy({ teamConfigUrl: URL_A });
    await settle();
    expect(f.requests.map((r) => r.url)).toEqual([other, URL_A]);
    expect(f.effective().teamPhrases[0]!.value.avoid).toBe('theirs');
    expect(f.effective().teamConfigUrl).toMatchObject({ value: URL_A, source: 'policy', locked: true });
  });

  it('re-merges when the agent changes their own settings, ignoring locked parts', async () => {
    const f = fakePorts({ policy: { categories: { hype: { enabled: false } }, locks: { categories: true } } });
    const service = startConfigService(f.ports, new AbortController().signal);
    await service.ready;
    f.setPersonal({ categories: { hype: { enabled: true } }, style: { greeting: 'Hello {name},' } });
    await settle();
    expect(f.effective().categories.hype.enabled.value).toBe(false);
    expect(f.effective().style.greeting).toEqual({ value: 'Hello {name},', source: 'personal', locked: false });
  });

  it('keeps valid policy fields and reports the bad ones in words', async () => {
    const f = fakePorts({ policy: { teamName: 'Ops', teamConfigRefreshMinutes: 1 } });
    const service = startConfigService(f.ports, new AbortController().signal);
    await service.ready;
    expect(f.effective().teamName.value).toBe('Ops');
    expect(f.status().policyErrors).toEqual([{ path: 'teamConfigRefreshMinutes', message: expect.stringMatching(/15 to 1440/) }]);
  });

  it('imports a team file only when it is valid and no URL is set', async () => {
    const f = fakePorts();
    const service = startConfigService(f.ports, new AbortController().signal);
    await service.ready;
    const bad = await service.importFile('{"teamPhrases": [{"id": "x", "avoid": "a", "prefr": "b"}]}', 'team.json');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors[0]).toMatchObject({ path: 'teamPhrases[0].prefr', message: expect.stringMatching(/did you mean "prefer"/) });
    expect(f.effective().teamPhrases).toEqual([]);
    expect(await service.importFile(teamBody('ticket'), 'team.json')).toEqual({ ok: true });
    expect(f.effective().teamPhrases[0]).toMatchObject({ source: 'team', value: { avoid: 'ticket' } });

    f.setPolicy({ teamConfigUrl: URL_A });
    await settle();
    const refused = await service.importFile(teamBody('case'), 'other.json');
    expect(refused.ok).toBe(false);
    expect(f.requests.every((r) => r.url === URL_A)).toBe(true);
  });

  it('rejects plain-http team URLs outside the e2e build', async () => {
    const f = fakePorts({ policy: { teamConfigUrl: 'http://127.0.0.1:8080/team.json' } });
    const service = startConfigService(f.ports, new AbortController().signal);
    await service.ready;
    expect(f.requests).toEqual([]);
    expect(f.status().policyErrors[0]).toMatchObject({ path: 'teamConfigUrl', message: 'must start with https://' });
  });

  it('stops listening when its signal aborts', async () => {
    const f = fakePorts();
    const life = new AbortController();
    const service = startConfigService(f.ports, life.signal);
    await service.ready;
    life.abort();
    f.setPolicy({ teamName: 'Later' });
    await settle();
    expect(f.effective().teamName.value).toBeUndefined();
  });
});

describe('content script settings', () => {
  it('turns the effective settings into one analysis config for every language', async () => {
    const f = fakePorts({ policy: { teamPhrases: [{ id: 'ticket', avoid: 'ticket', prefer: 'request', category: 'policy-deflection' }, { id: 'sv', avoid: 'ärende', lang: 'sv' }], categories: { hype: { enabled: false } } } });
    await startConfigService(f.ports, new AbortController().signal).ready;
    const config = toAnyLangConfig(f.effective());
    expect(config.teamPhrases?.map((p) => p.id).sort()).toEqual(['sv', 'ticket']);
    const report = analyze('Act now! I updated your ticket.', { config });
    expect(report.findings.map((x) => [x.text, x.category])).toEqual([['ticket', 'policy-deflection']]);
    expect(analyze('Act now! I updated your ticket.').findings.some((x) => x.category === 'hype')).toBe(true);
  });

  it('honours per-site switches: exact host over "*." entries, longest suffix first', () => {
    const sites = [{ host: '*.zendesk.com' }, { host: 'acme.zendesk.com', enabled: false }, { host: '*.eu.zendesk.com', enabled: false }];
    expect(siteSwitch(sites, 'acme.zendesk.com')).toBe(false);
    expect(siteSwitch(sites, 'other.zendesk.com')).toBe(true);
    expect(siteSwitch(sites, 'x.eu.zendesk.com:443')).toBe(false);
    expect(siteSwitch(sites, 'mail.google.com')).toBe(true);
  });
});

describe('extension id', () => {
  it('is the id Chromium derives from the manifest key', async () => {
    const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as { key: string };
    expect(await extensionIdFromKey(manifest.key)).toBe(TACT_EXTENSION_ID);
  });
});
