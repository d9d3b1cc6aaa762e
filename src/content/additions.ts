/**
 * Where a sentence offered for a missing signal goes in the draft, and what exactly is inserted:
 * the greeting (personal) opens the draft on its own line; the others close the reply as a new
 * sentence, before a quoted message ("On … wrote:", "> ") or a signature ("-- ") if there is one.
 * Pure: the coach inserts the result through the editor's own input path.
 */
import type { SignalId } from '../analysis/types.ts';
import { splitQuote } from '../sites/quote.ts';

export interface Placement {
  /** Offset in the draft where the text is inserted (an empty range). */
  at: number;
  /** What is inserted: the sentence with its separator. */
  insert: string;
  /** Where the sentence itself starts inside `insert` (for selecting its placeholder). */
  sentenceOffset: number;
}

// The conventional signature delimiter line ("-- "), as mail clients and helpdesks write it.
const SIGNATURE = /^--[ \u00a0]?$/m;

/** The end of what the agent wrote: before a quote or signature, without trailing blank space. */
export function replyEnd(text: string): number {
  let reply = splitQuote(text).reply;
  const signature = SIGNATURE.exec(reply);
  if (signature) reply = reply.slice(0, signature.index);
  // trimEnd, not a `\s+$` pattern: that retries at every space of a long run (quadratic).
  return reply.trimEnd().length;
}

export function placeAddition(text: string, signal: SignalId, sentence: string): Placement {
  if (signal === 'personal') {
    // A greeting opens the draft on its own line (after any blank lines the box starts with).
    const at = text.length - text.trimStart().length;
    return { at, insert: text.trim() ? `${sentence}\n` : sentence, sentenceOffset: 0 };
  }
  const at = replyEnd(text);
  if (at === 0) return { at, insert: sentence, sentenceOffset: 0 };
  const before = text.slice(0, at);
  // After a finished sentence: a space. After a greeting line ("Hi Maria,") or words with no full
  // stop: a new line, so the agent's own text is never changed.
  const separator = /[.!?…)"”’']$/.test(before) && !/^\s*(?:hi|hello|hey|dear)\b[^\n]*[,!]$/im.test(before.slice(before.lastIndexOf('\n') + 1)) ? ' ' : '\n';
  return { at, insert: `${separator}${sentence}`, sentenceOffset: separator.length };
}
