import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import type { FlagCategory } from '../../src/analysis/types.ts';

/**
 * Probe sets (issue #8): sentences in the many ways agents really word a flag, written for Tact from
 * support-writing experience (airlines, telcos, retailers, banks, SaaS), not from the rules' examples,
 * and look-alikes an outside reader would try (tests/fixtures/probes/en-<category>.txt: "+ " must be
 * flagged for the category, "- " must not be). Every look-alike passes; the flagged lines are held to a
 * recall floor, since a few hard wordings ("our agents aren't able to see that part of your account")
 * are left to the reader on purpose. `npx tsx scripts/probe.ts <category> --show` lists what is missed.
 */
const FLOORS: Array<[FlagCategory, number]> = [
  ['policy-deflection', 0.95],
  ['blame', 0.9],
  ['hype', 0.95],
  ['jargon', 0.95],
];

function probe(category: FlagCategory) {
  const lines = readFileSync(new URL(`../fixtures/probes/en-${category}.txt`, import.meta.url), 'utf8').split('\n');
  const flag: Array<[string, boolean]> = [];
  const pass: Array<[string, string[]]> = [];
  for (const line of lines) {
    const m = /^([+-]) (.+)$/.exec(line);
    if (!m) continue;
    const hits = analyze(m[2]!, { lang: 'en' }).findings.filter((f) => f.category === category);
    if (m[1] === '+') flag.push([m[2]!, hits.length > 0]);
    else pass.push([m[2]!, hits.map((h) => `${h.rule}: ${h.text}`)]);
  }
  return { flag, pass };
}

describe.each(FLOORS)('English probe set for %s', (category, floor) => {
  const { flag, pass } = probe(category);
  it('holds enough sentences of both kinds', () => {
    expect(flag.length).toBeGreaterThanOrEqual(25);
    expect(pass.length).toBeGreaterThanOrEqual(14);
  });
  it(`flags at least ${floor * 100}% of the probes`, () => {
    const recall = flag.filter(([, hit]) => hit).length / flag.length;
    expect(recall, `missed: ${flag.filter(([, hit]) => !hit).map(([t]) => t).join(' / ')}`).toBeGreaterThanOrEqual(floor);
  });
  it('lets every look-alike pass', () => {
    expect(pass.filter(([, hits]) => hits.length)).toEqual([]);
  });
});
