import type { SignalId, TicketContext } from '../types.ts';
import type { RuleMatch, SentenceContext } from '../rules/types.ts';
import type { Sentence } from '../engine/segment.ts';

/** Signal evidence inside one sentence (cached with the sentence). */
export type SentenceSignals = Partial<Record<SignalId, RuleMatch[]>>;

export interface SignalDetector {
  sentence(ctx: SentenceContext): SentenceSignals;
  /** Evidence that needs the whole reply or the ticket (the customer's name, their details). */
  reply?(text: string, sentences: Sentence[], context: TicketContext): SentenceSignals;
}
