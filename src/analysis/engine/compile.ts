import type { PhraseRule } from '../rules/types.ts';

/**
 * Word boundaries that work for every script (`\b` is ASCII-only in JS). Languages written
 * without spaces (Chinese) get no boundaries.
 */
export function compilePattern(source: string, bounded: boolean): RegExp {
  const body = spaces(source);
  const wrapped = bounded ? `(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])` : `(?:${body})`;
  return new RegExp(wrapped, 'giu');
}

export interface CompiledPhraseRule {
  rule: PhraseRule;
  regexes: RegExp[];
}

/**
 * One alternation of every phrase in a language: most sentences match nothing, and one pass
 * of a combined pattern tells that far faster than a pass per rule.
 */
export function compilePrefilter(rules: PhraseRule[], bounded: boolean): RegExp {
  const body = rules.flatMap((r) => r.patterns.map((p) => `(?:${spaces(p)})`)).join('|');
  // No word boundaries here: a prefilter may over-match, and boundary look-arounds at every
  // position made it the costliest step of a cold reply.
  void bounded;
  return new RegExp(body, 'iu');
}

export function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** In rule patterns a space means any run of white space, and " ?" an optional one. */
function spaces(source: string): string {
  return source.replace(/ \?/g, '\\s*').replace(/ /g, '\\s+');
}
