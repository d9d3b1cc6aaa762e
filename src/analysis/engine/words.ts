/** Word tokens with offsets; letters of any script, digits, inner apostrophes and hyphens. */
export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

export function words(text: string, offset = 0): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text))) {
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], lower: m[0].toLowerCase().replace(/’/g, "'") });
  }
  return out;
}

/** Straight apostrophes and folded spaces, so one pattern serves both ’ and ' and stray double spaces. */
export function normalizeQuotes(text: string): string {
  return text.replace(/[’‘]/g, "'");
}
