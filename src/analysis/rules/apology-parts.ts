import type { SentenceContext } from './types.ts';

/**
 * Pieces every language's apology reading shares: where the apology's wording begins ("I'm so
 * sorry", "Vi ber om ursäkt") and, for stem-based languages, whether its object names anything.
 */
/**
 * `softener`: an apology that only softens what follows ("I'm sorry, but we can't…"): it is judged
 * with that clause (a deflection, say), neither flagged as generic nor counted as acknowledgement.
 */
export type ApologyKind = 'generic' | 'non-apology' | 'specific' | 'softener';

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
export function stemClassifier(functionWords: ReadonlySet<string>, genericStems: readonly string[], feelingObject: readonly RegExp[], replyDelay?: RegExp) {
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
  // "За долгий ответ", "för det sena svaret": our own slow reply names nothing about the case, so
  // an apology for it alone is generic; named beside something else about the case, it is not.
  const classifyWithDelay = (object: string): ApologyKind => {
    const kind = classify(object);
    if (kind !== 'specific' || !replyDelay) return kind;
    const lower = object.toLowerCase();
    const rest = lower.replace(replyDelay, ' ');
    return rest !== lower && classify(rest) === 'generic' ? 'generic' : kind;
  };
  return { isGenericWord, classify: classifyWithDelay };
}

/**
 * Reads an apology's object up to where its clause ends; a comma continues it only into a clause
 * that describes it ("за неудобства, вызванные задержкой", "för förseningen, som …").
 */
export function readObjectClause(rest: string, hardEnd: RegExp, softEnd: RegExp, continues: RegExp): string {
  let object = '';
  for (;;) {
    if (object === '' && /^\s*!/.test(rest)) break;
    const hard = rest.search(hardEnd);
    const soft = rest.search(softEnd);
    const stop = [hard, soft].filter((i) => i >= 0).reduce((a, b) => Math.min(a, b), rest.length);
    object += rest.slice(0, stop);
    rest = rest.slice(stop);
    if (rest[0] === ',' && continues.test(rest)) {
      object += ',';
      rest = rest.slice(1);
      continue;
    }
    break;
  }
  return object;
}
