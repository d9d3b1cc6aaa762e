import nlp from 'compromise/two';
import { toSecondPerson } from './perspective.ts';
import { isFunctionWord } from '../analysis/lang/en/lexicon.ts';

/**
 * What went wrong, in the customer's own words, ready to follow "I'm sorry": the clause of their
 * message that carries the complaint, turned to the second person and cut at a clause boundary.
 */
export interface Problem {
  /** "your parcel never came"; subject-first, lower-case start, no final punctuation (null when no clause reads well). */
  clause: string | null;
  /** A few content words of the clause, for the card's "from the ticket: …". */
  keywords: string[];
}

// Words that mark a sentence as the complaint rather than a greeting or a question of etiquette.
const PROBLEM_CUES =
  /(?<![\p{L}])(?:not|never|no|can't|cannot|cant|won't|wont|doesn't|doesnt|didn't|didnt|isn't|isnt|wasn't|haven't|hasn't|still|broken|broke|cracked|damaged|missing|lost|late|delayed|wrong|charged|twice|crash\w*|freez\w*|error|stuck|hacked|compromised|locked|cancel\w*|refund\w*|failed|fail\w*|unable|problem|issue|trouble|keeps?|again|hours?|days?|weeks?|waiting|hold|arrived|came|never|changed|stolen|someone|overcharged|bill(?:ed)?)(?![\p{L}])/giu;

const GREETING_LEAD = /^(?:(?:hi|hello|hey|dear|help|pls|please|ok|okay|so|well|yep|yes|ugh|hmm|oh)\b[\s,!.:-]*)+/i;

const cache = new Map<string, Problem | null>();

export function extractProblem(message: string | undefined): Problem | null {
  if (!message || !message.trim()) return null;
  const hit = cache.get(message);
  if (hit !== undefined) return hit;
  const found = readProblem(message);
  if (cache.size > 64) cache.clear();
  cache.set(message, found);
  return found;
}

function readProblem(message: string): Problem | null {
  const cleaned = message
    .slice(0, 4000)
    .replace(/https?:\/\/\S+|\bwww\.\S+/g, ' ')
    .replace(/(^|\s)(?:@[\w.]+|#[A-Za-z][\w.]*)/g, ' ') // handles and hashtags, not order numbers (#4411)
    .replace(/__email__|\S+@\S+\.\S+/g, ' ')
    .replace(/[\u{1F000}-\u{1FAFF}\u{2600}-\u{27BF}\uFE0F\u200d]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const sentences = cleaned.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter(Boolean);
  let best: { text: string; score: number } | null = null;
  for (const [i, s] of sentences.entries()) {
    if (/\?\s*$/.test(s) && sentences.length > 1) continue; // questions rarely state the problem
    const cues = s.match(PROBLEM_CUES)?.length ?? 0;
    const firstPerson = /(?<![\p{L}])(?:my|i|i'm|i've|me|we|our)(?![\p{L}])/iu.test(s) ? 1 : 0;
    const score = cues * 2 + firstPerson - i * 0.1;
    if (cues > 0 && (!best || score > best.score)) best = { text: s, score };
  }
  const source = best?.text ?? sentences[0] ?? '';
  const shaped = best ? shapeClause(best.text) : null;
  // One parse serves both the clause check and the topic words.
  const doc = shaped?.doc ?? nlp(toSecondPerson(source.slice(0, 300)));
  const keywords = (doc.match('#Noun+').not('#Pronoun').out('array') as string[])
    .map((n: string) => n.replace(/^(?:your|our|the|a|an|my|their|his|her)\s+/i, '').replace(/[.,!?'"“”]+$/, '').toLowerCase())
    .filter((n: string) => n.length > 2 && n.split(' ').length <= 3 && !isFunctionWord(n) && !GENERIC_TOPICS.test(n))
    .slice(0, 3);
  if (!shaped && !keywords.length) return null;
  return { clause: shaped?.clause ?? null, keywords };
}

const GENERIC_TOPICS = /^(?:nobody|somebody|someone|anyone|everyone|thing|things|time|month|week|day|year|today|help|issue|problem|thanks|thank|hi|hello|hey|people|guys|way|lot|bit|please|sorry|hours?|minutes?|days?|weeks?|months?|years?)$/i;

const DANGLING = /\s+(?:and|or|but|so|the|a|an|it's|it’s|it|you|your|our|we|with|to|of|for|that|which|because|as|in|on|at|from|by|link|now|please|pls|then|just|also|really|very|when|if|this|these|those|is|are|was|were|be|been|have|has|had|will|would|can|could|not|no)$/i;
const QUESTION_START = /^(?:why|how|what|when|where|who|which|is|are|can|could|would|will|do|does|did|should|anybody|anyone|since|if)\b/i;

/** Cuts a sentence to its complaint and makes it follow "I'm sorry": subject first, second person. */
function shapeClause(sentence: string): { clause: string; doc: ReturnType<typeof nlp> } | null {
  let s = sentence.replace(GREETING_LEAD, '').replace(/[.!?…]+$/, '').trim();
  // Keep the first clause that carries a cue; long tails ("…, so I want a refund and …") go.
  const parts = s
    .split(/\s*(?:[,;:()"“”–—]|\.\.+|\s-\s|\bbut\b|\bso\b|\bbecause\b|\band then\b|\band (?=please|pls|help|can|could|i\b|it's|why))\s*/i)
    .filter((p) => p.split(/\s+/).length >= 3 && !QUESTION_START.test(p));
  s = parts.find((p) => { PROBLEM_CUES.lastIndex = 0; return PROBLEM_CUES.test(p); }) ?? '';
  PROBLEM_CUES.lastIndex = 0;
  if (!s) return null;
  let words = s.split(/\s+/);
  if (words.length > 12) s = words.slice(0, 12).join(' ');
  for (let i = 0; i < 6 && DANGLING.test(s); i++) s = s.replace(DANGLING, '');
  words = s.split(/\s+/);
  if (words.length < 3) return null;
  s = toSecondPerson(s);
  // The clause must read after "I'm sorry": give a verb-first clause its subject ("keep getting…" → "you keep getting…").
  const doc = nlp(s);
  // compromise keeps each term's tags as a Set; reading them directly avoids a costly .json().
  const terms = ((doc as unknown as { docs: Array<Array<{ tags: Set<string> }>> }).docs[0] ?? []).map((t) => ({ tags: [...t.tags] }));
  const tags = terms[0]?.tags ?? [];
  const firstWord = words[0]!.toLowerCase();
  if (tags.includes('Gerund') || /^(?:unable|stuck|locked|trying|facing|having|getting)$/.test(firstWord)) {
    s = `you're ${lowerFirst(s)}`;
  } else if (tags.includes('PresentTense') && /s$/.test(firstWord) && !/ss$/.test(firstWord)) {
    s = `it ${lowerFirst(s)}`; // "Keeps freezing" — the thing they complain about is the subject
  } else if (tags.includes('Verb') || tags.includes('Modal') || /^(?:still|keep|can't|cannot|cant|never)$/.test(firstWord)) {
    s = `you ${lowerFirst(s)}`;
  }
  s = s.replace(/\s+/g, ' ').trim();
  if (s === s.toUpperCase()) s = s.toLowerCase(); // shouting is theirs, not ours
  s = s.replace(/\b([A-Z]{4,})\b/g, (w) => w.toLowerCase());
  s = lowerFirst(s);
  // A clause we cannot vouch for reads worse than a plain one: it needs a subject and a verb.
  if (!/^(?:your|you|you're|you've|you'd|someone|somebody|the|this|that|it|its|it's|there|my|our|we|we've|we're)\b/i.test(s) && !/^[A-Z]/.test(sentence.trim())) return null;
  if (!terms.some((t) => t.tags.includes('Verb') || t.tags.includes('Copula')) && !/\b(?:you're|you've|it's)\b/.test(s)) return null;
  if (/(?<![\p{L}])(?:i|me|my|i'm|i've)(?![\p{L}])/iu.test(s)) return null;
  return { clause: s, doc };
}

function lowerFirst(s: string): string {
  return s ? s[0]!.toLowerCase() + s.slice(1) : s;
}

/** "my laptop" in their message → "your laptop": the thing that is theirs, for a plainer apology. */
export function possessedThing(message: string | undefined): string | null {
  if (!message) return null;
  const m = /(?<![\p{L}])my\s+((?:[\p{L}\p{N}-]+\s+){0,2}?[\p{L}\p{N}-]{3,})(?=\s+(?:is|was|has|had|have|keeps?|won't|wont|doesn't|doesnt|didn't|isn't|can't|never|still|got|arrived|came|stopped|broke|crashed|froze|hasn't|wasn't)\b|[,.!?])/iu.exec(message);
  if (!m) return null;
  // "my subscription this month" → "your subscription": time words are not part of the thing.
  const thing = m[1]!.toLowerCase().split(/\s+/);
  const cut = thing.findIndex((w) => /^(?:this|that|last|today|yesterday|again|now|still|just|also|since|for|from|on|in|at)$/.test(w));
  return `your ${(cut > 0 ? thing.slice(0, cut) : thing).join(' ')}`;
}
