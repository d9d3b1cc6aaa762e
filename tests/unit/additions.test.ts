/** Where the popup's Add puts a sentence for a missing signal (src/content/additions.ts). */
import { describe, expect, it } from 'vitest';
import { placeAddition, replyEnd } from '../../src/content/additions.ts';

const apply = (text: string, p: { at: number; insert: string }) => text.slice(0, p.at) + p.insert + text.slice(p.at);

describe('placeAddition', () => {
  it('puts the greeting at the very start, on its own line', () => {
    const text = 'Thanks for writing in. Your parcel ships today.';
    const p = placeAddition(text, 'personal', 'Hi Maria,');
    expect(apply(text, p)).toBe('Hi Maria,\nThanks for writing in. Your parcel ships today.');
    expect(p.sentenceOffset).toBe(0);
  });

  it('adds other sentences at the end of the reply as a new sentence', () => {
    const text = 'Hi Sam, your parcel ships today.\n';
    const p = placeAddition(text, 'next-step', 'Next, [step].');
    expect(apply(text, p)).toBe('Hi Sam, your parcel ships today. Next, [step].\n');
    expect(p.insert.slice(p.sentenceOffset)).toBe('Next, [step].');
  });

  it('starts a new line after a greeting line or words with no full stop, never changing them', () => {
    expect(apply('Hi Sam,', placeAddition('Hi Sam,', 'acknowledgement', 'I see.'))).toBe('Hi Sam,\nI see.');
    expect(apply('Hi Sam!', placeAddition('Hi Sam!', 'acknowledgement', 'I see.'))).toBe('Hi Sam!\nI see.');
    expect(apply('it ships today', placeAddition('it ships today', 'ownership', "I'll check."))).toBe("it ships today\nI'll check.");
  });

  it('goes before a quoted message or a signature', () => {
    const quoted = 'Your parcel ships today.\n\nOn Tue, 3 Mar 2026 at 10:04, Maria Lopez <maria@example.com> wrote:\n> Where is it?';
    expect(apply(quoted, placeAddition(quoted, 'next-step', 'Next, x.'))).toBe(quoted.replace('today.', 'today. Next, x.'));
    const signed = 'Your parcel ships today.\n-- \nSam, Support';
    expect(replyEnd(signed)).toBe('Your parcel ships today.'.length);
    expect(apply(signed, placeAddition(signed, 'next-step', 'Next, x.'))).toBe(signed.replace('today.', 'today. Next, x.'));
  });

  it('fills an empty draft with the sentence alone', () => {
    expect(placeAddition('', 'next-step', 'Next, x.')).toEqual({ at: 0, insert: 'Next, x.', sentenceOffset: 0, replaces: 0 });
    expect(placeAddition('  ', 'personal', 'Hi Maria,')).toEqual({ at: 2, insert: 'Hi Maria,', sentenceOffset: 0, replaces: 0 });
  });
});

describe('placeAddition: where a sentence reads naturally (issue #9)', () => {
  it('puts an acknowledgement right after the greeting, before the answer', () => {
    const own = 'Hi Maria,\n\nYour parcel ships today.\n\nThanks,\nSam';
    expect(apply(own, placeAddition(own, 'acknowledgement', 'I can see how frustrating the wait is.'))).toBe('Hi Maria,\n\nI can see how frustrating the wait is. Your parcel ships today.\n\nThanks,\nSam');
    const inline = 'Hi Sam, thanks for writing in. Your parcel ships today.';
    expect(apply(inline, placeAddition(inline, 'acknowledgement', 'I see.'))).toBe('Hi Sam, thanks for writing in. I see. Your parcel ships today.');
    const none = 'Your parcel ships today.';
    expect(apply(none, placeAddition(none, 'acknowledgement', 'I see.'))).toBe('I see. Your parcel ships today.');
  });

  it('puts a next step before the sign-off or the agent initials, not after them', () => {
    const signed = 'Hi Maria,\n\nYour parcel ships today.\n\nKind regards,\nSam';
    expect(apply(signed, placeAddition(signed, 'next-step', 'Next, [step].'))).toBe('Hi Maria,\n\nYour parcel ships today. Next, [step].\n\nKind regards,\nSam');
    const tweet = 'Your parcel ships today. ^MG';
    expect(apply(tweet, placeAddition(tweet, 'next-step', 'Next, [step].'))).toBe('Your parcel ships today. Next, [step]. ^MG');
  });
});

describe('placeAddition: a thank-you opening counts as the greeting', () => {
  it('puts the acknowledgement after "Thanks for writing in."', () => {
    const text = 'Thanks for writing in. I have checked your order myself.';
    expect(apply(text, placeAddition(text, 'acknowledgement', 'I see.'))).toBe('Thanks for writing in. I see. I have checked your order myself.');
  });
});
