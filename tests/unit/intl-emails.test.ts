import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';

/**
 * Whole e-mails in Chinese, Russian and Swedish as agents send them: greeting, body, signature and
 * the quoted mail under it (QQ/Gmail, Outlook and Swedish Outlook headers). The clean ones are full of
 * look-alikes — a rule cited in the customer's favour (按照平台规定…可以获得补偿, по правилам акции),
 * free of charge as a fact, a parcel that "ligger hos ombudet", a contact route the agent gives, and
 * blame or deflection only in the customer's quoted words — and must get no flag. The others are
 * written the way canned deflections are, in wording no rule example uses.
 */
const read = (name: string) => readFileSync(new URL(`../fixtures/emails-intl/${name}`, import.meta.url), 'utf8');

describe('whole ru, sv and zh e-mails', () => {
  it.each([
    ['zh1.txt', 'zh'],
    ['zh2.txt', 'zh'],
    ['ru1.txt', 'ru'],
    ['ru2.txt', 'ru'],
    ['sv1.txt', 'sv'],
    ['sv2.txt', 'sv'],
  ])('%s (clean, with look-alikes) gets no flag', (name, lang) => {
    const report = analyze(read(name));
    expect(report.lang).toBe(lang);
    expect(report.findings.map((f) => `${f.rule}: ${f.text}`)).toEqual([]);
  });

  it.each([
    ['zh3.txt', 'zh', ['policy-deflection', 'jargon']],
    ['ru3.txt', 'ru', ['policy-deflection', 'generic-apology', 'jargon']],
    ['sv3.txt', 'sv', ['policy-deflection', 'generic-apology', 'jargon']],
  ] as const)('%s (canned deflection) is flagged', (name, lang, categories) => {
    const report = analyze(read(name));
    expect(report.lang).toBe(lang);
    expect(new Set(report.findings.map((f) => f.category))).toEqual(new Set(categories));
  });

  it('counts the rule handed down in the Russian e-mail, not only the department', () => {
    const texts = analyze(read('ru3.txt')).findings.map((f) => f.text);
    expect(texts).toContain('согласно условиям');
    expect(texts).toContain('в компетенции финансового отдела');
  });
});
