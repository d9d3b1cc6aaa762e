/**
 * Odd input that used to give wrong answers (issue #11): ids that name Object.prototype members,
 * the same phrase under two ids, Unicode forms that hid a phrase from the rules or switched the
 * never-flag list off.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import type { AnalysisConfig, Finding } from '../../src/analysis/types.ts';
import { defaultSettings } from '../../src/config/defaults.ts';
import { mergeSettings, toAnalysisConfig } from '../../src/config/merge.ts';
import { formatConfigErrors, parseTeamConfig } from '../../src/config/validate.ts';

const APOLOGY = 'en.apology.generic';

function only(findings: Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

describe('ids that name members of Object.prototype', () => {
  it('a team phrase with the id "constructor" keeps its warning (team config → analysis)', () => {
    const team = parseTeamConfig({ teamPhrases: [{ id: 'constructor', avoid: 'we ship', severity: 'warning' }, { id: 'tostring', avoid: 'going forward' }] });
    expect(team.ok).toBe(true);
    if (!team.ok) return;
    const config = toAnalysisConfig(mergeSettings({ defaults: defaultSettings(), team: team.config }), 'en');
    const report = analyze('We ship on Monday. Going forward, we ship daily.', { lang: 'en', config });
    expect(only(report.findings, 'team.constructor').map((f) => [f.text, f.severity])).toEqual([['We ship', 'warning'], ['we ship', 'warning']]);
    expect(only(report.findings, 'team.tostring').map((f) => f.severity)).toEqual(['hint']);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])('analysis config keyed by %j reads only what it holds', (id) => {
    const severity = Object.create(null) as Record<string, 'warning' | 'hint'>;
    const config: AnalysisConfig = { teamPhrases: [{ id, avoid: 'we ship', severity: 'warning' }], severity, disabled: [] };
    const phrase = only(analyze('Thanks. We ship today.', { lang: 'en', config }).findings, `team.${id}`);
    expect(phrase.map((f) => f.severity)).toEqual(['warning']);
    // A plain {} severity table (as a hand-written config gives) must not hand back a prototype member.
    const plain: AnalysisConfig = { teamPhrases: [{ id, avoid: 'we ship', severity: 'warning' }], severity: {} };
    expect(only(analyze('Thanks. We ship today.', { lang: 'en', config: plain }).findings, `team.${id}`).map((f) => f.severity)).toEqual(['warning']);
    // And a rule override under that id switches off nothing else.
    const overridden: AnalysisConfig = { severity: JSON.parse(`{"${id}": "hint"}`) };
    expect(only(analyze('Sorry for any inconvenience.', { lang: 'en', config: overridden }).findings, APOLOGY).map((f) => f.severity)).toEqual(['warning']);
  });

  it('ids the schema does not allow are refused with the rule for ids', () => {
    const result = parseTeamConfig({ teamPhrases: [{ id: '__proto__', avoid: 'x' }, { id: 'toString', avoid: 'y' }] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatConfigErrors(result.errors).every((e) => /must use only lowercase/.test(e))).toBe(true);
  });
});

describe('the same phrase under two ids', () => {
  it('is refused, naming both places and the first id', () => {
    const result = parseTeamConfig({ teamPhrases: [{ id: 'a', avoid: 'Going forward' }, { id: 'b', avoid: 'going  FORWARD' }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatConfigErrors(result.errors)).toEqual([
      'teamPhrases[1].avoid: is the same phrase as teamPhrases[0].avoid (id "a"); only one of them would ever be flagged, so keep one id per phrase',
    ]);
  });

  it('counts Unicode forms of one phrase as the same phrase', () => {
    const result = parseTeamConfig({ teamPhrases: [{ id: 'a', avoid: 'ﬁx it' }, { id: 'b', avoid: 'FIX IT' }] });
    expect(result.ok).toBe(false);
  });

  it('allows one phrase per language', () => {
    expect(parseTeamConfig({ teamPhrases: [{ id: 'a', avoid: 'ok', lang: 'en' }, { id: 'b', avoid: 'ok', lang: 'sv' }] }).ok).toBe(true);
    expect(parseTeamConfig({ teamPhrases: [{ id: 'a', avoid: 'ok' }, { id: 'b', avoid: 'ok', lang: 'sv' }] }).ok).toBe(false);
  });
});

describe('text and phrases are folded the same way (NFKC, case)', () => {
  it('one "İ" in a reply does not switch off the never-flag list', () => {
    const config: AnalysisConfig = { allow: ['sorry for any inconvenience'] };
    expect(analyze('Sorry for any inconvenience.', { lang: 'en', config }).findings).toEqual([]);
    expect(analyze('İstanbul office: sorry for any inconvenience.', { lang: 'en', config }).findings).toEqual([]);
  });

  it('a dotted capital I in the never-flag word matches the reply too', () => {
    expect(analyze('Sorry for any inconvenience.', { lang: 'en', config: { allow: ['SORRY FOR ANY İNCONVENİENCE'] } }).findings).toEqual([]);
  });

  it.each([
    ['NFD in the reply, NFC in the phrase', 'Your cafe\u0301 order ships today.', 'café order', 'cafe\u0301 order'],
    ['NFC in the reply, NFD in the phrase', 'Your café order ships today.', 'cafe\u0301 order', 'café order'],
    ['ß in the reply, SS in the phrase', 'Die Straße ist gesperrt, sorry.', 'STRASSE', 'Straße'],
    ['SS in the reply, ß in the phrase', 'Die STRASSE ist gesperrt, sorry.', 'straße', 'STRASSE'],
    ['ﬁ ligature in the reply', 'We will ﬁx it tomorrow.', 'fix it', 'ﬁx it'],
    ['fullwidth letters in the reply', 'We will ｆｉｘ it tomorrow.', 'fix it', 'ｆｉｘ it'],
  ])('team phrase: %s', (_name, reply, avoid, span) => {
    const config: AnalysisConfig = { teamPhrases: [{ id: 'p', avoid }] };
    expect(only(analyze(reply, { lang: 'en', config }).findings, 'team.p').map((f) => f.text)).toEqual([span]);
  });
});

describe('hidden characters and look-alikes do not hide a phrase from the rules', () => {
  it.each([
    ['zero-width space', 'So\u200brry for any inconvenience.'],
    ['zero-width joiner and non-joiner', 'Sor\u200dry for any incon\u200cvenience.'],
    ['soft hyphen', 'Sorry for any incon\u00advenience.'],
    ['word joiner and BOM', 'Sor\u2060ry for any\ufeff inconvenience.'],
    ['Cyrillic о', 'S\u043erry for any inconvenience.'],
    ['Cyrillic а, е, о, с', 'Sorry for \u0430ny in\u0441\u043env\u0435nience.'],
    ['Greek ο', 'Sorry for any inc\u03bfnvenience.'],
    ['fullwidth letters', 'Ｓｏｒｒｙ for any inconvenience.'],
    ['no-break and em spaces', 'Sorry\u00a0for\u2003any inconvenience.'],
    ['decomposed accent nearby', 'Cafe\u0301 closed. Sorry for any inconvenience.'],
  ])('%s: flagged, with offsets into the original text', (_name, reply) => {
    const findings = only(analyze(reply, { lang: 'en' }).findings, APOLOGY);
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f.text).toBe(reply.slice(f.start, f.end));
    // The whole phrase, up to the full stop, from its first letter.
    expect(reply.slice(f.end)).toBe('.');
    expect(f.start).toBe(reply.search(/[SＳ]/u));
  });

  it('the language is still read from the reply (a zero-width space per word is not another script)', () => {
    const reply = 'Hi Maria,\u200b thanks\u200b for\u200b writing.\u200b Sorry\u200b for\u200b any\u200b inconvenience.';
    const report = analyze(reply);
    expect(report.lang).toBe('en');
    expect(only(report.findings, APOLOGY)).toHaveLength(1);
  });

  it('a Russian reply keeps its own letters; Latin look-alikes inside a Russian word are folded', () => {
    const reply = 'Приносим извинения за доставленные неудобства.';
    const mixed = 'Приносим извинения за дoставленные неудобства.'; // Latin "o" in доставленные
    const plain = analyze(reply, { lang: 'ru' }).findings.map((f) => f.rule);
    expect(plain.length).toBeGreaterThan(0);
    expect(analyze(mixed, { lang: 'ru' }).findings.map((f) => f.rule)).toEqual(plain);
  });

  it('a whole word in another script is left alone', () => {
    // "спасибо" in an English reply is Russian, not a disguised English word.
    const report = analyze('Thanks, спасибо! We will fix it today.', { lang: 'en' });
    expect(report.findings).toEqual([]);
  });

  it('an acute accent typed as an apostrophe reads as one ("it´s", "I´ll")', () => {
    // Phones type ´ for ' (seen in real tweets); NFKC alone turned it into a space and a mark.
    const report = analyze('Hey Paul, it´s a bummer to hear that. I´ll check your account now.', { lang: 'en' });
    expect(report.signals.acknowledgement.spans.map((s) => s.text)).toEqual(['it´s a bummer']);
    expect(report.signals.ownership.spans.map((s) => s.text)).toContain('I´ll');
  });
});
