import type { SentenceContext, RuleMatch } from '../types.ts';
import { leadStart, type ApologyKind } from '../apology-parts.ts';
import { isFunctionWord, isKnownName } from '../../lang/en/lexicon.ts';
import { englishClasses } from '../../classes/en.ts';
import { classSource } from '../../classes/expand.ts';
import { compilePattern } from '../../engine/compile.ts';

/**
 * Reads each apology in a sentence and says what it apologises for: nothing specific
 * (generic), the customer's feelings or a condition (non-apology), or something that went
 * wrong (specific, fine). Shared by the two apology rules and the acknowledgement signal.
 */
export type { ApologyKind };

export interface Apology extends RuleMatch {
  kind: ApologyKind;
  /** What the apology is for, as written ("for the late delivery"). */
  object: string;
}

const CUE = /(?<![\p{L}])(sorry|apolog(?:y|ies|i[sz]e[sd]?|i[sz]es|i[sz]ing)|regret(?:s|ted)?)(?![\p{L}])/giu;

// "feel sorry for", "no need to be sorry", "you won't regret it", "regret to inform" (jargon).
const NOT_AN_APOLOGY =
  /(?:feel(?:ing)?|felt) sorry$|(?:no need|nothing|don't need|do not need) to (?:be |say )?(?:sorry|apologi[sz]e)$|(?:don't|do not|never) be sorry$|(?:won't|will not|never|not) regret$|^regret to (?:inform|advise|say|announce)|^sorry (?:to (?:bother|trouble|interrupt|chase|pester|nag|ask)|for (?:bothering|the bother|asking|interrupting|chasing))/;

// Words an apology can wrap around itself ("I'm so very sorry", "please accept our sincere apologies").
const LEAD_WORDS = new Set([
  'i', "i'm", 'im', 'we', "we're", 'were', 'am', 'are', 'do', 'does', 'so', 'very', 'really', 'truly',
  'terribly', 'deeply', 'sincerely', 'extremely', 'awfully', 'genuinely', 'also', 'again', 'just',
  'please', 'accept', 'my', 'our', 'sincere', 'sincerest', 'deepest', 'humble', 'heartfelt', 'would',
  "i'd", "we'd", 'like', 'to', 'want', 'must', 'say', 'most', 'profuse', 'profusely', 'kindly',
]);

// Words that carry an apology's object on past a comma ("the delay, which cost you a day", "the
// outage, caused by the storm"); after any other word a comma starts a new clause ("…, kindly note").
const OBJECT_GOES_ON =
  'which|who|whom|whose|where|caused|causing|created|experienced|encountered|faced|suffered|incurred|including|especially|particularly|specifically|notably|namely|such as|or|nor|and (?:for|about|any)|as well as|along with|of|regarding|concerning|involving|affecting';

// Where an apology's object ends: punctuation, a dash, or a new clause.
const CLAUSE_END = new RegExp(
  String.raw`[.!?;:…()]|\s[–—-]\s|[–—]|,(?!\d)(?!\s*(?:${OBJECT_GOES_ON})(?![\p{L}]))|` +
    String.raw`\s(?=(?:but|however|although|though|as (?:we|i|it|this|the|our|they|there|that|per)|because|since|while|hence|whereas|and (?:we|i|will|would|want|hope|look|are|have|please|thank|let|our|you|encourage|apologi[sz]e|can|could|that's|it|this|am|i'm|we're|may|should))(?![\p{L}]))|https?:`,
  'iu',
);

// Objects that name no problem: they fit any ticket.
const GENERIC_WORDS = new Set([
  'hear', 'heard', 'hearing', 'read', 'reading', 'see', 'seeing', 'saw', 'learn', 'learning', 'know', 'knowing', 'find', 'note',
  'inconvenience', 'inconveniences', 'inconvenienced', 'trouble', 'troubles', 'troubled', 'difficulty', 'difficulties',
  'issue', 'issues', 'problem', 'problems', 'situation', 'matter', 'hassle', 'hassles', 'experience', 'experiences',
  'experienced', 'experiencing', 'frustration', 'frustrations', 'frustrating', 'disappointment', 'annoyance', 'bother', 'mess',
  'caused', 'cause', 'causing', 'happened', 'happen', 'happening', 'happens', 'occurred', 'running', 'run', 'ran', 'into',
  'going', 'through', 'facing', 'faced', 'face', 'encountered', 'encountering', 'encounter', 'concern', 'concerns', 'let', 'down',
  'disappoint', 'poor', 'bad', 'negative', 'unpleasant', 'whole', 'again', 'still', 'there', 'here', 'so', 'very', 'really',
  'truly', 'such', 'whatever', 'everything', 'anything', 'way', 'otherwise', 'now', 'further', 'also', 'just', 'too', 'one',
  'kind', 'type', 'sort', 'having', 'had', 'have', 'has', 'been', 'being', 'be', 'get', 'getting', 'got', 'us', 'all', 'any',
  'some', 'that', 'this', 'these', 'those', 'it', 'what', 'things', 'thing', 'stuff', 'news', 'hearing', 'about', 'regarding',
  'part', 'end', 'side', 'time', 'times', 'moment', 'current', 'recent', 'ongoing', 'continued', 'continuing', 'unfortunate',
  'same', 'whatsoever', 'possible', 'potential', 'may', 'might', 'trouble', 'sad', 'hard', 'tough', 'rough', 'feedback',
  'message', 'tweet', 'post', 'lately', 'recently', 'today', 'yesterday', 'earlier', 'previously', 'such', 'ever',
  // Verdicts and vague mishaps that fit any ticket ("not great", "the mix-up", "our mistake").
  'great', 'good', 'ideal', 'perfect', 'satisfactory', 'pleasant', 'expected', 'smooth', 'positive', 'best', 'better',
  'expectations', 'expectation', 'standard', 'standards', 'par', 'mix', 'up', 'mixup', 'mishap', 'mistake', 'mistakes',
  'error', 'errors', 'oversight', 'glitch', 'hiccup', 'hiccups', 'inconvenient', 'unfortunate', 'happening', 'occurrence',
  'not', 'no', 'never', 'meet', 'met', 'did', 'does', 'do', 'was', 'were', 'is', 'are', 'am',
  'currently', 'presently', 'possibly', 'potentially', 'actually', 'personally', 'caused', 'causing', 'created', 'poor',
]);

const FEELING_OBJECT = [
  /^\s*if(?![\p{L}])/u,
  /(?<![\p{L}])you(?:'re|'ve| are| were| have| had| may| might| must| feel| felt|'d)?[^.,!?]{0,30}?(?<![\p{L}])(?:f(?:ee|eel|eels|elt|eeling)\w* (?:this|that|the same) way|upset|unhappy|disappointed|dissatisfied|offended|frustrated|annoyed|angry|hurt|let down|confused|displeased|feel|felt|feeling|not (?:satisfied|happy|pleased|content))(?![\p{L}])/u,
  /(?<![\p{L}])your (?:disappointment|frustrations?|dissatisfaction|feelings?|displeasure|upset|confusion|anger|annoyance)(?![\p{L}])/u,
  /(?<![\p{L}])(?:the |any )?(?:frustration|upset|disappointment|anger) (?:that )?(?:we|this|it)(?:'ve| have| has| may have| might have)? caused/u,
  /(?<![\p{L}])any (?:confusion|offen[cs]e|misunderstanding|hurt feelings)(?![\p{L}])/u,
  /(?<![\p{L}])any (?:frustrations?|upset|stress|distress|disappointment|annoyance|difficult(?:y|ies)|troubles?|inconveniences?|issues?|problems?) (?:that )?you(?:'ve| have| may have| might have| may've| might've)? (?:experienced|encountered|felt|faced|suffered)(?![\p{L}])/u,
  /(?<![\p{L}])as (?:much as |well as )?you(?:'d| would) (?:like|have liked|have hoped|hoped|expect)|(?:wasn't|weren't|isn't|was not|were not|is not) what you (?:expected|hoped|wanted)/u,
];

const NAME_LIKE = /^[\p{Lu}][\p{Ll}'’-]+$/u;

/** Single-word members of a class as a test on one lower-case word (a trailing * = any ending). */
function wordTest(name: string): (word: string) => boolean {
  const exact = new Set<string>();
  const stems: string[] = [];
  for (const m of englishClasses[name]!.members) {
    if (/\s/.test(m)) continue;
    if (m.endsWith('*')) stems.push(m.slice(0, -1));
    else exact.add(m);
  }
  return (word) => exact.has(word) || stems.some((s) => word.startsWith(s));
}
const isMishap = wordTest('MISHAP_NOUN');
const isFeeling = wordTest('FEELING_NOUN');
const isCircumstance = wordTest('CIRCUMSTANCE_NOUN');
const REPLY_DELAY = compilePattern(classSource(englishClasses, 'REPLY_DELAY'), true);

export function findApologies(ctx: SentenceContext): Apology[] {
  // Two rules and a signal read the same apologies: read them once per sentence.
  const memo = (ctx.memo ??= new Map());
  let found = memo.get('en.apologies') as Apology[] | undefined;
  if (!found) memo.set('en.apologies', (found = readApologies(ctx)));
  return found;
}

function readApologies(ctx: SentenceContext): Apology[] {
  const out: Apology[] = [];
  const { text, lower } = ctx;
  if (!/sorry|apolog|regret/.test(lower)) return out;
  CUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUE.exec(lower))) {
    const cueStart = m.index;
    const cueEnd = m.index + m[0].length;
    const before = lower.slice(Math.max(0, cueStart - 30), cueEnd);
    const after = lower.slice(cueStart, cueStart + 30);
    if (NOT_AN_APOLOGY.test(before) || NOT_AN_APOLOGY.test(after)) continue;
    if (/^regret/.test(m[0]) && !/(?:^|[^\p{L}])(?:i|we|i'm|we're|deeply|truly|sincerely)\s+$/u.test(lower.slice(Math.max(0, cueStart - 12), cueStart))) {
      continue; // "regret" as a plain verb ("customers who regret upgrading") needs an I/we subject to be an apology.
    }
    const start = leadStart(ctx, cueStart, LEAD_WORDS);
    const rest = text.slice(cueEnd);
    const stop = rest.search(CLAUSE_END);
    let object = stop < 0 ? rest : rest.slice(0, stop);
    // "I'm sorry, but we can't…": the apology softens the clause after it and is judged with it.
    if (/^\s*,?\s*but(?![\p{L}])/u.test(rest)) {
      out.push({ start, end: cueEnd, kind: 'softener', object: '' });
      continue;
    }
    // "I'm sorry: the invoice was charged twice because…": the clause after a colon or dash is the object.
    const explained = /^\s*(?::|\s[–—-])\s*(\S[^.!?]*)/u.exec(rest);
    if (explained && object.trim() === '') object = ` ${explained[1]}`;
    // "Sorry, did you get it?" / "I sincerely apologize, our team…": the apology has no object.
    else if (/^\s*[,!]/.test(rest)) object = '';
    const trimmed = trimVocative(object, ctx.customerName);
    const end = cueEnd + trimmed.replace(/\s+$/, '').length;
    const kind = classify(trimmed, ctx);
    // "The parcel went to the wrong depot, and I'm sorry for that": "that" points back at the
    // clause before it in the same sentence, and a clause telling what went wrong is what it names.
    const antecedent = kind === 'generic' && POINTS_BACK.test(trimmed) ? ANAPHORIC_LEAD.exec(lower.slice(0, start))?.[1] : undefined;
    if (antecedent && TELLS_A_FAULT.test(antecedent) && classify(antecedent, ctx) === 'specific') {
      out.push({ start, end, kind: 'specific', object: antecedent.trim() });
      continue;
    }
    out.push({ start, end, kind, object: trimmed.trim() });
  }
  return out;
}

// An object that only points back ("for that", "about this", or none at all).
const POINTS_BACK = /^\s*(?:(?:for|about)\s+(?:that|this|it|all (?:of )?(?:that|this)|what happened)\s*)?$/u;
// The clause before ", and I'm sorry for that" in the same sentence.
const ANAPHORIC_LEAD = /^(.{12,}?)[,;]?\s+(?:and|so)\s+$/su;
// A clause that tells of something that went wrong: a verb in the past or in the negative ("went",
// "charged you twice", "didn't arrive"), not a present feeling ("I understand, and I'm sorry").
const TELLS_A_FAULT = /(?<![\p{L}])(?:[\p{L}]+ed|went|sent|got|took|made|gave|lost|left|was|were|had|forgot|broke|put|let|told|sold|gone|been|(?:was|were|is|are|did|does|do|has|have|had|could|would)n't|(?:did|could|would|has|have|had|was|were) not|never)(?![\p{L}])/u;

/** Drops a trailing ", Maria" (and a bare trailing name) so the span is the apology itself. */
function trimVocative(object: string, customerName?: string): string {
  const m = /^(.*?)[\s,]+([\p{Lu}][\p{L}'’-]+)\s*$/u.exec(object);
  if (m && isName(m[2]!, customerName, true)) return m[1]!;
  return object;
}

function isName(word: string, customerName: string | undefined, trailing: boolean): boolean {
  if (!NAME_LIKE.test(word)) return false;
  if (customerName && customerName.toLowerCase().split(/\s+/).includes(word.toLowerCase())) return true;
  if (isKnownName(word)) return true;
  // An unknown capitalised word closing the clause is most often the customer's name ("…, Jasmany").
  return trailing && !isFunctionWord(word) && !GENERIC_WORDS.has(word.toLowerCase());
}

function classify(object: string, ctx: SentenceContext): ApologyKind {
  const lower = object.toLowerCase();
  if (FEELING_OBJECT.some((re) => re.test(lower))) return 'non-apology';
  // Our own slow reply names nothing about the customer's case.
  REPLY_DELAY.lastIndex = 0;
  if (REPLY_DELAY.test(lower)) return 'generic';
  if (hasContent(object, ctx.customerName)) return 'specific';
  // Nothing specific, and a feeling among the words: sorry for how they feel ("for any frustration").
  return (lower.match(/[\p{L}]+/gu) ?? []).some((w) => isFeeling(w)) ? 'non-apology' : 'generic';
}

const OBJECT_WORD = /\[[^\]]+\]|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Is there a vague mishap word earlier in the object ("any trouble with your order")? */
function mishapBefore(object: string, at: number): boolean {
  return (object.slice(0, at).toLowerCase().match(/[\p{L}-]+/gu) ?? []).some((w) => isMishap(w) || isFeeling(w));
}

/** Does the apology's object name anything (a delay, the parcel, logging in, order 4411)? */
function hasContent(object: string, customerName?: string): boolean {
  OBJECT_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OBJECT_WORD.exec(object))) {
    const word = m[0];
    if (word.startsWith('[')) return true; // a placeholder the agent will fill with the specifics
    if (/\p{N}/u.test(word)) return true;
    const lower = word.toLowerCase().replace(/’/g, "'");
    const base = lower.replace(/'(?:s|re|ve|ll|d|m|t)$/, '');
    if (GENERIC_WORDS.has(lower) || GENERIC_WORDS.has(base) || isMishap(lower) || isFeeling(lower)) continue;
    // "the inconvenience during your stay": where a vague mishap happened still names no problem.
    if (isCircumstance(lower) && mishapBefore(object, m.index)) continue;
    if (isFunctionWord(lower) || isFunctionWord(base) || /n't$/.test(lower)) continue;
    if (/^[\p{Lu}]/u.test(word) && isName(word, customerName, false)) continue;
    return true;
  }
  return false;
}
