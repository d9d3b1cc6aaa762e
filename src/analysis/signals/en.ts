import type { RuleMatch, SentenceContext } from '../rules/types.ts';
import type { SentenceSignals, SignalDetector } from './types.ts';
import { allMatches, matcher } from './match.ts';
import { compileConstructions } from './construction.ts';
import { englishAcknowledgement } from './acknowledgement/en.ts';
import { englishClasses } from '../classes/en.ts';
import { classSource } from '../classes/expand.ts';
import { compilePattern } from '../engine/compile.ts';
import { findApologies } from '../rules/en/apology-clause.ts';
import { inLexicon, isFunctionWord, isKnownName } from '../lang/en/lexicon.ts';

// Constructions over the classes in classes/en.ts: see signals/acknowledgement/en.ts.
const ACKNOWLEDGEMENT = compileConstructions(englishAcknowledgement, englishClasses, true);

const OWNERSHIP_VERBS =
  '(?:look|check|follow|reach|get back|send|forward|pass|share|update|contact|investigate|review|be in touch|sort|fix|make sure|take|issue|refund|credit|process|add|escalate|call|email|dm|reply|respond|arrange|book|cancel|change|confirm|replace|ship|keep you updated|let you know|be sure to|have a look|let (?:our|the) [\\p{L}-]+ know|continue (?:to )?(?:share|sharing|pass|passing|look|looking|work|working)|get (?:this|that|it) (?:sorted|fixed|passed|over)|find (?:a |the )?(?:solution|fix|way|answer|out)|work (?:on|with you|together)|be (?:responding|replying|following up|looking into|working on|reaching out)|refer|pop)';
const OWNERSHIP = matcher([
  // "I will be happy to help" promises the writer's own hand as much as "I'll help" does; the
  // conditional "I'd be glad to assist" (below) stays a courtesy.
  `i(?:'ll|´ll| will| shall)(?= (?!be waiting|need|have to|want|be here))`,
  'just sent you',
  // "We have received your DM and will follow up there": the team's promise with the subject left out.
  '(?:received|got|have|read|seen) (?:your|the) (?:dm|message|email|e-mail|details|info|information|photos?|screenshots?) (?:and|&) will (?:follow up|be in touch|look|check|get back|reach out|review|update|reply|respond)',
  `we(?:'ll| will| shall) (?:\\p{L}+ )?${OWNERSHIP_VERBS}`,
  "i(?:'ve| have) (?:just |already |now |also |gone ahead and |personally )?(?!caused|got|observed|posted|noticed|seen|heard|experienced|had(?! a look)|received|prohibited)(?:[\\p{L}]+ed|sent|made|done|taken|put|set|given|written|spoken|gone|found|caught|had a look)(?![\\p{L}])",
  "we(?:'ve| have) (?:just |already |now |also |gone ahead and |personally )?(?:sent|issued|refunded|credited|forwarded|passed|escalated|shared|fixed|processed|booked|cancelled|canceled|changed|reset|reversed|replaced|arranged|contacted|reached out|added|updated your|applied|reinstated|restored|unlocked|removed the|corrected)(?![\\p{L}])",
  // The look-ahead sits after the word, not after a trailing space: a pattern ending in white space
  // could never meet the word boundary that every pattern is closed with (engine/compile.ts).
  // "Our system won't let me apply it" is the opposite of a commitment.
  "(?<!(?:won't|wouldn't|doesn't|does not|don't|didn't|can't|cannot|not|never) )let me(?= (?!know))",
  "let us (?:look|check|take|get|see|dig|sort|fix|figure|find)",
  "(?:i(?:'m| am)|we(?:'re| are)) going to(?= (?!need|have to))",
  "i(?:'m| am) (?:now |currently |just )?(?:looking|checking|looping|sending|reaching|escalating|passing|forwarding|working|on it|taking|calling|adding|issuing|processing|arranging|booking|refunding|updating|fixing|raising|replying|reviewing)",
  "we(?:'re| are) (?:now |currently |already )?(?:looking into|checking|on it|looping|investigating|passing|sending|adding|issuing|processing|fixing|reviewing your|replying)",
  'i (?:[\\p{L}]+ )?(?:want|would like|need) to (?:make|go|help|get|see|fix|ensure|be sure|look|check|take|sort)',
  "i(?:'d| would) (?:be (?:more than )?(?:happy|glad) to|like to)(?= (?!know|ask|hear|have a better|help|assist))",
  'i (?:just |already |also |now )?(?:reply|replied|responded|followed up|looked|checked|escalated|forwarded|passed|sent|added|issued|refunded|credited|fixed|updated|made another|called|tried to call|found|re-?set|located|tracked down|spoke|contacted|emailed|e-mailed|messaged|submitted|logged|reported|booked|cancell?ed|changed|removed|arranged|ordered|reissued|re-issued|rebooked|moved|extended|waived|unlocked|restored|reinstated|raised|flagged|pinged|tested|ran(?! (?:into|out|across|over|away))|reviewed|verified|investigated|scheduled|rescheduled|adjusted|corrected|resent|re-sent|refreshed|reprocessed|asked (?:our|the|my))(?![\\p{L}])',
  // An offer of the writer's own hand put as a question: "Is it alright if I send a refresh to your equipment?"
  '(?:is it|would it be|would that be|is that) (?:alright|all right|ok|okay|fine) (?:with you )?if i (?:send|run|set|book|schedule|refund|credit|reset|refresh|call|cancel|change|add|apply|issue|arrange|order|escalate|reboot|restart|update|move|extend|waive)',
  'we (?:just |already |also )(?:replied|responded|followed up|looked|checked|escalated|forwarded|passed|sent|added|issued|refunded|credited|fixed|updated|called)',
  'so (?:that )?i (?:can|could|may) (?:review|check|look|try|replicate|investigate|see|help|follow|escalate|log|raise|fix|sort|get|assist|question|research|pull up|take|locate|find|trace|confirm|update|process|arrange|book|refund|reach)',
  "(?:my|our) team (?:will|'ll|is going to) (?:escalate|look|check|investigate|contact|call|follow|fix|send|refund|review)",
  'i (?:had|took) (?:an opportunity|a chance|a moment|the time) to (?:read|review|look|check)',
  // "I can help with the box trouble" offers the writer's own hand; "anything (else) I can help
  // you with?" and "if I can help" are the closing courtesy, not a commitment.
  "(?<!(?:anything|something|else|that|if|whatever|way|ways|issues?|questions?) )i (?:can|could) (?:definitely |certainly |personally |absolutely )?(?:help|assist|review)(?! you with\\b| you further\\?)",
  'i (?:can|may|could) (?:definitely |certainly |personally )?(?:provide|offer|issue|send|refund|credit|check|look|arrange|book|fix|set|add|get|take|give|confirm|see what|update|change|cancel|better assist|authori[sz]e|log|escalate|raise|pass|forward|reach out)',
]);

const NEXT_STEP = matcher([
  'https?://\\S+',
  '(?:www\\.)\\S+',
  "(?:please |kindly |just |simply )?(?:try|check|click|go|visit|send|dm|follow|contact|reach|call|tell|give|make sure|head|select|update|restart|reboot|open|tap|navigate|log ?in|sign ?in|log out|sign out|reinstall|re-?install|clear|use|see|read|look|email|e-mail|shoot|drop|message|submit|fill|reply|respond|keep us|keep me|confirm|share|provide|enter|choose|install|uninstall|download|delete|remove|reset|turn|switch|toggle|disable|enable|connect|unplug|plug|power|hold|press|swipe|allow|add|forward|include|attach|upload|let us know|let me know|pm|direct message|note)(?![\\p{L}])",
  "(?:i|we)(?:'ll| will| shall| can| could| would|'d)(?= (?!be happy to help|be here))",
  '(?:you|you\'ll|you will|you can|you may|you could|you should|you\'d|you would|you need|you\'ll need)(?: [\\p{L}]+)? (?:receive|get|need|find|see|try|be able|want|check|use|go|visit|contact|reach|expect|notice|change|cancel|request|follow|select|update|mark|download|head|submit|call)',
  '(?:we|i)(?:\'d| would)? (?:recommend|suggest|advise|encourage)',
  '(?:within|in) (?:\\d+|a few|one|two|three|24|48|72)(?:[-–]\\d+)? (?:minutes?|hours?|days?|business days|working days|weeks?)',
  '(?:by|on|until|before) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the end of)',
  "(?:i|we)(?:'ve| have) (?:just |already |now |also |gone ahead and )?(?:sent|issued|refunded|credited|added|forwarded|passed|escalated|updated|fixed|processed|replied|responded|followed up|booked|cancelled|canceled|changed|reset|shared|looped)",
  '(?:can|could|would|will|do|did|does|are|is|have|has|were|was|what|which|where|when|how|is there|any)(?:n\'t)? [^?]{0,120}\\?',
  'steps? (?:here|below|above)',
  'here(?:\'s| is| are) (?:how|what|the|a|some)',
]);

const GENERIC_OFFER = /^(?:please )?(?:feel free|don't hesitate|do not hesitate|let us know if you (?:have|need) (?:any|anything)|if you (?:have|need) (?:any|anything|additional|further|more) .{0,40}(?:let us know|reach out|contact us|get in touch))/i;

// An apology for our own slow reply, or for "any…", recognises nothing of the case.
const OWN_DELAY_OR_ANY = /(?:reply|response|getting back|responding|replying|took us|to answer)|^(?:for|about) (?:the|this|our) (?:\w+ )?(?:delay|wait)$|^(?:\w+ )?(?:for|about) any /;
// An apology built on a mishap word ("sorry for the trouble with your return", "sorry you're having
// issues connecting") names the case but not what it is like for the customer: readers of real
// replies did not count it as acknowledgement, while "I'm sorry the strap gave way after two hikes" is.
const MISHAP_APOLOGY = compilePattern(`${classSource(englishClasses, 'MISHAP_NOUN')}|delays?|waits?|waiting time`, true);

// Two apologies that name a case but not the customer in it, which both newer labelings left out:
// one about our own doing ("sorry we ran out of some essentials") and one for a bare thing ("sorry
// for the extended travel time today", "sorry for the hunt"). Once the customer is in the object
// ("sorry our driver left your parcel in the rain", "sorry for the disruption to your journey"), it counts.
const ABOUT_US = /^(?:that )?(?:we|i|our|my|us)\b(?!.*\b(?:you|your|yours)\b)/;
const BARE_THING = /^(?:for|about) (?:the|this|that|these|those|all the)\b(?!.*\b(?:you|your|yours)\b)/;

function acknowledgement(ctx: SentenceContext): RuleMatch[] {
  const out = allMatches(ACKNOWLEDGEMENT, ctx.lower);
  for (const a of findApologies(ctx)) {
    if (a.kind !== 'specific') continue;
    const object = a.object.toLowerCase();
    MISHAP_APOLOGY.lastIndex = 0;
    if (!OWN_DELAY_OR_ANY.test(object) && !MISHAP_APOLOGY.test(object) && !ABOUT_US.test(object) && !BARE_THING.test(object)) out.push({ start: a.start, end: a.end });
  }
  return out;
}

// A "we" promise that waits on the customer ("DM us your order number and we'll look into it") is
// the team's routine, not the writer owning the case: readers of the newer labeled replies never
// counted it. "I'll…", and "we" with a real action ("we've refunded"), still count.
const TEAM_VOICE = /^(?:we|our|let us)/;
const WAITS_ON_CUSTOMER = /\b(?:dm|message|send|provide|contact|reach|email|e-mail|tell|give|share|request|click|visit|follow|reply|respond|call|let us know|could you|can you|please|connect|file|submit|fill|complete|open|chat|post|upload|attach|appeal)\b.*(?:\b(?:and|&)|\s[–—-])\s*(?:then\s+)?$/;

// "We've just sent you a DM" only points to where the help will be: readers of the newer labeled
// replies never counted it as the writer owning the case, while "we'll check this for you" and
// "we'll pop on a refund" count, and so does "I've sent you a DM with the details" (first person).
// (They also left out "we'll pass your feedback on to the team", but the first labeled file counts
// that hand-off, and its floor holds: it stays in.)
const DM_POINTER = /^(?:we|our team)(?:'ve| have| just)?(?: just| also| now| already)* (?:sent|send|dropped|shot) (?:you )?(?:a |an )?(?:dm|direct message|private message|pm|message)(?: your way| via twitter| on twitter)?(?![\p{L}])/u;

function ownership(ctx: SentenceContext): RuleMatch[] {
  return allMatches(OWNERSHIP, ctx.lower).filter((m) => {
    const rest = ctx.lower.slice(m.start);
    if (!TEAM_VOICE.test(rest)) return true;
    if (DM_POINTER.test(rest)) return false;
    return !WAITS_ON_CUSTOMER.test(ctx.lower.slice(0, m.start));
  });
}

function nextStep(ctx: SentenceContext): RuleMatch[] {
  if (GENERIC_OFFER.test(ctx.lower.replace(/^[\p{L}]+,\s*/u, ''))) return [];
  const matches = allMatches(NEXT_STEP, ctx.lower);
  return matches.filter((m) => {
    const piece = ctx.lower.slice(m.start, m.end);
    // "Please feel free…", "Please note" on its own, and thanks are not a step.
    if (/^please$/.test(piece)) return false;
    return true;
  });
}

const GREETING = /^(?:hi|hello|hey|dear|hiya|howdy|greetings|good (?:morning|afternoon|evening)|morning|evening|afternoon|thanks|thank you|thx)[,!]?\s+([\p{L}][\p{L}'’-]+)/iu;
// Words that open a sentence with a comma but are not names ("Okay, …", "Unfortunately, …").
const NOT_A_NAME_OPENER = new Set(['okay', 'ok', 'yes', 'no', 'well', 'sure', 'thanks', 'unfortunately', 'however', 'also', 'currently', 'again', 'alright', 'absolutely', 'great', 'perfect', 'hmm', 'sorry', 'apologies', 'cheers', 'regards', 'best', 'note', 'meanwhile', 'otherwise', 'additionally', 'firstly', 'first', 'second', 'then', 'finally', 'yikes', 'oops', 'wow', 'awesome', 'definitely', 'certainly', 'indeed', 'please', 'today', 'tomorrow', 'yesterday', 'here', 'there', 'now', 'still', 'instead', 'rgds', 'regds', 'brgds', 'kr', 'thx', 'tks', 'pls', 'plz']);

// First names that are also modal verbs ("Will", "May"): names only where punctuation says so.
const NAME_LIKE_MODAL = new Set(['will', 'may']);

function isAdverbLike(word: string): boolean {
  return /ly$/.test(word);
}

const NOT_A_NAME = new Set(['there', 'team', 'all', 'everyone', 'folks', 'friend', 'friends', 'again', 'guys', 'y', 'sir', 'madam', 'customer', 'both', 'you', 'so', 'for', 'again', 'i', 'we']);

function nameSpans(s: { start: number; text: string }, customerName: string | undefined): RuleMatch[] {
  const out: RuleMatch[] = [];
  const known = (customerName ?? '').toLowerCase().split(/\s+/).filter((w) => w.length > 1);
  // A tweet's part counter may stand before the greeting: "1/3 Thanks Ange."
  const lead = /^\d+\/\d+\s*/.exec(s.text)?.[0].length ?? 0;
  const g = GREETING.exec(s.text.slice(lead));
  // "Thanks Will." / "Hi May,": a name that is also a modal verb, told apart by the punctuation after it.
  const modalName = (word: string, after: string) => NAME_LIKE_MODAL.has(word.toLowerCase()) && /^[\p{Lu}]/u.test(word) && /^\s*[.,!]/u.test(after);
    // Case is checked apart from the greeting: under the i flag \p{Lu} would match any letter.
    if (g && /^[\p{Lu}]/u.test(g[1]!) && !NOT_A_NAME.has(g[1]!.toLowerCase()) && (!isFunctionWord(g[1]!) || modalName(g[1]!, s.text.slice(lead + g[0].length)))) {
      const at = s.start + s.text.indexOf(g[1]!, lead + g[0].length - g[1]!.length);
    out.push({ start: at, end: at + g[1]!.length });
  } else {
    // A vocative: ", Maria!" / "Maria, …" / "…, Eric and …" / "… Nancy." with a name-like word.
    const re = /(?:^|(,)\s*|\s)([\p{Lu}][\p{Ll}'’-]+)(?=\s*[,.!?:]|\s*$|\s+and\s|\s+[\^*~]\S{1,12}\s*$|\s+(?:did|do|does|can|could|have|has|is|are|was|were|we|i|please|thanks|thank|sorry)\s|\s+[-–—]\s)/gu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s.text))) {
      const word = m[2]!;
      const lower = word.toLowerCase();
      const opensSentence = m.index === 0;
      const after = s.text.slice(m.index + m[0].length);
      if (NOT_A_NAME.has(lower) || NOT_A_NAME_OPENER.has(lower) || (isFunctionWord(word) && (opensSentence || !modalName(word, after)))) continue;
      const afterComma = m[1] === ',';
      const closesWithComma = /^[\p{Lu}][\p{Ll}'’-]+\s*,/u.test(s.text.slice(m.index + m[0].indexOf(word)));
      const named = known.includes(lower) || isKnownName(word) || NAME_LIKE_MODAL.has(lower);
      // A name that opens a question to "you" or a dash: "Jeffrey did you use…", "Edgar - sorry for…".
      const addressedAtStart = opensSentence && /^\s+(?:(?:did|do|does|can|could|have|has|are|were)\s+you\b|[-–—]\s)/iu.test(after);
      // Before a dash only at the start: "… perfect :) Ty - Darren" is the agent signing off.
      if (!opensSentence && /^\s+[-–—]\s/u.test(after)) continue;
      // Unknown words count as names only in a vocative position: "…, Bry." or "Dick, please…".
      // A sign-off ("-Becky", "^Tom") is the agent's name, not the customer's.
      if (/[-–—^*~]\s*$/.test(s.text.slice(0, m.index + m[0].indexOf(word)))) continue;
      const vocative = (afterComma && /^[\s]*[.!?]|^\s*$/.test(s.text.slice(m.index + m[0].length))) || (opensSentence && closesWithComma && !inLexicon(word));
      if (named ? (!opensSentence || closesWithComma || addressedAtStart) : vocative && !isAdverbLike(lower)) {
        const at = s.start + m.index + m[0].indexOf(word);
        out.push({ start: at, end: at + word.length });
      }
    }
  }
  // The known customer name anywhere, even without punctuation around it.
  const lower = s.text.toLowerCase();
  for (const name of known) {
    for (let i = lower.indexOf(name); i >= 0; i = lower.indexOf(name, i + name.length)) {
      if (/[\p{L}]/u.test(lower[i - 1] ?? ' ') || /[\p{L}]/u.test(lower[i + name.length] ?? ' ')) continue;
      out.push({ start: s.start + i, end: s.start + i + name.length });
    }
  }
  return out;
}

// Case details: order or ticket numbers, money, dates the agent repeats.
const DETAIL = /(?:#\s?\d{3,}|(?:order|ticket|case|booking|reservation|flight|invoice|account|tracking|confirmation)(?: (?:number|no\.?|code|id))?\s*#?\s*[A-Z0-9-]*\d[A-Z0-9-]{2,})/gi;

const COMMON = new Set([
  'help', 'please', 'thanks', 'thank', 'hello', 'account', 'support', 'team', 'issue', 'problem', 'able', 'know', 'look',
  'need', 'want', 'like', 'just', 'still', 'time', 'today', 'work', 'working', 'get', 'got', 'make', 'sure', 'good', 'great',
  'more', 'back', 'again', 'send', 'sent', 'message', 'contact', 'customer', 'service', 'email', 'link', 'here', 'there',
  'would', 'could', 'should', 'really', 'also', 'check', 'info', 'information', 'details', 'please', 'sorry', 'hear',
  'reach', 'reaching', 'thanks', 'going', 'tried', 'trying', 'using', 'use', 'does', 'doing', 'done', 'right', 'well',
  'hey', 'best', 'day', 'days', 'week', 'able', 'love', 'app', 'update', 'new', 'one', 'thing', 'things', 'will', 'your',
  'what', 'when', 'where', 'which', 'this', 'that', 'they', 'them', 'their', 'have', 'been', 'with', 'from', 'about', 'into',
  'password', 'report', 'access', 'signing', 'sign', 'number', 'game', 'games', 'ticket', 'video', 'videos', 'error', 'errors',
  'chat', 'computer', 'trouble', 'private', 'download', 'keep', 'turn', 'enjoy', 'glad', 'sorted', 'available', 'appreciate',
  'experience', 'screenshot', 'same', 'earlier', 'correct', 'services', 'connection', 'lock', 'free', 'spam', 'feedback',
  'having', 'other', 'give', 'over', 'remember', 'nothing', 'something', 'anything', 'everything', 'happy', 'thing', 'fine',
  'problem', 'problems', 'issues', 'question', 'questions', 'phone', 'website', 'page', 'site', 'online', 'internet', 'device',
  'devices', 'follow', 'following', 'section', 'automatically', 'available', 'option', 'options', 'process', 'request',
  'assist', 'assistance', 'updates', 'pleasure', 'wonderful', 'language', 'english',
  'dm', 'dms', 'twitter', 'tweet', 'hi', 'know', 'said', 'says', 'tell', 'told', 'asked', 'ask', 'call', 'called', 'calling',
]);

function contentWords(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const re = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const w = m[0].toLowerCase();
    if (w.length < 4 || COMMON.has(w) || /'/.test(w) || isFunctionWord(w) || /^https?$|^www$|^com$/.test(w)) continue;
    if (!out.has(w)) out.set(w, m.index);
  }
  return out;
}

function stem(w: string): string {
  return w.replace(/(?:ing|ed|es|s)$/, '');
}

// The customer's content words, per message: one ticket is read on every keystroke.
const customerWordCache = new Map<string, Set<string>>();

function customerStems(message: string): Set<string> {
  let stems = customerWordCache.get(message);
  if (!stems) {
    stems = new Set([...contentWords(message.replace(/https?:\/\/\S+|@\w+/g, ' ')).keys()].map(stem));
    if (customerWordCache.size > 16) customerWordCache.clear();
    customerWordCache.set(message, stems);
  }
  return stems;
}

// The agent's own name closing the reply: "Phil.", "Ty Andrew", "Thanks, Sarah", "Kind regards, Dan 2/2"
// as the last sentence, with no "!" or "?" ("Thanks, Sarah!" thanks the customer, and so does "Thanks Maria."
// with no comma). Labelers never
// counted the agent's signature as personal (LABELING.md); a known customer name still counts.
const SIGN_OFF = /^(?:\d+\/\d+\s*)?(?:(?:thanks|thank you|many thanks|thanks again|thx)(?:,|\s+(?=[-–—]))\s*|(?:ty|cheers|regards|kind regards|best regards|warm regards|warmest regards|best|best wishes|all the best|take care|sincerely|yours|rgds|kr)[,.]?\s+)?[-–—~^*]?\s*([\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2})\s*[.,]?\s*(?:\d+\/\d+)?\s*$/iu;
const HELLO = /^(?:\d+\/\d+\s*)?(?:hi|hello|hey|dear|hiya|howdy|greetings|good (?:morning|afternoon|evening)|morning|evening|afternoon)(?![\p{L}])/iu;
const LAST_SENTENCE = /^\s*(?:\d+\/\d+\s*)?(?:https?:\/\/\S+\s*)?$/;

/** The sentence has the shape of a signature; whether it closes the reply is read in `reply`. */
function signOffShape(text: string, customerName: string | undefined): boolean {
  const m = SIGN_OFF.exec(text);
  if (!m || HELLO.test(text)) return false;
  // Every word of the name capitalised (the i flag lets \p{Lu} match any letter), none a closing word:
  // "Thanks Maria." thanks the customer.
  const words = m[1]!.split(/\s+/);
  if (!words.every((w) => /^[\p{Lu}]/u.test(w)) || /^(?:thanks|thank|thx|cheers|regards|best|yours|sincerely)$/i.test(words[0]!)) return false;
  const known = (customerName ?? '').toLowerCase().split(/\s+/).filter((w) => w.length > 1);
  return !m[1]!.toLowerCase().split(/\s+/).some((w) => known.includes(w.replace(/\.$/, '')));
}

// A sentence shaped like a signature is left to `reply`, which knows whether it closes the reply:
// reading the next sentence here would tie the sentence's cache to its neighbour.
function personal(ctx: SentenceContext): RuleMatch[] {
  if (signOffShape(ctx.text, ctx.customerName)) return [];
  return personalIn(ctx.text, ctx.customerName, ctx.customerMessage);
}

function personalIn(text: string, customerName: string | undefined, customerMessage: string | undefined): RuleMatch[] {
  const out = nameSpans({ start: 0, text }, customerName);
  DETAIL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DETAIL.exec(text))) out.push({ start: m.index, end: m.index + m[0].length });
  if (customerMessage) {
    // A detail of their case: a content word of the customer's own message repeated in the reply
    // (everyday support words such as "password" or "order" do not count).
    const theirs = customerStems(customerMessage);
    const ours = text.replace(/https?:\/\/\S+/g, (u) => ' '.repeat(u.length));
    for (const [w, at] of contentWords(ours)) {
      if (theirs.has(stem(w))) out.push({ start: at, end: at + w.length });
    }
  }
  return out;
}

export const englishSignals: SignalDetector = {
  sentence(ctx): SentenceSignals {
    return {
      acknowledgement: acknowledgement(ctx),
      ownership: ownership(ctx),
      'next-step': nextStep(ctx),
      personal: personal(ctx),
    };
  },
  // A signature-shaped sentence counts as usual unless it closes the reply ("Thanks, Sarah. I'll
  // check." thanks the customer; "…on its way. Thanks, Sarah" signs off).
  reply(_text, sentences, context): SentenceSignals {
    const out: RuleMatch[] = [];
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i]!;
      const text = s.text.replace(/[’‘´]/g, "'");
      if (!signOffShape(text, context.customerName)) continue;
      if (LAST_SENTENCE.test(sentences[i + 1]?.text ?? '') && sentences.slice(i + 2).every((n) => LAST_SENTENCE.test(n.text))) continue;
      for (const m of personalIn(text, context.customerName, context.customerMessage)) out.push({ start: s.start + m.start, end: s.start + m.end });
    }
    return { personal: out };
  },
};
