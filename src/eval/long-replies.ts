/**
 * Long replies for speed checks (npm run bench, tests/unit/linear-cost.test.ts): the team's own long
 * e-mails (corpus/emails.<lang>.jsonl) with their quoted history cut off, one after another until
 * the text holds the words asked for. Real sentences in every language Tact reads, with greetings,
 * sign-offs and paragraphs, so the language paths (Russian stems, Chinese without spaces) are the
 * ones a long reply takes in a tab.
 */
import type { Lang } from '../analysis/types.ts';
import { historyStart } from '../analysis/engine/history.ts';
import { splitSentences } from '../analysis/engine/segment.ts';
import { loadLocalCorpus } from './corpus.ts';

export const LONG_LANGS: readonly Lang[] = ['en', 'ru', 'sv', 'zh'];

/** Chinese has no spaces: a word is counted as 1.5 Han characters, the usual length of one. */
const HAN_PER_WORD = 1.5;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/g;

/** Words of a text the way a reader counts them: space-separated tokens, plus Chinese words. */
export function wordCount(text: string): number {
  const han = text.match(HAN)?.length ?? 0;
  const spaced = text.replace(HAN, ' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return spaced + Math.round(han / HAN_PER_WORD);
}

const ownParts = new Map<Lang, string[]>();

/** The agent's own part of every long e-mail in the language (quoted history and "> " lines dropped). */
export function ownEmails(lang: Lang): string[] {
  let parts = ownParts.get(lang);
  if (!parts) {
    parts = loadLocalCorpus(`emails.${lang}.jsonl`).map((r) => {
      const own = r.reply.slice(0, historyStart(r.reply));
      return own.split('\n').filter((line) => !/^\s*>/.test(line)).join('\n').trim();
    });
    ownParts.set(lang, parts);
  }
  return parts;
}

/**
 * A reply of about `words` words in `lang`: first the e-mails as written, paragraphs apart; past
 * them, rounds of all their sentences in a shuffled order (the same order for the same call),
 * four to a paragraph. The engine remembers a sentence together with the one after it, so a text
 * that repeated its e-mails would be read from memory and hide how the cost grows; shuffled, a
 * sentence seldom meets the same neighbour twice. The last part is cut at a sentence so the count
 * is reached.
 */
export function longReply(lang: Lang, words: number): string {
  const emails = ownEmails(lang);
  const sentences = emails.flatMap((e) => splitSentences(e).map((s) => s.text));
  const out: string[] = [];
  let count = 0;
  const add = (part: string) => {
    out.push(part);
    count += wordCount(part);
  };
  for (const email of emails) {
    if (count >= words) break;
    if (count + wordCount(email) <= words) add(email);
    else addSentences(splitSentences(email).map((s) => s.text));
  }
  for (let round = 1; count < words; round++) addSentences(shuffled(sentences, round));
  return out.join('\n\n');

  function addSentences(list: string[]): void {
    for (let i = 0; i < list.length && count < words; i += 4) {
      const paragraph: string[] = [];
      for (const s of list.slice(i, i + 4)) {
        if (count >= words) break;
        paragraph.push(s);
        count += wordCount(s);
      }
      out.push(paragraph.join(lang === 'zh' ? '' : ' '));
    }
  }
}

/** A seeded Fisher–Yates shuffle (mulberry32), so the long texts are the same in every run. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let a = seed * 0x9e3779b1;
  const random = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
