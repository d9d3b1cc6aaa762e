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

export interface CompiledPhraseRule {
  rule: PhraseRule;
  /** The rule's patterns with every word class expanded. */
  sources: string[];
  regexes: RegExp[];
  /** Per regex: words one of which must occur in the (lower-cased) sentence, or null to always run. */
  triggers: Array<string[] | null>;
  /** Per regex: the trigger words compiled into one test, or null to always run. */
  triggerTests: Array<((lower: string) => boolean) | null>;
}

/**
 * One alternation of every phrase of a language: most sentences match none, and one pass of a
 * combined pattern (without word boundaries: a gate may over-match) says so fastest.
 */
export function compilePrefilter(patterns: string[]): RegExp {
  return new RegExp(patterns.map((p) => `(?:${spaces(loosenLetters(p))})`).join('|'), 'u');
}

// A run of letters ("[\p{L}'-]*", the stem ending of a class member) becomes "anything but space
// or punctuation" in the gate. That only widens what the gate lets through, and keeps it cheap:
// V8 compiled each \p{L} of a few hundred stems into its own large range check, and the Russian
// gate took seconds to compile on its first sentence.
const LETTER_RUN = /\[\\p\{L\}(?:'-|-'|-)?\](?=[*+])/g;
const NOT_SPACE_OR_PUNCT = '[^\\s.,!?;:()]';
function loosenLetters(source: string): string {
  return source.replace(LETTER_RUN, NOT_SPACE_OR_PUNCT);
}

export function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** In rule patterns a space means any run of white space, and " ?" an optional one. */
function spaces(source: string): string {
  return source.replace(/ \?/g, '\\s*').replace(/ /g, '\\s+');
}
