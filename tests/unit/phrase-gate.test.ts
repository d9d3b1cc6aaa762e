import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/analysis/languages.ts';
import { expandClasses, expandClassesFlat } from '../../src/analysis/classes/expand.ts';
import { triggerGroups } from '../../src/analysis/engine/triggers.ts';
import { compilePattern } from '../../src/analysis/engine/compile.ts';
import { buildGate, openPatterns } from '../../src/analysis/engine/gate.ts';
import type { PhraseRule } from '../../src/analysis/rules/types.ts';

function phrasePatterns(lang: keyof typeof LANGUAGES) {
  const pack = LANGUAGES[lang]!;
  const rules = pack.rules.filter((r): r is PhraseRule => r.kind === 'phrase' || r.kind === 'construction');
  const patterns = rules.flatMap((r) => r.patterns);
  return {
    pack,
    rules,
    sources: patterns.map((p) => expandClasses(p, pack.classes)),
    gate: buildGate(patterns.map((p) => triggerGroups(expandClassesFlat(p, pack.classes)))),
  };
}

// The gate in front of a language's phrases may let too much through, never too little: every
// sentence a pattern matches must open that pattern, or the finding would silently disappear.
describe('the phrase gate', () => {
  it.each(Object.keys(LANGUAGES) as Array<keyof typeof LANGUAGES>)('%s: opens every pattern on each sentence it matches', (lang) => {
    const { pack, rules, sources, gate } = phrasePatterns(lang);
    const texts = rules.flatMap((r) => [...r.examples.flag.map((e) => e.text), ...r.examples.pass]).map((t) => t.replace(/[’‘´]/g, "'").toLowerCase());
    const missed: string[] = [];
    let matched = 0;
    sources.forEach((source, i) => {
      const re = compilePattern(source, pack.bounded);
      for (const text of texts) {
        re.lastIndex = 0;
        if (!re.test(text)) continue;
        matched++;
        if (!openPatterns(gate, text)[i]) missed.push(`${source.slice(0, 60)} on ${text}`);
      }
    });
    expect(matched).toBeGreaterThan(10);
    expect(missed).toEqual([]);
  });

  it('turns away a sentence with none of the words', () => {
    const { gate } = phrasePatterns('ru');
    const open = openPatterns(gate, 'заказ в пути');
    expect([...open].filter((o, i) => o && !gate.always.includes(i))).toEqual([]);
  });

  it('finds trigger words inside others and overlapping ones, in one walk', () => {
    // "inform" ends inside "information", "format" overlaps it, "ation" ends it.
    const gate = buildGate([['inform'], ['format'], ['ation', 'zzz'], ['absent'], null]);
    expect([...openPatterns(gate, 'for your information.')]).toEqual([1, 1, 1, 0, 1]);
    expect([...openPatterns(gate, 'infoinform')]).toEqual([1, 0, 0, 0, 1]);
    // A failed partial match must not hide a word starting inside it ("aab" holds "ab").
    const nested = buildGate([['ab'], ['aac']]);
    expect([...openPatterns(nested, 'aab')]).toEqual([1, 0]);
    expect([...openPatterns(nested, 'xaac')]).toEqual([0, 1]);
  });

  it('opens a pattern that needs several words only when each of them occurs', () => {
    // Pattern 0: "unable" or "cannot", and "refund"; pattern 1: "policy", or both "not" and "allowed".
    const gate = buildGate([[[['unable', 'cannot'], ['refund']]], [[['policy']], [['not'], ['allowed']]]]);
    expect([...openPatterns(gate, 'we are unable to help')]).toEqual([0, 0]);
    expect([...openPatterns(gate, 'the refund: we cannot')]).toEqual([1, 0]);
    expect([...openPatterns(gate, 'it is not allowed')]).toEqual([0, 1]);
    expect([...openPatterns(gate, 'it is not our policy')]).toEqual([0, 1]);
    expect([...openPatterns(gate, 'allowed')]).toEqual([0, 0]);
  });

  it('reads every word a construction cannot do without', () => {
    // Each class of "{AGENT} {INABILITY} {SERVICE_ACTION}" is a group, and so is each word of the
    // phrase; a choice with a one-letter member ("i") is in nearly every sentence and is left out.
    expect(triggerGroups('(?:i|we) (?:cannot|am unable to) (?:refund|replace) the order')).toEqual([[['order'], ['the'], ['cannot', 'unable'], ['refund', 'replace']]]);
    // An optional part is no condition, and each top-level alternative has its own groups.
    expect(triggerGroups('(?:sadly )?no refunds|policy (?:states|says)')).toEqual([[['refunds'], ['no']], [['policy'], ['states', 'says']]]);
  });
});
