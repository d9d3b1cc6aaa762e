import { analyze } from '../analysis/index.ts';
import type { Finding, Report, SignalId, Suggestion, TicketContext } from '../analysis/types.ts';
import { SIGNAL_IDS } from '../analysis/types.ts';
import { splitSentences, type Sentence } from '../analysis/engine/segment.ts';
import { extractProblem, possessedThing } from './problem.ts';
import { readRegister } from './register.ts';
import { additionFor, rewritesFor, type Ticket } from './compose.ts';

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
  if (report.lang !== 'en') {
    // Rewrites are written for English; other languages keep their rules' own suggestions.
    return { findings: report.findings, additions: [], contextUsed: [] };
  }
  const ticket = readTicket(text, options);
  const register = readRegister(text);
  const sentences = splitSentences(text);
  const nameParts = `${options.customerName ?? ''} ${ticket.firstName ?? ''}`.split(/\s+/).filter((w) => w.length > 1).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // A name the reply already uses (in the greeting, say) is not repeated; one scan per reply.
  const nameInReply = nameParts.some((part) => new RegExp(`(?<![\\p{L}])${part}(?![\\p{L}])`, 'iu').test(text));
  const allowedNumbers = numbersOf(`${options.customerMessage ?? ''} ${text}`);
  const passing = (s: Suggestion) => passes(s.text, allowedNumbers);
  let cursor = 0;
  const findings = report.findings.map((f, index) => {
    // Beyond the first few findings of a pasted wall of text, the rule's own suggestions do:
    // the work per reply stays bounded whatever the customer or the page sends.
    if (index >= MAX_PERSONALIZED) return { ...f, suggestions: f.suggestions.filter(passing).slice(0, 3) };
    const sentence = sentenceAt(sentences, f.start, f.end, cursor);
    if (sentence) cursor = sentences.indexOf(sentence, cursor);
    const before = text.slice(sentence?.start ?? f.start, f.start);
    const sentenceStart = !sentence || /^[\s"'“]*$/.test(before) || /^(?:hi|hello|hey|dear)\b[^,]*,\s*$/i.test(before);
    const candidates = rewritesFor(f, sentenceStart && !/,\s*$/.test(before), nameInReply, ticket, register);
    const checked = uniqueByText(candidates).filter(passing).slice(0, 3);
    return { ...f, suggestions: checked.length ? checked : f.suggestions.filter(passing).slice(0, 3) };
  });
  const additions: Addition[] = [];
  for (const id of SIGNAL_IDS) {
    if (report.signals[id].present) continue;
    const s = additionFor(id, ticket, register, options.greeting ? fillGreeting(options.greeting, ticket.firstName, options.agentName) : undefined);
    if (s && passes(s.text, allowedNumbers)) additions.push({ signal: id, suggestion: s });
  }
  const contextUsed = [ticket.firstName, ...(ticket.problem?.keywords ?? [])].filter((x): x is string => !!x);
  return { findings, additions, contextUsed };
}

function readTicket(text: string, options: RewriteOptions): Ticket {
  let firstName: string | undefined;
  const name = options.customerName?.trim();
  if (name) firstName = options.nameForm === 'full' ? name : name.split(/\s+/)[0];
  else {
    // The generic page: the greeting the agent typed ("Hi Maria,") names the customer.
    const g = /^[ \t]*(?:hi|hello|hey|dear)[ \t]+([A-Z][\p{L}'’-]+)[ \t]*[,!]/mu.exec(text.slice(0, 2000));
    if (g && !/^(?:there|team|all|everyone)$/i.test(g[1]!)) firstName = g[1];
  }
  return { firstName, problem: extractProblem(options.customerMessage), thing: possessedThing(options.customerMessage) };
}

/** Findings past this many keep their rule's suggestions (a bound on the work per reply). */
const MAX_PERSONALIZED = 40;

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
function passes(candidate: string, allowedNumbers: Set<string>): boolean {
  if (!candidate.trim()) return false;
  for (const n of candidate.match(/\d+(?:[.,]\d+)*/g) ?? []) if (!allowedNumbers.has(n)) return false;
  return flagFree(candidate);
}

// The same candidates come back on every keystroke: analyse each once.
const flagFreeCache = new Map<string, boolean>();

function flagFree(candidate: string): boolean {
  const hit = flagFreeCache.get(candidate);
  if (hit !== undefined) return hit;
  const clean = analyze(candidate, { lang: 'en' }).findings.length === 0;
  if (flagFreeCache.size >= 512) flagFreeCache.delete(flagFreeCache.keys().next().value!);
  flagFreeCache.set(candidate, clean);
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
