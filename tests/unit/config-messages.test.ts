/**
 * A team lead reads what is wrong with the team config in their own language: every problem the
 * config code really produces (bad JSON, wrong types, unknown fields, bad hosts, a 404, a sign-in
 * page, a timeout) is said again from the catalogs, field names and values kept as they are.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fetchTeamConfig } from '../../src/config/fetch-team-config.ts';
import { parseManagedPolicy, parsePersonalSettings, parseTeamConfig, type ConfigError } from '../../src/config/validate.ts';
import { describeConfigErrors, translateConfigMessage } from '../../src/i18n/config-messages.ts';
import { CATALOGS, setUiLocale, UI_LOCALES, type MessageKey } from '../../src/i18n/index.ts';

afterEach(() => setUiLocale('en'));

const errorsOf = (input: unknown): ConfigError[] => {
  const result = parseTeamConfig(input);
  return result.ok ? [] : result.errors;
};

/** Bad configs a team lead could really write or host, each producing different problems. */
const BAD_TEXT = ['', '{"teamName": "Acme",}', '{"teamName": "Ac', '<!doctype html><title>Sign in</title>', 'ÿþ{\u0000"'];
const BAD_VALUES: unknown[] = [
  [],
  { schemaVersion: 2 },
  { teamName: 42, teamPhrases: [{ id: 'p3', avoid: 7 }], categories: { hype: { enabled: 'yes', severity: 'error' } }, allow: 'Acme' },
  { sites: [{ host: 'https://help.example.com/path' }, { host: 'a*.example.com' }, { host: 'bad_host.example.com' }, { host: '*.com' }] },
  { style: { customerName: 'nickname', greeting: 'Hi {firstName},' } },
  { teamPhrases: [{ id: 'a' }, { id: 'Bad Id', avoid: 'x' }, { id: 'b', avoid: '   ' }, { id: 'c', avoid: 'x'.repeat(201) }] },
  { teamPhrase: [], colour: 'red', categories: { apology: {} } },
  { teamPhrases: [{ id: 'a', avoid: 'one' }, { id: 'a', avoid: 'two' }], sites: [{ host: 'a.example.com' }, { host: 'A.example.com' }] },
  { teamPhrases: [{ id: 'a', avoid: 'per our policy' }, { id: 'b', avoid: 'Per our policy' }] },
  { rules: 'all', sites: {}, teamPhrases: 'x', categories: [] },
  { teamPhrases: Array.from({ length: 501 }, (_, i) => ({ id: `p${i}`, avoid: `w${i}` })) },
  { teamPhrases: [{ id: 'a', avoid: 'x', severity: 'loud', lang: 'fr', category: 'rude' }] },
];
const BAD_POLICY: unknown[] = [{ teamConfigUrl: 'http://corp.example/team.json', teamConfigRefreshMinutes: 5 }, { teamConfigUrl: 'https://u:p@corp.example/t.json', locks: { teamPhrases: 'yes' } }, { teamConfigUrl: 'not a url' }];

async function fetchProblems(): Promise<string[]> {
  const respond = (body: string, init: ResponseInit) => async () => new Response(body, init);
  const cases: Array<[string, typeof fetch, number?]> = [
    ['https://corp.example/t.json', respond('', { status: 404 }) as unknown as typeof fetch],
    ['https://corp.example/t.json', respond('', { status: 403 }) as unknown as typeof fetch],
    ['https://corp.example/t.json', respond('', { status: 500, statusText: 'Internal Server Error' }) as unknown as typeof fetch],
    ['https://corp.example/t.json', respond('<html></html>', { status: 200, headers: { 'content-type': 'text/html' } }) as unknown as typeof fetch],
    ['https://corp.example/t.json', respond('{"teamName": 1, "colour": 2}', { status: 200 }) as unknown as typeof fetch],
    ['https://corp.example/t.json', respond('{"teamName": 1}', { status: 200 }) as unknown as typeof fetch],
    ['https://corp.example/t.json', respond('{', { status: 200 }) as unknown as typeof fetch],
    ['https://corp.example/t.json', respond('', { status: 302, headers: { location: 'http://corp.example/t.json' } }) as unknown as typeof fetch],
    ['https://corp.example/t.json', (async () => { throw new TypeError('Failed to fetch'); }) as unknown as typeof fetch],
    ['https://corp.example/t.json', ((_: string, init: RequestInit) => new Promise((_r, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted'))))) as unknown as typeof fetch, 20],
    ['http://corp.example/t.json', respond('{}', { status: 200 }) as unknown as typeof fetch],
    ['not an address', respond('{}', { status: 200 }) as unknown as typeof fetch],
  ];
  const out: string[] = [];
  for (const [url, fetch, timeoutMs] of cases) {
    const result = await fetchTeamConfig(url, { fetch, ...(timeoutMs ? { timeoutMs } : {}) });
    if (result.error) out.push(result.error.message, ...(result.error.errors ?? []).map((e) => e.message));
  }
  return out;
}

async function everyProblem(): Promise<string[]> {
  const messages = [
    ...BAD_TEXT.flatMap((text) => errorsOf(text).map((e) => e.message)),
    ...BAD_VALUES.flatMap((value) => errorsOf(value).map((e) => e.message)),
    ...BAD_POLICY.flatMap((value) => parseManagedPolicy(value).errors.map((e) => e.message)),
    ...parsePersonalSettings({ teamName: 'x', allow: [3] }).errors.map((e) => e.message),
    ...(await fetchProblems()),
  ];
  return [...new Set(messages)];
}

/** A run of English words that a translation must not keep (field names and values are quoted). */
const ENGLISH = /\b(?:must|is not|the config|the server|could not|known field|used twice|placeholder|a list|an object)\b/;

describe('team-config problems in the agent language', () => {
  it('produces the variety of problems the test means to cover', async () => {
    expect((await everyProblem()).length).toBeGreaterThan(40);
  });

  for (const locale of UI_LOCALES.filter((l) => l !== 'en')) {
    it(`${locale}: says every real problem in its own words, keeping field names and values`, async () => {
      const problems = await everyProblem();
      setUiLocale(locale);
      const untranslated = problems.filter((p) => {
        const said = translateConfigMessage(p).replace(/"[^"]*"|«[^»]*»|“[^”]*”/g, '');
        return ENGLISH.test(said);
      });
      expect(untranslated).toEqual([]);
      // What the lead typed stays recognisable: the field, the value they wrote.
      const [line] = describeConfigErrors([{ path: 'teamPhrases[3].avoid', message: 'must be text of 1–200 characters (got the number 7)' }]);
      expect(line).toMatch(/^teamPhrases\[3\]\.avoid: /);
      expect(line).toContain('7');
      expect(line).toContain('200');
    });

    it(`${locale}: reads back every shape of the English catalog, none taken for another`, () => {
      const shapes = Object.entries(CATALOGS.en).filter(([k]) => k.startsWith('cfg_'));
      expect(shapes.length).toBeGreaterThan(60);
      setUiLocale(locale);
      for (const [key, { message }] of shapes) {
        const args = ['A1', 'B2', 'C3'];
        const english = message.replace(/\$(\d)/g, (_, n: string) => args[Number(n) - 1]!);
        const expected = CATALOGS[locale][key as MessageKey]!.message.replace(/\$(\d)/g, (_, n: string) => args[Number(n) - 1]!);
        expect(translateConfigMessage(english), key).toBe(expected);
      }
    });
  }

  it('leaves English as the config code wrote it', async () => {
    setUiLocale('en');
    for (const p of await everyProblem()) expect(translateConfigMessage(p)).toBe(p);
  });

  it('shows what it cannot read as it is, rather than a wrong sentence', () => {
    setUiLocale('ru');
    expect(translateConfigMessage('ECONNRESET from proxy.corp')).toBe('ECONNRESET from proxy.corp');
  });
});
