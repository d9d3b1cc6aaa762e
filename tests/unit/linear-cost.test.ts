/**
 * The analysis of a reply costs in proportion to its length (issue #8): 20,000 words must cost
 * four times 5,000, not sixteen. Checked without a clock, by counting the work done on the same
 * long replies at both sizes, in every language:
 * - characters every regular expression in the analysis advanced over (RegExp.prototype.exec is
 *   wrapped for this test; String.replace, split, match and test all go through it), so a pass
 *   over the whole reply per sentence, per line or per finding shows up however it is written;
 * - sentences read, phrase patterns run, checker calls and gate steps (engine counters).
 * Each must stay flat per word from 5,000 to 20,000 words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, clearSentenceCache } from '../../src/analysis/index.ts';
import { sentenceWork } from '../../src/analysis/engine/run-rules.ts';
import { gateWork } from '../../src/analysis/engine/gate.ts';
import { LONG_LANGS, longReply, wordCount } from '../../src/eval/long-replies.ts';
import type { Lang } from '../../src/analysis/types.ts';

const exec = RegExp.prototype.exec;
let scanned = 0;

beforeAll(() => {
  RegExp.prototype.exec = function countedExec(this: RegExp, input: string) {
    const text = String(input);
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = exec.call(this, text);
    // A sticky expression reads only where it stands; when it fails there it is counted as nothing.
    if (m || !this.sticky) scanned += (m ? m.index + m[0].length : text.length) - Math.min(from, text.length);
    return m;
  };
});
afterAll(() => {
  RegExp.prototype.exec = exec;
});

function work(lang: Lang, words: number) {
  const text = longReply(lang, words);
  analyze(text, { lang }); // compiled patterns and learned tables are not the reply's cost
  clearSentenceCache();
  scanned = 0;
  const before = { ...sentenceWork, steps: gateWork.steps };
  analyze(text, { lang });
  const n = wordCount(text);
  return {
    words: n,
    perWord: {
      scanned: scanned / n,
      sentences: (sentenceWork.read - before.read) / n,
      patternRuns: (sentenceWork.patternRuns - before.patternRuns) / n,
      checkerRuns: (sentenceWork.checkerRuns - before.checkerRuns) / n,
      gateSteps: (gateWork.steps - before.steps) / n,
    },
  };
}

describe('cost grows linearly with the length of the reply', () => {
  it.each(LONG_LANGS)('%s: work per word is the same at 5,000 and 20,000 words', (lang) => {
    const small = work(lang, 5000);
    const large = work(lang, 20000);
    expect(large.words / small.words).toBeGreaterThan(3.9);
    for (const key of Object.keys(small.perWord) as Array<keyof typeof small.perWord>) {
      const ratio = large.perWord[key] / small.perWord[key];
      // Shuffled sentences differ a little in what they hold; a pass per sentence would be ×4 here.
      expect(ratio, `${key} per word grew ${ratio.toFixed(2)}x`).toBeLessThan(1.3);
    }
    // Sanity: the analysis did read the reply, with its rules and a regular-expression scan.
    expect(small.perWord.sentences).toBeGreaterThan(0.05);
    expect(small.perWord.patternRuns).toBeGreaterThan(0);
    expect(small.perWord.scanned).toBeGreaterThan(5);
  });
});
