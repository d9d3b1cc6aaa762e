import { analyze } from '../analysis/index.ts';
import { FLAG_CATEGORIES, SIGNAL_IDS } from '../analysis/types.ts';
import type { Report } from '../analysis/types.ts';
import type { CorpusReply } from './corpus.ts';

export interface Metric {
  id: string;
  kind: 'flag' | 'signal';
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface CorpusScore {
  replies: number;
  metrics: Metric[];
  /** Share of replies with no gold flag that got at least one flag. */
  falseAlarmRate: number;
  /** Per reply: what was predicted, for error analysis. */
  predictions: Array<{ reply: CorpusReply; report: Report }>;
}

/** The corpus README's scoring rule: per id, skip replies where that id is ambiguous. */
export function scoreCorpus(replies: CorpusReply[]): CorpusScore {
  const predictions = replies.map((reply) => ({ reply, report: analyze(reply.reply, { customerMessage: reply.customer_msg, lang: reply.lang }) }));
  const metrics: Metric[] = [];
  const ids: Array<[string, 'flag' | 'signal']> = [
    ...FLAG_CATEGORIES.map((id) => [id, 'flag'] as [string, 'flag']),
    ...SIGNAL_IDS.map((id) => [id, 'signal'] as [string, 'signal']),
  ];
  for (const [id, kind] of ids) {
    let tp = 0, fp = 0, fn = 0, support = 0;
    for (const { reply, report } of predictions) {
      if (reply.ambiguous?.includes(id)) continue;
      const gold = kind === 'flag' ? reply.flags.includes(id) : reply.signals.includes(id);
      const predicted = kind === 'flag' ? report.findings.some((f) => f.category === id) : report.signals[id as keyof Report['signals']].present;
      if (gold) support++;
      if (gold && predicted) tp++;
      else if (predicted) fp++;
      else if (gold) fn++;
    }
    const precision = tp + fp ? tp / (tp + fp) : 1;
    const recall = tp + fn ? tp / (tp + fn) : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    metrics.push({ id, kind, tp, fp, fn, precision, recall, f1, support });
  }
  const clean = predictions.filter((p) => p.reply.flags.length === 0);
  const alarmed = clean.filter((p) => p.report.findings.some((f) => !(p.reply.ambiguous ?? []).includes(f.category)));
  return { replies: replies.length, metrics, falseAlarmRate: clean.length ? alarmed.length / clean.length : 0, predictions };
}

export function formatScore(score: CorpusScore, title: string): string {
  const lines = [`${title}: ${score.replies} replies`, 'id                  kind    support  precision  recall  F1'];
  for (const m of score.metrics) {
    lines.push(`${m.id.padEnd(20)}${m.kind.padEnd(8)}${String(m.support).padStart(7)}  ${m.precision.toFixed(3).padStart(9)}  ${m.recall.toFixed(3).padStart(6)}  ${m.f1.toFixed(3)}`);
  }
  lines.push(`macro flag F1 (flags with support): ${macroFlagF1(score).toFixed(3)}`);
  lines.push(`flag-free replies wrongly flagged: ${(score.falseAlarmRate * 100).toFixed(1)}%`);
  return lines.join('\n');
}

/** Mean F1 over the flag ids that have at least one gold case in the set (as the outside checks count it). */
export function macroFlagF1(score: CorpusScore): number {
  const flags = score.metrics.filter((m) => m.kind === 'flag' && m.support > 0);
  return flags.length ? flags.reduce((a, m) => a + m.f1, 0) / flags.length : 1;
}
