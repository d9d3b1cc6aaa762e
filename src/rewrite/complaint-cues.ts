/**
 * How the ru, sv and zh complaint readers choose a clause: each clause of the customer's message is
 * scored by its cues of failure ("не пришёл", "fungerar inte", "没到") and persistence ("опять",
 * "fortfarande", "一直"), a request counts against it and a later clause weighs a little less; the
 * best three are offered to the language's own shaping, which may refuse any of them.
 */
import type { Problem } from './problem.ts';

export interface ComplaintCues {
  failure: RegExp;
  persistence: RegExp;
  request: RegExp;
  accusation: RegExp;
}

export interface Candidate {
  text: string;
  score: number;
  /** Position of the clause (or its sentence) in the message. */
  index: number;
}

export function countMatches(text: string, re: RegExp): number {
  re.lastIndex = 0;
  return text.match(re)?.length ?? 0;
}

/** A scored clause, or null when it holds no cue; Chinese asks for a failure, not only "还". */
export function scoreClause(text: string, index: number, cues: ComplaintCues, needsFailure = false): Candidate | null {
  const failures = countMatches(text, cues.failure);
  const persists = countMatches(text, cues.persistence);
  if (needsFailure ? !failures : !failures && !persists) return null;
  return { text, index, score: failures * 3 + persists * 1.5 - (cues.request.test(text) ? 3 : 0) - index * 0.05 };
}

export const byScore = (a: Candidate, b: Candidate): number => b.score - a.score;

/**
 * The clauses of a message written with spaces (Russian, Swedish), best first: sentences split
 * into parts at `split`, each part without its `lead` ("Здравствуйте,", "Hej!") and at least two
 * words long, weighed by the sentence it stands in.
 */
export function rankSentenceClauses(message: string, split: RegExp, lead: RegExp, cues: ComplaintCues): Candidate[] {
  const candidates: Candidate[] = [];
  for (const [i, sentence] of message.split(/(?<=[.!?…])\s+|\n+/).entries()) {
    for (const part of sentence.replace(/[.!?…]+$/u, '').split(split)) {
      const p = part?.trim().replace(lead, '').trim();
      if (!p || p.split(/\s+/).length < 2) continue;
      const scored = scoreClause(p, i, cues);
      if (scored) candidates.push(scored);
    }
  }
  return candidates.sort(byScore);
}

/** The first of the three best clauses the language's shaping accepts, as a Problem. */
export function firstShaped(ranked: readonly Candidate[], shape: (text: string) => string | null, cues: ComplaintCues): Problem | null {
  for (const c of ranked.slice(0, 3)) {
    const clause = shape(c.text);
    if (clause) return { clause, source: c.text, keywords: [], accusation: cues.accusation.test(c.text), topic: null };
  }
  return null;
}
