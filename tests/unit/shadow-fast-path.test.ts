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

  it('takes the fast path for Russian with a Latin brand name in it', () => {
    expect(mayChange('Ваш роутер Wi-Fi перезагружен, заказ 123 — готов.')).toBe(false);
    expect(mayChange('Your order — “café” edition — ships today 😊')).toBe(false);
    // "№" is "No" once folded: the full pass runs.
    expect(mayChange('заказ №123')).toBe(true);
  });
});
