import type { RuleMatch } from '../rules/types.ts';
import { compileAlternatives, matchesOf } from '../engine/alternatives.ts';

/** One word-bounded pattern from several alternatives (a space = any white space). */
export function matcher(sources: string[]): RegExp {
  // Gated like the flag rules: only the alternatives whose words occur in a sentence run on it.
  return compileAlternatives(sources, true);
}

export function allMatches(re: RegExp, text: string): RuleMatch[] {
  return matchesOf(re, text);
}
