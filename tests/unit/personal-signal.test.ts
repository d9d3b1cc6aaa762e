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

  // The agent's own name closing the reply is a signature (LABELING.md: sign-offs do not count).
  it.each([
    'Hi, can you DM me your account name and email? Ty Andrew',
    "Hopefully so - you're most welcome. Phil.",
    'Your refund is on its way. Thanks, Sarah',
    'Your refund is on its way. Kind regards - Kirsten 3/3',
  ])('does not count the sign-off in "%s"', (text) => {
    expect(analyze(text, { lang: 'en' }).signals.personal.spans.map((s) => s.text)).toEqual([]);
  });

  it.each([
    ['Thanks, Sarah!', 'Sarah'],
    ['Your refund is on its way. Thanks, Sarah', 'Sarah', 'Sarah Jones'],
    ['Thanks Will. Can you DM us your card number?', 'Will'],
    ['1/3 Thanks Ange. I have asked colleagues at Oxford to take a look.', 'Ange'],
    ['Jeffrey did you use the process listed here?', 'Jeffrey'],
    ['Edgar - sorry for the delays this week.', 'Edgar'],
    ['Oh no! Sorry about this Will.', 'Will'],
  ])('finds the customer named in "%s"', (text, name, customerName?: string) => {
    expect(analyze(text, { lang: 'en', customerName }).signals.personal.spans.map((s) => s.text)).toContain(name);
  });

  it.each(['We will. Thanks!', 'May I have your order number?', 'Reading - the replacement bus leaves at five.'])('takes no name from "%s"', (text) => {
    expect(analyze(text, { lang: 'en' }).signals.personal.present).toBe(false);
  });
});
