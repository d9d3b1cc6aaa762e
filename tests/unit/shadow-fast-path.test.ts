import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fullShadow, mayChange, shadowOf } from '../../src/analysis/engine/normalize.ts';
import { ownEmails, LONG_LANGS } from '../../src/eval/long-replies.ts';

// shadowOf skips the character-by-character pass when one cheap scan says nothing can change.
// That scan may be wrong towards "maybe", never towards "nothing": a look-alike or a fullwidth
// letter it missed would hide a phrase from every rule.
const PIECES = [
  'a', 'o', 'e', 'S', ' ', '-', '.', "'", '1', 'sorry', 'policy',
  'о', 'е', 'р', 'с', 'А', 'Ж', 'ы', 'я', // Cyrillic, look-alikes and not
  'α', 'ο', 'Ω', 'é', 'ß', 'ñ', '×', // Greek, Latin-1
  'ｓ', 'ﬁ', '\u00a0', '\u2003', '\u200b', '\u200d', '\u00ad', '\ufeff', '\u202e', // compatibility forms, format characters
  '\u0301', '\u0308', '\ufe0f', // combining marks
  '😊', '👍🏽', '\ud83d', '\ude0a', // astral, and lone halves
  '’', '—', '«', '»', '。', '您', '好', 'å', 'ä', 'ö',
];

describe('the shadow fast path', () => {
  it('never calls a text its own shadow when the full pass would change it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        if (!mayChange(text)) expect(fullShadow(text).identity).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('folds what it should through the fast path, and leaves real e-mails alone', () => {
    expect(shadowOf('we are sоrry').text).toBe('we are sorry'); // Cyrillic о inside an English word
    expect(shadowOf('ｓｏｒｒｙ for the wait').text).toBe('sorry for the wait');
    expect(shadowOf('so\u200brry').text).toBe('sorry');
    expect(shadowOf('Cafe\u0301 ').text).toBe('Café ');
    for (const lang of LONG_LANGS) {
      for (const email of ownEmails(lang)) {
        const fast = shadowOf(email);
        const full = fullShadow(email);
        expect(fast.text).toBe(full.text);
        expect(fast.identity).toBe(full.identity);
      }
    }
  });

  it('maps every character of the shadow back to the unit it came from', () => {
    // The definition, one entry per character: what the segment map must agree with everywhere,
    // or a finding after a "…" or an emoji would underline the wrong words.
    const perCharacter = (text: string) => {
      const from: number[] = [];
      const upto: number[] = [];
      for (let i = 0; i < text.length; ) {
        let j = i + (/[\ud800-\udbff]/.test(text[i]!) && i + 1 < text.length ? 2 : 1);
        while (j < text.length && text.charCodeAt(j) >= 0x300 && /\p{M}/u.test(text[j]!)) j++;
        const unit = text.slice(i, j);
        const n = /\p{Cf}/u.test(unit) ? '' : unit.normalize('NFKC');
        for (let k = 0; k < n.length; k++) {
          from.push(i);
          upto.push(j);
        }
        i = j;
      }
      return { from, upto };
    };
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES, '…', '№', '½', 'ﬀ'), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const shadow = fullShadow(text);
        if (shadow.identity) return;
        const { from, upto } = perCharacter(text);
        expect(shadow.text.length).toBe(from.length);
        for (let k = 0; k < from.length; k++) {
          expect(shadow.toStart(k)).toBe(from[k]);
          expect(shadow.toEnd(k + 1)).toBe(upto[k]);
        }
        expect(shadow.toStart(from.length)).toBe(text.length);
        expect(shadow.toEnd(0)).toBe(from[0] ?? 0);
      }),
      { numRuns: 3000 },
    );
    // A long reply with one folded character: the words after it are found where they are.
    const long = `${'We will ship it today. '.repeat(2000)}Wait… sоrry for any inconvenience.`;
    const shadow = shadowOf(long);
    const at = shadow.text.indexOf('sorry');
    expect(long.slice(shadow.toStart(at), shadow.toEnd(at + 5))).toBe('sоrry');
  });

  it('takes the fast path for Russian with a Latin brand name in it', () => {
    expect(mayChange('Ваш роутер Wi-Fi перезагружен, заказ 123 — готов.')).toBe(false);
    expect(mayChange('Your order — “café” edition — ships today 😊')).toBe(false);
    // "№" is "No" once folded: the full pass runs.
    expect(mayChange('заказ №123')).toBe(true);
  });
});
