/** The reply's language comes from the whole reply, not from whatever opens it (issue #11). */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import fc from 'fast-check';
import { detectLang, ENGLISH_WORDS, GERMAN_WORDS, readSample, SWEDISH_WORDS } from '../../src/analysis/lang/detect.ts';

const REPLY = 'Hi Maria, sorry for any inconvenience. I have checked your order and it ships today.';
const APOLOGY = 'en.apology.generic';

describe('language from a sample spread over the reply', () => {
  it.each([
    ['a row of emoji first', `${'😀🎉👍'.repeat(150)}\n${REPLY}`],
    ['a long quoted header first', `${'> From: Мария Лопес <maria@example.com>\n> Тема: Заказ 12345, доставка и возврат средств\n'.repeat(12)}\n${REPLY}`],
    ['a long line of symbols and numbers first', `${'#12345 — 2026-03-03 10:04 — ★★★★★ — '.repeat(25)}\n${REPLY}`],
  ])('%s: still read as English and coached', (_name, text) => {
    expect(detectLang(text)).toBe('en');
    const report = analyze(text);
    expect(report.lang).toBe('en');
    expect(report.findings.filter((f) => f.rule === APOLOGY)).toHaveLength(1);
  });

  it('short replies in each language are still told apart', () => {
    expect(detectLang('Hej Maria, jag beklagar besväret. Vi skickar en ny i dag.')).toBe('sv');
    expect(detectLang('Здравствуйте, Мария! Приносим извинения за неудобства.')).toBe('ru');
    expect(detectLang('您好，很抱歉给您带来不便。')).toBe('zh');
  });

  it('a Swedish reply with a long English signature keeps Swedish when most of it is Swedish', () => {
    const sv = 'Hej Maria, jag beklagar besväret med leveransen. Vi skickar en ny tröja i dag och du får ett spårningsnummer. ';
    expect(detectLang(`${sv.repeat(8)}\n--\nBest regards, the Acme support team`)).toBe('sv');
  });
});

describe('the language sample reader', () => {
  // The reference: the case-insensitive Unicode expressions the reader replaced.
  const reference = (words: Set<string>) => new RegExp(`(?<![\\p{L}])(?:${[...words].join('|')})(?![\\p{L}])`, 'giu');
  const SV = reference(SWEDISH_WORDS);
  const EN = reference(ENGLISH_WORDS);
  const DE = reference(GERMAN_WORDS);
  const PIECES = [
    'och', 'OCH', 'är', 'ÄR', 'Är', 'för', 'für', 'FÜR', 'über', 'i', 'I', 'it', "it's", 'the', 'The', 'hälsningar', 'besväret', 'du', 'vi',
    ' ', '\n', ',', '.', '-', "'", '1', '2x', 'a', 'é', 'ß', '\u017f', '\u212a', '\u212b', 'K', 'Å', 'İ', 'ı', '\u0308', 'я', 'и', '您', '😀', '𝐀', '\ud835', 'ñ', '’',
  ];
  it('counts what the word-list expressions count, on any mix of letters and marks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const read = readSample(text);
        expect([read.sv, read.en, read.de]).toEqual([text.match(SV)?.length ?? 0, text.match(EN)?.length ?? 0, text.match(DE)?.length ?? 0]);
        expect(read.swedishLetter).toBe(/[åäö]/i.test(text));
      }),
      { numRuns: 4000 },
    );
  });
});
