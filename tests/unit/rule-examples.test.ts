import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import { LANGUAGES } from '../../src/analysis/languages.ts';
import type { Rule } from '../../src/analysis/rules/types.ts';

const rules: Rule[] = Object.values(LANGUAGES).flatMap((pack) => pack!.rules);

describe('the rule registry', () => {
  it('has no repeated rule id', () => {
    const ids = rules.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s has examples to flag and look-alikes to pass', (_id, rule) => {
    expect(rule.examples.flag.length).toBeGreaterThan(0);
    expect(rule.examples.pass.length).toBeGreaterThan(0);
    expect(rule.message.length).toBeGreaterThan(10);
    expect(rule.suggestions.length).toBeGreaterThan(0);
  });
});

const flagCases = rules.flatMap((rule) => rule.examples.flag.map((ex) => [rule.id, ex.text, ex.span, rule] as const));
const passCases = rules.flatMap((rule) => rule.examples.pass.map((text) => [rule.id, text, rule] as const));

describe('every rule example', () => {
  it.each(flagCases)('%s flags %j exactly at %j', (id, text, span, rule) => {
    const report = analyze(text, { lang: rule.lang });
    const hit = report.findings.find((f) => f.rule === id);
    expect(hit, `findings: ${JSON.stringify(report.findings.map((f) => [f.rule, f.text]))}`).toBeDefined();
    expect(hit!.text).toBe(span);
    expect(text.slice(hit!.start, hit!.end)).toBe(span);
    expect(hit!.category).toBe(rule.category);
  });

  // A look-alike passes its whole family: a specific apology written to pass the non-apology rule
  // must not be caught by the generic-apology rule instead.
  it.each(passCases)('%s leaves %j alone', (id, text, rule) => {
    const report = analyze(text, { lang: rule.lang });
    const family = id.split('.').slice(0, 2).join('.') + '.';
    expect(report.findings.filter((f) => f.rule === id || f.category === rule.category || f.rule.startsWith(family)).map((f) => [f.rule, f.text])).toEqual([]);
  });
});

describe('trigger words (the cheap skip before each pattern)', () => {
  const phraseRules = rules.filter((r) => r.kind === 'phrase' || r.kind === 'construction');
  it('never skip a pattern that would have matched an example', async () => {
    const { compilePattern } = await import('../../src/analysis/engine/compile.ts');
    const { triggerWords } = await import('../../src/analysis/engine/triggers.ts');
    const { expandClasses, expandClassesFlat } = await import('../../src/analysis/classes/expand.ts');
    const bounded = (lang: string) => lang !== 'zh';
    for (const rule of phraseRules) {
      const classes = LANGUAGES[rule.lang]!.classes;
      if (rule.kind !== 'phrase' && rule.kind !== 'construction') continue;
      const texts = [...rule.examples.flag.map((e) => e.text), ...rule.examples.pass];
      for (const construction of rule.patterns) {
        const re = compilePattern(expandClasses(construction, classes), bounded(rule.lang));
        const words = triggerWords(expandClassesFlat(construction, classes));
        for (const text of texts) {
          const lower = text.replace(/[’‘´]/g, "'").toLowerCase();
          re.lastIndex = 0;
          if (re.test(lower) && words) expect(words.some((w) => lower.includes(w)), `${rule.id}: ${construction} on ${text}`).toBe(true);
        }
      }
    }
  });

  it('finds a certain word for almost every pattern', async () => {
    const { triggerWords } = await import('../../src/analysis/engine/triggers.ts');
    const { expandClassesFlat } = await import('../../src/analysis/classes/expand.ts');
    const patterns = phraseRules.flatMap((r) => (r.kind === 'phrase' || r.kind === 'construction' ? r.patterns.map((p) => expandClassesFlat(p, LANGUAGES[r.lang]!.classes)) : []));
    const without = patterns.filter((p) => !triggerWords(p));
    expect(without.length / patterns.length).toBeLessThan(0.05);
    expect(triggerWords("(?:as per|per|due to) (?:our|the) polic(?:y|ies)")).toEqual(['polic']);
    expect(triggerWords('(?:exclusive|special) (?:offer|deal)')).toEqual(['exclusive', 'special']);
  });
});
