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
    if (word) {
      out.push(word);
      continue;
    }
    // No certain word, but a required choice ("(?:exclusive|special) offer"): any of its words.
    const choice = requiredChoice(branch);
    if (!choice) return null;
    out.push(...choice);
  }
  return out;
}

function requiredChoice(source: string): string[] | null {
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (c === '[') { i = classEnd(source, i); continue; }
    if (c !== '(') continue;
    const end = groupEnd(source, i);
    const inner = source.slice(i + 1, end);
    if (!/^\?(?:[=!]|<[=!])/.test(inner) && !isOptional(source, end + 1)) {
      const words = triggerWords(inner.replace(/^\?:/, ''));
      if (words) return words;
    }
    i = end;
  }
  return null;
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
    if (c === '\\') { out += ' '; i++; continue; }
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
      const body = inner.replace(/^\?(?::|[=!]|<[=!])/, '');
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

function longestLiteral(text: string): string | null {
  let best = '';
  for (const w of text.toLowerCase().split(/[^\p{L}\p{N}'%&#-]+/u)) if (w.length > best.length) best = w;
  return best.length >= 2 ? best : null;
}
