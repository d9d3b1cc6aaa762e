import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../src/analysis/index.ts';

function checkReport(text: string) {
  const report = analyze(text);
  expect(report.score).toBeGreaterThanOrEqual(0);
  expect(report.score).toBeLessThanOrEqual(100);
  for (const f of report.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(f.start, f.end)).toBe(f.text);
  }
  return report;
}

describe('bad input never throws and offsets stay true', () => {
  it('handles empty, whitespace and odd scripts', () => {
    for (const text of ['', ' ', '\n\n\n', '😀😀 sorry for any inconvenience 😀', 'שלום, אנחנו מצטערים על אי הנוחות', '\u200b\u200bSorry\u200b for any inconvenience', '<p>Sorry for any <b>inconvenience</b></p><script>x</script>', 'İSTANBUL sorry for any inconvenience', 'ÅÄÖ'.repeat(10)]) {
      checkReport(text);
    }
  });

  it('still finds phrases next to emoji and inside HTML fragments', () => {
    expect(checkReport('😀 Sorry for any inconvenience 😀').findings.map((f) => f.category)).toContain('generic-apology');
    expect(checkReport('<p>Act now!</p>').findings.map((f) => f.category)).toContain('hype');
  });

  it('survives arbitrary strings (property test)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        checkReport(s);
      }),
      { numRuns: 400 },
    );
  });

  it('survives arbitrary mixes of rule phrases and noise', () => {
    const pieces = ['Sorry for any inconvenience', "It's company policy", '100% free!!!', 'As I already said', 'Please be advised', '"', '“', '\n', ', ', '. ', '?', '😀', '\u200b', 'Maria', ' '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        checkReport(parts.join(''));
      }),
      { numRuns: 300 },
    );
  });

  it('reads 1 MB of text in time linear in its length', () => {
    const unit = 'Hi Maria, sorry for any inconvenience. I have checked your order 4411 and it ships tomorrow. ';
    const small = unit.repeat(1000); // ~90 KB
    const big = unit.repeat(12000); // ~1.1 MB
    const t0 = performance.now();
    analyze(small + 'x');
    const t1 = performance.now();
    const report = analyze(big + 'y');
    const t2 = performance.now();
    expect(report.findings.length).toBeGreaterThan(0);
    // Linear: 12x the text must not cost more than ~40x the time (a quadratic step would cost 144x).
    expect((t2 - t1) / Math.max(t1 - t0, 1)).toBeLessThan(40);
  });

  it('reads a 1 MB line without punctuation or spaces', () => {
    checkReport('a'.repeat(1_000_000));
    checkReport('sorry '.repeat(170_000));
  });

  it('returns an empty report for a language it has no rules for', () => {
    const report = checkReport('ありがとうございます。ご不便をおかけして申し訳ありません。');
    expect(report.findings).toEqual([]);
  });
});
