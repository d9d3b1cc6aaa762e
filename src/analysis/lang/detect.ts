import type { Lang } from '../types.ts';

/**
 * Picks the reply's language from its script and a few frequent words, read from a sample spread
 * over the whole text: a few windows from its start to its end, without lines quoted with ">". A
 * long quoted header, a signature or a row of emoji at the top no longer decides for the whole
 * reply (the first 600 characters used to, and a reply opening that way was not coached at all).
 * The sample is bounded, so the check costs the same on a page or a book.
 */
const WINDOW = 240;
const WINDOWS = 6;
const QUOTED_LINE = /^[ \t]*>.*$/gm;

/** Up to WINDOWS × WINDOW characters: all of a short text, evenly spaced windows of a long one. */
export function languageSample(text: string): string {
  if (text.length <= WINDOW * WINDOWS) return text.replace(QUOTED_LINE, '');
  const parts: string[] = [];
  for (let k = 0; k < WINDOWS; k++) {
    let start = Math.floor((k * (text.length - WINDOW)) / (WINDOWS - 1));
    // Start on a word, so a cut word is not read as another language's short word.
    if (start > 0) {
      const space = text.slice(start, start + 40).search(/\s/);
      if (space >= 0) start += space + 1;
    }
    parts.push(text.slice(start, start + WINDOW).replace(QUOTED_LINE, ''));
  }
  return parts.join('\n');
}

// While the agent types, most of the sample stays the same: remember the last answer.
let lastSample = '';
let lastLang: Lang | 'und' = 'und';

export function detectLang(text: string): Lang | 'und' {
  const sample = languageSample(text);
  if (sample === lastSample) return lastLang;
  lastLang = detectHead(sample);
  lastSample = sample;
  return lastLang;
}

export const SWEDISH_WORDS = new Set(['och', 'att', 'det', 'inte', 'jag', 'vi', 'är', 'för', 'med', 'som', 'på', 'har', 'kan', 'du', 'ni', 'hej', 'tack', 'vänliga', 'hälsningar', 'ursäkt', 'beklagar', 'besväret']);
// German shares Swedish's short words ("du", "in", "an"): a German reply must not get the Swedish pack.
export const GERMAN_WORDS = new Set(['und', 'der', 'die', 'das', 'ist', 'nicht', 'ich', 'sie', 'wir', 'mit', 'auf', 'für', 'ein', 'eine', 'einen', 'dein', 'deine', 'deinem', 'deiner', 'kannst', 'bitte', 'hallo', 'danke', 'wenn', 'oder', 'bei', 'auch', 'hast', 'haben', 'wird', 'werden', 'zu', 'den', 'dem', 'des', 'es', 'sich', 'noch', 'über']);
export const ENGLISH_WORDS = new Set(['the', 'and', 'you', 'your', 'to', 'is', 'we', 'for', 'of', 'it', 'this', 'that', 'please', 'sorry', 'thanks', 'hi', 'i']);
const LONGEST_WORD = 10;

// Whether a BMP code unit is a letter (\p{L}), learned once per unit.
const letterKind = new Uint8Array(0x10000);
const ANY_LETTER = /\p{L}/u;
function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  let k = letterKind[code]!;
  if (k === 0) letterKind[code] = k = ANY_LETTER.test(String.fromCharCode(code)) ? 2 : 1;
  return k === 2;
}

/**
 * A word of the lists is a whole run of letters (\p{L}), without regard to case, as a Unicode
 * case-insensitive regular expression reads it, which also folds "ſ" to "s", the Kelvin sign to "k"
 * and the Ångström sign to "å" (tests/unit/lang-sample.test.ts holds that expression as reference).
 */
function foldRun(run: string): string {
  const lower = run.toLowerCase();
  return /[\u017f\u212a\u212b]/.test(lower) ? lower.replace(/\u017f/g, 's').replace(/\u212a/g, 'k').replace(/\u212b/g, 'å') : lower;
}

/**
 * Script counts per character and word-list hits per run of letters, in one walk over the sample.
 * It runs on every keystroke, where three Unicode case-insensitive regular-expression scans (the
 * earlier way) cost more than the analysis of the sentence being typed.
 */
export function readSample(head: string): { latin: number; cyrillic: number; han: number; other: number; sv: number; en: number; de: number; swedishLetter: boolean } {
  let latin = 0, cyrillic = 0, han = 0, other = 0, sv = 0, en = 0, de = 0;
  let swedishLetter = false;
  let runStart = -1;
  const endRun = (end: number) => {
    if (end - runStart <= LONGEST_WORD + 1) {
      const word = foldRun(head.slice(runStart, end));
      if (SWEDISH_WORDS.has(word)) sv++;
      if (ENGLISH_WORDS.has(word)) en++;
      if (GERMAN_WORDS.has(word)) de++;
    }
    runStart = -1;
  };
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    let letter: boolean;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < head.length && (head.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // An astral letter (𝐀) is a letter to \p{L}; emoji and other astral characters say nothing of the language.
      letter = ANY_LETTER.test(head.slice(i, i + 2));
      if (letter && runStart < 0) runStart = i;
      if (!letter && runStart >= 0) endRun(i);
      i++;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) letter = false;
    else {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
      else if (c >= 0x400 && c <= 0x4ff) cyrillic++;
      else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
      else if (c > 0x2ff && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0xfe00 && c <= 0xfe0f) && c !== 0x200b && c !== 0x200d && c !== 0xfeff) other++;
      if (c === 0xe5 || c === 0xe4 || c === 0xf6 || c === 0xc5 || c === 0xc4 || c === 0xd6) swedishLetter = true;
      letter = isLetter(c);
    }
    if (letter) {
      if (runStart < 0) runStart = i;
    } else if (runStart >= 0) endRun(i);
  }
  if (runStart >= 0) endRun(head.length);
  return { latin, cyrillic, han, other, sv, en, de, swedishLetter };
}

function detectHead(head: string): Lang | 'und' {
  const { latin, cyrillic, han, other, sv, en, de, swedishLetter } = readSample(head);
  const max = Math.max(latin, cyrillic, han, other);
  if (max === 0) return 'und';
  if (han === max || (han > 0 && han * 2 >= latin)) return 'zh';
  if (cyrillic === max) return 'ru';
  if (other === max) return 'und';
  if (sv > en || (swedishLetter && sv >= en && sv > 0)) return de > sv ? 'und' : 'sv';
  return 'en';
}
