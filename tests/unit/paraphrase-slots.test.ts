import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/analysis/languages.ts';
import { classRefs, expandClasses } from '../../src/analysis/classes/expand.ts';
import { compilePattern } from '../../src/analysis/engine/compile.ts';
import type { PhraseRule } from '../../src/analysis/rules/types.ts';

/**
 * A construction must not only fit the wording of its first examples: for every word class it
 * uses (every slot), at least one flag example fills that slot with a member that appears in no
 * other flag example of the rule — a paraphrase, proving the class (not one phrase) does the work.
 */
const constructions = Object.values(LANGUAGES).flatMap((pack) =>
  pack!.rules.filter((r): r is PhraseRule => r.kind === 'construction').map((rule) => ({ rule, classes: pack!.classes, bounded: pack!.bounded })),
);

const norm = (s: string) => s.replace(/[’‘´]/g, "'").toLowerCase();

describe('paraphrase examples for every class slot of a construction', () => {
  it('finds constructions to check', () => {
    expect(constructions.length).toBeGreaterThan(5);
  });

  it.each(constructions.map((c) => [c.rule.id, c] as const))('%s', (_id, { rule, classes, bounded }) => {
    // What member filled each slot, per flag example.
    const filled = new Map<string, Array<{ example: number; member: string }>>();
    rule.patterns.forEach((pattern) => {
      if (!classRefs(pattern).length) return;
      const slots: string[] = [];
      const re = compilePattern(expandClasses(pattern, classes, slots), bounded);
      rule.examples.flag.forEach((ex, i) => {
        re.lastIndex = 0;
        for (const m of norm(ex.text).matchAll(re)) {
          slots.forEach((name, k) => {
            const member = m.groups?.[`s${k}`];
            if (member) (filled.get(name) ?? filled.set(name, []).get(name)!).push({ example: i, member: member.trim() });
          });
        }
      });
    });
    const used = new Set(rule.patterns.flatMap(classRefs));
    for (const name of used) {
      const fills = filled.get(name) ?? [];
      const unique = fills.some(({ example, member }) =>
        rule.examples.flag.every((other, j) => j === example || !norm(other.text).includes(member)),
      );
      expect(unique, `${rule.id}: no example fills {${name}} with a member unused by the other examples (fills: ${JSON.stringify(fills.map((f) => f.member))})`).toBe(true);
    }
  });
});
