import { toSecondPerson } from './perspective.ts';
import { decodeEntities } from './entities.ts';
import { isFunctionWord, inLexicon } from '../analysis/lang/en/lexicon.ts';
import { isNounish, isVerbish, tagsOf } from './tags.ts';
import { readsAsClause } from './clause-check.ts';

/**
 * What went wrong, read from the customer's message as a person would: the clause that says what
 * failed, broke, is missing, late, wrong or charged — not the first clause, and not what the
 * customer did normally ("I ordered…", "I paid…") — turned to the second person, ready to follow
 * "I'm sorry".
 */
export interface Problem {
  /** "your parcel never came"; subject first, lower-case start unless a name, no end punctuation. */
  clause: string | null;
  /** The customer's own words the clause came from (entities decoded), for the card and the eval. */
  source: string | null;
  /** A few content words of the complaint, for the card's "from the ticket: …". */
  keywords: string[];
  /** They accuse our side of intent (lied, on purpose, stole): acknowledge, never admit. */
  accusation: boolean;
  /** When no clause reads well: what the complaint is about ("your picture", "After Effects"). */
  topic: string | null;
  /** The clause is our short frame around their thing ("your Roku is giving you trouble"), not their words. */
  framed?: boolean;
}

// Words that say something failed; each counts towards a clause being the complaint. Facts (it
// broke, it never came, I was charged) outrank verdicts ("ridiculous", "unacceptable") below.
const FAILURE =
  /(?<![\p{L}])(?:not|never|no longer|nothing|none|no|can['’]?t|cannot|cant|won['’]?t|wont|don['’]?t|dont|doesn['’]?t|doesnt|dosnt|didn['’]?t|didnt|isn['’]?t|isnt|wasn['’]?t|wasnt|aren['’]?t|weren['’]?t|haven['’]?t|havent|hasn['’]?t|hasnt|couldn['’]?t|unable|broken|broke|breaks|cracked|damaged|missing|lost|loose|late|delayed|delays?|wrong|charged|overcharged|fees?|hacked|compromised|crash\w*|freez\w*|froze|frozen|hangs?|stuck|down|errors?|fail\w*|cancell?ed|deactivated|disabled?|locked|disconnected|glitch\w*|stolen|mou?ld|declined|declnd|dropped|killing|ripped|loud|bug\w*|problems?|issues?|trouble|waiting|hold|deleted|removed|refused|expired|blocked|restricted|slow|barely|denied|leak\w*|messed|ruined|forgot|forgotten|dead|faulty|defect\w*|fake|false|going up|stutter\w*|underwater|cut off|shut off|ignored|muted|banned|suspended|hung up|kicked|never arrived|changed|bounced|overcharg\w*|refus\w*|cost(?:s|ing)?\s+(?:me|us)|oops|undercook\w*|overcook\w*|cold|stale|defaulting|resets?|reset|tossed|thrown|threw|buffer\w*|waited\s+(?:for\s+)?(?:over\s+|more\s+than\s+|almost\s+|nearly\s+|about\s+)?(?:\d+|an?|two|three|four|five|six|several|many)\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)|wet|dirty|filthy|gone|disappeared|vanished|instead\s+of|twice|double[\s-]charged|spam\w*|unusable|outages?|offline|drain\w*|overheat\w*|lag\w*|disconnect\w*|wiped|logged\s+(?:me\s+)?out|incorrect|inaccurate|mixed\s+up|torn|spilled|smashed|scratched|dented|glitchy|spotty|intermittent\w*|on\s+and\s+off|overpriced|kicked\s+out|slowly|botched|half\s+the\s+time|only\s+(?:works|worked|working)|hell|sucks?|sucked|shady|crap|crappy|hate|worthless|poor|bad|nightmare|mess|aches?|sick|pain|hurts?|stopped\s+(?:me|us)|prevent(?:ed|s)?\s+(?:me|us)|(?:won['’]?t|wouldn['’]?t|doesn['’]?t|didn['’]?t)\s+let\s+(?:me|us)|(?:it['’]?s|it\s+has|its)\s+been\s+(?:over\s+|more\s+than\s+|almost\s+|nearly\s+|about\s+)?(?:\d+|a|an|two|three|four|five|six|several|many)\s+(?:hours?|days?|weeks?|months?|years?)|(?:going\s+on|happening)\s+with)(?![\p{L}])/giu;
// Verdicts on what happened: a complaint, but the fact beside them is what an apology names.
const VERDICT = /(?<![\p{L}])(?:disgusted|fed\s+up|sick\s+of|tired\s+of|unhappy|upset|furious|angry|rude|awful|terrible|terribly|horrible|worse|worst|ridiculous|disappointed|disappointing|disgrace\w*|unacceptable|misleading|incompetent|fiasco|lame|garbage|useless|pathetic|joke|scam\w*|lied|lie|kidding|annoying|frustrat\w*|not helpful|no help)(?![\p{L}])/giu;
const VERDICT_WORDS = /(?<![\p{L}])(?:rude|awful|terrible|terribly|horrible|worse|worst|ridiculous|disappointing|disgraceful|unacceptable|misleading|incompetent|lame|useless|pathetic|annoying|frustrating|poor|bad|crappy|shady)(?![\p{L}])/giu;
// "I tried… to no avail", "I've complained repeatedly": what they did about it, not what went wrong.
const THEIR_EFFORT = /(?<![\p{L}])(?:to no avail|(?:i|we)(?:['’]ve|\s+have)?\s+(?:already\s+|definitely\s+|even\s+|also\s+)?(?:tried|complained|called|contacted|emailed|messaged|sent|given|asked|reported|restarted|reset|reinstalled|deleted|did|done|checked))(?![\p{L}])/giu;
// Asking for help is not saying what failed.
const REQUEST = /^(?:(?:can|could|would|will)\s+(?:you|u|someone|somebody|anyone)|please|pls|plz|help|i\s+(?:need|want|would like)|let\s+me|is\s+there|do\s+you|are\s+you|any\s+(?:update|help|news))\b/i;
const PERSISTENCE = /(?<![\p{L}])(?:still|again|anymore|yet|keeps?(?: on)?|kept|constantly|repeatedly|for\s+the\s+(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|nth|umpteenth)\s+time)(?![\p{L}])/giu;
// Negations that are manners of speech, not something that failed ("I don't care about the 14p").
const HEDGED_NEGATION = /(?<![\p{L}])(?:(?:(?:i|we)\s+)?(?:do not|don['’]?t|dont)\s+(?:care|mean|know|think|believe|want|mind|understand|see why)|can['’]?t\s+believe|makes\s+no\s+sense|no\s+worries|no\s+problem|not\s+(?:a|the)\s+problem|(?:didn['’]?t|don['’]?t|doesn['’]?t)\s+not|no\s+dice|no\s+matter|lost\s+(?:me|us)\s+as\s+a\s+customer|broke\s+out|(?:do\s+not|don['’]?t|dont)\s+have\s+(?:to|a\s+clue)|(?:can['’]?t|cannot|couldn['’]?t)\s+(?:believe|imagine|deal|help\s+(?:but|it)|complain|thank|recommend|praise)|never\s+hurts|not\s+sure|no\s+idea|no\s+one\s+(?:wants|likes)|never\s+mind|nevermind|no\s+need|never\s+again)(?![\p{L}])/giu;
// What the customer did normally: never the complaint on its own.
const NORMAL_ACTION = /(?<![\p{L}])(?:ordered|paid|bought|purchased|called|phoned|signed up|booked|used|downloaded|installed|updated|subscribed|tried|contacted|sent|emailed|reserved|had|have|got)(?![\p{L}])/giu;
// Motive words: an accusation a reply must never repeat as an admission.
const ACCUSATION = /(?<![\p{L}])(?:lie|lied|lying|liars?|steal\w*|stole|scam\w*|on purpose|deliberately|intentionally|shady|crooks?|for no reason|ripped me off|rip(?:ping)? (?:me |people )?off)(?![\p{L}])/iu;
const PRAISE = /(?<![\p{L}])(?:thanks?|thank you|thx|love|great|awesome|amazing|brilliant|helpful|happy|mvp|cheers|excited|glad)(?![\p{L}])/iu;

const LEAD_FILLER = /^(?:(?:hi|hello|hey|dear|yo|help|pls|plz|please|ok|okay|so+|damn|dang|omg|wow|geez|jeez|typical|well|yes|yep|no(?=[,.!])|ugh+|hmm+|oh|and|but|also|now|then|just|apparently|honestly|seriously|lol|wtf|smh|fyi|update|urgent)\b[\s,!.:;-]*)+/i;
// "my Name is Lior Navon": an introduction, not the complaint (case-sensitive on the name).
const NAME_INTRO = /^(?:[Mm]y\s+[Nn]ame\s+[Ii]s|[Tt]his\s+[Ii]s)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?,?\s*/u;
const LEAD_HEDGE = /^(?:how\s+(?:is\s+it\s+possible|can\s+it\s+be|come)\s+that|is\s+it\s+normal\s+that|(?:i\s+)?(?:just\s+)?(?:noticed|realised|realized|found\s+out|discovered)(?:\s+that)?|for\s+the\s+(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|nth|umpteenth)\s+time|since\s+(?:the\s+)?[\p{L}\p{N}]+(?:\s+[\p{L}\p{N}]+)?(?=\s+(?:my|your|our|the|it|its|it's|i|we|they)\s)|(?:for|over|in)\s+the\s+(?:last|past)\s+(?:few\s+|couple\s+of\s+)?\w+,?|till now|until now|since then|so far|today|yesterday|tonight|this morning|last night|i (?:(?:legit|honestly|really|kinda|kind\s+of|actually|do)\s+)?(?:think|feel like|believe|guess|suspect|noticed|realised|realized|see|just found out)(?: that)?|it (?:seems|looks) like|seems like|looks like|unfortunately|sadly)\s+/iu;
const TRAIL_FILLER = /[\s,;:-]*(?:smh|lol|please|pls|plz|help|thanks|thank you|again\?|wtf|haha|ha|!)*[\s!?.…,;:-]*$/i;
const DANGLING = /\s+(?:and|or|but|so|the|a|an|it['’]s|it|you|your|our|we|with|to|of|for|that|which|because|as|in|on|at|from|by|now|please|pls|then|just|also|really|very|when|if|this|these|those|is|are|was|were|be|been|have|has|had|will|would|can|could|not|no|my|i|nobody|no\s+one|they|he|she)$/i;
const CLAUSE_SPLIT = /\s*(?:[;:()"“”–—]|(?<=\S)\s+(?=you\s+(?:gotta|have\s+got\s+to|must\s+be|guys\s+are)\b)|\band\s+(?=(?:please|pls|plz|can|could|would|will|help|i\s+need)\b)|(?<=\S)\s+(?=i['’]m\s+(?:having|getting|still|not|so|really|tired|done|stuck|unable)\b)|(?<=\S)\s+(?=i\s+(?:am|was|have|had|can|can['’]?t|need|want|don['’]?t|didn['’]?t|just|really|think|tried|know)\b)|,(?!\d)|\.\.+|\s-\s|\s(?:wtf|smh|lol)\b|(?<=\w)\s+(?=no\s+longer\s+(?:can|able)\b)|(?<=\S)\s+(?=(?:(?:can|could|would)\s+(?:you|u|someone|anyone)|please|pls|plz)\b)|(?<=\S)\s+why\b(?!\s+(?:is|are|was|were|has|have|did|does|do|can|won|isn|wasn|doesn|didn|hasn|haven|would|will))|(?<=\S)\s+(?=makes?\s+me\s+(?:think|feel|wonder)\b)|(?<=\w)\s+(?=(?:it['’]s\s+been|it\s+(?:has|was|keeps|won['’]?t|doesn['’]?t|didn['’]?t|never|still))\b)|\bso\b(?!\s+(?:many|much|long|far|bad|badly|slow|often|quickly|late|annoying|frustrating|expensive|loud|hard|difficult|rude|unhelpful|unprofessional|disrespectful|condescending|dismissive)\b)|\b(?:but|because|even though|although|though|yet|and then|while|whereas)\b|(?:\band\b|&)(?=\s+(?:with|was|were|got|your|our|his|her|their|it|its|it['’]s|they|i|i['’]m|i['’]ve|my|now|still|then|the|this|when|you|nothing|no|didn['’]?t|didnt|doesn['’]?t|won['’]?t|can['’]?t|never|isn['’]?t|wasn['’]?t|hasn['’]?t)\b))\s*/i;

// Past acts a subjectless clause means the customer did ("tried", "waited", "lost my card").
const CUSTOMER_PAST = /^(?:tried|ordered|paid|bought|called|waited|got|received|lost|had|sent|emailed|booked|went|came|spent|noticed|missed|forgot|wasted|couldn['’]?t|didn['’]?t|never|been|signed|logged|purchased|downloaded|installed|updated|requested|applied|reported|returned|cancell?ed)$/i;

const QUESTION_START = /^(?:why|how|what|when|where|who|which|is|are|was|can|could|would|will|do|does|did|should|any|has|have)\b/i;

const cache = new Map<string, Problem | null>();

export function clearProblemCache(): void {
  cache.clear();
}

export function extractProblem(message: string | undefined): Problem | null {
  if (!message || !message.trim()) return null;
  const hit = cache.get(message);
  if (hit !== undefined) return hit;
  const found = readProblem(message);
  if (cache.size > 64) cache.clear();
  cache.set(message, found);
  return found;
}

/** The message without what is not prose: links, handles, e-mail addresses, emoji, entities. */
export function cleanMessage(message: string): string {
  return decodeEntities(message.slice(0, 4000))
    .replace(/https?:\/\/\S+|\bwww\.\S+|\blink\s*$/g, ' ')
    // A handle goes with the preposition that led to it ("the season of @ClawsTNT not available").
    .replace(/(?:\s(?:of|from|with|at|to|for|on|by))?(?:^|[\s.,;:!?(])\.?@[\w.]+/gi, ' ')
    // "#phone #battery" reads as words; "#centurylinksucks" is not one.
    .replace(/(^|\s)#([A-Za-z][\w]*)/g, (_m, sp: string, tag: string) => (inLexicon(tag.toLowerCase()) || /[A-Z0-9]/.test(tag) ? `${sp}${tag}` : sp))
    .replace(/__email__|\S+@\S+\.\S+/g, ' ')
    .replace(/[\u{1F000}-\u{1FAFF}\u{2600}-\u{27BF}\uFE0F\u200d]/gu, ' ')
    .replace(/(?<=\p{L})&(?=\p{L})/gu, ' & ')
    // Square brackets are our placeholders: a customer's "[My printer…" must not look like one.
    .replace(/[[\]{}]/g, ' ')
    // "@Lyft 's surge pricing": the handle went, its possessive is left with nothing to hold.
    .replace(/(^|[\s.!?])['’]s\s+/gu, '$1')
    // "…this device.This device…": sentences a form glued together.
    .replace(/(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll}|I\s)/gu, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

const ELAPSED = /(?<![\p{L}])(?:it['’]?s|it\s+has|its)\s+been\s+(?:over\s+|more\s+than\s+|almost\s+|nearly\s+|about\s+)?(?:\d+|a|an|two|three|four|five|six|several|many)\s+(?:hours?|days?|weeks?|months?|years?)(?![\p{L}])/giu;

export interface Candidate { text: string; score: number; sentence: number; question: boolean }

/** Every clause that may be the complaint, scored (for readProblem and `npm run eval --errors`). */
export function complaintCandidates(cleaned: string): { candidates: Candidate[]; sentences: string[]; anyFailure: boolean } {
  const sentences = cleaned.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter(Boolean);
  const candidates: Candidate[] = [];
  let anyFailure = false;
  for (const [i, s] of sentences.entries()) {
    const asked = /\?\s*$/.test(s);
    for (const part of s.replace(/[.!?…]+$/, '').split(CLAUSE_SPLIT)) {
      const p = part?.trim();
      if (!p || p.split(/\s+/).length < 2) continue;
      // Only a clause asked as a question ("why is…", "can you…") needs turning round.
      const question = (asked || /^(?:why|how come)\b/i.test(p.replace(LEAD_FILLER, ''))) && QUESTION_START.test(p.replace(LEAD_FILLER, ''));
      const bare = p.replace(LEAD_FILLER, '');
      // A manner of speech ("it's not a problem with my wifi") takes every cue it holds with it.
      const failures = Math.max(0, count(p.replace(HEDGED_NEGATION, ' '), FAILURE) - count(p, /(?<![\p{L}])(?:no avail|not helpful|no help|(?:not|n['’]t|never)\s+(?:been\s+)?changed)(?![\p{L}])/giu));
      // "It has been two weeks" says how long, not what went wrong: it weighs like "still", so
      // "my order never arrived" beside it is the complaint.
      const elapsed = count(p, ELAPSED);
      const verdicts = count(p, VERDICT);
      const persists = count(p, PERSISTENCE);
      if (failures + verdicts) anyFailure = true;
      const effort = count(p, THEIR_EFFORT);
      const words = p.split(/\s+/).length;
      // A fact outranks a verdict; their own effort and a request for help are context, not the complaint.
      let score = (failures - elapsed) * 3 + elapsed * 1.5 + verdicts * 1.2 + persists * 1.5 - (failures ? 0 : count(p, NORMAL_ACTION)) - effort * 2.5 - (question ? (WHY_AUX.test(bare) ? -0.5 : 0.5) : 0) - i * 0.05;
      // "Maybe I am doing something wrong": their doubt about themselves, not what went wrong.
      if (/^(?:maybe|perhaps|i\s+(?:think|guess|suppose)\s+)?\s*i\s+(?:am|was|might|may|must)\b.*\b(?:wrong|mistake|stupid)\b/i.test(bare)) score -= 3;
      if (REQUEST.test(bare)) score -= 2;
      // "It's completely unacceptable": a verdict on its own names nothing to be sorry about.
      if (!failures && words <= 4 && /^(?:this|that|it|it['’]s|its|so|very|how|what)\b/i.test(bare)) score -= 1;
      // Something of theirs or ours as the subject reads as what went wrong ("my order…", "the app…").
      if (/^(?:my|our|the|your|ur|it|it['’]s|its)\s/i.test(bare) && failures) score += 0.5;
      if (!failures && !verdicts && (PRAISE.test(p) || PRAISE.test(cleaned))) continue;
      // "I still can't believe it": a manner of speech with "still" beside it says nothing failed.
      if (!failures && !verdicts && count(p, HEDGED_NEGATION)) continue;
      if (failures + verdicts + persists > 0) candidates.push({ text: p, score, sentence: i, question });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  return { candidates, sentences, anyFailure };
}

// Words that Spanish, French, Portuguese and German sentences are full of and English never uses.
const FOREIGN_FUNCTION = /(?<![\p{L}])(?:el|la|los|las|del|que|y|en|una|por|para|con|es|est|le|les|des|du|et|je|tu|il|nous|vous|pas|une|avec|pour|dans|und|der|die|das|ist|nicht|ich|mit|não|em|uma|muito)(?![\p{L}])/giu;

/** A message in another language: its words read as English make no clause a customer would recognise. */
function notEnglish(cleaned: string): boolean {
  if (/[¿¡]/u.test(cleaned)) return true;
  const words = cleaned.match(/\p{L}+/gu)?.length ?? 0;
  const foreign = count(cleaned, FOREIGN_FUNCTION);
  return foreign >= 3 && foreign / Math.max(1, words) >= 0.15;
}

function readProblem(message: string): Problem | null {
  const cleaned = cleanMessage(message);
  if (notEnglish(cleaned)) return null;
  const { candidates, sentences, anyFailure } = complaintCandidates(cleaned);
  let best: { clause: string; source: string; framed?: boolean } | null = null;
  for (const c of candidates.slice(0, 4)) {
    let shaped = shapeClause(c.text, c.question, cleaned);
    // What they say we did, said as what they went through, before it is checked as a clause.
    if (shaped) shaped = { ...shaped, clause: asExperienced(shaped.clause) };
    // Their words must read whole after "I'm sorry"; if not, our short frame of the same complaint.
    if (shaped && !/^about\s/i.test(shaped.clause) && !readsAsClause(shaped.clause)) shaped = framedComplaint(c.text, cleaned);
    // "double charged again": their headline with no subject reads as broken after "I'm sorry";
    // our frame says the same thing whole.
    if (shaped && /^\p{Ll}/u.test(shaped.clause) && !SUBJECT_LEAD.test(shaped.clause)) shaped = framedComplaint(c.text, cleaned) ?? shaped;
    if (shaped) {
      best = shaped;
      break;
    }
  }
  // No clause of theirs reads well after "I'm sorry": say the complaint back in a short frame of
  // our own, built from the failure cue and the whole noun phrase it is about.
  if (!best) {
    for (const c of candidates.slice(0, 2)) {
      const framed = framedComplaint(c.text, cleaned);
      if (framed) {
        best = framed;
        break;
      }
    }
  }
  // A thank-you or praise with no failure in it states no problem.
  if (!best && !anyFailure && PRAISE.test(cleaned)) return null;
  const source = best?.source ?? candidates[0]?.text ?? null;
  const keywords = topicWords(source ?? sentences[0] ?? '');
  if (!best && !keywords.length) return null;
  const topic = best ? null : candidates.slice(0, 2).map((c) => subjectOf(c.text)).find((t) => t !== null) ?? null;
  // What they say we did to them is said as what they went through: no admission, no motive.
  const clause = best?.clause ? asExperienced(best.clause) : null;
  const accusation = ACCUSATION.test(source ?? '');
  // "you lied to me", "you scammed me": a motive is never said back, not even as what happened.
  const said = clause && !(accusation && MOTIVE_VERB.test(clause)) && !STILL_ACCUSES.test(clause) ? clause : null;
  // No clause reads whole: the thing they wrote about, named in their words ("your 2T package").
  const named = said ? null : topic ?? thingOfComplaint(candidates, cleaned);
  // Nothing else read: the thing they describe as bad, in their words ("Two fake items in one day"
  // → "about the two fake items", "worst driver ever" → "about your experience with the driver").
  const judged = said || named ? null : badThing(cleaned);
  if (judged) return { clause: judged.clause, source: judged.source, keywords, accusation, topic: null, framed: true };
  return { clause: said, source, keywords, accusation, topic: named, framed: !!best?.framed };
}

// "we upset your man", "our driver yelled at you": what they say we did that no passive says
// plainly; an apology with it would sign the accusation, so it is not used.
const STILL_ACCUSES = new RegExp(`^(?:we|${'our\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:agents?|reps?|representatives?|staff|employees?|advisors?|advisers?|drivers?|technicians?|techs?|engineers?|guys?|lady|man|woman|manager|supervisor|cashier|operator|courier)'})\\s+(?:have\\s+|had\\s+|has\\s+|just\\s+|then\\s+|literally\\s+|really\\s+|totally\\s+|completely\\s+|also\\s+)*(?:[\\p{L}]+ed|upset|hurt|made|took|stole|gave|sent|told|left|kept|put|threw|broke|lost|ruined|ignored|forgot|let)(?![\\p{L}])`, 'iu');

const MOTIVE_VERB = /(?<![\p{L}])(?:lie|lied|lying|liars?|steal\w*|stole|stolen|scam\w*|rip(?:ped|ping)?\s+(?:\w+\s+)?off|crooks?|shady|cheat\w*|fraud\w*)(?![\p{L}])/iu;

/**
 * The thing a complaint is about when no clause of theirs reads whole: the first whole noun phrase
 * of theirs in a clause that says something failed ("it still appear only 2Gb" after "paid for the
 * 2T package" → "your 2T package"), never one after a preposition of place ("in my village").
 */
function thingOfComplaint(candidates: Candidate[], cleaned: string): string | null {
  for (const c of candidates.slice(0, 4)) {
    if (REQUEST.test(c.text.replace(LEAD_FILLER, '')) || /(?<![\p{L}])(?:sorry|apolog\w*)(?![\p{L}])/iu.test(c.text) || UNFRAMEABLE.test(c.text.replace(LEAD_FILLER, '').replace(LEAD_HEDGE, ''))) continue;
    const own = thingIn(c.text, true);
    if (own && /^(?:your|our)\s/.test(own)) return own;
    // "it still appear only 2Gb": "it" stands for the thing the sentence before it named.
    if (/^(?:it|it['’]s|its)\b/i.test(c.text.replace(LEAD_FILLER, '').replace(LEAD_HEDGE, ''))) {
      const before = thingIn(cleaned.slice(0, Math.max(0, cleaned.indexOf(c.text))), true);
      if (before && /^(?:your|our|the)\s/.test(before)) return before.replace(/^the\s/, 'your ');
    }
  }
  return null;
}

// What a thing was like when it reached them: a fact an apology can name ("the fake items").
const BAD_FACT = /^(?:fake|counterfeit|broken|damaged|faulty|defective|wrong|missing|cold|stale|cracked|smashed|dented|torn|dirty|unexpected|duplicate|incorrect|mouldy|moldy|rotten|leaking|leaky|delayed|cancell?ed)$/i;
// Not a thing to be sorry about: their words about our words, or a measure ("worth", "regularly").
const NOT_A_BAD_THING = /^(?:apology|apologies|response|reply|answer|excuse|excuses|worth|regularly|lot|deal|idea|luck|news|joke)$/i;
// What they thought of it: theirs to say; the apology names what it was about.
const BAD_VERDICT = /^(?:bad|poor|terrible|awful|horrible|horrendous|worst|worse|rude|disrespectful|unprofessional|unhelpful|useless|appalling|atrocious|shocking|dreadful|lousy|crappy|pathetic)$/i;
const INTENSIFIER = /^(?:most|very|really|so|super|extremely|totally|absolutely|truly|such|a|an|the|this|that|your|ur|two|three|four|five|\d+)$/i;
const OURS = /^(?:service|customer\s+service|support|staff|team|app|website|site)$/i;

/**
 * The thing their message calls bad, as a noun phrase an apology can follow ("about the two fake
 * items", "about your experience with the driver"); only adjectives of damage or of judgement
 * before a noun count, never after a negation ("not broken"), and never a person of theirs.
 */
function badThing(cleaned: string): { clause: string; source: string } | null {
  const words = cleaned.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    // "bad/disrespectful service": the last of the alternatives.
    const adj = words[i]!.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').split('/').pop()!;
    const fact = BAD_FACT.test(adj);
    if (!fact && !BAD_VERDICT.test(adj)) continue;
    if (/^(?:not|no|never|isn['’]?t|wasn['’]?t|aren['’]?t|weren['’]?t|nothing|anything|too)$/i.test(words[i - 1] ?? '') || /[.!?,;:]$/.test(words[i]!)) continue;
    // "if I receive the wrong order…", "Is it possible to create a hidden drive?": a case they ask about, not one they had.
    const sentence = sentenceAround(words, i);
    if (/(?<![\p{L}])(?:if|whether|in\s+case)(?![\p{L}])/iu.test(sentence.before) || (/\?\s*$/.test(sentence.after) && /^(?:is|are|can|could|do|does|would|will|should|how|what)\b/i.test(sentence.before.trim()))) continue;
    const noun: string[] = [];
    let cut = false;
    for (const [k, raw] of words.slice(i + 1, i + 5).entries()) {
      const w = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      const t = tagsOf(w);
      // A word the lexicon does not know, in lower case, is most often a noun ("items", "error", "charger").
      const plainNoun = isNounish(t) || (!t.size && /^\p{L}\p{Ll}{2,}$/u.test(w));
      if (!w || isFunctionWord(w.toLowerCase()) || t.has('Preposition') || t.has('Adverb') || /ly$/i.test(w) || (isVerbish(t) && !isNounish(t)) || !plainNoun || BAD_VERDICT.test(w) || BAD_FACT.test(w)) break;
      // Three words at most; a longer phrase is not cut in two, it is left alone.
      if (k === 3) {
        cut = true;
        break;
      }
      // A name keeps its capitals ("Bose"); a common word shouted or capitalised goes lower-case.
      // (An adjective capitalised mid-sentence is a title-cased quote, "an Unexpected Error": all lower-case.)
      const titled = /^\p{Lu}/u.test(adj) && i > 0 && !/[.!?]$/.test(words[i - 1]!);
      noun.push(!titled && /^\p{Lu}/u.test(w) && !inLexicon(w.toLowerCase()) && !/^\p{Lu}+$/u.test(w) ? w : w.toLowerCase());
      if (/[.!?,;:]$/.test(raw)) break;
    }
    if (cut || !noun.length || VAGUE_THING.test(noun[noun.length - 1]!) || NOT_A_BAD_THING.test(noun[noun.length - 1]!)) continue;
    const thing = noun.join(' ');
    if (!fact) return { clause: `about your experience with ${OURS.test(thing) ? 'our' : 'the'} ${thing}`, source: words.slice(i, i + 1 + noun.length).join(' ') };
    // "Two fake items": the number they gave stays with the thing.
    const before = words.slice(Math.max(0, i - 2), i).filter((w) => INTENSIFIER.test(w) && /^(?:two|three|four|five|\d+)$/i.test(w)).map((w) => w.toLowerCase());
    return { clause: `about the ${[...before, adj.toLowerCase(), thing].join(' ')}`, source: words.slice(i - before.length, i + 1 + noun.length).join(' ') };
  }
  return null;
}

/** The words of the sentence holding word i, before it and from it on. */
function sentenceAround(words: string[], i: number): { before: string; after: string } {
  let a = i;
  while (a > 0 && !/[.!?]$/.test(words[a - 1]!)) a--;
  let b = i;
  while (b < words.length - 1 && !/[.!?]$/.test(words[b]!)) b++;
  return { before: words.slice(a, i).join(' '), after: words.slice(i, b + 1).join(' ') };
}

// Verbs of what was done to them, past tense → participle where the two differ.
const DONE_TO: Record<string, string> = { took: 'taken', stole: 'stolen', gave: 'given', broke: 'broken', forgot: 'forgotten', threw: 'thrown', wrote: 'written', shook: 'shaken', froze: 'frozen', hung: 'hung' };
const DONE_TO_VERB = /^(?:cut|shut|cancell?ed|deleted|removed|charged|overcharged|double[\s-]charged|billed|blocked|banned|suspended|disconnected|closed|locked|lost|misplaced|ignored|muted|kicked|refused|denied|declined|deactivated|disabled|terminated|stole|took|broke|damaged|dropped|threw|froze|frozen|wiped|reset|changed|switched|downgraded|upgraded|messed|mixed|sent|left|kept)$/i;
const STAFF = '(?:our\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:agents?|reps?|representatives?|staff|employees?|advisors?|advisers?|drivers?|technicians?|techs?|engineers?|people|guys?|lady|man|woman|manager|supervisor|cashier|operator|team|customer\\s+service|support|courier|delivery\\s+(?:guy|driver|man))|we|they|someone|somebody|the\\s+(?:agent|rep|representative|staff|employee|advisor|driver|technician|engineer|guy|lady|man|woman|manager|supervisor|cashier|operator|courier))';
const HUNG_UP = new RegExp(`^${STAFF}\\s+(?:just\\s+|then\\s+|literally\\s+|simply\\s+|again\\s+)*(?:hung|hangs?|hanged)\\s+up(?:\\s+on\\s+you|\\s+the\\s+phone)?(?:\\s+(?:again|twice|mid[\\s-]call|after\\s+.*|while\\s+.*|when\\s+.*))?$`, 'iu');
const NOT_ANSWERED = new RegExp(`^${STAFF}\\s+(?:still\\s+)?(?:have\\s+not|haven['’]t|did\\s+not|didn['’]t|never|has\\s+not|hasn['’]t)\\s+(?:once\\s+|even\\s+|yet\\s+)*(?:answered|replied\\s+to|responded\\s+to|got(?:ten)?\\s+back\\s+to|called|contacted|emailed|answer|reply\\s+to|respond\\s+to|get\\s+back\\s+to|call|contact|email)\\s+you(?:\\s+(?:yet|back))?(?=$|\\s)(.*)$`, 'iu');
const DID_TO = new RegExp(`^${STAFF}\\s+(?:have\\s+|has\\s+|just\\s+|then\\s+|literally\\s+|simply\\s+|also\\s+|completely\\s+|basically\\s+|randomly\\s+|suddenly\\s+)*([\\p{L}-]+)(?:\\s+(off|out|up|down|away))?\\s+(you|your\\s+(?:[\\p{L}\\p{N}#'’-]+\\s+){0,3}?[\\p{L}\\p{N}#'’-]+?)(?:\\s+(off|out|up|down|away))?(?=$|\\s+(?:twice|again|without|with|for|on|at|in|into|onto|over|to|from|by|under|through|behind|across|near|outside|inside|of|about|as|because|so|but|or|then|after|before|while|when|and|even|two|three|\\d|last|yesterday|today|this|every|the|a|an|another|only|no)\\b)(.*)$`, 'iu');
// "we never answer your calls" → "your calls haven't been answered".
const UNANSWERED = new RegExp(`^${STAFF}\\s+(?:still\\s+|just\\s+)?(?:never|don['’]t|do\\s+not|won['’]t|will\\s+not|didn['’]t|did\\s+not|haven['’]t|have\\s+not)\\s+(?:even\\s+)?(?:answer(?:ed)?|return(?:ed)?|respond(?:ed)?\\s+to|repl(?:y|ied)\\s+to|pick(?:ed)?\\s+up)\\s+(your\\s+(?:calls?|e-?mails?|messages?|texts?|tweets?|dms?|phone|complaints?|letters?|chats?))(?=$|\\s)(.*)$`, 'iu');
const WAS_RUDE = new RegExp(`^(${STAFF.replace('|we|they|someone|somebody', '')})\\s+(?:was|were|is|are|has\\s+been|have\\s+been)\\s+(?:so\\s+|very\\s+|really\\s+|extremely\\s+|incredibly\\s+|super\\s+|beyond\\s+|totally\\s+|completely\\s+)*(?:rude|unhelpful|unprofessional|condescending|dismissive|aggressive|nasty|mean|disrespectful|clueless|useless|incompetent|abusive|patronising|patronizing|arrogant)(?![\\p{L}]).*$`, 'iu');

/**
 * "we cut off your internet" → "your internet was cut off", "our agent hung up on you" → "the call
 * ended before you got help", "our rep was rude to you" → "about your experience with our rep":
 * an apology says what they went through, never signs what they accuse us of.
 */
export function asExperienced(clause: string): string {
  if (HUNG_UP.test(clause)) return 'the call ended before you got help';
  const quiet = NOT_ANSWERED.exec(clause);
  if (quiet) return `you haven't heard back from us${quiet[1]!.replace(/^\s+(?:yet|back)\b/i, '')}`.replace(/\s+$/, '');
  const unanswered = UNANSWERED.exec(clause);
  if (unanswered) {
    const what = unanswered[1]!.toLowerCase();
    const one = !/s$/.test(what) || /(?:phone)$/.test(what);
    return `${what} ${one ? "hasn't" : "haven't"} been answered${unanswered[2]!}`.replace(/\s+$/, '');
  }
  const rude = WAS_RUDE.exec(clause);
  if (rude) return `about your experience with ${rude[1]!.replace(/^(?:the|they)\b/i, 'our').toLowerCase()}`;
  const done = DID_TO.exec(clause);
  if (done && DONE_TO_VERB.test(done[1]!)) {
    const [, verb, p1, object, p2, rest] = done;
    const participle = DONE_TO[verb!.toLowerCase()] ?? verb!.toLowerCase();
    const particle = p1 ?? p2;
    const plural = object === 'you' || /(?<![s'’])s$/i.test(object!);
    // "…without telling you": the one who did not tell is nobody named.
    const after = rest!.replace(/^(\s+without\s+)(?=[\p{L}]+ing\s+you\b)/iu, '$1anyone ');
    return `${object} ${plural ? 'were' : 'was'} ${participle}${particle ? ` ${particle.toLowerCase()}` : ''}${after}`.replace(/\s+/g, ' ').trim();
  }
  return clause;
}

// How a clause that can follow "I'm sorry" opens: who or what it is about.
const SUBJECT_LEAD = /^(?:about|you|you['’](?:re|ve|d|ll)|we|we['’](?:re|ve)|it|it['’]s|its|they|they['’](?:re|ve)|he|she|there|this|that|these|those|your|our|the|a|an|no|nobody|nothing|someone|somebody|everything|every|all|some|none|people|\d+)(?![\p{L}])/iu;
// Fixed frames by failure type, each stated in the customer's own clause; the thing is theirs.
const CHARGED_TWICE = /(?<![\p{L}])(?:double[\s-]?charged|charged\s+(?:me\s+|us\s+)?(?:twice|two\s+times|2\s+times|double))(?![\p{L}])/iu;
const NOT_ARRIVED = /(?<![\p{L}])(?:(?:has|have|had|did|does)(?:n['’]?t|\s+not|\s+never)|never|still\s+(?:has|have)n['’]?t|not\s+yet|yet\s+to)\s+(?:been\s+)?(?:arrived?|came|come|shipped|ship|delivered|deliver|show(?:n|ed)?\s+up|turned\s+up|received|receive)(?![\p{L}])/iu;
const KEEPS = /(?<![\p{L}])(?:keeps?|kept)\s+(?:on\s+)?(crashing|freezing|restarting|rebooting|disconnecting|dropping|logging\s+(?:me\s+)?out|buffering|lagging)(?![\p{L}])/iu;
// Nouns too vague to name as "the trouble with …", and what is theirs but not a product or service.
const VAGUE_THING = /^(?:man|woman|men|women|boy|girl|guy|boyfriend|girlfriend|partner|husband|brother|sister|baby|babies|child|children|grandma|grandmother|grandfather|grandpa|mate|bestie|cousin|uncle|aunt|niece|nephew|neighbou?r|colleague|boss|problem|problems|issue|issues|trouble|thing|things|stuff|time|times|day|days|week|weeks|month|months|year|years|hour|hours|minutes?|mins?|way|lot|bit|fault|mind|gears|nerves|patience|head|heart|life|god|goodness|word|self|friends?|family|wife|husband|kids?|son|daughter|mom|mum|dad|mother|father|people|guys|everyone|anyone|someone|experience|reason|point|end|same|other|one|ones)$/i;

/**
 * "was meant to have a delivery … didn't even show up" → "your delivery hasn't arrived"; "my
 * Xbox keeps crashing" → "your Xbox keeps crashing"; otherwise "about the trouble with your
 * Xbox". Only a failure cue and a whole noun phrase from the same clause go in: nothing invented.
 */
function framedComplaint(text: string, message: string): { clause: string; source: string; framed: true } | null {
  const c = frameOf(text, message);
  return c ? { clause: c, source: text, framed: true } : null;
}

// Clauses whose words a frame cannot stand on: a subject holding a clause of its own ("the two Wells
// Fargo that I live near by their ATM"), a "that is not my X" whose "that" points outside the words.
const UNFRAMEABLE = /(?<![\p{L}])(?:the|a|an|two|three|four|\d+)\s+(?:\S+\s+){0,4}?(?:that|which|who|where)\s+(?:i|we|they|he|she)\s+.+?\s(?:is|are|was|were|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|keeps?|has|have|hasn['’]t|haven['’]t|won['’]t|doesn['’]t|don['’]t|can['’]t|didn['’]t)(?![\p{L}])|^(?:that|this|it)(?:\s+is|\s+was|['’]s)\s*(?:not|n['’]t)\s+my\s/iu;

function frameOf(text: string, message: string): string | null {
  if (UNFRAMEABLE.test(text.replace(LEAD_FILLER, '').replace(LEAD_HEDGE, ''))) return null;
  const failures = count(text, FAILURE) - count(text, HEDGED_NEGATION);
  if (failures <= 0 || REQUEST.test(text.replace(LEAD_FILLER, '')) || /(?<![\p{L}])(?:sorry|apolog\w*)(?![\p{L}])/iu.test(text) && !/error/i.test(text)) return null;
  if (CHARGED_TWICE.test(text)) return 'you were charged twice';
  const thing = thingIn(text) ?? (/^(?:it|it['’]s|its|they|they['’]re)\b/i.test(text.replace(LEAD_FILLER, '')) ? thingIn(message.slice(0, Math.max(0, message.indexOf(text)))) : null);
  if (!thing) return null;
  const plural = /[^s']s$/i.test(thing) && !/(?:ss|us|is)$/i.test(thing);
  const keeps = KEEPS.exec(text);
  if (keeps) return `${thing} ${plural ? 'keep' : 'keeps'} ${keeps[1]!.toLowerCase().replace(/\s+me\s+/, ' you ')}`;
  if (NOT_ARRIVED.test(text) && /(?:order|parcel|package|delivery|item|items|shipment|refund|card|letter|replacement|money|payment|email|code|prescription|bag|luggage|food|meal|box|device|phone)$/i.test(thing)) {
    return `${thing} ${plural ? "haven't" : "hasn't"} arrived`;
  }
  // A bare product name after "the trouble with" reads to the apology rule (and to a customer) as
  // still generic; said as the subject it is plainly theirs.
  const head = thing.split(/\s+/).pop()!;
  if (!/^(?:your|the|our)\s/.test(thing) || !tagsOf(head).size) return `${thing} ${plural && tagsOf(head).size ? 'are' : 'is'} giving you trouble`;
  return `about the trouble with ${thing}`;
}

/** The first whole noun phrase of theirs in a clause ("my right airpod", "the new Xbox update"), second person. */
function thingIn(text: string, loose = false): string | null {
  const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}#]+|[^\p{L}\p{N}]+$/gu, ''));
  for (let i = 0; i < words.length; i++) {
    const det = words[i]!.toLowerCase();
    if (!/^(?:my|our|ur|the|this|your)$/.test(det)) continue;
    // "put it in my bag", "near my house": a place or a circumstance, not the thing that failed.
    // Loose (naming what the complaint is about): "paid for the 2T package", "lied about my refund" hold it.
    if ((loose ? /^(?:in|into|inside|to|from|at|near|by|through|after|before|since|during|over|under|behind|outside|around|than|like)$/i : /^(?:in|into|inside|to|from|at|near|by|for|of|about|through|after|before|since|during|over|under|behind|outside|around|than|like)$/i).test(words[i - 1] ?? '')) continue;
    const np: string[] = [];
    let head = '';
    for (const [k, w] of words.slice(i + 1, i + 5).entries()) {
      const t = tagsOf(w);
      // Loose: "the 2T package but…": a noun the lexicon files as a verb only, ending the phrase.
      const next = words[i + 2 + k] ?? '';
      if (loose && np.length && t.has('Infinitive') && t.size === 1 && (!next || isFunctionWord(next.toLowerCase()))) {
        head = w;
        break;
      }
      const unknownName = !t.size && (/^[\p{L}][\p{L}\p{N}-]*$/u.test(w) || /^\d{1,4}\p{Lu}{1,3}$/u.test(w) || (np.length > 0 && /^\d{1,4}$/.test(w)));
      if (!w || isFunctionWord(w.toLowerCase()) || t.has('Adverb') || t.has('Preposition') || t.has('Determiner') || t.has('Pronoun') || t.has('Gerund')) break;
      if (!(isNounish(t) || t.has('Adjective') || t.has('Value') || unknownName) || (isVerbish(t) && !isNounish(t))) break;
      np.push(w);
    }
    // The phrase ends on its noun: "my new" is no thing; "the same store" keeps "store".
    while (np.length && !(isNounish(tagsOf(np[np.length - 1]!)) || !tagsOf(np[np.length - 1]!).size)) np.pop();
    if (head && np.length) np.push(head);
    if (!np.length || VAGUE_THING.test(np[np.length - 1]!) || np.some((w) => count(w, FAILURE) || count(w, VERDICT))) continue;
    const thing = calmCase(np.join(' '));
    const lead = det === 'the' || det === 'this' ? 'the' : det === 'your' ? 'our' : 'your';
    return `${lead} ${thing}`;
  }
  // No phrase of theirs: a product they name ("Hulu on Roku … will freeze"), a word the lexicon
  // does not know, capitalised as a name (people's names are in the lexicon, so they stay out).
  // After "a"/"an" a capital is emphasis ("a Competent person"), not a product.
  const isName = (w: string) => /^\p{Lu}[\p{L}\p{N}-]+$/u.test(w) && !tagsOf(w).size && !inLexicon(w.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(w) && !count(w, FAILURE);
  // After a preposition or inside a longer name ("from Manchester Piccadilly") it is a place, not their thing.
  const at = words.findIndex((w, i) => isName(w) && !/^(?:a|an|from|to|in|at|near|on|via|into|through|of|for|by|with|between)$/i.test(words[i - 1] ?? '') && !/^\p{Lu}/u.test(words[i - 1] ?? ''));
  if (at < 0) return null;
  // "Horizon Zero Dawn": the capitalised words that follow belong to the same name.
  let end = at + 1;
  while (end < words.length && end < at + 4 && /^\p{Lu}[\p{L}\p{N}-]*$|^\d{1,4}$/u.test(words[end]!) && !/^I$/.test(words[end]!)) end++;
  return words.slice(at, end).join(' ');
}

/** The noun phrase a complaint clause opens with ("My picture on…" → "your picture"), if it has one. */
function subjectOf(clause: string): string | null {
  const words = clause.replace(LEAD_FILLER, '').replace(NAME_INTRO, '').split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}'’-]+$/u, ''));
  const head = words[0] ?? '';
  const possessive = /^(?:my|our)$/i.test(head);
  const named = /^\p{Lu}/u.test(head) && !inLexicon(head.toLowerCase());
  if (!possessive && !named) return null;
  const np: string[] = possessive ? [head] : [];
  for (const w of words.slice(possessive ? 1 : 0, 5)) {
    const t = tagsOf(w);
    if (!w || isFunctionWord(w) || t.has('Adverb') || (isVerbish(t) && !isNounish(t))) break;
    if (!possessive && !/^\p{Lu}/u.test(w)) break;
    np.push(w);
  }
  if (np.length < (possessive ? 2 : 1)) return null;
  // Only a thing something went wrong with: "my building is not delivering" names no trouble with the building.
  const next = words.slice(np.length, np.length + 3).join(' ');
  if (!count(next, FAILURE) || /^(?:is|are|was|were)\s+not\s+\S+ing/i.test(next)) return null;
  return toSecondPerson(np.join(' ')).replace(/^Your\b/, 'your');
}

function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  return text.match(re)?.length ?? 0;
}

function topicWords(text: string): string[] {
  // Runs of nouns (or words the lexicon does not know: product names), without pronouns.
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    const n = run.join(' ').toLowerCase();
    if (n.length > 2 && run.length <= 3 && !isFunctionWord(n) && !GENERIC_TOPICS.test(n)) out.push(n);
    run = [];
  };
  for (const word of toSecondPerson(text.slice(0, 300)).split(/[^\p{L}\p{N}'’-]+/u)) {
    const tags = tagsOf(word);
    const noun = word.length > 2 && !isFunctionWord(word) && (isNounish(tags) || (!tags.size && !/^\d+$/.test(word))) && !tags.has('Adjective') && !isVerbish(tags) && !tags.has('Adverb');
    if (noun) run.push(word);
    else if (run.length) flush();
  }
  if (run.length) flush();
  return [...new Set(out)].slice(0, 3);
}

const GENERIC_TOPICS = /^(?:nobody|somebody|someone|anyone|everyone|thing|things|time|month|week|day|year|today|tonight|help|issue|issues|problem|problems|trouble|thanks|thank|hi|hello|hey|people|guys|way|lot|bit|please|sorry|hours?|minutes?|days?|weeks?|months?|years?|wtf|smh|lol)$/i;

// "Why is my X …?" → "my X is …": only auxiliaries whose inversion needs no tense change.
const WHY_AUX = /^(?:why|how come)\s+(is|are|was|were|has|have|had|can['’]?t|cannot|won['’]?t|isn['’]?t|wasn['’]?t|doesn['’]?t|don['’]?t|didn['’]?t|am)\s+(.+)$/i;

/** Cuts a clause to its complaint and makes it follow "I'm sorry": subject first, second person. */
export function shapeClause(raw: string, question: boolean, message: string): { clause: string; source: string } | null {
  // "please fix the p-dev320 error on Roku": a request names the problem as a noun phrase; read as
  // a clause it would become "you fix the error".
  const asked = /^(?:(?:hi|hello|hey|ok|so)\b[\s,!]*)*(?:please|pls|plz|can\s+you|could\s+you|(?:will|are|when\s+will|when\s+are)\s+you\s+(?:be\s+|going\s+to\s+)?)\s*(?:please\s+)?(?:fix|fixing|sort(?:\s+out)?|sorting(?:\s+out)?|look\s+(?:at|into)|looking\s+(?:at|into)|resolve|resolving|solve|solving|help\s+(?:me\s+)?with)\s+((?:the|this|that|my|these|those)\s+[^?!.]+?)\s*[?!.]*$/i.exec(raw);
  if (asked) {
    const np = calmCase(toSecondPerson(asked[1]!));
    if (count(np, FAILURE) && np.split(/\s+/).length <= 8) return { clause: `about ${np}`, source: asked[1]! };
    return null;
  }
  // "can you not transfer…", "do you…": a question to us, not a statement of what failed.
  if (/^(?:(?:hi|hello|hey|so|but|and)\b[\s,!]*)*(?:can|could|would|will|do|does|did|is|are|have|has|why\s+(?:can|could|would|did|do)|why\s+not)\s+(?:you|u|we|i)\b/i.test(raw)) return null;
  // "please let me into my account", "makes me think…": a request or their inference, never a clause for us.
  if (/^(?:(?:hi|hello|hey|ok|so|and|but)\b[\s,!]*)*(?:please|pls|plz|kindly)\s+(?!help\s+with|fix|sort|look|resolve|solve)[\p{L}]+/iu.test(raw) || /^makes?\s+me\s+(?:think|feel|wonder)\b/i.test(raw.replace(LEAD_FILLER, ''))) return null;
  // "no longer can afford a hotel": its subject was in the clause before.
  if (/^no\s+longer\b/i.test(raw.replace(LEAD_FILLER, ''))) return null;
  // "it not moving in 45 mins seems a little strange": their judgement, not what failed.
  if (/(?<![\p{L}])(?:seems?|looks?|sounds?)\s+(?:a\s+little\s+|a\s+bit\s+|very\s+|so\s+|kinda\s+)?(?:strange|weird|odd|off|suspicious|silly|funny)(?![\p{L}])/iu.test(raw)) return null;
  // "I found this rude and upsetting": how they took it is theirs; an apology that says it back
  // ("sorry you found this rude") is the non-apology it replaces. What happened is said instead.
  if (/^(?:(?:and|but|so)\s+)?(?:i|we)\s+(?:found|find|feel|felt|thought|think)\s+(?:this|that|it|the\s+\S+|her|him|them)\s+(?:(?:very|so|really|quite|extremely|incredibly|pretty|a\s+bit)\s+)*(?:rude|upsetting|unacceptable|disrespectful|insulting|offensive|unprofessional|hurtful|disappointing|frustrating|annoying|patronising|patronizing|condescending|appalling|shocking|embarrassing|humiliating)\b/iu.test(raw.replace(LEAD_FILLER, ''))) return null;
  // Their quote of an error ("Sorry There was an Unexpected error") would make a second "sorry".
  if (/(?<![\p{L}])(?:sorry|apolog\w*)(?![\p{L}])/iu.test(raw)) return null;
  // "disgusted with your customer service": their feeling stays theirs; the apology names what it is about.
  const felt = /^(?:(?:so|very|really|extremely|totally|absolutely)\s+)?(?:disgusted|disappointed|unhappy|fed\s+up|frustrated|annoyed|upset|angry|furious|sick|tired)\s+(?:with|by|in|at|about|of)\s+((?:your|the|this|ur|you\s+guys['’]?)\s*[\p{L}\s-]{2,40}?)\s*[.!?]*$/iu.exec(raw.replace(LEAD_FILLER, '').trim());
  if (felt && !/(?<![\p{L}])(?:i|me|my)(?![\p{L}])/iu.test(felt[1]!)) {
    const what = toSecondPerson(felt[1]!.replace(/^(?:ur|you\s+guys['’]?)\s*/i, 'your ')).replace(/^the\s+/i, 'our ').toLowerCase();
    return { clause: `about your experience with ${what}`, source: felt[0]! };
  }
  // Text-speak ("frm", "abt", "y") reads as theirs, not as a sentence an agent would send back.
  if ((raw.match(/(?<![\p{L}])(?:frm|abt|y|ur|b4|cuz|coz|bc|thru|tho|w\/o|wen|wat|cud|wud|shud|2day|2moro|dat|dis)(?![\p{L}])/giu)?.length ?? 0) >= 2) return null;
  // A stretched first word ("meeeeee") is a cry, not a word of the complaint; bounded to one short word.
  let s = raw.replace(LEAD_FILLER, '');
  const stretched = /^(\p{L}{1,30})\s+/u.exec(s);
  if (stretched && /(\p{L})\1{3}/u.test(stretched[1]!)) s = s.slice(stretched[0].length);
  s = s.replace(LEAD_FILLER, '').replace(NAME_INTRO, '').replace(LEAD_HEDGE, '').replace(LEAD_FILLER, '').trim();
  // A word stretched inside the clause ("Still sllllloooooow") cannot be spelled back to them.
  if (/(\p{L})\1{2,}/u.test(s)) return null;
  // "getting really frustrated lately": a feeling with nothing that failed is theirs to name, not ours.
  if (!count(s, FAILURE) && /^(?:(?:i['’]?m|i\s+am|am|getting|been|feeling|feel|so|very|really|just|super|pretty|quite)\s+)*(?:frustrated|upset|angry|furious|disappointed|unhappy|annoyed|mad|sad|fed\s+up)(?:\s+(?:now|lately|today|right\s+now|atm))?$/iu.test(s)) return null;
  if (question) {
    const why = WHY_AUX.exec(s);
    if (!why) return null;
    const rest = why[2]!.split(/\s+/);
    // The subject: a pronoun, or a possessive/determiner phrase up to the next word that is not a noun.
    let n = 1;
    if (/^(?:my|your|our|the|this|that|these|those|his|her|their)$/i.test(rest[0]!)) {
      const tags = termTags(rest.join(' '));
      n = 1;
      while (n < rest.length && n < 5 && !['PastTense', 'Participle', 'Gerund', 'Adverb', 'Preposition', 'Copula', 'Conjunction', 'Negative'].some((t) => tags[n]!.has(t)) && !/ed$|ing$|n't$/i.test(rest[n]!)) n++;
    }
    if (n >= rest.length) return null;
    s = `${rest.slice(0, n).join(' ')} ${why[1]} ${rest.slice(n).join(' ')}`;
  }
  // "we upset my man He's a big fan": a new sentence begun without a full stop.
  s = s.split(/\s+(?=(?:He|She|They|We|You|It)(?:['’]\p{L}+)?\s)/u)[0]!;
  s = s.replace(TRAIL_FILLER, '').trim();
  let words = s.split(/\s+/);
  if (words.length > 14) {
    // Cut only before a word that starts a new phrase, so no noun phrase is ever cut in two.
    // The latest phrase boundary that keeps at most 14 words (a coordinated "X and Y" survives).
    let cut = -1;
    for (let i = 14; i >= 5; i--) if (/^(?:and|but|so|because|when|which|after|before|since|while|if|for|with|from|even|though)$/i.test(words[i] ?? '') && !/^(?:as|so)$/i.test(words[i - 1] ?? '')) { cut = i; break; }
    if (cut < 0) return null;
    s = words.slice(0, cut).join(' ');
    // What is left must still say what failed.
    if (!count(s, FAILURE) && !count(s, PERSISTENCE)) return null;
  }
  // A trailing function word is cut, unless it is the noun of a phrase ("my will", "the can").
  for (let i = 0; i < 6 && DANGLING.test(s) && !objectPronounEnds(s) && !PREPOSITION_OBJECT.test(s) && !PREPOSITIONAL_VERB_END.test(s) && !/(?:^|\s)(?:my|your|our|the|a|an|this|that|his|her|their)\s+\S+$/i.test(s) && !/(?:^|\s)(?:sign|signed|log|logged|shut|turn|turned|hang|hung|cut|set|back|show|showed|turns|signing|logging)\s+(?:in|on|up|off|out|down)$/i.test(s); i++) s = s.replace(DANGLING, '');
  words = s.split(/\s+/);
  if (words.length < 2) return null;
  // A clause that ends in "… and saying": the second verb lost its object to a cut.
  s = s.replace(/\s+and\s+[\p{L}]+ing$/iu, '');
  words = s.split(/\s+/);
  if (words.length < 2) return null;
  const source = s;
  const at = message.indexOf(source);
  // "has been been deactivated", "today and and": a word typed twice, or doubled where a handle was cut out.
  s = s.replace(/(?<![\p{L}])(\p{L}+)\s+\1(?![\p{L}])/giu, (m, w: string) => (isFunctionWord(w.toLowerCase()) || /^(?:been|and|the|to)$/i.test(w) ? w : m));
  s = s.replace(/^(?:you|u|you\s+guys)\s+keep\s+(?:giving|sending|showing)\s+me\b/i, 'I keep getting');
  // "flight delayed", "my bag lost": a headline; the verb it leaves out is put back.
  const headline = /^((?:(?:my|the|our|your)\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(delayed|cancell?ed|lost|broken|damaged|missing|late|stolen|declined|gone|wet|cold|botched|wrong)\b(.*)$/iu.exec(s);
  // Only a noun before the participle ("Package wet"), and nothing after it that would be its object.
  const headNoun = headline?.[1]?.split(/\s+/).pop() ?? '';
  if (headline && !/(?<![\p{L}])(?:is|are|was|were|has|have|had|got|been|be|i|you|we|they|he|she|it|me|u)(?![\p{L}])/iu.test(headline[1]!) && !['Gerund', 'PastTense', 'Participle', 'Modal', 'Adverb', 'Preposition', 'Conjunction', 'Determiner'].some((t) => tagsOf(headNoun).has(t)) && /^(?:$|[\s,.!?]+(?:again|yesterday|today|twice|on|in|at|for|by|after|from|\d)|[\s,.!?]*$)/iu.test(headline[3]!)) {
    const plural = /[^s]s$/i.test(headline[1]!);
    const pastOnly = /^(?:delayed|cancell?ed|lost|stolen|declined|damaged|botched)$/i.test(headline[2]!);
    const noun = headline[1]!.replace(/(?<![\p{L}])(\p{Lu}\p{Ll}+)/gu, (w) => (inLexicon(w.toLowerCase()) ? w.toLowerCase() : w));
    const subject = /^(?:my|the|our|your)\s/i.test(noun) ? noun : `my ${noun}`;
    s = `${subject} ${pastOnly ? (plural ? 'were' : 'was') : plural ? 'are' : 'is'} ${headline[2]}${headline[3]}`;
  }
  // "Wrong size delivered again": the adjective's headline, its verb put back ("the wrong size was delivered again").
  const adjHeadline = /^(wrong|damaged|broken|missing|faulty|defective|fake|cold|incorrect)\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(delivered|sent|shipped|given|received|arrived|came|turned\s+up)\b(.*)$/iu.exec(s);
  if (adjHeadline && !/(?<![\p{L}])(?:is|are|was|were|i|you|we|they|it|my|your)(?![\p{L}])/iu.test(adjHeadline[2]!)) {
    const [, adj, noun, verb, rest] = adjHeadline;
    const plural = /[^s]s$/i.test(noun!) && !/(?:ss|us)$/i.test(noun!);
    const active = /^(?:arrived|came|turned\s+up)$/i.test(verb!);
    s = `the ${adj!.toLowerCase()} ${noun!.toLowerCase()} ${active ? '' : plural ? 'were ' : 'was '}${verb!.toLowerCase()}${rest}`;
  }
  // "lost my bag again" with no subject: whoever lost it, what they went through is "your bag was lost again".
  const doneToTheirs = /^(lost|cancell?ed|deleted|damaged|broke|broken|misplaced|closed|blocked|suspended|charged|overcharged)\s+my\s+((?:[\p{L}\p{N}-]+\s+){0,2}?[\p{L}\p{N}-]+)(?=$|\s+(?:again|twice|today|yesterday|last|this|on|in|at|for|without|after|when|and)\b)(.*)$/iu.exec(s);
  if (doneToTheirs) {
    const [, verb, thing, rest] = doneToTheirs;
    const participle = DONE_TO[verb!.toLowerCase()] ?? verb!.toLowerCase();
    const plural = /[^s]s$/i.test(thing!) && !/(?:ss|us)$/i.test(thing!);
    s = `my ${thing} ${plural ? 'were' : 'was'} ${participle}${rest}`;
  }
  s = withoutMotive(resolveIt(s, at > 0 ? message.slice(0, at) : ''));
  s = toSecondPerson(s);
  // "the two Wells Fargo that you live near by their ATM aren't…": a subject holding a clause of
  // its own, pasted back, reads garbled; better the thing they wrote about than that.
  if (/^(?:the|your|our|a|an|two|three|four|\d+)\s+(?:\S+\s+){0,4}?(?:that|which|who|where)\s+(?:you|we|they|he|she)\s+.+?\s(?:is|are|was|were|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|keeps?|has|have|hasn['’]t|haven['’]t|won['’]t|doesn['’]t|don['’]t|can['’]t|didn['’]t)(?![\p{L}])/iu.test(s) && !/^(?:the|your|our|a|an)\s+\S+\s+(?:that|which)\s+you\s+(?:ordered|bought|booked|paid|sent|returned|purchased)\b/iu.test(s)) return null;
  // "that is not your apartment": what "that" points at (a photo, a parcel) is not in the words.
  if (/^(?:that|this|it)\s+(?:is|was|['’]s)\s*(?:not|n['’]t)\s+your\s/iu.test(s) || /^(?:that|this)['’]s\s+not\s+your\s/iu.test(s)) return null;
  const tags = termTags(s);
  const first = tags[0] ?? new Set<string>();
  const firstWord = words[0]!.toLowerCase();
  const objectYou = /\b(?:[a-z]+(?:ed|en)|answered|told|sent|given|called|helped|brought|bought|gave|left|put|took|kept|made)\s+you\b/i.test(s);
  // "was told my costume wasn't…": what was done to them, they are its subject; so is what did not
  // reach them ("did not receive the email").
  if (/^(?:was|were|got|been)\s+(?:\w+ly\s+)?(?:told|asked|charged|overcharged|given|sent|refused|denied|ignored|kicked|banned|muted|blocked|hung\s+up|put\s+on\s+hold|transferred|disconnected|cut\s+off|billed|promised)\b/i.test(s)) {
    s = `you ${s.replace(/^was\b/i, 'were')}`;
  } else if (/^(?:did|didn['’]?t|didnt|have|haven['’]?t|havent|has|hasn['’]?t)\s+(?:not\s+|even\s+|yet\s+|never\s+|still\s+)*(?:receive|receiv\w+|get|got|gotten|hear|heard|see|seen|find|found)\b/i.test(s)) {
    s = `you ${s}`;
  } else if (/^(?:was|wasn['’]?t|were|weren['’]?t)\s+(?:never\s+|not\s+)?[\p{L}]+(?:ed|en)\b/iu.test(s)) {
    // "was never shipped": the thing they wait for, named by "it" as the customer did.
    s = `it ${s}`;
  } else if (/^(?:won['’]?t|wont|doesn['’]?t|doesnt|didn['’]?t|didnt|isn['’]?t|isnt|wasn['’]?t|wasnt|hasn['’]?t|hasnt|does|did|is|was|has|are|were)$/i.test(firstWord)) {
    // "…and won't play": the subject was the thing in the clause before; guessing "you" reads wrong.
    return null;
  } else if (first.has('Gerund') && (/^\S+(?:\s+\S+){0,9}\s+(?:is|are|was|were|isn['’]?t|wasn['’]?t)\b/i.test(s) || count(words[0]!, VERDICT) || /^\S+\s+(?:at\s+|to\s+)?(?:you|me)\b/i.test(s))) {
    // …nor "yelling at me": someone else is doing it to them.
    // …nor is "Misleading and incompetent", their verdict, something to say they are.
    // "leaving something in my building is not delivering it": a gerund is the subject here.
    return null;
  } else if (first.has('Gerund') || /^(?:unable|stuck|locked|trying|facing|having|getting|being)$/.test(firstWord) || /^(?:still|now|just|also|really|constantly|always)\s+[\p{L}]+ing\b/iu.test(s)) {
    s = `you're ${s}`;
  } else if (/^been$/i.test(firstWord)) {
    s = `you've ${s}`;
  } else if (/^(?:delays|issues|problems|errors|crashes|bugs|outages|charges|fees|glitches)$/i.test(firstWord) && !/\s(?:is|are|was|were|have|has|keep|won['’]?t|don['’]?t)\s/i.test(s)) {
    // "delays as always": the noun of their headline, not a verb with "it" before it.
    return { clause: `about the ${s.replace(/\s+(?:as\s+(?:always|usual)|again|every\s+time)$/i, '').toLowerCase()}`, source };
  } else if (first.has('PresentTense') && /s$/.test(firstWord) && !/ss$/.test(firstWord) && !tagsOf(words[1] ?? '').has('Preposition')) {
    // ("Trains from Manchester to York delayed": a noun before its preposition, not "it trains".)
    s = `it ${s}`; // "Keeps freezing": the thing they complain about is the subject
  } else if (/^\S+(?:\s+\S+){0,3}\s+(?:is|are|was|were|has|have|had)\b/i.test(s) && !/^(?:still|keep|can['’]?t|cannot|cant|never|lost|am)\b/i.test(s)) {
    // "surge pricing is ridiculous": the words before the verb are its subject.
  } else if (first.has('PastTense') && !first.has('Modal') && !objectYou && !CUSTOMER_PAST.test(firstWord)) {
    // "asked for extra fee when he showed up": a past act with no subject was often someone else's.
    return null;
  } else if ((isVerbish(first) && !isNounish(first)) || first.has('Modal') || /^(?:still|keep|can['’]?t|cannot|cant|never|lost|am)$/.test(firstWord)) {
    // "have not answered me" → "we have not answered you": the subject is us when they are the object.
    s = `${objectYou ? 'we' : 'you'} ${s.replace(/^am\b/i, 'are')}`;
  }
  s = s.replace(/\s+/g, ' ').trim();
  s = withApostrophes(calmCase(s)).replace(/(?<![\p{L}])([Aa]) (?=[aeioAEIO][\p{Ll}])/gu, '$1n ');
  if (!/[\p{L}]/u.test(s)) return null;
  const terms = termTags(s);
  const hasVerb = terms.some((t) => isVerbish(t)) || failureVerbAfterSubject(s) || /^(?:you|we|it|they|he|she)\s+\S+\s+\S+/i.test(s) || /\b(?:you're|you've|it's|we're|we've|they're|they've|that's|there's|he's|she's)\b/i.test(s.replace(/’/g, "'"));
  // "No signal for 3 days" → "you've had no signal for 3 days": what was missing, had by them.
  if (/^no\s+\S/i.test(s) && !/^no\s+(?:one|body|way|idea|matter|worries|problem|longer)\b/i.test(s) && terms.length <= 8 && !['Preposition', 'Determiner', 'Adverb', 'Conjunction'].some((t) => terms[1]?.has(t)) && !terms.slice(2).some((t) => isVerbish(t) && !isNounish(t))) return { clause: `you've had ${s}`, source };
  if (!hasVerb) {
    // A phrase with no verb is offered as what it is about ("about the ridiculous fees"), only when
    // it is a plain noun phrase that names a failure.
    // "two fake items in one day": the phrase before its prepositional tail is what must be a noun phrase.
    const headEnd = terms.findIndex((t, i) => i > 0 && t.has('Preposition'));
    const headTerms = headEnd > 0 ? terms.slice(0, headEnd) : terms;
    const nounPhrase = headTerms.every((t, i) => isNounish(t) || t.has('Adjective') || t.has('Determiner') || t.has('Possessive') || t.has('Value') || (i > 0 && !t.size)) && isNounish(headTerms[headTerms.length - 1]!);
    // "worst customer service": their verdict is theirs; the apology names what it was about.
    const judged = /^(?:(?:your|the|this|that|such|a|an|so|very|really|absolutely|extremely|truly)\s+)*((?:[\p{L}-]+\s+)?[\p{L}-]+)\s*$/iu.exec(s.replace(VERDICT_WORDS, ' ').replace(/\s+(?:ever|at\s+all|of\s+all\s+time)$/i, '').replace(/\s+/g, ' ').trim());
    if (count(source, VERDICT) && !count(source, FAILURE) && judged && terms.length <= 5 && termTags(judged[1]!).every((t) => isNounish(t) || !t.size)) {
      return { clause: `about your experience with ${/(?<![\p{L}])(?:your|you|ur|u)(?![\p{L}])/iu.test(source) ? 'our' : 'the'} ${judged[1]!.toLowerCase()}`, source };
    }
    if (!nounPhrase || /^(?:no|not|never|nothing|none)\b/i.test(source) || !count(source, FAILURE)) return null;
    return { clause: `about ${/^(?:your|the|our|this|these)\b/i.test(s) ? '' : 'the '}${s}`, source };
  }
  if (/(?<![\p{L}])(?:i|me|my|i'm|i've|mine)(?![\p{L}])/iu.test(s)) return null;
  // "no loyalty and getting worse", "1 hour+ inside an old car that smells": no verb of its own
  // before a relative clause or a gerund, so no sentence after "I'm sorry".
  const main = s.split(/\s+(?:that|which|who|and)\s+/i)[0]!;
  if (/^(?:no|nothing|none|\d)/i.test(s) && !termTags(main).slice(1).some((t) => t.has('PresentTense') || t.has('PastTense') || t.has('Copula') || t.has('Modal') || t.has('Auxiliary') || t.has('Infinitive') || t.has('Verb'))) return null;
  // It must open with a subject a reader can follow: a pronoun, a determiner or possessive phrase, or a name.
  const lead = s.split(' ')[0]!;
  // "missing Bose charging case from your order": a headline of a thing, no verb of its own; said as what it is about.
  if (/^(?:missing|broken|damaged|faulty|defective|fake|cracked|wrong)\s/i.test(s) && !/(?<![\p{L}])(?:is|are|was|were|has|have|had|got|keeps?|kept|been|did|does|didn['’]t|doesn['’]t|won['’]t|isn['’]t|wasn['’]t|can['’]t|arrived|came|showed|turned)(?![\p{L}])/iu.test(s)) return { clause: `about the ${s}`, source };
  if (!/^(?:you|you're|you've|you'd|you'll|we|we're|we've|it|it's|its|they|they're|they've|he|she|people|everything|someone|somebody|nobody|nothing|no|there|this|that|these|those|your|our|the|a|an|every|all|some|none|each|\d+)$/i.test(lead.replace(/’/g, "'")) && !nounSubject(terms)) return null;
  return { clause: s, source };
}

// Verbs of failure the lexicon files as plural nouns only ("leaks", "crashes"): after a subject
// and an adverb or a noun ("my coffee machine still leaks water") they are the clause's verb.
const FAILURE_VERB_S = /^(?:leaks|crashes|stops|works|freezes|breaks|drops|fails|loads|lags|beeps|smells|tastes|flickers|overheats|disconnects|restarts|reboots|shuts|buffers|glitches)$/i;

function failureVerbAfterSubject(s: string): boolean {
  const words = s.split(/\s+/);
  for (let i = 2; i < words.length; i++) {
    if (!FAILURE_VERB_S.test(words[i]!)) continue;
    if (/^(?:still|now|always|never|just|also|constantly|often|sometimes|randomly|usually|suddenly)$/i.test(words[i - 1]!)) return true;
    const prev = tagsOf(words[i - 1]!);
    if (!prev.has('Determiner') && !prev.has('Possessive') && !prev.has('Preposition') && !prev.has('Adjective') && !prev.has('Value') && !/^(?:my|your|our|the|a|an|of)$/i.test(words[i - 1]!)) return true;
  }
  return false;
}

// "haven't heard from you": a pronoun after its preposition ends the clause; cut, the verb loses its object.
// "can no longer be voted on", "nobody signed for": the preposition belongs to its verb.
const PREPOSITIONAL_VERB_END = /(?<![\p{L}])(?:voted|signed|paid|asked|dealt|talked|spoken|lied|hung\s+up|yelled|laughed|looked|waited|relied|cared|accounted)\s+(?:on|for|with|to|at|after)$/iu;
const PREPOSITION_OBJECT = /(?<![\p{L}])(?:from|to|with|for|at|by|about|of|on)\s+(?:you|u|me|us|him|her|them)$/iu;

/** "…have it", "…can't find it": a pronoun that is the verb's object ends the clause well. */
function objectPronounEnds(s: string): boolean {
  const m = /(\S+)\s+(?:it|them)$/i.exec(s);
  if (!m) return false;
  return !/^(?:is|are|was|were|be|been|am|will|would|can|could|should|to|and|or|but|with|for|of|at|from|that|if|when|because|so|as|on|in|by|about)$/i.test(m[1]!);
}

/** The words before the first verb are a short noun phrase ("surge pricing is…", "Chip messed up…"). */
function nounSubject(terms: Array<Set<string>>): boolean {
  const verb = terms.findIndex((t, i) => i >= 1 && ((isVerbish(t) && !isNounish(t)) || t.has('Copula') || t.has('Auxiliary')));
  if (verb < 1 || verb > 4) return false;
  return terms.slice(0, verb).every((t, i) => isNounish(t) || t.has('Adjective') || t.has('Value') || !t.size || (i === 0 && !t.has('Preposition') && !t.has('Conjunction') && !t.has('Adverb')));
}

/** "it still hasn't shipped" after "I ordered a desk lamp": "your desk lamp still hasn't shipped". */
function resolveIt(clause: string, message: string): string {
  if (!/^(?:it|it's|it['’]s|its)\b/i.test(clause)) return clause;
  // "it's been 3 months": the "it" of time passing stands for nothing they own.
  if (/^(?:it['’]?s|it\s+has)\s+been\s+(?:over\s+|more\s+than\s+|almost\s+|nearly\s+|about\s+)?(?:\d+|a|an|two|three|four|five|six|several|many)\s/iu.test(clause)) return clause.replace(/^its\b/i, "it's");
  const object = /(?<![\p{L}])(?:ordered|bought|purchased|booked|got|received|my)\s+(?:(?:a|an|the|some|my|two|three|\d+)\s+)?((?:[\p{L}\p{N}-]+\s+){0,2}?[\p{L}\p{N}-]{3,})(?=\s+(?:two|three|\d+|last|a|an|on|from|at|in|yesterday|today|this|and|but|which|that|is|was|has|keeps?|won't|wont|doesn't|isn't|never|still)\b|[,.!?]|$)/iu.exec(message);
  // A plural thing would need "are" where the customer wrote "is": left as "it".
  const last = object?.[1]?.split(/\s+/).pop() ?? '';
  if (!object || /^(?:it|them|one|something|anything|this|that)$/i.test(object[1]!) || (/^\p{Ll}/u.test(last) && tagsOf(last).has('Plural'))) return clause;
  const thing = object[1]!.replace(/\s+(?:two|three|last|yesterday|today)$/i, '');
  return clause.replace(/^(?:it['’]s|it's)\b/i, `my ${thing} is`).replace(/^its?\b/i, `my ${thing}`);
}

/**
 * "you ignored me on purpose" → "I was ignored" (then "you were ignored"): what they went through,
 * without the motive and without naming who did it, so the apology admits no accusation.
 */
function withoutMotive(clause: string): string {
  if (!ACCUSATION.test(clause)) return clause;
  const bare = clause.replace(/\s*(?:on purpose|deliberately|intentionally|for no reason)\b/gi, '');
  const m = /^(?:you|y['’]all|you guys|your\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+|the\s+(?:agent|staff|driver|rep|employee)s?|they)\s+(?:have\s+|had\s+)?([\p{L}]+ed)\s+me\b(.*)$/iu.exec(bare);
  return m ? `I was ${m[1]}${m[2]!.replace(/\band\s+([\p{L}]+ed)\s+me\b/giu, 'and $1')}` : bare;
}

function termTags(text: string): Array<Set<string>> {
  return text.split(/\s+/).filter(Boolean).map((w) => tagsOf(w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'’]+$/gu, '')));
}

const TYPED_WITHOUT_APOSTROPHE: Record<string, string> = { cant: "can't", dont: "don't", doesnt: "doesn't", dosnt: "doesn't", didnt: "didn't", isnt: "isn't", wasnt: "wasn't", havent: "haven't", hasnt: "hasn't", wont: "won't", couldnt: "couldn't", arent: "aren't", werent: "weren't" };

/** "you cant sign in" → "you can't sign in": our sentence, spelled as we would write it. */
function withApostrophes(s: string): string {
  return s.replace(/(?<![\p{L}'’])(cant|dont|doesnt|dosnt|didnt|isnt|wasnt|havent|hasnt|wont|couldnt|arent|werent)(?![\p{L}'’])/giu, (w) => TYPED_WITHOUT_APOSTROPHE[w.toLowerCase()] ?? w);
}

/** Shouting is theirs, not ours: common words in capitals go lower-case; names and acronyms stay. */
function calmCase(s: string): string {
  let out = s.replace(/(?<![\p{L}\p{N}])([\p{Lu}]{2,}(?:['’][\p{Lu}]+)?)(?![\p{L}\p{N}])/gu, (w) => (inLexicon(w.toLowerCase()) || isFunctionWord(w.toLowerCase()) ? w.toLowerCase() : w));
  out = out.replace(/(?<=\S\s+)(\p{Lu}[\p{Ll}]+(?:['’]\p{Ll}+)?)(?![\p{L}])/gu, (w) => {
    const t = tagsOf(w);
    // "you Still can't", "you Never got": a capital for stress on a common word, not a name.
    return ((isVerbish(t) && !isNounish(t)) || isFunctionWord(w.toLowerCase()) || ((t.has('Adverb') || t.has('Negative') || /^(?:still|just|also|even|only)$/i.test(w)) && !isNounish(t))) && !t.has('ProperNoun') ? w.toLowerCase() : w;
  });
  // The first word is lower-cased unless it is a name ("Chip messed up", "Lightroom crashes").
  const first = /^[\p{L}'’]+/u.exec(out)?.[0] ?? '';
  if (first && first !== 'I' && (inLexicon(first.toLowerCase()) || isFunctionWord(first.toLowerCase()) || /^(?:you|we|they|it)['’]/i.test(first))) return first.toLowerCase() + out.slice(first.length);
  return out;
}

/** "my laptop" in their message → "your laptop": the thing that is theirs, for a plainer apology. */
export function possessedThing(message: string | undefined): string | null {
  if (!message) return null;
  const m = /(?<![\p{L}])my\s+((?:[\p{L}\p{N}-]+\s+){0,2}?[\p{L}\p{N}-]{2,})(?=\s+(?:(?:is|was|has|are|were)\s+(?:still\s+|now\s+|completely\s+|totally\s+)?(?:not(?!\s+\p{L}+ing\b)|broken|damaged|missing|late|stuck|frozen|dead|down|gone|lost|cracked|faulty|wrong|slow|locked|blocked|suspended|cancell?ed|delayed)|keeps?|won't|wont|doesn't|doesnt|didn't|isn't|can't|never|still|stopped|broke|crashed|froze|hasn't|wasn't|arrived\s+(?:damaged|broken|late|cracked|open))\b)/iu.exec(cleanMessage(message));
  if (m && /(?:cancel|close|delete|leave|quit|drop)\s+my\s+$/i.test(cleanMessage(message).slice(Math.max(0, m.index - 12), m.index + 3))) return null;
  if (!m || /^(?:gears|mind|nerves|patience|head|heart|day|life|god|goodness|word|bad|fault|business|money|custom|self|friends?|family|wife|husband|kids?|son|daughter|mom|mum|dad|mother|father)$/i.test(m[1]!.split(/\s+/)[0]!)) return null;
  // "my subscription this month" → "your subscription": time words are not part of the thing.
  const thing = m[1]!.split(/\s+/);
  const cut = thing.findIndex((w, i) => /^(?:this|that|last|today|yesterday|again|now|still|just|also|since|for|from|on|in|at)$/i.test(w) || (i > 0 && isVerbish(tagsOf(w)) && !isNounish(tagsOf(w))));
  return `your ${(cut > 0 ? thing.slice(0, cut) : thing).join(' ')}`;
}
