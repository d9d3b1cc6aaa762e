/**
 * Splits a reply into sentences with UTF-16 offsets. Paragraphs first, so a 1 MB paste never
 * meets a regex that scans across the whole text (and to stay linear, unlike Intl.Segmenter
 * on long inputs in Node 20).
 */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'no', 'nr', 'ref',
  'inc', 'ltd', 'co', 'dept', 'tel', 'ext', 'min', 'max', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
  'т.е', 'т.д', 'т.п', 'г', 'см', 'ca', 'bl.a', 't.ex', 'osv', 'dvs',
]);

const LINE = /[^\n\r\u2028\u2029]+/g;
// A sentence ends at terminal punctuation followed by space/closing marks, or at CJK terminals.
const TERMINAL = /[.!?…]+["'”’)\]]*(?=\s|$)|[。！？]+[”’」』）]*/g;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  LINE.lastIndex = 0;
  let line: RegExpExecArray | null;
  while ((line = LINE.exec(text))) {
    splitLine(line[0], line.index, out);
  }
  return out;
}

function splitLine(line: string, offset: number, out: Sentence[]): void {
  let from = 0;
  TERMINAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TERMINAL.exec(line))) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && m[0].length === 1 && isAbbreviation(line, m.index)) continue;
    push(line, from, end, offset, out);
    from = end;
  }
  push(line, from, line.length, offset, out);
}

function isAbbreviation(line: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(line[i - 1]!)) i--;
  const word = line.slice(i, dot).toLowerCase();
  if (!word) return false;
  // A single letter ("J. Smith") or a known abbreviation.
  return word.length === 1 || ABBREVIATIONS.has(word);
}

function push(line: string, from: number, to: number, offset: number, out: Sentence[]): void {
  while (from < to && /\s/.test(line[from]!)) from++;
  while (to > from && /\s/.test(line[to - 1]!)) to--;
  if (to > from) out.push({ start: offset + from, end: offset + to, text: line.slice(from, to) });
}
