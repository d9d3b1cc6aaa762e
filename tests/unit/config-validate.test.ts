import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/config/schema.ts';
import {
  findJsonErrorPosition,
  formatConfigErrors,
  parseManagedPolicy,
  parsePersonalSettings,
  parseTeamConfig,
  type ConfigError,
} from '../../src/config/validate.ts';

function errorsOf(input: unknown): ConfigError[] {
  const result = parseTeamConfig(input);
  if (result.ok) throw new Error('expected the config to be rejected');
  return result.errors;
}

const phrase = (i: number, extra: object = {}) => ({ id: `p${i}`, avoid: `phrase ${i}`, prefer: `better ${i}`, ...extra });

describe('parseTeamConfig: accepted input', () => {
  it('accepts an empty object and a minimal config, as text or as a value', () => {
    expect(parseTeamConfig('{}')).toEqual({ ok: true, config: {} });
    const config = { teamName: 'Acme', teamPhrases: [phrase(1)] };
    expect(parseTeamConfig(JSON.stringify(config))).toEqual({ ok: true, config });
    expect(parseTeamConfig(config)).toEqual({ ok: true, config });
  });

  it('accepts a byte-order mark and surrounding whitespace', () => {
    expect(parseTeamConfig('\uFEFF  {"teamName": "Acme"}\n').ok).toBe(true);
  });

  it('keeps regex-looking phrases as literal text', () => {
    const avoid = '(a+)+$ .* [^x] \\d{3}';
    const result = parseTeamConfig({ teamPhrases: [{ id: 'x', avoid, prefer: '$1' }] });
    expect(result.ok && result.config.teamPhrases?.[0]).toEqual({ id: 'x', avoid, prefer: '$1' });
  });

  it('accepts phrases in every language, wildcard subdomains and placeholders', () => {
    const result = parseTeamConfig({
      teamPhrases: [
        phrase(1, { lang: 'en' }),
        { id: 'ru', avoid: 'к сожалению', lang: 'ru' },
        { id: 'zh', avoid: '亲爱的用户', lang: 'zh' },
        { id: 'sv', avoid: 'ert ärende', lang: 'sv' },
      ],
      sites: [{ host: '*.zendesk.com' }, { host: 'help.example.co.uk', enabled: false, helpdesk: 'zammad' }],
      style: { greeting: 'Hello {name},', signOff: 'Cheers,\n{agent}', customerName: 'full' },
    });
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});

describe('parseTeamConfig: bad input, named in plain words', () => {
  it('rejects text that is not JSON and says where', () => {
    const [error] = errorsOf('{\n  "teamName": "Acme",\n  "allow": [oops]\n}');
    expect(error).toMatchObject({ path: '', kind: 'not-json' });
    expect(error!.message).toMatch(/^the config is not valid JSON/);
    expect(error!.message).toContain('line 3');
  });

  it('locates JSON errors that V8 reports without a position', () => {
    expect(errorsOf('{"a": 1,\n "b": tru }')[0]!.message).toBe('the config is not valid JSON (problem at line 2, column 10)');
    expect(errorsOf("{'teamName': 'Acme'}")[0]!.message).toBe('the config is not valid JSON (problem at line 1, column 2)');
    expect(errorsOf('{"a": [1, 2,]}')[0]!.message).toMatch(/line 1, column 13/);
  });

  it('refuses absurd nesting before parsing, and says so; brackets inside strings do not count', () => {
    expect(errorsOf('['.repeat(5000))[0]).toMatchObject({ kind: 'not-json', message: 'the config is not valid JSON (brackets nested more than 1000 deep)' });
    expect(errorsOf(`{"teamName": "${'['.repeat(5000)}"}`).map((e) => e.kind ?? e.path)).toEqual(['teamName']);
  });

  it('rejects an empty body and a truncated one', () => {
    expect(errorsOf('   ')[0]!.message).toBe('the config is empty');
    expect(errorsOf('{"teamName": "Ac')[0]!.message).toMatch(/not valid JSON/);
  });

  it('recognises an HTML page', () => {
    for (const body of ['<!DOCTYPE html><html><body>Sign in</body></html>', '\n  <html lang="en">', '<?xml version="1.0"?>']) {
      expect(errorsOf(body)).toEqual([{ path: '', message: 'the URL returned a web page, not a JSON config', kind: 'html' }]);
    }
  });

  it('rejects a top level that is not an object', () => {
    expect(errorsOf('[1,2]')[0]).toEqual({ path: '', message: 'must be a JSON object ({ … }) (got a list)' });
    expect(errorsOf('null')[0]!.message).toMatch(/must be a JSON object.*got null/);
    expect(errorsOf('"hello"')[0]!.message).toMatch(/got the text "hello"/);
  });

  it('names the field and the problem for wrong types', () => {
    const errors = errorsOf({
      teamName: 42,
      teamPhrases: [phrase(0), phrase(1), phrase(2), { id: 'p3', avoid: 7 }],
      categories: { hype: { enabled: 'yes', severity: 'error' } },
      allow: 'Acme',
      sites: [{ host: 'https://help.example.com/path' }],
      style: { customerName: 'nickname' },
    });
    expect(formatConfigErrors(errors)).toEqual(
      expect.arrayContaining([
        'teamName: must be text of 1–80 characters (got the number 42)',
        'teamPhrases[3].avoid: must be text of 1–200 characters (got the number 7)',
        'categories.hype.enabled: must be true or false (got the text "yes")',
        'categories.hype.severity: must be "warning" or "hint" (got the text "error")',
        'allow: must be a list of words (got the text "Acme")',
        'sites[0].host: must be a host name only, like "support.example.com" (no https://, port or path)',
        'style.customerName: must be "first" or "full" (got the text "nickname")',
      ]),
    );
    expect(formatConfigErrors(errorsOf({ style: { greeting: 'Hi {firstName},' } }))).toEqual([
      'style.greeting: unknown placeholder {firstName}; use {name} or {agent}',
    ]);
  });

  it('says a required field is missing', () => {
    expect(formatConfigErrors(errorsOf({ teamPhrases: [{ id: 'a' }] }))).toEqual([
      'teamPhrases[0].avoid: is required: must be text of 1–200 characters',
    ]);
  });

  it('rejects blank and overlong phrases', () => {
    const errors = formatConfigErrors(errorsOf({ teamPhrases: [{ id: 'a', avoid: '   ' }, { id: 'b', avoid: 'x'.repeat(201) }] }));
    expect(errors).toEqual(['teamPhrases[0].avoid: must not be blank', 'teamPhrases[1].avoid: must be text of 1–200 characters']);
  });

  it('names unknown fields, suggesting the likely one', () => {
    expect(formatConfigErrors(errorsOf({ teamPhrase: [], colour: 'red' }))).toEqual([
      'teamPhrase: is not a known field; did you mean "teamPhrases"?',
      expect.stringMatching(/^colour: is not a known field \(known fields here: schemaVersion, teamName, categories, .*locks\)$/),
    ]);
    expect(formatConfigErrors(errorsOf({ teamPhrases: [{ id: 'a', avod: 'x', avoid: 'y' }] }))).toEqual([
      'teamPhrases[0].avod: is not a known field; did you mean "avoid"?',
    ]);
    expect(formatConfigErrors(errorsOf({ categories: { apology: {} } }))[0]).toMatch(/^categories\.apology: is not a known field/);
  });

  it('rejects duplicate ids and hosts, pointing at both', () => {
    expect(formatConfigErrors(errorsOf({ teamPhrases: [phrase(1), phrase(2), phrase(1)] }))).toEqual([
      'teamPhrases[2].id: "p1" is used twice (also at teamPhrases[0].id); each must be unique',
    ]);
    expect(formatConfigErrors(errorsOf({ sites: [{ host: 'a.example.com' }, { host: 'A.example.com' }] }))).toEqual([
      'sites[1].host: "a.example.com" is used twice (also at sites[0].host); each must be unique',
    ]);
    expect(formatConfigErrors(errorsOf({ rules: [{ id: 'en.x' }, { id: 'en.x', enabled: false }] }))[0]).toMatch(/^rules\[1\]\.id: "en.x" is used twice/);
  });

  it('rejects ids with characters that are not allowed', () => {
    expect(formatConfigErrors(errorsOf({ teamPhrases: [{ id: 'Bad Id', avoid: 'x' }] }))[0]).toMatch(/^teamPhrases\[0\]\.id: must use only lowercase/);
  });

  it('rejects 10 MB of phrases up front, as text and as a value, without validating each', () => {
    const huge = { teamPhrases: Array.from({ length: 60_000 }, (_, i) => phrase(i, { message: 'm'.repeat(150) })) };
    const text = JSON.stringify(huge);
    expect(text.length).toBeGreaterThan(10_000_000);
    const started = performance.now();
    const fromText = errorsOf(text);
    const fromValue = errorsOf(huge);
    expect(performance.now() - started).toBeLessThan(2000);
    for (const errors of [fromText, fromValue]) {
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ path: '', kind: 'too-large' });
      expect(errors[0]!.message).toMatch(/^the config is 1\d\.\d MB; the limit is 512 KB/);
    }
  });

  it('rejects too many phrases even when the file is small enough', () => {
    const many = { teamPhrases: Array.from({ length: LIMITS.maxTeamPhrases + 1 }, (_, i) => ({ id: `p${i}`, avoid: 'x' })) };
    expect(formatConfigErrors(errorsOf(many))).toEqual([`teamPhrases: has ${LIMITS.maxTeamPhrases + 1} phrases; the limit is ${LIMITS.maxTeamPhrases}`]);
  });

  it('caps the list of problems', () => {
    const bad = { teamPhrases: Array.from({ length: 100 }, (_, i) => ({ id: `p${i}`, avoid: i })) };
    const errors = errorsOf(bad);
    expect(errors).toHaveLength(21);
    expect(errors[20]!.message).toBe('…and 80 more problems');
  });

  it('never throws, whatever it is given', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const input of [undefined, null, 0, NaN, true, [], cyclic, 10n, Symbol('x'), () => 1, '\u0000', '{"__proto__": {"x": 1}}']) {
      expect(() => parseTeamConfig(input)).not.toThrow();
      expect(parseTeamConfig(input).ok).toBe(false);
    }
  });

  it('does not let "__proto__" or "constructor" slip through as fields', () => {
    expect(formatConfigErrors(errorsOf('{"constructor": 1}'))[0]).toMatch(/^constructor: is not a known field/);
  });
});

describe('policy and personal settings keep what is valid', () => {
  it('drops only the bad top-level fields of a policy and reports them', () => {
    const { policy, errors } = parseManagedPolicy({
      teamName: 'Acme',
      teamConfigUrl: 'http://config.example.com/team.json',
      teamConfigRefreshMinutes: 5,
      allow: ['Acme Cloud'],
      locks: { style: true, teamConfigUrl: true },
    });
    expect(policy).toEqual({ teamName: 'Acme', allow: ['Acme Cloud'], locks: { style: true, teamConfigUrl: true } });
    expect(formatConfigErrors(errors)).toEqual([
      'teamConfigUrl: must start with https://',
      'teamConfigRefreshMinutes: must be a whole number of minutes from 15 to 1440',
    ]);
  });

  it('treats a missing policy as empty, and a non-object as an error with nothing kept', () => {
    expect(parseManagedPolicy(undefined)).toEqual({ policy: {}, errors: [] });
    expect(parseManagedPolicy('not json').errors[0]!.message).toMatch(/not valid JSON/);
  });

  it('keeps valid personal settings around a bad one; team-only fields are unknown there', () => {
    const { settings, errors } = parsePersonalSettings({ allow: ['Zed'], locks: { style: true }, style: { customerName: 'full' } });
    expect(settings).toEqual({ allow: ['Zed'], style: { customerName: 'full' } });
    expect(formatConfigErrors(errors)).toEqual([expect.stringMatching(/^locks: is not a known field/)]);
  });
});

describe('properties', () => {
  it('never throws on arbitrary JSON values or text, and reports a path for each problem', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.string(), fc.json()), (input) => {
        const result = parseTeamConfig(input);
        if (!result.ok) for (const e of result.errors) expect(typeof e.path === 'string' && e.message.length > 0).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('locates an error inside text JSON.parse refuses, and none in text it accepts', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', '"', 'x', ':', ']'), (json, at, junk) => {
        const cut = at % (json.length + 1);
        const text = json.slice(0, cut) + junk + json.slice(cut);
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const position = findJsonErrorPosition(text);
        if (valid) expect(position).toBeUndefined();
        else expect(position).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 1000 },
    );
  });
});
