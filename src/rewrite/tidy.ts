/**
 * The sentence left after words were dropped or swapped, made to read as one again: "an deal" →
 * "a deal", "so to lock it in" → "so you can lock it in"… no doubled spaces or commas, no space
 * before punctuation, a capital where the sentence starts, no ASCII space after a full-width comma.
 */
import type { Lang } from '../analysis/types.ts';

// "a" or "an" by the sound of the next word: "an hour", "a user", "an FAQ", "a one-off".
function article(word: string): 'a' | 'an' {
  if (/^[A-Z]{2,}(?![a-z])/.test(word)) return /^[AEFHILMNORSX]/.test(word) ? 'an' : 'a';
  const w = word.toLowerCase();
  if (/^(?:uni|use|usu|uti|eu|ur[aeiou]|one(?![a-z])|once)/.test(w)) return 'a';
  if (/^(?:hour|honest|honou?r|heir)/.test(w)) return 'an';
  if (/^\d/.test(w)) return /^(?:8|11|18)(?!\d)|^8\d/.test(w) ? 'an' : 'a';
  return /^[aeiou]/.test(w) ? 'an' : 'a';
}

export function tidySentence(s: string, lang: Lang): string {
  let out = s
    .replace(/[ \t]{2,}/g, ' ')
    // A space before punctuation goes, not before an emoticon (":)") or a link's scheme.
    .replace(/[ \t]+([,;:.!?])(?![()DPp3/])/g, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/^[\s,;:，、；：–—-]+/u, '')
    .replace(/[\s,;:，、；：–—-]+$/u, '');
  if (lang === 'en') {
    // "an deal", "a offer": the article follows the word that now comes after it.
    out = out.replace(/(?<![\p{L}])(a|an|A|An)\s+([\p{L}\p{N}][\p{L}\p{N}'’-]*)/gu, (m, art: string, word: string) => {
      const want = article(word);
      if (art.toLowerCase() === want) return m;
      const fixed = art[0] === art[0]!.toUpperCase() ? want[0]!.toUpperCase() + want.slice(1) : want;
      return `${fixed} ${word}`;
    });
    // "…, so to lock it in": the imperative that held "so" together is gone.
    out = out.replace(/(?<![\p{L}])so\s+to\s+/giu, 'so you can ');
  }
  // "об эксклюзивном предложении" → "о предложении": the preposition follows the word now after it.
  if (lang === 'ru') out = out.replace(/(?<![\p{L}])([Оо])б\s+(?=[бвгджзклмнпрстфхцчшщ])/gu, '$1 ');
  if (lang === 'zh') out = out.replace(/([，、；：。！？])\s+/gu, '$1').replace(/[，、]{2,}/gu, '，').replace(/[，、]([。！？])/gu, '$1');
  // A sentence that opens with a link or a handle keeps it as written.
  // "eBay", "iPhone": a word with its own capital inside opens the sentence as it is spelled.
  if (lang !== 'zh' && out && !/^(?:https?:|www\.|@|#)/i.test(out) && !/^\p{Ll}+\p{Lu}/u.test(out)) out = out[0]!.toUpperCase() + out.slice(1);
  return out.trim();
}
