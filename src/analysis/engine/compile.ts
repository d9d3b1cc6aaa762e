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
 * The gate in front of a language's phrases: most sentences match none, and one pass says so.
 * It is an alternation of the patterns' trigger words (a pattern cannot match without one of its
 * words, src/analysis/engine/triggers.ts; read from the flat class expansion), plus the whole source of any pattern without a certain
 * word. Literal words cost the regex engine a few comparisons per position; the earlier gate of
 * every pattern's full source cost about 1 ms a sentence once the Russian and English classes had
 * hundreds of members, because each position tried every class alternation.
 */
export function compilePrefilter(patterns: string[], triggers: Array<string[] | null>): RegExp {
  const words = new Set<string>();
  const whole: string[] = [];
  patterns.forEach((p, i) => {
    const found = triggers[i];
    if (found) for (const w of found) words.add(w);
    else whole.push(`(?:${spaces(loosenLetters(p))})`);
  });
  return new RegExp([literalSource([...words]), ...whole].filter(Boolean).join('|') || '(?!)', 'u');
}

/** Plain words as one alternation, longest first. */
export function literalSource(words: string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeLiteral).join('|');
}

// A run of letters ("[\\p{L}'-]*", the stem ending of a class member; only quantified runs, never
// a lookaround's single letter) becomes "anything but space or punctuation" in the gate. That only
// widens what the gate lets through, and keeps it cheap to compile.
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
