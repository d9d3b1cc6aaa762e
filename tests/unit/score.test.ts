import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';

describe('the score an agent sees', () => {
  it('ranks a curt, defensive reply far below a warm, specific one', () => {
    const curt = analyze('No refunds. Read the FAQ next time.');
    const warm = analyze("Hi Maria, I'm so sorry your blender arrived with a cracked jar. I've sent a new jar today; it arrives Friday.", { customerName: 'Maria Lopez' });
    expect(curt.score).toBeLessThan(40);
    expect(warm.score).toBeGreaterThanOrEqual(90);
    expect(curt.scoreParts.map((p) => p.id)).toEqual(expect.arrayContaining(['blame', 'curt']));
  });

  it('never shows a reply with an unfilled [placeholder] as ready', () => {
    const draft = "Hi Sam, I'm sorry [what went wrong for them]. I've refunded the order; it shows in 3-5 days.";
    const report = analyze(draft, { customerName: 'Sam' });
    expect(report.placeholders.map((p) => p.text)).toEqual(['[what went wrong for them]']);
    expect(report.score).toBeLessThanOrEqual(40);
    const filled = analyze(draft.replace('[what went wrong for them]', 'your parcel arrived late'), { customerName: 'Sam' });
    expect(filled.placeholders).toEqual([]);
    expect(filled.score).toBeGreaterThan(80);
  });

  it('does not take Markdown links or "[1/2]" for placeholders', () => {
    expect(analyze('See [the guide](https://example.com/guide) for steps [1/2]').placeholders).toEqual([]);
  });

  it('explains itself: the parts add up to the score', () => {
    for (const text of ['Sorry for any inconvenience.', 'Please DM us your order number and I will check it today.', 'Thanks!', '']) {
      const r = analyze(text);
      const sum = Math.max(0, Math.min(100, r.scoreParts.reduce((a, p) => a + p.points, 0)));
      expect(sum, text).toBe(r.score);
    }
  });

  it('does not call a short thank-you curt', () => {
    expect(analyze('Thanks so much, Priya!').scoreParts.map((p) => p.id)).not.toContain('curt');
  });
});
