import type { FlagCategory, Lang, Severity, Suggestion } from '../types.ts';
import type { Word } from '../engine/words.ts';
import type { ConditionId } from '../conditions.ts';

/** What a rule sees: one sentence, its neighbours and the ticket context. */
export interface SentenceContext {
  lang: Lang;
  /** The sentence with curly apostrophes made straight (same length as the original). */
  text: string;
  lower: string;
  readonly words: Word[];
  /** Lazily filled by the `words` getter. */
  _words?: Word[];
  /** Per-sentence memo for checkers that several rules share (the apology reading). */
  memo?: Map<string, unknown>;
  quoted: Array<[number, number]>;
  next: string;
  customerName?: string;
  /** The customer's latest message, when the page or the input gives it. */
  customerMessage?: string;
}

/** A span relative to the sentence. */
export interface RuleMatch {
  start: number;
  end: number;
}

export interface FlagExample {
  text: string;
  /** The exact flagged text (the first finding of this rule). */
  span: string;
}

export interface RuleExamples {
  /** Replies this rule must flag, with the span. */
  flag: FlagExample[];
  /** Replies this rule must not flag (look-alikes). */
  pass: string[];
}

interface RuleBase {
  id: string;
  lang: Lang;
  category: FlagCategory;
  severity: Severity;
  /** What is wrong, in one sentence. */
  message: string;
  /** Why it matters, briefly. */
  why: string;
  suggestions: Suggestion[];
  examples: RuleExamples;
}

/**
 * A construction: word classes and roles combined ("{AGENT} {INABILITY} {SERVICE_ACTION}"), or a
 * fixed phrasing (kind 'phrase'). Written as regular-expression source by us (never by users):
 * `{NAME}` stands for any member of the language's word class NAME (src/analysis/classes), a space
 * for any run of white space. Matched against the lower-cased sentence.
 */
export interface PhraseRule extends RuleBase {
  kind: 'phrase' | 'construction';
  patterns: string[];
  /** Named, shared conditions under which a match is fine (src/analysis/conditions.ts). */
  except?: ConditionId[];
  /** A look-alike particular to this rule: the match is dropped when this returns true. */
  unless?: (ctx: SentenceContext, match: RuleMatch) => boolean;
}

/** A rule whose decision needs code (grammar of the clause, neighbouring sentences). */
export interface CheckerRule extends RuleBase {
  kind: 'checker';
  check: (ctx: SentenceContext) => RuleMatch[];
}

export type Rule = PhraseRule | CheckerRule;
