/**
 * A team's switches applied to the analysis: rules off, severities, team phrases ("avoid X,
 * prefer Y") and words never to flag.
 *
 * Team phrases and never-flag words are text from a config a manager publishes, so they are never
 * compiled into a pattern: each list becomes one word trie, built once per config, walked once per
 * sentence and remembered per sentence, so a config of 500 long phrases costs a reply what a
 * handful of dictionary look-ups cost. Text and phrases are matched the same way: NFKC, case-fold
 * ("İ", "ß"/"SS", "ﬁ"), on the reply's shadow (engine/normalize.ts).
 */
import type { AnalysisConfig, Finding, Lang, Severity, TeamPhrase } from './types.ts';
import type { Sentence } from './engine/segment.ts';
import { foldWord } from './engine/normalize.ts';
import { SentenceCache } from './engine/sentence-cache.ts';

/** Applies a team's switches to the findings: rules off, severities, words never to flag. */
export function applyConfig(findings: Finding[], allowed: Array<[number, number]>, config: AnalysisConfig | undefined): Finding[] {
  if (!config) return findings;
  const disabled = new Set(config.disabled ?? []);
  const out: Finding[] = [];
  for (const f of findings) {
    if (disabled.has(f.category) || disabled.has(f.rule)) continue;
    if (allowed.some(([a, b]) => f.start < b && a < f.end)) continue;
    const severity = ownSeverity(config.severity, f.rule) ?? ownSeverity(config.severity, f.category);
    out.push(severity ? { ...f, severity } : f);
  }
  return out;
}

/** A rule id is data from a config: "constructor" or "__proto__" must not read Object.prototype. */
function ownSeverity(table: Record<string, Severity> | undefined, key: string): Severity | undefined {
  if (!table || !Object.hasOwn(table, key)) return undefined;
  const value = table[key];
  return value === 'warning' || value === 'hint' ? value : undefined;
}

// ---- Phrase matching ----------------------------------------------------------------------

// Limits that keep a huge or hostile team config from slowing a tab (the schema has the same).
const MAX_PHRASES = 2000;
const MAX_PHRASE_LENGTH = 200;

interface Token {
  /** Folded text of the token. */
  key: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/u;

/** Languages written without spaces: each ideograph or kana is a word of its own. */
function standsAlone(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xac00 && code <= 0xd7af);
}

/**
 * Words (runs of letters, digits and marks) and every other visible character on its own, so
 * "can't" is can + ' + t in a phrase and in a reply alike, and "Acme's" starts with the word
 * "acme". Spaces only separate. Offsets are into `text`.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const code = text.charCodeAt(i);
    if (code === 32 || (code > 127 || code < 33 ? SPACE.test(ch) : false)) {
      i++;
      continue;
    }
    if (standsAlone(code) || !isWordChar(text, i)) {
      const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
      out.push({ key: foldWord(text.slice(i, i + width)), start: i, end: i + width });
      i += width;
      continue;
    }
    let j = i + 1;
    while (j < text.length && isWordChar(text, j) && !standsAlone(text.charCodeAt(j))) j++;
    out.push({ key: foldWord(text.slice(i, j)), start: i, end: j });
    i = j;
  }
  return out;
}

function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code >= 0xd800 && code <= 0xdbff) return WORD.test(text.slice(i, i + 2));
  if (code >= 0xdc00 && code <= 0xdfff) return WORD.test(text.slice(i - 1, i + 1));
  return WORD.test(text[i]!);
}

/** A phrase as the matcher sees it: its folded words, or '' if it has none. */
export function phraseKey(phrase: string): string {
  return tokenize(phrase.normalize('NFKC')).map((t) => t.key).join(' ');
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Index of the item that ends here (the first one listed, if two fold to the same words). */
  item?: number;
}

export interface PhraseMatcher<T> {
  /** Distinguishes matchers in the sentence cache. */
  id: number;
  root: TrieNode;
  items: T[];
}

let nextMatcherId = 1;

/** A trie over the folded words of each phrase; `text` gives an item's phrase (or undefined to skip it). */
export function compileMatcher<T>(items: readonly T[], text: (item: T) => string | undefined): PhraseMatcher<T> {
  const root: TrieNode = { next: new Map() };
  const kept: T[] = [];
  for (const item of items.slice(0, MAX_PHRASES)) {
    const phrase = text(item);
    if (typeof phrase !== 'string' || phrase.length > MAX_PHRASE_LENGTH) continue;
    const tokens = tokenize(phrase.normalize('NFKC'));
    if (!tokens.length) continue;
    let node = root;
    for (const t of tokens) {
      let child = node.next.get(t.key);
      if (!child) node.next.set(t.key, (child = { next: new Map() }));
      node = child;
    }
    if (node.item === undefined) {
      node.item = kept.length;
      kept.push(item);
    }
  }
  return { id: nextMatcherId++, root, items: kept };
}

export interface PhraseMatch {
  item: number;
  start: number;
  end: number;
}

/** Leftmost, then longest, non-overlapping matches: what the old alternation of phrases found. */
export function matchTokens<T>(matcher: PhraseMatcher<T>, tokens: Token[]): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (let i = 0; i < tokens.length; ) {
    let node: TrieNode | undefined = matcher.root;
    let best: PhraseMatch | undefined;
    for (let j = i; j < tokens.length; j++) {
      node = node.next.get(tokens[j]!.key);
      if (!node) break;
      if (node.item !== undefined) best = { item: node.item, start: tokens[i]!.start, end: tokens[j]!.end };
    }
    if (best) {
      out.push(best);
      while (i < tokens.length && tokens[i]!.start < best.end) i++;
    } else i++;
  }
  return out;
}

const sentenceMatches = new SentenceCache<PhraseMatch[]>(4000);

/** Matches in each sentence (offsets into the text the sentences come from), cached per sentence. */
export function matchSentences<T>(matcher: PhraseMatcher<T>, sentences: readonly Sentence[]): PhraseMatch[] {
  if (!matcher.root.next.size) return [];
  const out: PhraseMatch[] = [];
  for (const s of sentences) {
    const key = `${matcher.id}\u0001${s.text}`;
    let found = sentenceMatches.get(key);
    if (!found) {
      found = matchTokens(matcher, tokenize(s.text));
      sentenceMatches.set(key, found);
    }
    for (const m of found) out.push({ item: m.item, start: s.start + m.start, end: s.start + m.end });
  }
  return out;
}

export function clearPhraseCache(): void {
  sentenceMatches.clear();
}

// ---- Team phrases and never-flag words ------------------------------------------------------

const teamMatchers = new WeakMap<TeamPhrase[], Map<Lang | 'und', PhraseMatcher<TeamPhrase>>>();
const allowMatchers = new WeakMap<string[], PhraseMatcher<string>>();

function teamMatcher(phrases: TeamPhrase[], lang: Lang | 'und'): PhraseMatcher<TeamPhrase> {
  let perLang = teamMatchers.get(phrases);
  if (!perLang) teamMatchers.set(phrases, (perLang = new Map()));
  let m = perLang.get(lang);
  if (!m) {
    m = compileMatcher(phrases, (p) => (p && typeof p.avoid === 'string' && (!p.lang || p.lang === lang) ? p.avoid : undefined));
    perLang.set(lang, m);
  }
  return m;
}

/** The team's phrases found in `sentences` (offsets into the text they come from). */
export function teamPhraseFindings(text: string, sentences: readonly Sentence[], lang: Lang | 'und', config: AnalysisConfig | undefined): Finding[] {
  const phrases = config?.teamPhrases;
  if (!phrases?.length) return [];
  const matcher = teamMatcher(phrases, lang);
  return matchSentences(matcher, sentences).map(({ item, start, end }) => {
    const phrase = matcher.items[item]!;
    return {
      rule: `team.${phrase.id}`,
      category: phrase.category ?? 'jargon',
      start,
      end,
      text: text.slice(start, end),
      severity: phrase.severity ?? 'hint',
      message: phrase.message ?? (phrase.prefer ? `Your team prefers "${phrase.prefer}" to "${phrase.avoid}".` : `Your team avoids "${phrase.avoid}".`),
      suggestions: phrase.prefer ? [{ text: phrase.prefer, note: 'Your team’s wording.' }] : [],
    };
  });
}

/** Where the words never to flag occur in `sentences`. */
export function allowedRanges(sentences: readonly Sentence[], config: AnalysisConfig | undefined): Array<[number, number]> {
  const allow = config?.allow;
  if (!allow?.length) return [];
  let matcher = allowMatchers.get(allow);
  if (!matcher) allowMatchers.set(allow, (matcher = compileMatcher(allow, (w) => (typeof w === 'string' ? w : undefined))));
  return matchSentences(matcher, sentences).map((m) => [m.start, m.end]);
}
