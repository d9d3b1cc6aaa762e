/** The card quotes what the agent wrote and does not say the same thing twice (issue #10). */
import { describe, expect, it } from 'vitest';
import { categoryWhy, findingMessage, repeats } from '../../src/i18n/rules.ts';

describe('card text', () => {
  it('quotes the agent\'s own words where the message quotes the flagged phrase', () => {
    const message = 'Blaming “the system” hides who decided and what can be done.';
    const quoted = findingMessage({ rule: 'xx.unknown.rule', message, text: 'the system will not let me' });
    expect(quoted).toBe('Blaming “the system will not let me” hides who decided and what can be done.');
  });

  it('keeps a quote that is the rule\'s own word, not the agent\'s phrase', () => {
    const message = 'This apologises for how the customer feels, or only “if” something happened.';
    expect(findingMessage({ rule: 'xx.unknown.rule', message, text: "I'm sorry if you feel upset" })).toBe(message);
  });

  it('notices a reason that repeats the message (the generic apology said "pasted into any ticket" twice)', () => {
    const message = 'This apology names no problem: it could be pasted into any ticket.';
    expect(repeats(message, categoryWhy('generic-apology'))).toBe(true);
    expect(repeats(message, 'Customers hear a script when the apology does not say what went wrong.')).toBe(false);
  });
});
