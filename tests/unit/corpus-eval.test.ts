import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/eval/corpus.ts';
import { macroFlagF1, scoreCorpus } from '../../src/eval/score-corpus.ts';
import { loadLocalCorpus } from '../../src/eval/corpus.ts';
import { isHeldBack } from '../../src/eval/split.ts';

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

// The held-back thirds (src/eval/split.ts) were never read while writing rules: these floors are
// what the rules do on replies they were not tuned on. Set just under what was measured (2026-12-01:
// more.jsonl 0.59, Tact's own labels 0.62 / 0.83 / 0.47 / 0.52 for the four rounds; the fourth was
// measured before anyone read it) so a regression that only fits the tuned part fails.
describe('accuracy on the held-back replies', () => {
  const load = (name: string) => (name.startsWith('corpus/') ? loadLocalCorpus(name.slice(7)) : loadCorpus(name)).filter((r) => isHeldBack(r.id));
  const sets = [
    ['replies.en.more.jsonl', 0.55],
    ['corpus/labeled.en.tact.jsonl', 0.58],
    ['corpus/labeled.en.tact2.jsonl', 0.78],
    ['corpus/labeled.en.tact3.jsonl', 0.43],
    ['corpus/labeled.en.tact4.jsonl', 0.48],
  ] as const;

  it.each(sets)('%s: macro flag F1 is at least %s and false alarms stay at most 3 percent', (name, floor) => {
    const replies = load(name);
    expect(replies.length).toBeGreaterThan(50);
    const score = scoreCorpus([...replies]);
    expect(macroFlagF1(score)).toBeGreaterThanOrEqual(floor);
    expect(score.falseAlarmRate).toBeLessThanOrEqual(0.03);
  });
});

// The e-mails by outside authors who never saw the rules (corpus/emails.b.*.jsonl). Floors sit a
// little under what the held-back third reached on 2026-12-01 (en 1.00, ru 1.00, sv 0.75, zh 0.95
// macro flag F1); a flag-free e-mail wrongly flagged in any part of a set fails (one is 10-15% there).
describe('accuracy on the outside authors\' e-mails (en, ru, sv, zh)', () => {
  const sets = [
    ['emails.b.en.jsonl', 0.9],
    ['emails.b.ru.jsonl', 0.9],
    ['emails.b.sv.jsonl', 0.7],
    ['emails.b.zh.jsonl', 0.9],
  ] as const;

  it.each(sets)('%s: held-back macro flag F1 is at least %s', (name, floor) => {
    const held = loadLocalCorpus(name).filter((r) => isHeldBack(r.id));
    expect(held.length).toBeGreaterThanOrEqual(8);
    expect(macroFlagF1(scoreCorpus(held))).toBeGreaterThanOrEqual(floor);
  });

  it.each(sets)('%s: no flag-free e-mail is flagged, tuned on or held back', (name) => {
    const all = loadLocalCorpus(name);
    for (const part of [all.filter((r) => !isHeldBack(r.id)), all.filter((r) => isHeldBack(r.id))]) {
      expect(scoreCorpus(part).falseAlarmRate).toBeLessThanOrEqual(0.03);
    }
  });
});

// Signals on the held-back thirds, pooled per language and kind of text so each floor rests on more
// than a handful of replies. Floors sit a little under what was measured on 2026-12-01 after the
// signals moved to constructions over word classes (e.g. English replies: acknowledgement 0.64,
// ownership 0.68; zh e-mails: acknowledgement 0.71; with the fourth round of labels, read by no one
// before it was pooled, English acknowledgement fell to 0.59). A signal with under 5 held-back replies is left out.
describe('signals on the held-back replies, pooled', () => {
  const held = (files: string[]) => files.flatMap((f) => (f.startsWith('corpus/') ? loadLocalCorpus(f.slice(7)) : loadCorpus(f))).filter((r) => isHeldBack(r.id));
  const pools: Array<[string, string[], Record<string, number>]> = [
    ['English replies', ['replies.en.more.jsonl', 'corpus/labeled.en.tact.jsonl', 'corpus/labeled.en.tact2.jsonl', 'corpus/labeled.en.tact3.jsonl', 'corpus/labeled.en.tact4.jsonl'], { acknowledgement: 0.56, personal: 0.78, ownership: 0.62, 'next-step': 0.9 }],
    ['English e-mails', ['corpus/emails.en.jsonl', 'corpus/emails.b.en.jsonl'], { acknowledgement: 0.8, personal: 0.9, ownership: 0.8, 'next-step': 0.75 }],
    ['Russian e-mails', ['corpus/emails.ru.jsonl', 'corpus/emails.b.ru.jsonl'], { acknowledgement: 0.7, personal: 0.9, ownership: 0.9, 'next-step': 0.8 }],
    ['Swedish e-mails', ['corpus/emails.sv.jsonl', 'corpus/emails.b.sv.jsonl'], { acknowledgement: 0.7, personal: 0.9, ownership: 0.75, 'next-step': 0.75 }],
    ['Chinese e-mails', ['corpus/emails.zh.jsonl', 'corpus/emails.b.zh.jsonl'], { acknowledgement: 0.65, personal: 0.9, ownership: 0.85, 'next-step': 0.8 }],
    ['Chinese replies', ['replies.zh.jsonl'], { personal: 0.65, 'next-step': 0.9 }],
  ];
  const cases = pools.flatMap(([name, files, floors]) => Object.entries(floors).map(([id, floor]) => [name, id, floor, files] as const));

  it.each(cases)('%s: %s F1 is at least %s', (_name, id, floor, files) => {
    const m = scoreCorpus(held([...files])).metrics.find((x) => x.id === id)!;
    expect(m.support).toBeGreaterThanOrEqual(5);
    expect(m.f1, `${id}: P=${m.precision.toFixed(3)} R=${m.recall.toFixed(3)}`).toBeGreaterThanOrEqual(floor);
  });
});
