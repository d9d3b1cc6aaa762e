import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';

// A probe of acknowledgement beyond the constructions' own examples (issue #8): real-sounding
// acknowledgements in varied wording and look-alikes that name nothing of the customer's case.
// Floors, not every sentence: the probe measures how far the classes reach, and a few of its
// acknowledgements (an apology for our own doing, "a late delivery can throw off your whole day")
// are left out on purpose or not reached yet.
const probe = JSON.parse(readFileSync(new URL('../fixtures/probes/acknowledgement.en.json', import.meta.url), 'utf8')) as { hit: string[]; pass: string[] };

describe('acknowledgement probe (en)', () => {
  it('holds enough sentences to mean something', () => {
    expect(probe.hit.length).toBeGreaterThanOrEqual(80);
    expect(probe.pass.length).toBeGreaterThanOrEqual(60);
  });

  it('recognises at least 90% of the acknowledgements', () => {
    const missed = probe.hit.filter((s) => !analyze(s, { lang: 'en' }).signals.acknowledgement.present);
    expect(missed.length / probe.hit.length, missed.join('\n')).toBeLessThanOrEqual(0.1);
  });

  it('counts none of the look-alikes', () => {
    const counted = probe.pass.filter((s) => analyze(s, { lang: 'en' }).signals.acknowledgement.present);
    expect(counted).toEqual([]);
  });
});
