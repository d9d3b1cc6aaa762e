/** The analysis contract shared by the content script, the command line and the tests. */

export type FlagCategory =
  | 'generic-apology'
  | 'non-apology'
  | 'policy-deflection'
  | 'hype'
  | 'blame'
  | 'jargon';

export const FLAG_CATEGORIES: readonly FlagCategory[] = [
  'generic-apology',
  'non-apology',
  'policy-deflection',
  'hype',
  'blame',
  'jargon',
];

export type SignalId = 'acknowledgement' | 'personal' | 'ownership' | 'next-step';

export const SIGNAL_IDS: readonly SignalId[] = ['acknowledgement', 'personal', 'ownership', 'next-step'];

export type Severity = 'warning' | 'hint';

export type Lang = 'en' | 'ru' | 'zh' | 'sv';

export interface Suggestion {
  /** Text that replaces the finding's span, or `range` when given (may contain `[placeholders]`). */
  text: string;
  /** One line telling the agent why this wording is better. */
  note?: string;
  /**
   * What the suggestion replaces when it is more than the finding's span (its whole sentence or
   * clause, so the result reads as one sentence): UTF-16 offsets into the analysed text, holding the
   * finding, and the text there (`text === input.slice(start, end)`), checked before applying.
   */
  range?: TextRange;
}

export interface TextRange {
  start: number;
  end: number;
  text: string;
}

export interface Finding {
  /** Id of the rule that fired, unique across all rules (e.g. `en.apology.generic`). */
  rule: string;
  category: FlagCategory;
  /** UTF-16 offsets into the analysed text; `text === input.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  severity: Severity;
  message: string;
  suggestions: Suggestion[];
}

export interface SignalSpan {
  start: number;
  end: number;
  text: string;
}

export interface SignalResult {
  id: SignalId;
  present: boolean;
  /** Where the evidence is; empty when absent (or when the evidence is context, not text). */
  spans: SignalSpan[];
}

/** One term of the score: the base, a signal present, a finding's cost, curtness, the not-ready cap. */
export interface ScorePart {
  id: 'base' | SignalId | FlagCategory | 'curt' | 'placeholder';
  points: number;
}

export interface Report {
  lang: Lang | 'und';
  findings: Finding[];
  signals: Record<SignalId, SignalResult>;
  /** 0-100, deterministic for the same text, context and config (see src/analysis/score.ts). */
  score: number;
  /** How the score was made, term by term, for the chip's tooltip. */
  scoreParts: ScorePart[];
  /** Unfilled `[placeholders]`: a reply holding one is not ready to send. */
  placeholders: SignalSpan[];
}

/** A team phrase: "avoid X, prefer Y". Plain text only, never a pattern. */
export interface TeamPhrase {
  id: string;
  avoid: string;
  prefer?: string;
  message?: string;
  category?: FlagCategory;
  severity?: Severity;
  lang?: Lang;
}

export interface AnalysisConfig {
  /** Categories or rule ids switched off. */
  disabled?: string[];
  /** Severity per category or rule id (rule id wins). */
  severity?: Record<string, Severity>;
  teamPhrases?: TeamPhrase[];
  /** Words and phrases never flagged (product names, sign-offs). */
  allow?: string[];
}

export interface TicketContext {
  customerName?: string;
  customerMessage?: string;
  agentName?: string;
  subject?: string;
}

export interface AnalyzeOptions extends TicketContext {
  /** Force a language; otherwise detected per reply. */
  lang?: Lang;
  config?: AnalysisConfig;
}
