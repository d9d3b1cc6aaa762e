/**
 * A team config served from a URL: the agent pastes the URL on the options page, coaching uses
 * the config; the team changes the file and the scheduled re-check (the alarm, fired here through
 * the service worker instead of waiting an hour) changes the underlines in an open reply box
 * with no reload and no keystroke; then the server answers with a web page and with a broken
 * config, and the last good config stays while the options page names the problem.
 *
 * Runs the e2e build (tests/e2e/team-harness.ts): only it accepts a plain-http loopback URL.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEAM_CONFIG_ALARM } from '../../src/background/config/service.ts';
import { CONFIG_STATUS_KEY, EFFECTIVE_SETTINGS_KEY, type ConfigStatus, type StoredEffectiveSettings } from '../../src/config/stored.ts';
import { norm, openFixture, startFixtureServer, until, type Browser, type FixtureServer } from './harness.ts';
import { buildE2eExtension, E2E_DIST, fireTeamAlarm, launchDist, localValue } from './team-harness.ts';
import { underline } from './scenario.ts';

interface Served { body: string; type: string }

/** Serves one file like a well-configured static host: ETag, 304, and CORS for the extension's fetch. */
async function configServer(): Promise<{ url: string; serve(next: Served): void; seen: string[]; close(): Promise<void> }> {
  let current: Served = { body: '{}', type: 'application/json' };
  let version = 0;
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const cors = {
      'access-control-allow-origin': '*',
      'access-control-allow-headers': 'If-None-Match, If-Modified-Since',
      'access-control-expose-headers': 'ETag, Last-Modified',
    };
    if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
    const etag = `"v${version}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { ...cors, etag }).end();
    res.writeHead(200, { ...cors, etag, 'content-type': current.type, 'cache-control': 'no-cache' }).end(current.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/team.json`,
    serve(next) {
      current = next;
      version++;
    },
    seen,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

const json = (config: object): Served => ({ body: JSON.stringify(config), type: 'application/json' });
const phrase = (avoid: string, category: string) => json({
  schemaVersion: 1,
  teamName: 'URL Team',
  teamPhrases: [{ id: 'p1', avoid, prefer: 'request', category }],
});
const DRAFT = 'I updated your ticket.';

describe('team config URL', () => {
  let browser: Browser;
  let fixtures: FixtureServer;
  let config: Awaited<ReturnType<typeof configServer>>;
  beforeAll(async () => {
    await buildE2eExtension();
    [config, fixtures] = await Promise.all([configServer(), startFixtureServer()]);
    browser = await launchDist(E2E_DIST);
  });
  afterAll(async () => {
    await browser?.close();
    await fixtures?.close();
    await config?.close();
  });

  const effective = async () => (await localValue<StoredEffectiveSettings>(browser.context, EFFECTIVE_SETTINGS_KEY))?.effective;
  const status = async () => (await localValue<ConfigStatus>(browser.context, CONFIG_STATUS_KEY))?.team;

  it('follows the served file on the schedule and keeps the last good copy when it breaks', async () => {
    const requests: string[] = [];
    browser.context.on('request', (r) => requests.push(r.url()));
    config.serve(phrase('ticket', 'jargon'));

    // The agent points Tact at the team's URL.
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await options.getByLabel('Team config URL').fill(config.url);
    await options.getByRole('button', { name: 'Save URL' }).click();
    await until(async () => (await effective())?.teamPhrases[0]?.value.avoid === 'ticket', 'the team config from the URL');
    expect((await effective())!.teamPhrases[0]!.source).toBe('team');
    await until(async () => (await options.locator('[data-field="last-error"]').textContent()) === 'none', 'options page status');

    // Coaching uses it.
    const f = await openFixture(browser.context, fixtures.origin, 'textarea');
    await f.editor.click();
    await f.page.keyboard.type(DRAFT);
    await until(async () => norm(await f.text()) === DRAFT, 'the typed draft');
    await underline(f.frame, 'jargon').waitFor({ state: 'visible', timeout: 10_000 });

    // The team changes the file; the scheduled check picks it up and the open reply box follows.
    config.serve(phrase('updated', 'blame'));
    await fireTeamAlarm(browser.context, TEAM_CONFIG_ALARM);
    await underline(f.frame, 'blame').waitFor({ state: 'visible', timeout: 10_000 });
    await underline(f.frame, 'jargon').waitFor({ state: 'detached', timeout: 10_000 });
    expect(norm(await f.text())).toBe(DRAFT);

    // A sign-in page instead of the config: the last good copy stays, the problem is named.
    config.serve({ body: '<!doctype html><title>Sign in</title>', type: 'text/html' });
    await fireTeamAlarm(browser.context, TEAM_CONFIG_ALARM);
    await until(async () => /web page, not a JSON config/.test((await status())?.lastError ?? ''), 'the HTML problem in the status');
    expect((await effective())!.teamPhrases[0]!.value.avoid).toBe('updated');
    await until(async () => /web page/.test((await options.locator('[data-field="last-error"]').textContent()) ?? ''), 'options page names the HTML problem');

    // A config with a broken field: kept out, and the field is named on the options page.
    config.serve(json({ teamPhrases: [{ id: 'p1', avoid: '' }] }));
    await fireTeamAlarm(browser.context, TEAM_CONFIG_ALARM);
    const named = await until(async () => {
      const text = (await options.locator('[data-field="last-error"]').textContent()) ?? '';
      return text.includes('teamPhrases[0].avoid') ? text : null;
    }, 'options page names the broken field');
    expect(named).toMatch(/still using the copy saved/);
    expect((await effective())!.teamPhrases[0]!.value.avoid).toBe('updated');
    await underline(f.frame, 'blame').waitFor({ state: 'visible' });

    // Not JSON at all.
    config.serve({ body: '{"teamName": "x",', type: 'application/json' });
    await fireTeamAlarm(browser.context, TEAM_CONFIG_ALARM);
    await until(async () => /not valid JSON/.test((await options.locator('[data-field="last-error"]').textContent()) ?? ''), 'options page names the JSON problem');
    expect((await effective())!.teamPhrases[0]!.value.avoid).toBe('updated');

    // The only requests the extension made went to the configured URL.
    const foreign = requests.filter((u) => !u.startsWith(`${fixtures.origin}/`) && !u.startsWith(`chrome-extension://${browser.extensionId}/`) && u !== config.url);
    expect(foreign).toEqual([]);
    expect(config.seen.every((line) => line.endsWith(' /team.json'))).toBe(true);
    console.info(`[team-url] requests to the config server: ${config.seen.join(', ')}`);
    await f.page.close();
    await options.close();
  });
});
