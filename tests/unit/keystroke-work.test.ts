/**
 * Typing one character re-reads only the sentence it touched (issue #8, keystroke ≤ 0.1 ms): the
 * others come from the per-sentence cache, and the report is the one a cold analysis gives.
 * Counted, not timed: the engine's count of sentences it read.
 */
import { describe, expect, it } from 'vitest';
import { analyze, clearSentenceCache } from '../../src/analysis/index.ts';
import { sentenceWork } from '../../src/analysis/engine/run-rules.ts';
import { LONG_LANGS, ownEmails } from '../../src/eval/long-replies.ts';

const ticket = { customerName: 'Laura', customerMessage: 'My order never arrived and nobody answers.' };

describe('a keystroke', () => {
  it.each(LONG_LANGS)('%s: re-reads the touched sentence only, and reports what a cold read reports', (lang) => {
    const reads: number[] = [];
    for (const email of ownEmails(lang).slice(0, 12)) {
      let text = email;
      analyze(text, ticket);
      // Typing in the middle of the e-mail (its neighbours stay as they were), then at its end.
      for (const at of [Math.floor(text.length / 2), -1]) {
        let pos = at < 0 ? text.length : at;
        for (const ch of 'abc') {
          text = text.slice(0, pos) + ch + text.slice(pos);
          pos++;
          const before = sentenceWork.read;
          const warm = analyze(text, ticket);
          reads.push(sentenceWork.read - before);
          clearSentenceCache();
          expect(warm).toEqual(analyze(text, ticket));
          analyze(text, ticket);
        }
      }
    }
    // A sentence whose rules read the next one is read again with it; nothing else is.
    expect(Math.max(...reads)).toBeLessThanOrEqual(2);
    expect(reads.filter((n) => n === 1).length / reads.length).toBeGreaterThan(0.9);
  });
});
