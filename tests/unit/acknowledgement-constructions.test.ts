import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import { ACKNOWLEDGEMENT_CONSTRUCTIONS } from '../../src/analysis/signals/acknowledgement/index.ts';
import type { Lang } from '../../src/analysis/types.ts';

// Each acknowledgement construction carries what it must recognise and look-alikes it must not; the
// whole analysis reads them, so a class change that breaks one shows here with the sentence.
const cases = Object.entries(ACKNOWLEDGEMENT_CONSTRUCTIONS).flatMap(([lang, list]) =>
  list!.flatMap((c) => [
    ...c.examples.hit.map((text) => [lang as Lang, 'hit', text, c.doc] as const),
    ...c.examples.pass.map((text) => [lang as Lang, 'pass', text, c.doc] as const),
  ]),
);

describe('acknowledgement constructions keep their examples', () => {
  it('every construction has a sentence it recognises', () => {
    for (const list of Object.values(ACKNOWLEDGEMENT_CONSTRUCTIONS)) for (const c of list!) expect(c.examples.hit.length, c.doc).toBeGreaterThan(0);
  });

  it.each(cases)('%s %s: %s', (lang, kind, text, doc) => {
    const ack = analyze(text, { lang }).signals.acknowledgement;
    expect(ack.present, `${doc} → ${JSON.stringify(ack.spans.map((s) => s.text))}`).toBe(kind === 'hit');
  });
});
