import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/analysis/languages.ts';
import { expandClasses, expandClassesFlat } from '../../src/analysis/classes/expand.ts';
import { triggerWords } from '../../src/analysis/engine/triggers.ts';
import { compilePattern, compilePrefilter } from '../../src/analysis/engine/compile.ts';
import type { PhraseRule } from '../../src/analysis/rules/types.ts';

// The gate in front of a language's phrases may let too much through, never too little: every
// sentence a pattern matches must pass it, or the finding would silently disappear.
describe('the phrase gate', () => {
  it.each(Object.values(LANGUAGES).map((pack) => [pack!.lang, pack!] as const))('%s: passes every sentence a pattern matches', (_lang, pack) => {
    const rules = pack.rules.filter((r): r is PhraseRule => r.kind === 'phrase' || r.kind === 'construction');
    const sources = rules.flatMap((r) => r.patterns.map((p) => expandClasses(p, pack.classes)));
    const gate = compilePrefilter(sources, rules.flatMap((r) => r.patterns.map((p) => triggerWords(expandClassesFlat(p, pack.classes)))));
    const texts = rules.flatMap((r) => [...r.examples.flag.map((e) => e.text), ...r.examples.pass]).map((t) => t.replace(/[’‘´]/g, "'").toLowerCase());
    const missed: string[] = [];
    let matched = 0;
    for (const source of sources) {
      const re = compilePattern(source, pack.bounded);
      for (const text of texts) {
        re.lastIndex = 0;
        if (!re.test(text)) continue;
        matched++;
        if (!gate.test(text)) missed.push(`${source.slice(0, 60)} on ${text}`);
      }
    }
    expect(matched).toBeGreaterThan(10);
    expect(missed).toEqual([]);
  });

  it('turns away a sentence with none of the words', () => {
    const pack = LANGUAGES.ru!;
    const rules = pack.rules.filter((r): r is PhraseRule => r.kind === 'construction');
    const patterns = rules.flatMap((r) => r.patterns);
    const gate = compilePrefilter(patterns.map((p) => expandClasses(p, pack.classes)), patterns.map((p) => triggerWords(expandClassesFlat(p, pack.classes))));
    expect(gate.test('заказ в пути')).toBe(false);
  });
});
