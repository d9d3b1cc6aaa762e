import { describe, expect, it } from 'vitest';
import { findPlaceholders } from '../../src/rewrite/placeholders.ts';

describe('unfilled placeholders in a draft', () => {
  it('finds each [placeholder] with its offsets, in every script', () => {
    const text = "I'll update you by [when]. 我能为您做的是[替代方案]. Что я могу: [альтернатива]";
    const found = findPlaceholders(text);
    expect(found.map((p) => p.text)).toEqual(['[when]', '[替代方案]', '[альтернатива]']);
    for (const p of found) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('leaves markdown links, footnote numbers and checkboxes alone', () => {
    expect(findPlaceholders('See [the guide](https://example.com) [1] and [x] done, [ ] open.')).toEqual([]);
  });
});
