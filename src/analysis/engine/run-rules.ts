import type { LanguagePack } from '../languages.ts';
import type { CompiledPhraseRule } from './compile.ts';
import type { PhraseRule, Rule, RuleMatch, SentenceContext } from '../rules/types.ts';
import type { SentenceSignals } from '../signals/types.ts';
import type { Sentence } from './segment.ts';
import { compilePattern } from './compile.ts';
import { buildGate, openPatterns, type PhraseGate } from './gate.ts';
import { triggerGroups } from './triggers.ts';
import { insideAny, quotedRanges } from './quotes.ts';
import { words } from './words.ts';
import { SentenceCache } from './sentence-cache.ts';
import { expandClasses, expandClassesFlat } from '../classes/expand.ts';
import { conditionHolds } from '../conditions.ts';

export interface RawFinding {
  rule: Rule;
  start: number;
  end: number;
}

export interface SentenceResult {
  findings: RawFinding[];
  signals: SentenceSignals;
}

interface CompiledPack {
  phrase: CompiledPhraseRule[];
  /** Every phrase pattern of the language, in rule order, with the rule it belongs to. */
  patterns: Array<{ rule: PhraseRule; regex: RegExp }>;
  gate: PhraseGate;
  checkers: Rule[];
}

const compiled = new WeakMap<LanguagePack, CompiledPack>();

function compile(pack: LanguagePack): CompiledPack {
  let c = compiled.get(pack);
  if (!c) {
    const phraseRules = pack.rules.filter((r): r is PhraseRule => r.kind === 'phrase' || r.kind === 'construction');
    const phrase = phraseRules.map((rule) => {
      const sources = rule.patterns.map((p) => expandClasses(p, pack.classes));
      // Trigger words are read from the flat expansion (whole members), the regexes use the trie.
      const triggers = rule.patterns.map((p) => triggerGroups(expandClassesFlat(p, pack.classes)));
      return { rule, sources, regexes: sources.map((p) => compilePattern(p, pack.bounded)), triggers };
    });
    c = {
      phrase,
      patterns: phrase.flatMap(({ rule, regexes }) => regexes.map((regex) => ({ rule, regex }))),
      gate: buildGate(phrase.flatMap((p) => p.triggers)),
      checkers: pack.rules.filter((r) => r.kind === 'checker'),
    };
    compiled.set(pack, c);
  }
  return c;
}

/**
 * What the cache holds per sentence: its result, or a note that the result depends on the next
 * sentence too (a rule read it), and then the result is kept under the pair. Most sentences never
 * read the next one, so typing in a sentence leaves the one before it in the cache.
 */
type Cached = SentenceResult | typeof READS_NEXT;
const READS_NEXT = Symbol('reads the next sentence');
const cache = new SentenceCache<Cached>();

// Sentences longer than this are read in pieces, so a pasted log file costs linear time.
const MAX_SENTENCE = 1200;

export interface SentenceTicket {
  customerName?: string;
  customerMessage?: string;
}

/** Counts of the work done, so tests can check cost grows with the text and not faster. */
export const sentenceWork = { read: 0, chars: 0, patternRuns: 0, checkerRuns: 0 };

export function analyzeSentences(pack: LanguagePack, sentences: Sentence[], ticket: SentenceTicket): Array<{ sentence: Sentence; result: SentenceResult }> {
  const contextKey = `${pack.lang}\u0001${ticket.customerName ?? ''}\u0001${ticket.customerMessage ? messageKey(ticket.customerMessage) : ''}\u0001`;
  const pieces = sentences.length && sentences.some((s) => s.text.length > MAX_SENTENCE) ? sentences.flatMap(splitLong) : sentences;
  const out: Array<{ sentence: Sentence; result: SentenceResult }> = [];
  for (let i = 0; i < pieces.length; i++) {
    const s = pieces[i]!;
    const next = pieces[i + 1]?.text ?? '';
    const key = contextKey + s.text;
    const cached = cache.get(key);
    let result = cached === READS_NEXT ? cache.get(`${key}\u0001${next}`) : cached;
    if (!result || result === READS_NEXT) {
      const run = runSentence(pack, s.text, next, ticket);
      result = run.result;
      if (run.readNext) {
        cache.set(key, READS_NEXT);
        cache.set(`${key}\u0001${next}`, result);
      } else cache.set(key, result);
    }
    out.push({ sentence: s, result });
  }
  return out;
}

function splitLong(s: Sentence): Sentence[] {
  if (s.text.length <= MAX_SENTENCE) return [s];
  const out: Sentence[] = [];
  let from = 0;
  while (from < s.text.length) {
    let to = Math.min(s.text.length, from + MAX_SENTENCE);
    if (to < s.text.length) {
      const space = s.text.lastIndexOf(' ', to);
      if (space > from + MAX_SENTENCE / 2) to = space;
    }
    out.push({ start: s.start + from, end: s.start + to, text: s.text.slice(from, to) });
    from = to;
  }
  return out;
}

// The customer's message is the same on every keystroke: its key is made once.
let lastMessage = '';
let lastMessageKey = '';
function messageKey(message: string): string {
  if (message !== lastMessage) {
    lastMessage = message;
    lastMessageKey = hash(message);
  }
  return lastMessageKey;
}

/** FNV-1a: a short key for the customer's message, so cache keys stay small. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${(h >>> 0).toString(36)}.${text.length}`;
}

function runSentence(pack: LanguagePack, raw: string, rawNext: string, ticket: SentenceTicket): { result: SentenceResult; readNext: boolean } {
  // Curly and acute apostrophes (seen in tweets typed on phones) all become the plain one.
  const text = raw.replace(/[’‘´]/g, "'");
  let readNext = false;
  let next: string | undefined;
  const ctx: SentenceContext = {
    lang: pack.lang,
    text,
    lower: text.toLowerCase(),
    // Only a few checkers need word tokens; most sentences never pay for them.
    get words() {
      return (this._words ??= words(text));
    },
    quoted: quotedRanges(text),
    // Whether a rule looked at the next sentence decides how the result is cached.
    get next() {
      readNext = true;
      return (next ??= rawNext.replace(/[’‘´]/g, "'"));
    },
    customerName: ticket.customerName,
    customerMessage: ticket.customerMessage,
  };
  sentenceWork.read++;
  sentenceWork.chars += text.length;
  // toLowerCase can change length for a few characters (İ); offsets then come from the original.
  if (ctx.lower.length !== text.length) ctx.lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const c = compile(pack);
  const findings: RawFinding[] = [];
  const keep = (rule: Rule, m: RuleMatch) => {
    if (m.end > m.start && !insideAny(ctx.quoted, m.start, m.end)) findings.push({ rule, start: m.start, end: m.end });
  };
  for (const rule of c.checkers) {
    if (rule.kind !== 'checker') continue;
    sentenceWork.checkerRuns++;
    for (const m of rule.check(ctx)) keep(rule, m);
  }
  // One walk over the sentence says which patterns hold one of their trigger words; only those run.
  const open = openPatterns(c.gate, ctx.lower);
  for (let i = 0; i < c.patterns.length; i++) {
    if (!open[i]) continue;
    const { rule, regex: re } = c.patterns[i]!;
    sentenceWork.patternRuns++;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(ctx.lower))) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      const match = { start: m.index, end: m.index + m[0].length };
      if (rule.except?.some((id) => conditionHolds(id, ctx, match, pack.classes, pack.bounded))) continue;
      if (!rule.unless || !rule.unless(ctx, match)) keep(rule, match);
    }
  }
  const result = { findings: dropOverlaps(findings), signals: pack.signals.sentence(ctx) };
  return { result, readNext };
}

/** Two rules of one category on the same words are one finding: keep the first, longest. */
function dropOverlaps(findings: RawFinding[]): RawFinding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RawFinding[] = [];
  for (const f of findings) {
    if (out.some((o) => o.rule.category === f.rule.category && f.start < o.end && o.start < f.end)) continue;
    out.push(f);
  }
  return out;
}

export function clearSentenceCache(): void {
  cache.clear();
}
