import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import type { FlagCategory } from '../../src/analysis/types.ts';

/**
 * Long e-mails in Russian, Swedish and Chinese as agents send them — greeting, body, sign-off,
 * signature and the customer's mail quoted below in each language's mail-client wording (Gmail,
 * Yandex, Outlook, QQ, Foxmail, Outlook's Chinese "邮件原件") — written for Tact without looking at
 * the rules' examples. The clean ones are full of look-alikes an outside reader would try: a policy
 * number (номер полиса, försäkringsnummer, 保单号), free of charge as a plain fact, a rule cited in the
 * customer's favour, "jag kan inte vänta" / "не терпится" / "特别期待" (can't wait), "к сожалению" /
 * "tyvärr" / "很遗憾" followed by the reason and what the agent did, another party's responsibility
 * with the hand-off done by the agent, "you need not contact them yourself", an apology for "this"
 * right after saying what went wrong, and blame, deflection or a canned apology only in the
 * customer's quoted words. Each of the others carries exactly one kind of finding, worded as no
 * rule example words it.
 */
const read = (name: string) => readFileSync(new URL(`../fixtures/emails-lookalike/${name}`, import.meta.url), 'utf8');

const CLEAN = ['insurance', 'telecom', 'bank']
  .flatMap((topic) => ['ru', 'sv', 'zh'].map((lang) => `${lang}-clean-${topic}.txt`))
  .concat([
    'ru-clean-marketplace.txt',
    'ru-clean-clinic.txt',
    'sv-clean-webshop.txt',
    'sv-clean-transport.txt',
    'zh-clean-webshop.txt',
    'zh-clean-hotel.txt',
  ]);

const FLAGGED: Array<[string, FlagCategory]> = (['ru', 'sv', 'zh'] as const).flatMap(
  (lang) =>
    [
      [`${lang}-flag-apology.txt`, 'generic-apology'],
      [`${lang}-flag-nonapology.txt`, 'non-apology'],
      [`${lang}-flag-policy.txt`, 'policy-deflection'],
      [`${lang}-flag-blame.txt`, 'blame'],
      [`${lang}-flag-hype.txt`, 'hype'],
    ] as Array<[string, FlagCategory]>,
);

describe('long ru, sv and zh e-mails with look-alikes', () => {
  it.each(CLEAN)('%s gets no flag', (name) => {
    const report = analyze(read(name));
    expect(report.lang).toBe(name.slice(0, 2));
    expect(report.findings.map((f) => `${f.rule}: ${f.text}`)).toEqual([]);
  });

  it.each(FLAGGED)('%s is flagged for %s and nothing else', (name, category) => {
    const report = analyze(read(name));
    expect(report.lang).toBe(name.slice(0, 2));
    expect(new Set(report.findings.map((f) => f.category))).toEqual(new Set([category]));
  });
});
