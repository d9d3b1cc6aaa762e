import type { LanguagePack } from '../languages.ts';
import type { CompiledPhraseRule } from './compile.ts';
import type { PhraseRule, Rule, RuleMatch, SentenceContext } from '../rules/types.ts';
import type { SentenceSignals } from '../signals/types.ts';
import type { Sentence } from './segment.ts';
import { compilePattern, compilePrefilter, literalSource } from './compile.ts';
import { triggerWords } from './triggers.ts';
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
  prefilter: RegExp | null;
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
      const triggers = rule.patterns.map((p) => triggerWords(expandClassesFlat(p, pack.classes)));
      return { rule, sources, regexes: sources.map((p) => compilePattern(p, pack.bounded)), triggers, triggerTests: triggers.map(triggerTest) };
    });
    c = {
      phrase,
      prefilter: phrase.length ? compilePrefilter(phrase.flatMap((p) => p.sources), phrase.flatMap((p) => p.triggers)) : null,
      checkers: pack.rules.filter((r) => r.kind === 'checker'),
    };
    compiled.set(pack, c);
  }
  return c;
}

/**
 * A pattern's trigger words as one test: a few words are checked with substring searches, a word
 * class's hundreds of members with one literal alternation (one native scan, not a loop).
 */
function triggerTest(words: string[] | null): ((lower: string) => boolean) | null {
  if (!words) return null;
  if (words.length <= 4) return (lower) => words.some((w) => lower.includes(w));
  const re = new RegExp(literalSource(words));
  return (lower) => re.test(lower);
}

const cache = new SentenceCache<SentenceResult>();

// Sentences longer than this are read in pieces, so a pasted log file costs linear time.
const MAX_SENTENCE = 1200;

export interface SentenceTicket {
  customerName?: string;
  customerMessage?: string;
}

export function analyzeSentences(pack: LanguagePack, sentences: Sentence[], ticket: SentenceTicket): Array<{ sentence: Sentence; result: SentenceResult }> {
  const contextKey = `${ticket.customerName ?? ''}\u0001${ticket.customerMessage ? hash(ticket.customerMessage) : ''}`;
  const pieces = sentences.flatMap(splitLong);
  const out: Array<{ sentence: Sentence; result: SentenceResult }> = [];
  for (let i = 0; i < pieces.length; i++) {
    const s = pieces[i]!;
    const next = pieces[i + 1]?.text ?? '';
    const key = `${pack.lang}\u0001${contextKey}\u0001${s.text}\u0001${next}`;
    let result = cache.get(key);
    if (!result) {
      result = runSentence(pack, s.text, next, ticket);
      cache.set(key, result);
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

/** FNV-1a: a short key for the customer's message, so cache keys stay small. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${(h >>> 0).toString(36)}.${text.length}`;
}

function runSentence(pack: LanguagePack, raw: string, next: string, ticket: SentenceTicket): SentenceResult {
  // Curly and acute apostrophes (seen in tweets typed on phones) all become the plain one.
  const text = raw.replace(/[’‘´]/g, "'");
  const ctx: SentenceContext = {
    lang: pack.lang,
    text,
    lower: text.toLowerCase(),
    // Only a few checkers need word tokens; most sentences never pay for them.
    get words() {
      return (this._words ??= words(text));
    },
    quoted: quotedRanges(text),
    next: next.replace(/[’‘´]/g, "'"),
    customerName: ticket.customerName,
    customerMessage: ticket.customerMessage,
  };
  // toLowerCase can change length for a few characters (İ); offsets then come from the original.
  if (ctx.lower.length !== text.length) ctx.lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const c = compile(pack);
  const findings: RawFinding[] = [];
  const keep = (rule: Rule, m: RuleMatch) => {
    if (m.end > m.start && !insideAny(ctx.quoted, m.start, m.end)) findings.push({ rule, start: m.start, end: m.end });
  };
  for (const rule of c.checkers) {
    if (rule.kind === 'checker') for (const m of rule.check(ctx)) keep(rule, m);
  }
  // Two gates before the patterns: one combined pass says whether any phrase can match at all,
  // then each pattern's trigger words say whether it can.
  if (!c.prefilter || c.prefilter.test(ctx.lower)) {
    for (const { rule, regexes, triggerTests } of c.phrase) {
      for (let i = 0; i < regexes.length; i++) {
        // Most sentences contain none of a pattern's words: a cheap literal test skips the regex.
        const test = triggerTests[i];
        if (test && !test(ctx.lower)) continue;
        const re = regexes[i]!;
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(ctx.lower))) {
          if (m[0].length === 0) { re.lastIndex++; continue; }
          const match = { start: m.index, end: m.index + m[0].length };
          if (rule.except?.some((id) => conditionHolds(id, ctx, match, pack.classes, pack.bounded))) continue;
          if (!rule.unless || !rule.unless(ctx, match)) keep(rule, match);
        }
      }
    }
  }
  return { findings: dropOverlaps(findings), signals: pack.signals.sentence(ctx) };
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
