import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';

// The customer's name counts wherever the agent addresses them, also just before the agent's own
// sign-off; a sign-off abbreviation or a word the customer used about the brand does not.
describe('personal in English', () => {
  it('finds the name said just before the sign-off marker', () => {
    expect(analyze('Yes from London Gatwick Sandra ^S', { lang: 'en' }).signals.personal.present).toBe(true);
  });

  it('does not take a sign-off abbreviation for a name', () => {
    const r = analyze('We are waiting for your response. Pls provide it within 24 hrs. Rgds, Idea Care', { lang: 'en' });
    expect(r.signals.personal.spans.map((s) => s.text)).not.toContain('Rgds');
  });

  it('does not count "assist" as a detail of the case because the customer wrote it too', () => {
    const r = analyze('Please send us a private message so I can assist.', { lang: 'en', customerMessage: 'Can someone assist me please' });
    expect(r.signals.personal.present).toBe(false);
  });
});
