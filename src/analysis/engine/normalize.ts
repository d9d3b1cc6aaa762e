/**
 * The shadow of a reply: the text the rules read, with what hides a phrase from them undone.
 * - compatibility forms folded (NFKC): fullwidth "ｓｏｒｒｙ", the "ﬁ" ligature, decomposed
 *   accents, no-break and em spaces;
 * - format characters dropped: zero-width space and joiners, soft hyphen, word joiner, BOM,
 *   bidi marks (Unicode category Cf);
 * - look-alike letters of another script folded into the reply's script inside a word: a
 *   Cyrillic "о" in "sоrry" of an English reply, a Latin "o" in a Russian word.
 * Findings are reported in the ORIGINAL text: the shadow keeps, for each of its characters, where
 * it came from. Plain ASCII text (most replies) is its own shadow and costs one scan.
 */

export interface Shadow {
  /** What the rules read. */
  text: string;
  /** True when `text` is the original (offsets map to themselves). */
  identity: boolean;
  /** The original offset of a start offset in the shadow. */
  toStart(offset: number): number;
  /** The original offset of an end offset in the shadow. */
  toEnd(offset: number): number;
}

const IDENTITY = (offset: number) => offset;

// Latin letters and their Cyrillic / Greek look-alikes (lower and upper case).
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ү: 'y', һ: 'h',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S', Ү: 'Y', Һ: 'H',
};
const GREEK_TO_LATIN: Record<string, string> = {
  α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
};
const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', y: 'у', x: 'х', k: 'к', m: 'м', h: 'н', t: 'т', b: 'в',
  A: 'А', B: 'В', E: 'Е', K: 'К', M: 'М', H: 'Н', O: 'О', P: 'Р', C: 'С', T: 'Т', X: 'Х', Y: 'У',
};

/** Anything but printable ASCII and its white space: only such text can differ from its shadow. */
const NON_ASCII = /[^ -~\t\n\r\f\v]/;
const FORMAT = /\p{Cf}/u;
const MARK = /\p{M}/u;
const LETTER = /[\p{L}\p{M}]/u;

type Script = 'latin' | 'cyrillic' | 'other';

function scriptOf(ch: string): Script {
  const c = ch.charCodeAt(0);
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) return 'latin';
  if (c >= 0x400 && c <= 0x52f) return 'cyrillic';
  return 'other';
}

// One code point (with the marks that follow it) → its NFKC form, remembered per tab.
const nfkcMemo = new Map<string, string>();
function nfkc(unit: string): string {
  let out = nfkcMemo.get(unit);
  if (out === undefined) {
    // The acute accent typed as an apostrophe on phones ("it´s", "I´ll") is the apostrophe: NFKC
    // would make it a space and a combining mark, splitting "it´s" into two words no rule reads.
    out = unit === '\u00b4' ? "'" : unit.normalize('NFKC');
    if (nfkcMemo.size < 20_000) nfkcMemo.set(unit, out);
  }
  return out;
}

// What one BMP code unit is, learned the first time it is seen: a combining mark, a format
// character, or a character NFKC changes on its own. 0 means not yet looked at.
const UNIT_SEEN = 1;
const UNIT_MARK = 2;
const UNIT_CHANGES = 4;
const unitKind = new Uint8Array(0x10000);

function kindOf(code: number): number {
  let k = unitKind[code]!;
  if (k === 0) {
    const ch = String.fromCharCode(code);
    k = UNIT_SEEN;
    if (MARK.test(ch)) k |= UNIT_MARK;
    if (FORMAT.test(ch) || nfkc(ch) !== ch) k |= UNIT_CHANGES;
    unitKind[code] = k;
  }
  return k;
}

const isLatinLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);

/**
 * Whether the shadow can differ from the text, in one pass that allocates nothing: a unit NFKC
 * changes, a format character, or a run of letters mixing Latin with Cyrillic or Greek (the only
 * words the look-alike folding touches). It may say yes when nothing changes, never the reverse;
 * most replies, Russian ones with a Latin brand name included, are their own shadow.
 */
export function mayChange(text: string): boolean {
  let latin = false;
  let other = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const following = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    // A unit with combining marks after it is normalised as a whole: left to the full pass.
    if (following >= 0x300 && (kindOf(following) & UNIT_MARK) !== 0) return true;
    if (c < 0x80) {
      if (isLatinLetter(c)) latin = true;
      else latin = other = false;
      if (latin && other) return true;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      // An astral character (emoji): its pair is one unit. A lone half goes to the full pass.
      if (c > 0xdbff || following < 0xdc00 || following > 0xdfff) return true;
      const unit = text.slice(i, i + 2);
      if (FORMAT.test(unit) || nfkc(unit) !== unit) return true;
      const after = i + 2 < text.length ? text.charCodeAt(i + 2) : 0;
      if (after >= 0x300 && (kindOf(after) & UNIT_MARK) !== 0) return true;
      i++;
      continue;
    }
    if ((kindOf(c) & UNIT_CHANGES) !== 0) return true;
    if (isLatinLetter(c)) latin = true;
    else if (c >= 0x370 && c <= 0x52f) other = true;
    if (latin && other) return true;
  }
  return false;
}

/** The shadow of `text` (see the module comment). */
export function shadowOf(text: string): Shadow {
  if (!NON_ASCII.test(text) || !mayChange(text)) return { text, identity: true, toStart: IDENTITY, toEnd: IDENTITY };
  return fullShadow(text);
}

/**
 * The shadow worked out unit by unit. Only what changes is remembered one by one: the map back to
 * the original is a list of segments, runs of characters that are their own shadow and units that
 * are not (folded, dropped, or several code units long). One "…" in a 20,000-word reply used to
 * cost three arrays of one entry per character and their joining, the largest single step in the
 * analysis of a long reply; now it costs one scan and a few slices.
 */
export function fullShadow(text: string): Shadow {
  // Pass 1: compatibility forms and format characters.
  const pieces: string[] = [];
  const map = new SegmentMap();
  let changed = false;
  let length = 0; // of the shadow so far
  let run = 0; // where the current run of unchanged characters began in the original
  const endRun = (at: number) => {
    if (at > run) {
      pieces.push(text.slice(run, at));
      map.run(length, run);
      length += at - run;
    }
  };
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    // A code point and the combining marks after it normalise together (e + ◌́ → é).
    let j = i + (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1);
    while (j < text.length && text.charCodeAt(j) >= 0x300 && (kindOf(text.charCodeAt(j)) & UNIT_MARK) !== 0) j++;
    // One code unit that neither NFKC nor the format rule touches is its own shadow.
    if (j === i + 1 && (c < 0x80 || (kindOf(c) & UNIT_CHANGES) === 0)) {
      i = j;
      continue;
    }
    endRun(i);
    run = j;
    const unit = text.slice(i, j);
    if (FORMAT.test(unit)) {
      changed = true;
      i = j;
      continue;
    }
    const n = nfkc(unit);
    if (n !== unit) changed = true;
    if (n.length) {
      pieces.push(n);
      map.unit(length, i, j);
      length += n.length;
    }
    i = j;
  }
  endRun(text.length);
  let shadow = pieces.length === 1 ? pieces[0]! : pieces.join('');
  // Pass 2: look-alike letters inside words, towards the reply's main script. One letter for one,
  // so the map stays as it is.
  if (mixesScripts(shadow)) {
    const chars = shadow.split('');
    if (foldConfusables(chars)) {
      shadow = chars.join('');
      changed = true;
    }
  }
  if (!changed) return { text, identity: true, toStart: IDENTITY, toEnd: IDENTITY };
  return {
    text: shadow,
    identity: false,
    toStart: (offset) => (offset >= length ? text.length : map.from(offset)),
    toEnd: (offset) => (offset <= 0 ? (length ? map.from(0) : 0) : map.upto(Math.min(offset, length) - 1)),
  };
}

/**
 * Where each character of the shadow came from, as segments in shadow order: a run (its
 * characters came one for one from the original) or a unit (all its characters came from one
 * original unit, start to end).
 */
class SegmentMap {
  private readonly at: number[] = [];
  private readonly start: number[] = [];
  /** The original end of a unit; -1 for a run. */
  private readonly end: number[] = [];

  run(shadowAt: number, originalAt: number): void {
    this.at.push(shadowAt);
    this.start.push(originalAt);
    this.end.push(-1);
  }

  unit(shadowAt: number, originalStart: number, originalEnd: number): void {
    this.at.push(shadowAt);
    this.start.push(originalStart);
    this.end.push(originalEnd);
  }

  /** The original start of the unit shadow character `k` came from. */
  from(k: number): number {
    const s = this.find(k);
    return this.end[s]! < 0 ? this.start[s]! + (k - this.at[s]!) : this.start[s]!;
  }

  /** The original end of the unit shadow character `k` came from. */
  upto(k: number): number {
    const s = this.find(k);
    return this.end[s]! < 0 ? this.start[s]! + (k - this.at[s]!) + 1 : this.end[s]!;
  }

  /** The last segment starting at or before `k`. */
  private find(k: number): number {
    let lo = 0;
    let hi = this.at.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.at[mid]! <= k) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

const GREEK_KEYS = new Set(Object.keys(GREEK_TO_LATIN).map((ch) => ch.charCodeAt(0)));

/** Whether folding can change anything: Latin letters beside Cyrillic ones or a Greek look-alike. */
function mixesScripts(text: string): boolean {
  let latin = false;
  let other = false;
  for (let i = 0; i < text.length && !(latin && other); i++) {
    const c = text.charCodeAt(i);
    if (isLatinLetter(c)) latin = true;
    else if ((c >= 0x400 && c <= 0x52f) || GREEK_KEYS.has(c)) other = true;
  }
  return latin && other;
}

/** Folds look-alikes in place, one code unit each (all of them are in the BMP). */
function foldConfusables(chars: string[]): boolean {
  let latin = 0;
  let cyrillic = 0;
  for (const ch of chars) {
    const s = scriptOf(ch);
    if (s === 'latin') latin++;
    else if (s === 'cyrillic') cyrillic++;
  }
  if (latin === 0 || (cyrillic === 0 && !chars.some((ch) => ch in GREEK_TO_LATIN))) return false;
  const main: Script = cyrillic > latin ? 'cyrillic' : 'latin';
  const table = main === 'latin' ? { ...CYRILLIC_TO_LATIN, ...GREEK_TO_LATIN } : LATIN_TO_CYRILLIC;
  let changed = false;
  for (let i = 0; i < chars.length; ) {
    if (!LETTER.test(chars[i]!)) {
      i++;
      continue;
    }
    let j = i;
    let mine = 0;
    let foreign = 0;
    let foldable = true;
    for (; j < chars.length && LETTER.test(chars[j]!); j++) {
      const ch = chars[j]!;
      if (scriptOf(ch) === main) mine++;
      else if (ch in table) foreign++;
      else if (!MARK.test(ch)) foldable = false;
    }
    // Only a word that mixes scripts, each foreign letter with a look-alike: "sоrry", not "спасибо".
    if (foldable && foreign > 0 && mine > 0) {
      for (let k = i; k < j; k++) {
        const to = table[chars[k]!];
        if (to !== undefined && scriptOf(chars[k]!) !== main) {
          chars[k] = to;
          changed = true;
        }
      }
    }
    i = j;
  }
  return changed;
}

/**
 * Case-folded form of one word for matching team phrases and never-flag words: lower case, "ß"
 * as "ss", final sigma as sigma, the dot of "İ" dropped, apostrophes made straight. Applied to the
 * config's phrases and to the reply's words alike.
 */
export function foldWord(word: string): string {
  let w = word.toLowerCase();
  if (NON_ASCII.test(w)) w = w.replace(/ß/g, 'ss').replace(/ς/g, 'σ').replace(/\u0307/g, '').replace(/[’‘´]/g, "'");
  return w;
}
