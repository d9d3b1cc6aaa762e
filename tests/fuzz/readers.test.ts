/**
 * Every reader that runs on page or customer text stays linear: hostile text of 10 KB and
 * 100 KB, and random text built from the characters the readers' patterns care about.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { greetingName, quoteAuthor, splitQuote } from '../../src/sites/quote.ts';
import { cleanName, tidyText } from '../../src/sites/dom.ts';
import { gmailAccount } from '../../src/sites/gmail.ts';
import { placeAddition, replyEnd } from '../../src/content/additions.ts';
import { describeGrowth, growth, MAX_RATIO_FOR_10X } from './growth.ts';
import { HOSTILE_TEXTS } from './hostile-text.ts';
import { FULL_FUZZ, FUZZ_RUNS, hostileString } from './random-text.ts';

/** `npm test` runs the texts the probe used and a few more; `npm run fuzz` runs every one. */
const QUICK = ['spaces after "On x,"', 'em spaces after "On x,"', 'em spaces in a quote', 'spaces before "wrote" without the colon', '"From:" and spaces', 'blank lines', 'spaces and line breaks', 'open angle brackets', 'one long word', 'at-signs and dots', 'greeting and spaces'];
const CASES = FULL_FUZZ ? Object.keys(HOSTILE_TEXTS) : QUICK;

const READERS: Record<string, (text: string) => unknown> = {
  splitQuote,
  quoteAuthor,
  greetingName,
  cleanName,
  tidyText,
  gmailAccount,
  replyEnd,
  placeAddition: (text) => placeAddition(text, 'next-step', 'Next, I will check.'),
};

describe('page and customer text readers grow linearly', () => {
  for (const [reader, read] of Object.entries(READERS)) {
    it.each(CASES)(`${reader}: %s`, (name) => {
      const g = growth(HOSTILE_TEXTS[name]!, read);
      expect(g.ratio, `${reader} on ${name}: ${describeGrowth(g)}`).toBeLessThan(MAX_RATIO_FOR_10X);
    });
  }
});

describe('random text never throws and keeps the reply intact', () => {
  it('splitQuote: the reply is the start of the text', () => {
    fc.assert(fc.property(hostileString(), (text) => {
      const split = splitQuote(text);
      expect(text.startsWith(split.reply)).toBe(true);
      if (split.quoted !== undefined) expect(split.quoted.length).toBeGreaterThan(0);
    }), { numRuns: FUZZ_RUNS });
  });

  it('the other readers answer text or nothing', () => {
    fc.assert(fc.property(hostileString(), (text) => {
      for (const read of [quoteAuthor, greetingName, cleanName, gmailAccount]) {
        const out = read(text);
        expect(out === undefined || typeof out === 'string').toBe(true);
      }
      expect(replyEnd(text)).toBeLessThanOrEqual(text.length);
    }), { numRuns: FUZZ_RUNS });
  });

  it('random hostile text at 10× the size costs about 10× the time', () => {
    // One random sample per reader, grown by repetition: catches a pattern the list above misses.
    fc.assert(fc.property(hostileString(), (seed) => {
      if (!seed.length) return;
      for (const [reader, read] of Object.entries(READERS)) {
        const g = growth((n) => seed.repeat(Math.ceil(n / seed.length)).slice(0, n), read, 5_000);
        expect(g.ratio, `${reader} on ${JSON.stringify(seed)}: ${describeGrowth(g)}`).toBeLessThan(MAX_RATIO_FOR_10X);
      }
    }), { numRuns: Math.max(3, Math.round(FUZZ_RUNS / 50)) });
  });
});
