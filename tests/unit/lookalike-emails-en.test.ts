import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import type { FlagCategory } from '../../src/analysis/types.ts';

/**
 * Long English e-mails as agents send them — greeting, body, sign-off, signature and the customer's
 * mail quoted below (Gmail's "On … wrote:" with "> " lines, Apple Mail's, Outlook's "-----Original
 * Message-----" and "From: / Sent:" blocks) — written for Tact without looking at the rules' examples
 * (tests/fixtures/emails-lookalike/en-*.txt). The clean ones carry the look-alikes an outside reader
 * would try: a policy number, "free of charge" and "at no cost" as plain facts, a policy cited in the
 * customer's favour, "Unfortunately … because … so I've sent", "you don't need to contact them
 * yourself", "I can't wait to hear how it goes", "All the best", and blame, deflection, hype and a
 * canned apology only in the customer's quoted words. Each also recognises the customer's situation
 * in its own words and commits in the first person, so both signals must be found. Each of the others
 * carries exactly one kind of finding.
 */
const read = (name: string) => readFileSync(new URL(`../fixtures/emails-lookalike/${name}`, import.meta.url), 'utf8');

const CLEAN = ['insurance', 'telecom', 'bank', 'webshop', 'software'].map((topic) => `en-clean-${topic}.txt`);

/**
 * Ten more clean e-mails (issue #8, tests/fixtures/emails-lookalike/en-clean2-*.txt): legal footers and a
 * call-recording notice, "policy number", "free of charge", "unfortunately the parcel was delayed, so I've
 * refunded…", "we were unable to reproduce it at first, but…", "you don't need to contact them yourself",
 * "I can't wait to hear how it goes", and deflection, jargon and blame only in the customer's quoted words.
 */
const CLEAN_MORE = ['airline', 'insurance', 'telecom', 'bank', 'software', 'webshop', 'utility', 'travel', 'saas-billing', 'retail-warranty'].map(
  (topic) => `en-clean2-${topic}.txt`,
);

const FLAGGED: Array<[string, FlagCategory]> = [
  ['en-flag-apology.txt', 'generic-apology'],
  ['en-flag-policy.txt', 'policy-deflection'],
  ['en-flag-blame.txt', 'blame'],
  ['en-flag-hype.txt', 'hype'],
  ['en-flag-jargon.txt', 'jargon'],
];

describe('long English e-mails with look-alikes', () => {
  it.each(CLEAN)('%s gets no flag, and acknowledgement and ownership are found', (name) => {
    const report = analyze(read(name));
    expect(report.lang).toBe('en');
    expect(report.findings.map((f) => `${f.rule}: ${f.text}`)).toEqual([]);
    expect(report.signals.acknowledgement.present).toBe(true);
    expect(report.signals.ownership.present).toBe(true);
  });

  it.each(CLEAN_MORE)('%s gets no flag', (name) => {
    const report = analyze(read(name));
    expect(report.lang).toBe('en');
    expect(report.findings.map((f) => `${f.rule}: ${f.text}`)).toEqual([]);
  });

  it.each(FLAGGED)('%s is flagged for %s and nothing else', (name, category) => {
    const report = analyze(read(name));
    expect(report.lang).toBe('en');
    expect(new Set(report.findings.map((f) => f.category))).toEqual(new Set([category]));
  });
});
