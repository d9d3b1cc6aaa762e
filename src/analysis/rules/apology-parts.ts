import type { SentenceContext } from './types.ts';

/**
 * Pieces every language's apology reading shares: where the apology's wording begins ("I'm so
 * sorry", "Vi ber om ursäkt") and, for stem-based languages, whether its object names anything.
 */
export type ApologyKind = 'generic' | 'non-apology' | 'specific';

/** Walks back from the cue over the words an apology wraps around itself. */
export function leadStart(ctx: SentenceContext, cueStart: number, leadWords: ReadonlySet<string>): number {
  let start = cueStart;
  for (let i = ctx.words.length - 1; i >= 0; i--) {
    const w = ctx.words[i]!;
    if (w.end > start) continue;
    if (!/^\s*$/.test(ctx.text.slice(w.end, start)) || !leadWords.has(w.lower)) break;
    start = w.start;
  }
  return start;
}

const OBJECT_WORD = /\[[^\]]+\]|[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** A classifier for languages whose generic vocabulary is listed by stems (inflected languages). */
export function stemClassifier(functionWords: ReadonlySet<string>, genericStems: readonly string[], feelingObject: readonly RegExp[]) {
  const isGenericWord = (lower: string): boolean => {
    if (functionWords.has(lower)) return true;
    for (const stem of genericStems) if (lower.startsWith(stem)) return true;
    return false;
  };
  const classify = (object: string): ApologyKind => {
    const lower = object.toLowerCase();
    if (feelingObject.some((re) => re.test(lower))) return 'non-apology';
    OBJECT_WORD.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = OBJECT_WORD.exec(lower))) {
      const w = m[0];
      if (w.startsWith('[') || /\p{N}/u.test(w) || !isGenericWord(w)) return 'specific';
    }
    return 'generic';
  };
  return { isGenericWord, classify };
}
