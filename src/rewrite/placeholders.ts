/**
 * Unfilled `[placeholders]` left in a draft (from a suggestion the agent applied and has not filled
 * yet): a reply holding one is not ready to send. Markdown links ("[docs](…)") and footnote numbers
 * ("[1]") are not placeholders.
 */
import type { TextRange } from '../analysis/types.ts';

// Linear: one bounded class inside the brackets, no nested quantifiers.
const PLACEHOLDER = /\[([^\]\[\n]{1,60})\](?!\()/g;
/** Only the start of a long paste is looked at: a placeholder is something the agent just applied. */
const SCAN_LIMIT = 100_000;

export function findPlaceholders(text: string): TextRange[] {
  const out: TextRange[] = [];
  const scanned = text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text;
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(scanned); m; m = PLACEHOLDER.exec(scanned)) {
    if (/^\s*(?:\d+|x|\s)\s*$/i.test(m[1]!)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

let last: { text: string; found: TextRange[] } | null = null;

/** findPlaceholders for a draw loop: the same draft asked again costs nothing. */
export function placeholdersOf(text: string): TextRange[] {
  if (last?.text !== text) last = { text, found: findPlaceholders(text) };
  return last.found;
}
