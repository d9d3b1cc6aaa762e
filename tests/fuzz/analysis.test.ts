/**
 * analyze(), personalize() and the team config validator on hostile and random input: never
 * throw, keep offsets into the original text, and grow about linearly (tests/fuzz/growth.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, clearSentenceCache, type AnalysisConfig } from '../../src/analysis/index.ts';
import { personalize } from '../../src/rewrite/index.ts';
import { parseTeamConfig } from '../../src/config/validate.ts';
import { LIMITS } from '../../src/config/schema.ts';
import { describeGrowth, fill, growth, MAX_RATIO_FOR_10X } from './growth.ts';
import { HOSTILE_TEXTS } from './hostile-text.ts';
import { FULL_FUZZ, FUZZ_RUNS, hostileString } from './random-text.ts';

/** `npm test` runs the cases the probe found; `npm run fuzz` runs every hostile text. */
const QUICK = ['spaces after "On x,"', 'em spaces in a quote', 'blank lines', 'apologies', 'long apology sentence', 'zero-width and soft hyphens', 'emoji', 'dotted capital I', 'one long word'];
const ANALYZE_CASES = FULL_FUZZ ? Object.keys(HOSTILE_TEXTS) : QUICK;

/** The largest config the schema allows, with phrases sharing a long prefix (the old worst case). */
const SHARED = 'please note that our team will get back to you as soon as we possibly can about ';
const LARGEST: AnalysisConfig = {
  teamPhrases: Array.from({ length: LIMITS.maxTeamPhrases }, (_, i) => ({ id: `p${i}`, avoid: `${SHARED}${i} ${'a '.repeat(100)}`.slice(0, LIMITS.maxPhraseLength).trim() })),
  allow: Array.from({ length: LIMITS.maxAllowWords }, (_, i) => `${'a '.repeat(45)}${i}`),
};

const cold = (text: string, config?: AnalysisConfig) => {
  clearSentenceCache();
  return analyze(text, config ? { config } : {});
};

// analyze() reads every sentence (about 0.5 ms each, cold): 2 KB → 20 KB keeps each case short.
const ANALYZE_SMALL = 2_000;

describe('analyze() grows linearly on hostile text', () => {
  it.each(ANALYZE_CASES)('%s', (name) => {
    const g = growth(HOSTILE_TEXTS[name]!, (t) => cold(t), ANALYZE_SMALL);
    expect(g.ratio, `analyze on ${name}: ${describeGrowth(g)}`).toBeLessThan(MAX_RATIO_FOR_10X);
  });

  it.each([
    ['the prefix the phrases share, repeated', (n: number) => fill(`${SHARED}`, n)],
    ['"a " repeated (every phrase walks far)', (n: number) => fill('a ', n)],
    ['"a " sentences', (n: number) => fill('a a a a a a a a a a a a. ', n)],
  ])('with the largest team config: %s', (_name, make) => {
    const g = growth(make, (t) => cold(t, LARGEST), ANALYZE_SMALL);
    expect(g.ratio, describeGrowth(g)).toBeLessThan(MAX_RATIO_FOR_10X);
  });
});

describe('personalize() grows linearly', () => {
  it.each(['apologies', 'long apology sentence', 'em spaces in a quote', 'greetings on every line', 'zero-width and soft hyphens'])('%s (the reply and the customer message)', (name) => {
    const make = (n: number) => {
      const text = HOSTILE_TEXTS[name]!(n);
      return { text, report: cold(text), options: { customerName: 'Maria Lopez', customerMessage: text } };
    };
    const g = growth(make, ({ text, report, options }) => personalize(text, report, options), ANALYZE_SMALL);
    expect(g.ratio, `personalize on ${name}: ${describeGrowth(g)}`).toBeLessThan(MAX_RATIO_FOR_10X);
  });
});

describe('the team config validator grows linearly', () => {
  const configs: Record<string, (n: number) => string> = {
    'phrases sharing a long prefix': (n) => JSON.stringify({ teamPhrases: Array.from({ length: Math.floor(n / 230) }, (_, i) => ({ id: `p${i}`, avoid: `${SHARED}${i}`.padEnd(190, 'x') })) }),
    'the same phrase under many ids': (n) => JSON.stringify({ teamPhrases: Array.from({ length: Math.floor(n / 40) }, (_, i) => ({ id: `p${i}`, avoid: 'going forward' })) }),
    'nested arrays': (n) => '['.repeat(n),
    'one long unknown field name': (n) => `{"${fill('teamPhrase', n)}": 1}`,
    'many unknown fields': (n) => `{${Array.from({ length: Math.floor(n / 12) }, (_, i) => `"tp${i}": 1`).join(',')}}`,
    'CR-only lines, broken at the end': (n) => `{\r"teamName": "x",\r"allow": [${Array.from({ length: Math.floor(n / 10) }, () => '"word"').join(',\r')},\r]}`,
    'a long string of escapes': (n) => `{"teamName": "${fill('\\u0041', n)}"}`,
    'spaces': (n) => fill(' ', n),
  };
  it.each(Object.keys(configs))('%s', (name) => {
    const g = growth(configs[name]!, (text) => parseTeamConfig(text));
    expect(g.ratio, `${name}: ${describeGrowth(g)}`).toBeLessThan(MAX_RATIO_FOR_10X);
  });
});

describe('random input', () => {
  it('analyze() never throws, and every span is the original text at its offsets', () => {
    fc.assert(fc.property(hostileString(80), (text) => {
      const report = analyze(text, { config: { teamPhrases: [{ id: 'constructor', avoid: 'sorry' }], allow: ['İ'] } });
      for (const f of report.findings) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(text.length);
        expect(f.text).toBe(text.slice(f.start, f.end));
      }
      for (const s of Object.values(report.signals).flatMap((r) => r.spans)) expect(s.text).toBe(text.slice(s.start, s.end));
    }), { numRuns: FUZZ_RUNS });
  });

  it('personalize() never throws and offers text', () => {
    fc.assert(fc.property(hostileString(40), hostileString(40), (text, customer) => {
      const out = personalize(text, analyze(text), { customerName: customer.slice(0, 30), customerMessage: customer });
      for (const f of out.findings) for (const s of f.suggestions) expect(typeof s.text).toBe('string');
    }), { numRuns: Math.max(20, Math.round(FUZZ_RUNS / 5)) });
  });

  it('the validator never throws, on any JSON value or text', () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), fc.string(), hostileString()), (input) => {
      const result = parseTeamConfig(input);
      if (!result.ok) for (const e of result.errors) expect(typeof e.message).toBe('string');
    }), { numRuns: FUZZ_RUNS });
  });
});
