/**
 * Ranges of a sentence that are quoted ("amazing", «…», “…”): words inside a quote are the
 * customer's or a product's, not the agent's tone, so rules skip matches inside them.
 */
const QUOTED = /"[^"\n]{1,200}"|“[^”\n]{1,200}”|«[^»\n]{1,200}»|„[^“”\n]{1,200}[“”]|「[^」\n]{1,200}」|'[^'\n]{2,120}'(?![\p{L}])/gu;

export function quotedRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  QUOTED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTED.exec(text))) {
    // A single quote used as an apostrophe ("we're ... don't") is not a quotation.
    if (m[0][0] === "'" && m.index > 0 && /[\p{L}]/u.test(text[m.index - 1]!)) continue;
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

export function insideAny(ranges: Array<[number, number]>, start: number, end: number): boolean {
  for (const [a, b] of ranges) if (start >= a && end <= b) return true;
  return false;
}
