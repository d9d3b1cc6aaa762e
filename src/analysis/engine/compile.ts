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
