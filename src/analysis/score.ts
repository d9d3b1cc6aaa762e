import type { Finding, ScorePart, SignalId, SignalResult, SignalSpan } from './types.ts';

/**
 * How the 0–100 score is made (shown in the chip's tooltip, README "The score"):
 * - every reply starts at 40;
 * - what a good reply has adds: acknowledging the customer's feeling or situation +15, their name or
 *   a detail of their case +10, a first-person commitment +15, a concrete next step +20;
 * - what makes it sound like a script costs: the first warning of a kind −20 (each further one of
 *   that kind −10), the first style hint of a kind −8 (further ones −4);
 * - a short reply (under 12 words) with none of acknowledgement, name or commitment reads as curt:
 *   −10, unless it only thanks the customer;
 * - a reply holding an unfilled `[placeholder]` is not ready to send: capped at 40.
 * The same text, context and config always give the same score.
 */
export const SCORE_BASE = 40;
export const SIGNAL_POINTS: Record<SignalId, number> = { acknowledgement: 15, personal: 10, ownership: 15, 'next-step': 20 };
export const NOT_READY_CAP = 40;
const CURT_WORDS = 12;
const CURT_COST = 10;

const PLACEHOLDER = /\[[^\[\]\n]{1,80}\](?!\()/g;

/** Unfilled `[placeholders]` the agent still has to replace (a Markdown link's `[text](url)` is not one). */
export function findPlaceholders(text: string): SignalSpan[] {
  const out: SignalSpan[] = [];
  PLACEHOLDER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLACEHOLDER.exec(text)) && out.length < 50) {
    // "[1/2]", "[sic]" and "[at]" are writing conventions, not blanks to fill.
    if (/^\[(?:\d+\s*\/\s*\d+|sic|at|dot|x| )\]$/i.test(m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words in the text, counted up to `limit`: the score only asks whether a reply is short. */
function countWords(text: string, limit: number): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (n < limit && WORD.exec(text)) n++;
  return n;
}

export function scoreBreakdown(findings: Finding[], signals: Record<SignalId, SignalResult>, text = '', placeholders: SignalSpan[] = []): { score: number; parts: ScorePart[] } {
  const parts: ScorePart[] = [{ id: 'base', points: SCORE_BASE }];
  for (const id of Object.keys(SIGNAL_POINTS) as SignalId[]) if (signals[id].present) parts.push({ id, points: SIGNAL_POINTS[id] });
  const seen = new Map<string, number>();
  for (const f of findings) {
    const n = seen.get(f.category) ?? 0;
    seen.set(f.category, n + 1);
    const cost = f.severity === 'warning' ? (n === 0 ? 20 : 10) : n === 0 ? 8 : 4;
    parts.push({ id: f.category, points: -cost });
  }
  const words = countWords(text, CURT_WORDS);
  const warm = signals.acknowledgement.present || signals.personal.present || signals.ownership.present;
  const thanksOnly = () => /^\W*(?:thanks?|thank you|ty|cheers|you're welcome|you are welcome|спасибо|tack|谢谢)\b/iu.test(text.trim());
  if (words > 0 && words < CURT_WORDS && !warm && !thanksOnly()) parts.push({ id: 'curt', points: -CURT_COST });
  let score = Math.max(0, Math.min(100, Math.round(parts.reduce((a, p) => a + p.points, 0))));
  if (placeholders.length && score > NOT_READY_CAP) {
    parts.push({ id: 'placeholder', points: NOT_READY_CAP - score });
    score = NOT_READY_CAP;
  }
  return { score, parts };
}

export function scoreReply(findings: Finding[], signals: Record<SignalId, SignalResult>, text = '', placeholders: SignalSpan[] = []): number {
  return scoreBreakdown(findings, signals, text, placeholders).score;
}
