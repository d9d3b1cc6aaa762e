import type { Finding, SignalId, SignalResult } from './types.ts';

/**
 * 0-100: a reply with every signal and no flag scores 100. Warnings cost more than hints, and
 * repeats of one category cost less each time, so one stock phrase does not sink a long e-mail.
 */
const SIGNAL_POINTS: Record<SignalId, number> = { acknowledgement: 15, personal: 10, ownership: 10, 'next-step': 15 };
const BASE = 50;

export function scoreReply(findings: Finding[], signals: Record<SignalId, SignalResult>): number {
  let score = BASE;
  for (const id of Object.keys(SIGNAL_POINTS) as SignalId[]) if (signals[id].present) score += SIGNAL_POINTS[id];
  const seen = new Map<string, number>();
  for (const f of findings) {
    const n = seen.get(f.category) ?? 0;
    seen.set(f.category, n + 1);
    const cost = f.severity === 'warning' ? 20 : 8;
    score -= n === 0 ? cost : cost / (2 * n);
  }
  return Math.max(0, Math.min(100, Math.round(score)));
}
