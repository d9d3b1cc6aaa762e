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
    expect(placeAddition('', 'next-step', 'Next, x.')).toEqual({ at: 0, insert: 'Next, x.', sentenceOffset: 0 });
    expect(placeAddition('  ', 'personal', 'Hi Maria,')).toEqual({ at: 2, insert: 'Hi Maria,', sentenceOffset: 0 });
  });
});
