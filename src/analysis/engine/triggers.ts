/**
 * Words a pattern cannot match without: "(?:as per|per|due to) (?:our|the) polic(?:y|ies)"
 * needs "polic". A sentence containing none of a rule's trigger words is skipped with a few
 * substring checks instead of a regular-expression pass — most sentences trigger nothing.
 *
 * Returns the alternatives (any one of them must occur), or null when no literal is certain.
 */
export function triggerWords(source: string): string[] | null {
  const branches = splitTopLevel(source, '|');
  const out: string[] = [];
  for (const branch of branches) {
    const word = longestLiteral(mandatoryText(branch));
    // A certain word of four letters or more is selective enough on its own.
    if (word && word.length >= 4) {
      out.push(word);
      continue;
    }
    // Otherwise the most selective required choice ("(?:exclusive|special) offer", or a word class
    // such as {INABILITY} rather than {AGENT}, whose "i" occurs in nearly every sentence).
    const choice = requiredChoice(branch);
    const best = [word ? [word] : null, choice].filter((c): c is string[] => !!c).sort((a, b) => selectivity(b) - selectivity(a))[0];
    if (!best) return null;
    out.push(...best);
  }
  return out;
}

/**
 * Everything a match cannot do without, for a gate that needs all of it: per top-level
 * alternative, groups of words of which one each must occur. "{AGENT} {INABILITY} {SERVICE_ACTION}"
 * needs a word of each class, so a sentence holding only "unable" no longer runs it. The first group
 * of each alternative is the one triggerWords picks, so this lets through no more than that did.
 * Null when an alternative has no certain word.
 */
export function triggerGroups(source: string): string[][][] | null {
  const out: string[][][] = [];
  for (const branch of splitTopLevel(source, '|')) {
    const first = triggerWords(branch);
    if (!first) return null;
    const groups: string[][] = [first];
    const seen = new Set([first.join('|')]);
    const add = (words: string[]) => {
      const key = words.join('|');
      if (!seen.has(key)) {
        seen.add(key);
        groups.push(words);
      }
    };
    // Each certain word. Everyday words ("can", "with") still turn away the sentences without
    // them; a single letter ("i") is in nearly every sentence and is left out.
    for (const w of mandatoryText(branch).toLowerCase().split(/[^\p{L}\p{N}'%&#-]+/u)) {
      if (w.length >= 2) add([w]);
    }
    // Each required choice: a group that is neither optional nor a lookaround.
    for (let i = 0; i < branch.length; i++) {
      const c = branch[i];
      if (c === '\\') { i++; continue; }
      if (c === '[') { i = classEnd(branch, i); continue; }
      if (c !== '(') continue;
      const end = groupEnd(branch, i);
      const inner = branch.slice(i + 1, end);
      if (!/^\?(?:[=!]|<[=!])/.test(inner) && !isOptional(branch, end + 1)) {
        const words = triggerWords(groupBody(inner));
        if (words && words.every((w) => w.length >= 2)) add(words);
      }
      i = end;
    }
    out.push(groups);
  }
  return out;
}

/** A choice is as selective as its shortest word (short words occur inside most sentences). */
function selectivity(words: string[]): number {
  const common = words.some((w) => COMMON.has(w)) ? 3 : 0;
  return Math.min(...words.map((w) => w.length)) - common - words.length / 1000;
}

function requiredChoice(source: string): string[] | null {
  let best: string[] | null = null;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (c === '[') { i = classEnd(source, i); continue; }
    if (c !== '(') continue;
    const end = groupEnd(source, i);
    const inner = source.slice(i + 1, end);
    if (!/^\?(?:[=!]|<[=!])/.test(inner) && !isOptional(source, end + 1)) {
      const words = triggerWords(groupBody(inner));
      if (words && (!best || selectivity(words) > selectivity(best))) best = words;
    }
    i = end;
  }
  return best;
}

/** Splits on a character at nesting depth 0, outside character classes. */
function splitTopLevel(source: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0, inClass = false, from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === sep && depth === 0) { parts.push(source.slice(from, i)); from = i + 1; }
  }
  parts.push(source.slice(from));
  return parts;
}

/** The text every match must contain; optional and alternative parts become separators. */
function mandatoryText(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    // An escape is never a word of the text: "\\p{Lu}", "\\u{1F600}" and "\\k<name>" are skipped whole.
    if (c === '\\') { out += ' '; i = escapeEnd(source, i); continue; }
    if (c === '[') {
      const end = classEnd(source, i);
      out += ' ';
      i = end + (isOptional(source, end + 1) ? quantifierLength(source, end + 1) : 0);
      continue;
    }
    if (c === '(') {
      const end = groupEnd(source, i);
      const inner = source.slice(i + 1, end);
      const lookaround = /^\?(?:[=!]|<[=!])/.test(inner);
      const optional = isOptional(source, end + 1);
      const body = groupBody(inner);
      out += ' ';
      if (!lookaround && !optional && splitTopLevel(body, '|').length === 1) out += mandatoryText(body);
      out += ' ';
      i = end + (optional ? quantifierLength(source, end + 1) : 0);
      continue;
    }
    // A counted quantifier ("{0,20}") holds digits, not words of the text.
    if (c === '{' && /^\{\d+(?:,\d*)?\}/.test(source.slice(i))) { out += ' '; i = source.indexOf('}', i); continue; }
    if ('.*+?{}|^$'.includes(c)) { out += ' '; continue; }
    // A single character made optional ("s?", "e?") is not certain either.
    if (isOptional(source, i + 1)) { out += ' '; i += quantifierLength(source, i + 1); continue; }
    out += c;
  }
  return out;
}

/** A group's alternatives without its opening "?:", "?<name>" or lookaround sign. */
function groupBody(inner: string): string {
  return inner.replace(/^\?(?::|[=!]|<[=!]|<[A-Za-z_$][\w$]*>)/, '');
}

/** The last character of the escape starting at `at` (a backslash). */
function escapeEnd(source: string, at: number): number {
  const kind = source[at + 1];
  if ((kind === 'p' || kind === 'P' || kind === 'u') && source[at + 2] === '{') return Math.max(at + 1, source.indexOf('}', at));
  if (kind === 'k' && source[at + 2] === '<') return Math.max(at + 1, source.indexOf('>', at));
  if (kind === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(at + 2, at + 6))) return at + 5;
  if (kind === 'x' && /^[0-9a-fA-F]{2}$/.test(source.slice(at + 2, at + 4))) return at + 3;
  if (kind === 'c') return at + 2;
  return at + 1;
}

function isOptional(source: string, at: number): boolean {
  return source[at] === '?' || source[at] === '*' || /^\{0[,}]/.test(source.slice(at));
}

function quantifierLength(source: string, at: number): number {
  if (source[at] === '{') return source.indexOf('}', at) - at + 1;
  return source[at + 1] === '?' ? 2 : 1;
}

function classEnd(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return source.length - 1;
}

function groupEnd(source: string, start: number): number {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (c === '[') { i = classEnd(source, i); continue; }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return source.length - 1;
}

// Words in nearly every support reply make poor triggers: a rarer certain word is preferred.
const COMMON = new Set(['your', 'our', 'the', 'this', 'that', 'with', 'have', 'would', 'please', 'you', 'we', 'are', 'for', 'and', 'will', 'can', 'not', 'it', 'is', 'to', 'of', 'in', 'on', 'be', 'a', 'an', 'i', 'my', 'me', 'us', 'they', 'them', 'their', 'there', 'here', 'was', 'were', 'has', 'had', 'do', 'does', 'just', 'all', 'any', 'some', 'help', 'know', 'let', 'get', 'if', 'so', 'as', 'at', 'by', 'or', 'from']);

function longestLiteral(text: string): string | null {
  let best = '';
  let bestRare = '';
  for (const w of text.toLowerCase().split(/[^\p{L}\p{N}'%&#-]+/u)) {
    if (w.length > best.length) best = w;
    if (!COMMON.has(w) && w.length > bestRare.length) bestRare = w;
  }
  const pick = bestRare.length >= 3 ? bestRare : best;
  return pick.length >= 2 ? pick : null;
}
