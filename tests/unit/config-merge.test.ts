import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/config/defaults.ts';
import { effectiveValues, mergeSettings, siteMatchPatterns, toAnalysisConfig } from '../../src/config/merge.ts';
import type { ManagedPolicy, PersonalSettings, TeamConfig } from '../../src/config/schema.ts';

const defaults = defaultSettings();

describe('mergeSettings: precedence and sources', () => {
  it('with nothing but defaults, every value is the default and nothing is locked', () => {
    const eff = mergeSettings({ defaults });
    expect(eff.categories.blame.severity).toEqual({ value: 'warning', source: 'default', locked: false });
    expect(eff.categories.jargon.severity).toEqual({ value: 'hint', source: 'default', locked: false });
    expect(eff.style.customerName).toEqual({ value: 'first', source: 'default', locked: false });
    expect(eff.teamName.value).toBeUndefined();
    expect(Object.values(eff.locks).every((l) => l.value === false && l.source === 'default')).toBe(true);
    expect(effectiveValues(eff)).toEqual(defaults);
  });

  it('defaults < team < policy < personal, field by field', () => {
    const team: TeamConfig = {
      teamName: 'Acme',
      categories: { hype: { severity: 'warning', enabled: false }, jargon: { enabled: false } },
      style: { greeting: 'Hello {name},', customerName: 'full' },
    };
    const policy: ManagedPolicy = { categories: { hype: { severity: 'hint' } }, style: { greeting: 'Dear {name},' } };
    const personal: PersonalSettings = { categories: { hype: { enabled: true } }, style: { greeting: 'Hey {name}!' } };
    const eff = mergeSettings({ defaults, team, policy, personal });
    expect(eff.teamName).toEqual({ value: 'Acme', source: 'team', locked: true });
    expect(eff.categories.hype.enabled).toEqual({ value: true, source: 'personal', locked: false });
    expect(eff.categories.hype.severity).toEqual({ value: 'hint', source: 'policy', locked: false });
    expect(eff.categories.jargon.enabled).toEqual({ value: false, source: 'team', locked: false });
    expect(eff.categories.blame.enabled).toEqual({ value: true, source: 'default', locked: false });
    expect(eff.style.greeting).toEqual({ value: 'Hey {name}!', source: 'personal', locked: false });
    expect(eff.style.customerName).toEqual({ value: 'full', source: 'team', locked: false });
    expect(eff.style.signOff.source).toBe('default');
  });

  it('merges lists item by item, the higher layer replacing an item with the same key', () => {
    const team: TeamConfig = {
      teamPhrases: [{ id: 'a', avoid: 'your case', prefer: 'your request' }, { id: 'b', avoid: 'kindly' }],
      allow: ['Acme Cloud'],
      sites: [{ host: 'help.acme.example' }, { host: '*.zendesk.com' }],
    };
    const policy: ManagedPolicy = { teamPhrases: [{ id: 'b', avoid: 'kindly', prefer: 'please' }] };
    const personal: PersonalSettings = {
      teamPhrases: [{ id: 'mine', avoid: 'no worries' }],
      allow: ['acme cloud', 'Zed'],
      sites: [{ host: 'HELP.acme.example', enabled: false }],
    };
    const eff = mergeSettings({ defaults, team, policy, personal });
    expect(eff.teamPhrases.map((p) => [p.value.id, p.source, p.value.prefer])).toEqual([
      ['a', 'team', 'your request'],
      ['b', 'policy', 'please'],
      ['mine', 'personal', undefined],
    ]);
    expect(eff.allow.map((w) => [w.value, w.source])).toEqual([
      ['acme cloud', 'personal'],
      ['Zed', 'personal'],
    ]);
    expect(eff.sites.map((s) => [s.value.host, s.value.enabled, s.source])).toEqual([
      ['HELP.acme.example', false, 'personal'],
      ['*.zendesk.com', undefined, 'team'],
    ]);
    expect(siteMatchPatterns(eff)).toEqual(['https://*.zendesk.com/*']);
  });

  it('takes the team config URL from policy or the agent, never from a team config', () => {
    expect(mergeSettings({ defaults, personal: { teamConfigUrl: 'https://a.example/t.json' } }).teamConfigUrl).toEqual({
      value: 'https://a.example/t.json',
      source: 'personal',
      locked: false,
    });
    const byPolicy = mergeSettings({
      defaults,
      policy: { teamConfigUrl: 'https://corp.example/t.json', teamConfigRefreshMinutes: 30 },
      personal: { teamConfigUrl: 'https://elsewhere.example/t.json' },
    });
    expect(byPolicy.teamConfigUrl).toEqual({ value: 'https://corp.example/t.json', source: 'policy', locked: true });
    expect(byPolicy.locks.teamConfigUrl).toEqual({ value: true, source: 'policy', locked: true });
    expect(byPolicy.teamConfigRefreshMinutes).toEqual({ value: 30, source: 'policy', locked: true });
  });

  it('lets policy leave the URL open to agents explicitly', () => {
    const eff = mergeSettings({
      defaults,
      policy: { teamConfigUrl: 'https://corp.example/t.json', locks: { teamConfigUrl: false } },
      personal: { teamConfigUrl: 'https://mine.example/t.json' },
    });
    expect(eff.teamConfigUrl).toEqual({ value: 'https://mine.example/t.json', source: 'personal', locked: false });
  });
});

describe('mergeSettings: locks', () => {
  it('a team lock makes personal values for that part ignored, others still apply', () => {
    const team: TeamConfig = {
      categories: { jargon: { enabled: true, severity: 'warning' } },
      style: { customerName: 'full' },
      locks: { categories: true },
    };
    const personal: PersonalSettings = {
      categories: { jargon: { enabled: false }, hype: { enabled: false } },
      style: { customerName: 'first' },
    };
    const eff = mergeSettings({ defaults, team, personal });
    expect(eff.categories.jargon.enabled).toEqual({ value: true, source: 'team', locked: true });
    expect(eff.categories.jargon.severity).toEqual({ value: 'warning', source: 'team', locked: true });
    // Locked at the default value: the agent's wish is still ignored.
    expect(eff.categories.hype.enabled).toEqual({ value: true, source: 'default', locked: true });
    expect(eff.locks.categories).toEqual({ value: true, source: 'team', locked: true });
    expect(eff.style.customerName).toEqual({ value: 'first', source: 'personal', locked: false });
  });

  it('policy decides over the team lock by lock', () => {
    const team: TeamConfig = { allow: ['Acme'], locks: { allow: true, sites: true } };
    const policy: ManagedPolicy = { locks: { allow: false } };
    const personal: PersonalSettings = { allow: ['Zed'], sites: [{ host: 'x.example.com' }] };
    const eff = mergeSettings({ defaults, team, policy, personal });
    expect(eff.locks.allow).toEqual({ value: false, source: 'policy', locked: true });
    expect(eff.allow.map((w) => w.value)).toEqual(['Acme', 'Zed']);
    expect(eff.sites).toEqual([]);
    expect(eff.locks.sites.source).toBe('team');
  });

  it('locked lists ignore personal additions and replacements; items carry the lock', () => {
    const team: TeamConfig = { teamPhrases: [{ id: 'a', avoid: 'your case' }], locks: { teamPhrases: true } };
    const personal: PersonalSettings = {
      teamPhrases: [{ id: 'a', avoid: 'something else' }, { id: 'b', avoid: 'mine' }],
      rules: [{ id: 'a', enabled: false }, { id: 'team.a', severity: 'warning' }, { id: 'en.jargon.leverage', enabled: false }],
    };
    const eff = mergeSettings({ defaults, team, personal });
    expect(eff.teamPhrases).toEqual([{ value: { id: 'a', avoid: 'your case' }, source: 'team', locked: true }]);
    // Switching a locked team phrase off through a rule is ignored too; other rules still apply.
    expect(eff.rules.map((r) => r.value.id)).toEqual(['en.jargon.leverage']);
  });

  it('a policy lock holds even when the team config tries to unlock', () => {
    const eff = mergeSettings({
      defaults,
      policy: { style: { signOff: 'Best,\n{agent}' }, locks: { style: true } },
      team: { style: { signOff: 'Cheers' }, locks: { style: false } },
      personal: { style: { signOff: 'Yo' } },
    });
    expect(eff.style.signOff).toEqual({ value: 'Best,\n{agent}', source: 'policy', locked: true });
  });
});

describe('toAnalysisConfig', () => {
  const team: TeamConfig = {
    categories: { hype: { enabled: false }, blame: { severity: 'hint' } },
    rules: [{ id: 'en.jargon.leverage', enabled: false }, { id: 'en.apology.generic', severity: 'hint' }, { id: 'off', enabled: false }],
    teamPhrases: [
      { id: 'en1', avoid: 'your case', prefer: 'your request', lang: 'en', message: 'say request' },
      { id: 'ru1', avoid: 'к сожалению', lang: 'ru', severity: 'warning' },
      { id: 'any', avoid: 'ASAP (a+)+', category: 'blame' },
      { id: 'off', avoid: 'disabled phrase' },
    ],
    allow: ['Acme Cloud', ' Acme Cloud '],
  };

  it('produces the analysis contract for one language', () => {
    const eff = mergeSettings({ defaults, team });
    expect(toAnalysisConfig(eff, 'en')).toEqual({
      disabled: ['hype', 'en.jargon.leverage', 'off'],
      severity: {
        'generic-apology': 'warning',
        'non-apology': 'warning',
        'policy-deflection': 'warning',
        hype: 'hint',
        blame: 'hint',
        jargon: 'hint',
        'en.apology.generic': 'hint',
        'team.en1': 'hint',
        'team.any': 'hint',
      },
      teamPhrases: [
        { id: 'en1', avoid: 'your case', prefer: 'your request', lang: 'en', message: 'say request', category: 'jargon', severity: 'hint' },
        { id: 'any', avoid: 'ASAP (a+)+', category: 'blame', severity: 'hint' },
      ],
      allow: ['Acme Cloud'],
    });
    expect(toAnalysisConfig(eff, 'ru').teamPhrases!.map((p) => [p.id, p.severity])).toEqual([
      ['ru1', 'warning'],
      ['any', 'hint'],
    ]);
    expect(toAnalysisConfig(eff, 'zh').teamPhrases!.map((p) => p.id)).toEqual(['any']);
  });

  it('a rule severity for a team phrase id wins over the phrase\'s own', () => {
    const eff = mergeSettings({ defaults, team: { teamPhrases: [{ id: 'p', avoid: 'x', severity: 'hint' }] }, personal: { rules: [{ id: 'p', severity: 'warning' }] } });
    const config = toAnalysisConfig(eff, 'en');
    expect(config.teamPhrases![0]!.severity).toBe('warning');
    expect(config.severity!['team.p']).toBe('warning');
  });

  it('pins a phrase\'s own severity under its engine rule id, so the category severity does not override it', () => {
    const eff = mergeSettings({ defaults, team: { teamPhrases: [{ id: 'p', avoid: 'x', severity: 'warning' }] } });
    expect(toAnalysisConfig(eff, 'en').severity).toMatchObject({ jargon: 'hint', 'team.p': 'warning' });
  });

  it('switches a phrase off by its id or its engine rule id', () => {
    const team: TeamConfig = { teamPhrases: [{ id: 'p', avoid: 'x' }, { id: 'q', avoid: 'y' }, { id: 'r', avoid: 'z' }] };
    const eff = mergeSettings({ defaults, team, personal: { rules: [{ id: 'p', enabled: false }, { id: 'team.q', enabled: false }] } });
    expect(toAnalysisConfig(eff, 'en').teamPhrases!.map((p) => p.id)).toEqual(['r']);
  });
});

describe('contract with the analysis engine', () => {
  it('a team config phrase reaches analyze() as literal text, with its severity', async () => {
    const { analyze } = await import('../../src/analysis/index.ts');
    const team: TeamConfig = {
      teamPhrases: [
        { id: 'case', avoid: 'your case', prefer: 'your request', severity: 'warning' },
        { id: 'rx', avoid: '(a+)+$' },
      ],
    };
    const config = toAnalysisConfig(mergeSettings({ defaults, team }), 'en');
    const text = `Hi Terry, I looked at your case: ${'a'.repeat(40)}b. Also (a+)+$ here.`;
    const findings = analyze(text, { lang: 'en', config }).findings.filter((f) => f.rule.startsWith('team.'));
    expect(findings.map((f) => [f.rule, f.text, f.severity])).toEqual([
      ['team.case', 'your case', 'warning'],
      ['team.rx', '(a+)+$', 'hint'],
    ]);
  });
});
