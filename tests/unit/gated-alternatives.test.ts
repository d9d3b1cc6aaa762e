import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileAlternatives, matchesOf } from '../../src/analysis/engine/alternatives.ts';
import { compilePattern } from '../../src/analysis/engine/compile.ts';
import { expandClasses, expandClassesFlat } from '../../src/analysis/classes/expand.ts';
import { ACKNOWLEDGEMENT_CONSTRUCTIONS } from '../../src/analysis/signals/acknowledgement/index.ts';
import { LANGUAGES } from '../../src/analysis/languages.ts';
import { splitSentences } from '../../src/analysis/engine/segment.ts';
import { loadCorpus } from '../../src/eval/corpus.ts';
import { ownEmails } from '../../src/eval/long-replies.ts';
import type { Lang } from '../../src/analysis/types.ts';

/** What the whole alternation finds with a plain global exec loop: the reference. */
function reference(re: RegExp, text: string) {
  const whole = new RegExp(re.source, re.flags);
  const out: Array<{ start: number; end: number }> = [];
  for (let m = whole.exec(text); m; m = whole.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) whole.lastIndex++;
  }
  return out;
}

// A signal made of many alternatives runs only those whose words a sentence holds, each alone.
// The matches must be exactly those of the whole alternation, or a signal would appear or vanish.
describe('gated alternatives', () => {
  it('find what the whole alternation finds, on invented texts (overlaps, ties, empty matches)', () => {
    const sources = ['ab', 'a', 'abc', 'b(?=c)', 'c?', 'bc d', 'd'];
    const re = compileAlternatives(sources, false);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd', ' ', 'x'), { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        expect(matchesOf(re, text)).toEqual(reference(re, text));
      }),
      { numRuns: 3000 },
    );
    const bounded = compileAlternatives(["i(?:'ll| will)", 'we (?:will|can)', 'will', 'sorry(?: for)?', 'for'], true);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('i', "'ll", ' will', 'we', ' ', 'can', 'sorry', 'for', 'x', '.'), { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        expect(matchesOf(bounded, text)).toEqual(reference(bounded, text));
      }),
      { numRuns: 3000 },
    );
  });

  it.each(Object.keys(ACKNOWLEDGEMENT_CONSTRUCTIONS) as Lang[])('%s acknowledgement constructions: the same matches on every corpus sentence', (lang) => {
    const pack = LANGUAGES[lang]!;
    const list = ACKNOWLEDGEMENT_CONSTRUCTIONS[lang]!;
    const re = compileAlternatives(list.map((c) => `(?:${expandClasses(c.pattern, pack.classes)})`), pack.bounded, list.map((c) => expandClassesFlat(c.pattern, pack.classes)));
    const texts = lang === 'en' ? [...loadCorpus('replies.en.jsonl'), ...loadCorpus('replies.en.more.jsonl')].map((r) => r.reply) : [];
    texts.push(...ownEmails(lang), ...list.flatMap((c) => [...c.examples.hit, ...c.examples.pass]));
    let found = 0;
    for (const text of texts) {
      for (const s of splitSentences(text)) {
        const lower = s.text.replace(/[’‘´]/g, "'").toLowerCase();
        const expected = reference(re, lower);
        found += expected.length;
        expect(matchesOf(re, lower)).toEqual(expected);
      }
    }
    expect(found).toBeGreaterThan(5);
  });

  it('leaves an expression it did not make alone', () => {
    const plain = compilePattern('sorry|apolog', true);
    expect(matchesOf(plain, 'so sorry, we apolog')).toEqual(reference(plain, 'so sorry, we apolog'));
  });
});
