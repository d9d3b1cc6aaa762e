import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/eval/corpus.ts';
import { scoreCorpus } from '../../src/eval/score-corpus.ts';

// Floors from issue #2, on the labeled real replies in ../shared/corpus/replies.en.jsonl.
const FLOORS: Record<string, number> = {
  'generic-apology': 0.93,
  'non-apology': 0.8,
  jargon: 0.7,
  blame: 0.7,
  'policy-deflection': 0.5,
  acknowledgement: 0.8,
  personal: 0.8,
  ownership: 0.8,
  'next-step': 0.8,
};

describe('accuracy on the labeled English corpus', () => {
  const score = scoreCorpus(loadCorpus('replies.en.jsonl'));

  it('reads every reply of the corpus', () => {
    expect(score.replies).toBeGreaterThanOrEqual(900);
  });

  it.each(Object.entries(FLOORS))('%s F1 is at least %s', (id, floor) => {
    const m = score.metrics.find((x) => x.id === id)!;
    expect(m.f1, `${id}: P=${m.precision.toFixed(3)} R=${m.recall.toFixed(3)}`).toBeGreaterThanOrEqual(floor);
  });

  it('wrongly flags at most 3% of flag-free replies', () => {
    expect(score.falseAlarmRate).toBeLessThanOrEqual(0.03);
  });

  it('gives the same score to the same reply every time', () => {
    const again = scoreCorpus(loadCorpus('replies.en.jsonl').slice(0, 100));
    for (let i = 0; i < again.predictions.length; i++) {
      expect(again.predictions[i]!.report.score).toBe(score.predictions[i]!.report.score);
    }
  });
});
