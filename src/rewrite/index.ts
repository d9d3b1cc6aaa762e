import { analyze } from '../analysis/index.ts';
import type { Finding, Lang, Report, SignalId, Suggestion, TicketContext } from '../analysis/types.ts';
import { SIGNAL_IDS } from '../analysis/types.ts';
import { splitSentences, type Sentence } from '../analysis/engine/segment.ts';
import { clearProblemCache, extractProblem, possessedThing, type Problem } from './problem.ts';
import { readProblemRu } from './problem-ru.ts';
import { readProblemSv } from './problem-sv.ts';
import { readProblemZh } from './problem-zh.ts';
import { readRegister } from './register.ts';
import { rewritesFor, type Place, type Ticket } from './compose.ts';
import { additionFor, atMostOnePlaceholder, readShape } from './additions.ts';
import { pitchSentences } from './pitch.ts';
import { alreadyWarm } from './feeling-intl.ts';

export interface RewriteOptions extends TicketContext {
  /** The team's customer-name form. */
  nameForm?: 'first' | 'full';
  /** The team's greeting, e.g. "Hi {name}," ({name} and {agent} are filled in). */
  greeting?: string;
}

export interface Addition {
  signal: SignalId;
  suggestion: Suggestion;
}

export interface Personalized {
  /** The report's findings, each with personalized suggestions (one to three). */
  findings: Finding[];
  /** Sentences to add for signals the reply lacks. */
  additions: Addition[];
  /** What of the ticket was used ("Maria", "cracked jar"), so the agent can trust or correct it. */
  contextUsed: string[];
}

/**
 * Personalized rewrites built from the ticket. Deterministic; never invents facts (anything
 * only the agent knows is a [placeholder]); every rewrite is checked to pass the analysis.
 */
export function personalize(text: string, report: Report, options: RewriteOptions = {}): Personalized {
  if (report.lang === 'und') return { findings: report.findings, additions: [], contextUsed: [] };
  const lang = report.lang;
  const ticket = readTicket(text, options, lang);
  const register = readRegister(text);
  const sentences = splitSentences(text);
  const nameParts = `${options.customerName ?? ''} ${ticket.firstName ?? ''}`.split(/\s+/).filter((w) => w.length > 1).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // A name the reply already uses (in the greeting, say) is not repeated; one scan per reply.
  const nameInReply = nameParts.some((part) => new RegExp(`(?<![\\p{L}])${part}(?![\\p{L}])`, 'iu').test(text));
  const allowedNumbers = numbersOf(`${options.customerMessage ?? ''} ${text}`);
  let cursor = 0;
  const findings = report.findings.map((f, index) => {
    // Beyond the first few findings of a pasted wall of text, the rule's own suggestions do:
    // the work per reply stays bounded whatever the customer or the page sends.
    if (index >= MAX_PERSONALIZED) return { ...f, suggestions: f.suggestions.filter((s) => passes(s.text, allowedNumbers, lang)).slice(0, 3) };
    const sentence = sentenceAt(sentences, f.start, f.end, cursor);
    if (sentence) cursor = sentences.indexOf(sentence, cursor);
    let place = placeOf(text, sentence, f, nameInReply, report.findings);
    // ru, sv, zh: a hype word's rewrite covers the whole pitch it stands in (pitch.ts).
    if (f.category === 'hype' && lang !== 'en' && sentence) place = pitchPlace(text, sentences, sentences.indexOf(sentence, Math.max(0, cursor)), f, place, report.findings, lang);
    // A rewrite is the whole sentence, checked by an analysis: a "sentence" of pages (a paste with
    // no full stop) would cost each finding its length, so there the rule's own suggestions do.
    if (place.end - place.start > MAX_REWRITTEN_SENTENCE) return { ...f, suggestions: f.suggestions.filter((s) => passes(s.text, allowedNumbers, lang)).slice(0, 3) };
    // Other findings in the same sentence have their own suggestions: a rewrite of this one may leave them.
    const others = report.findings.filter((o) => o !== f && o.start >= place.start && o.end <= place.end).map((o) => ({ text: o.text.toLowerCase(), category: o.category }));
    const candidates = rewritesFor(f, place, ticket, register, lang);
    const checked: Suggestion[] = [];
    // Checked in order and only until three pass: each check is an analysis.
    const unique = uniqueByText(candidates);
    for (const s of unique) {
      if (checked.length >= 3) break;
      if (passes(s.text, allowedNumbers, lang)) checked.push(s);
    }
    // A sentence with another finding in it may only be clean once that one is fixed too.
    // Its own words fixed, what is left there is another kind of finding the agent still has (a
    // referral with no route after "I request you to" is dropped): that one has its own suggestion.
    // A pitch (ru, sv, zh hype) is rewritten whole: a version still holding its other hype is none.
    if (!checked.length && others.length && !(f.category === 'hype' && lang !== 'en')) for (const s of unique.slice(0, 3)) if (passes(s.text, allowedNumbers, lang, others, f.category)) checked.push(s);
    return { ...f, suggestions: checked };
  });
  const additions: Addition[] = [];
  const teamGreeting = options.greeting ? fillGreeting(options.greeting, ticket.firstName, options.agentName) : undefined;
  const shape = readShape(text, ticket, options.customerMessage, lang, teamGreeting);
  for (const id of SIGNAL_IDS) {
    if (report.signals[id].present) continue;
    // ru, sv, zh: a reply that already meets them warmly gets no second acknowledgement (feeling-intl.ts).
    if (id === 'acknowledgement' && lang !== 'en' && alreadyWarm(text, lang, report.findings)) continue;
    const s = additionFor(id, ticket, register, shape);
    if (s && passes(s.text, allowedNumbers, lang)) additions.push({ signal: id, suggestion: s });
  }
  const contextUsed = [ticket.firstName, ...(ticket.problem?.keywords ?? [])].filter((x): x is string => !!x);
  return { findings, additions: atMostOnePlaceholder(additions), contextUsed };
}

/** The sentence body (no end punctuation) around a finding, as the composer needs it. */
function placeOf(text: string, sentence: Sentence | undefined, f: Finding, nameInReply: boolean, all: Finding[]): Place {
  let start = sentence?.start ?? f.start;
  let end = sentence?.end ?? f.end;
  // The sentence's own end punctuation stays the agent's.
  while (end > f.end && /[.!?…。！？\s]/.test(text[end - 1]!)) end--;
  // A sentence that is a whole paragraph of clauses: only the clause holding the finding.
  if (end - start > 240) {
    const left = text.slice(start, f.start).search(/[;:]\s[^;:]*$/);
    if (left >= 0) start += left + 2;
    const right = text.slice(f.end, end).search(/[;:]\s/);
    if (right >= 0) end = f.end + right;
  }
  const body = text.slice(start, end);
  // Findings are few per sentence; the ones in this body, in order (bounded by MAX_PERSONALIZED callers).
  const spans = all.filter((o) => o.start >= start && o.end <= end).slice(0, 8).map((o) => [o.start - start, o.end - start] as [number, number]);
  // The rest of the reply, for what it already says (a reason, a way onward): bounded like the sentence.
  // Other apologies that are themselves flagged are blanked: only a specific one counts as said.
  const a0 = Math.max(0, start - 2000);
  const a1 = Math.min(text.length, end + 2000);
  let window = text.slice(a0, a1);
  for (const o of all) if ((o.category === 'generic-apology' || o.category === 'non-apology') && o.start >= a0 && o.end <= a1) window = window.slice(0, o.start - a0) + ' '.repeat(o.end - o.start) + window.slice(o.end - a0);
  const around = `${window.slice(0, start - a0)}\n${window.slice(end - a0)}`;
  return { start, end, text: body, from: f.start - start, to: f.end - start, nameInReply, spans, around };
}

/** The place of a hype finding widened to its pitch, with the sentence before it for a rewrite that drops the pitch. */
function pitchPlace(text: string, sentences: Sentence[], at: number, f: Finding, place: Place, all: Finding[], lang: Lang): Place {
  if (at < 0) return place;
  const [first, last] = pitchSentences(sentences, at, all, lang);
  const start = sentences[first]!.start;
  let end = sentences[last]!.end;
  while (end > f.end && /[.!?…。！？\s]/.test(text[end - 1]!)) end--;
  const spans = all.filter((o) => o.start >= start && o.end <= end).slice(0, 8).map((o) => [o.start - start, o.end - start] as [number, number]);
  const widened: Place = first === at && last === at ? place : { ...place, start, end, text: text.slice(start, end), from: f.start - start, to: f.end - start, spans };
  // The sentence before the pitch, when it is the agent's own (no greeting, nothing flagged): dropping
  // the pitch is that sentence kept, up to the end of the pitch.
  const prev = sentences[first - 1];
  if (prev && first - 1 >= 1 && !all.some((o) => o.start < prev.end && o.end > prev.start) && !GREETING_LINE.test(prev.text.trim())) {
    widened.before = { start: prev.start, end: sentences[last]!.end, text: prev.text.trim(), replaced: text.slice(prev.start, sentences[last]!.end) };
  }
  return widened;
}

const GREETING_LINE = /您好|你好|^(?:hej|hejsan|hallå|здравствуйте|добрый|доброе|уважаем\p{L}*|привет)(?![\p{L}])/iu;

// A message that only thanks or praises: nothing went wrong to acknowledge.
// Chinese is written without spaces: its words have no letter boundary to match.
const THANKS = /(?<![\p{L}])(?:thanks?|thank\s+you|thx|ty|cheers|appreciate|great|awesome|amazing|love|brilliant|спасибо|благодар\w*|tack)(?![\p{L}])|谢谢|感谢|多谢/iu;

// Praise or a problem solved on their side ("great airline", "got it to work"): a complaint read
// beside it ("no fees to check bags") is no hardship.
const PRAISED = /(?<![\p{L}])(?:great|awesome|amazing|love|loved|brilliant|fantastic|excellent|perfect|wonderful|success|lucky|without\s+(?:an?\s+)?(?:issue|problem)s?|(?:working|works)\s+(?:now|again|fine)|got\s+it\s+(?:to\s+work|working|sorted|fixed))(?![\p{L}])/iu;

function readTicket(text: string, options: RewriteOptions, lang: Lang): Ticket {
  let firstName: string | undefined;
  const name = options.customerName?.trim();
  if (name) firstName = options.nameForm === 'full' ? name : name.split(/\s+/)[0];
  else {
    // The generic page: the greeting the agent typed ("Hi Maria,") names the customer.
    const g = /^[ \t]*(?:hi|hello|hey|dear)[ \t]+([A-Z][\p{L}'’-]+)[ \t]*[,!]/mu.exec(text.slice(0, 2000));
    if (g && !/^(?:there|team|all|everyone)$/i.test(g[1]!)) firstName = g[1];
  }
  const message = options.customerMessage;
  // Each language's complaint reader, in its own grammar (Вы-form, Swedish clause order, no articles).
  const problem = problemIn(message, lang);
  const thanksOnly = !!message && THANKS.test(message) && (lang === 'en' || lang === 'zh' ? !problem?.clause : true) && message.length < 400 && !/[?]/.test(message);
  const praised = lang === 'en' && !!message && PRAISED.test(message.slice(0, 4000));
  return { firstName, problem, thing: lang === 'en' ? possessedThing(message) : null, thanksOnly, praised };
}

const READERS: Record<Exclude<Lang, 'en'>, (message: string) => Problem | null> = { ru: readProblemRu, sv: readProblemSv, zh: readProblemZh };
const intlCache = new Map<string, Problem | null>();

function problemIn(message: string | undefined, lang: Lang): Problem | null {
  if (lang === 'en') return extractProblem(message);
  if (!message?.trim()) return null;
  const key = `${lang}\u0000${message}`;
  if (!intlCache.has(key)) {
    if (intlCache.size > 64) intlCache.clear();
    intlCache.set(key, READERS[lang](message));
  }
  return intlCache.get(key) ?? null;
}

/** Findings past this many keep their rule's suggestions (a bound on the work per reply). */
const MAX_PERSONALIZED = 40;
const MAX_REWRITTEN_SENTENCE = 1000;

/** The sentence holding [start, end), searched forward from `from` (findings come in text order). */
function sentenceAt(sentences: Sentence[], start: number, end: number, from: number): Sentence | undefined {
  let i = Math.max(0, from);
  // Findings are sorted by start; fall back to a binary search if one is not.
  if (i >= sentences.length || sentences[i]!.start > start) i = lowerBound(sentences, start);
  for (; i < sentences.length && sentences[i]!.start <= start; i++) {
    if (end <= sentences[i]!.end) return sentences[i];
  }
  return undefined;
}

function lowerBound(sentences: Sentence[], offset: number): number {
  let lo = 0, hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function numbersOf(text: string): Set<string> {
  return new Set(text.match(/\d+(?:[.,]\d+)*/g) ?? []);
}

/** A rewrite must itself pass the analysis with no flag, and state no number the ticket did not. */
function passes(candidate: string, allowedNumbers: Set<string>, lang: Lang, others: Array<{ text: string; category: string }> = [], own?: string): boolean {
  if (!candidate.trim()) return false;
  for (const n of candidate.match(/\d+(?:[.,]\d+)*/g) ?? []) if (!allowedNumbers.has(n)) return false;
  if (!others.length) return flagFree(candidate, lang);
  return analyze(candidate, { lang }).findings.every((f) => others.some((o) => o.text === f.text.toLowerCase() || (f.category !== own && o.category === f.category)));
}

/** Forget what was checked and read (for a cold measurement in the bench). */
export function clearRewriteCaches(): void {
  flagFreeCache.clear();
  intlCache.clear();
  clearProblemCache();
}

// The same candidates come back on every keystroke: analyse each once.
const flagFreeCache = new Map<string, boolean>();

function flagFree(candidate: string, lang: Lang): boolean {
  const key = `${lang}\u0000${candidate}`;
  const hit = flagFreeCache.get(key);
  if (hit !== undefined) return hit;
  const clean = analyze(candidate, { lang }).findings.length === 0;
  if (flagFreeCache.size >= 512) flagFreeCache.delete(flagFreeCache.keys().next().value!);
  flagFreeCache.set(key, clean);
  return clean;
}

function uniqueByText(list: Suggestion[]): Suggestion[] {
  const seen = new Set<string>();
  return list.filter((s) => (seen.has(s.text) ? false : (seen.add(s.text), true)));
}

function fillGreeting(template: string, name: string | undefined, agent: string | undefined): string | undefined {
  const filled = template.replace(/\{name\}/g, name ?? '[name]').replace(/\{agent\}/g, agent ?? '[your name]').trim();
  return filled || undefined;
}
