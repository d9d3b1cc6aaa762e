import type { Lang } from '../types.ts';

/**
 * Picks the reply's language from its script and a few frequent words, read from a sample spread
 * over the whole text: a few windows from its start to its end, without lines quoted with ">". A
 * long quoted header, a signature or a row of emoji at the top no longer decides for the whole
 * reply (the first 600 characters used to, and a reply opening that way was not coached at all).
 * The sample is bounded, so the check costs the same on a page or a book.
 */
const SWEDISH = /(?<![\p{L}])(?:och|att|det|inte|jag|vi|är|för|med|som|på|har|kan|du|ni|hej|tack|vänliga|hälsningar|ursäkt|beklagar|besväret)(?![\p{L}])/giu;
// German shares Swedish's short words ("du", "in", "an"): a German reply must not get the Swedish pack.
const GERMAN = /(?<![\p{L}])(?:und|der|die|das|ist|nicht|ich|sie|wir|mit|auf|für|ein|eine|einen|dein|deine|deinem|deiner|kannst|bitte|hallo|danke|wenn|oder|bei|auch|hast|haben|wird|werden|zu|den|dem|des|es|sich|noch|über)(?![\p{L}])/giu;
const ENGLISH = /(?<![\p{L}])(?:the|and|you|your|to|is|we|for|of|it|this|that|please|sorry|thanks|hi|i)(?![\p{L}])/giu;

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

function detectHead(head: string): Lang | 'und' {
  let latin = 0, cyrillic = 0, han = 0, other = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) continue; // emoji and other astral characters say nothing of the language
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
    else if (c > 0x2ff && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0xfe00 && c <= 0xfe0f) && c !== 0x200b && c !== 0x200d && c !== 0xfeff) other++;
  }
  const max = Math.max(latin, cyrillic, han, other);
  if (max === 0) return 'und';
  if (han === max || (han > 0 && han * 2 >= latin)) return 'zh';
  if (cyrillic === max) return 'ru';
  if (other === max) return 'und';
  const sv = head.match(SWEDISH)?.length ?? 0;
  const en = head.match(ENGLISH)?.length ?? 0;
  if (sv > en || (/[åäö]/i.test(head) && sv >= en && sv > 0)) {
    const de = head.match(GERMAN)?.length ?? 0;
    return de > sv ? 'und' : 'sv';
  }
  return 'en';
}
