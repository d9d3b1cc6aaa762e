import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/analysis/languages.ts';
import { expandClasses } from '../../src/analysis/classes/expand.ts';
import { compilePattern } from '../../src/analysis/engine/compile.ts';
import type { PhraseRule } from '../../src/analysis/rules/types.ts';

/**
 * A construction generalises only if its examples do: for every class slot of every pattern, at
 * least one flag example fills the slot with a member that appears in no other example of the
 * rule (a paraphrase, not the one phrasing the rule was written from). HEDGE slots are optional
 * softeners and are left out.
 */
const OPTIONAL = new Set(['HEDGE']);

const constructions = (['ru', 'sv', 'zh'] as const).flatMap((lang) => {
  const pack = LANGUAGES[lang]!;
  return pack.rules.filter((r): r is PhraseRule => r.kind === 'construction').map((rule) => [rule.id, rule, pack.classes, pack.bounded] as const);
});

describe('construction examples paraphrase every class slot', () => {
  it('covers the ru, sv and zh constructions', () => {
    expect(constructions.length).toBeGreaterThan(25);
  });

  it.each(constructions)('%s', (_id, rule, classes, bounded) => {
    const texts = [...rule.examples.flag.map((e) => e.text.toLowerCase()), ...rule.examples.pass.map((t) => t.toLowerCase())];
    const missing: string[] = [];
    for (const pattern of rule.patterns) {
      const slots: string[] = [];
      const re = compilePattern(expandClasses(pattern, classes, slots), bounded);
      slots.forEach((name, k) => {
        if (OPTIONAL.has(name)) return;
        const paraphrased = rule.examples.flag.some((ex, i) => {
          const lower = ex.text.toLowerCase();
          re.lastIndex = 0;
          const filler = re.exec(lower)?.groups?.[`s${k}`];
          if (!filler) return false;
          const word = filler.trim();
          // Spaced languages compare whole words ("ej" is not inside "hej"); Chinese compares segments.
          const occurs = bounded ? (t: string) => new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(t) : (t: string) => t.includes(word);
          return texts.every((t, j) => j === i || !occurs(t));
        });
        if (!paraphrased) missing.push(`{${name}} in ${pattern}`);
      });
    }
    expect(missing).toEqual([]);
  });
});
