import type { PhraseRule } from '../rules/types.ts';

/**
 * Word boundaries that work for every script (`\b` is ASCII-only in JS). Languages written
 * without spaces (Chinese) get no boundaries. Patterns are written in lower case.
 */
export function compilePattern(source: string, bounded: boolean): RegExp {
  const body = spaces(source);
  // "can" must not match inside "can't": a word ends where no letter, digit or 'letter follows.
  const wrapped = bounded ? `(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}]|'\\p{L})` : `(?:${body})`;
  // Matched against the lower-cased sentence: no `i` flag, whose Unicode case folding made the
  // first compile of each pattern and every match slower.
  return new RegExp(wrapped, 'gu');
}

// A first run on a subject this long makes V8 compile an expression straight to machine code
// (kTierUpForSubjectLengthValue in V8's regexp.cc), in each of the two string representations.
// A control character no pattern starts with, so the runs end at once; U+FFFF makes the second
// subject two-byte.
const LONG_ONE_BYTE = '\u0001'.repeat(1000);
const LONG_TWO_BYTE = `${'\u0001'.repeat(999)}\uffff`;

/**
 * Gives a pattern its first runs on long subjects, before the first sentence reaches it.
 *
 * V8 runs a new regular expression with its bytecode interpreter first and compiles it to machine
 * code on the second run. Our patterns are large (word classes as tries): one language's phrase
 * patterns made about 5 MB of bytecode, and once an isolate has generated 1 MB of regexp code V8
 * compiles every later expression without its optimisations (TooMuchRegExpCode in regexp.cc), so
 * every pattern tiered up to slow machine code: about 2x the cost per run of the same pattern
 * compiled directly (`node --no-regexp-tier-up`). A first run on a subject of 1,000 characters or
 * more skips the bytecode, so the isolate's budget is not spent on it. Matching is unchanged: the
 * runs' results are dropped and lastIndex is reset.
 */
export function compileNow(re: RegExp): RegExp {
  re.lastIndex = 0;
  re.exec(LONG_ONE_BYTE);
  re.lastIndex = 0;
  re.exec(LONG_TWO_BYTE);
  re.lastIndex = 0;
  return re;
}

export interface CompiledPhraseRule {
  rule: PhraseRule;
  /** The rule's patterns with every word class expanded. */
  sources: string[];
  regexes: RegExp[];
  /** Per regex: what the (lower-cased) sentence must hold for it to run (engine/triggers.ts triggerGroups), or null to always run. */
  triggers: Array<string[][][] | null>;
}

export function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** In rule patterns a space means any run of white space, and " ?" an optional one. */
function spaces(source: string): string {
  return source.replace(/ \?/g, '\\s*').replace(/ /g, '\\s+');
}
