import type { Finding, Lang, Suggestion } from '../analysis/types.ts';
import type { Problem } from './problem.ts';
import type { Register } from './register.ts';
import { sorry } from './register.ts';
import { honestDeflection } from './deflection.ts';
import { plainOffer, swapIn, withoutPressure, withoutReproach } from './swaps.ts';
import { isPushOnly } from './pitch.ts';
import { tidySentence } from './tidy.ts';

/** What the composer knows of the ticket. */
export interface Ticket {
  firstName?: string;
  problem: Problem | null;
  /** "your laptop": what of theirs is affected, when the full clause is not usable. */
  thing: string | null;
  /** The customer only thanked or praised: nothing to acknowledge. */
  thanksOnly: boolean;
  /** Their message praises something ("great airline", "got it to work"): no hardship to feel for. */
  praised?: boolean;
}

/** Where the finding sits: the sentence (without its end punctuation) that a suggestion rewrites. */
export interface Place {
  /** The sentence body: offsets into the analysed text and its words. */
  start: number;
  end: number;
  text: string;
  /** The finding inside `text`. */
  from: number;
  to: number;
  /** The customer's name is already in the reply (the greeting): do not repeat it. */
  nameInReply: boolean;
  /** Every finding inside `text` (this one included), so a swap fixes all the wrong words of the sentence at once. */
  spans: Array<[number, number]>;
  /** The reply outside this sentence: what the agent already said there is not asked for again. */
  around?: string;
  /** A pitch's sentence before it (ru, sv, zh hype): the reply without the pitch keeps only this. */
  before?: { start: number; end: number; text: string; replaced: string };
}

/** Rewrites for one finding, best first; unchecked (the caller verifies each with analyze()). */
export function rewritesFor(finding: Finding, place: Place, ticket: Ticket, register: Register, lang: Lang): Suggestion[] {
  const bodies: Array<{ text: string; note: string }> = [];
  const before = place.text.slice(0, place.from);
  const after = place.text.slice(place.to);
  let onceEnough = false;
  const dropped: Suggestion[] = [];
  switch (finding.category) {
    case 'generic-apology':
    case 'non-apology': {
      // A flagged noun phrase in a list ("…anxiety, frustration, and inconvenience that we have
      // caused") is no apology to rewrite: an apology pasted there breaks the list.
      if (lang === 'en' && !/(?<![\p{L}])(?:sorry|apolog\w*|regret\w*|forgive|pardon)(?![\p{L}])/iu.test(finding.text)) break;
      // "I'm very sorry Andrew": the name that followed the apology is addressed, after a comma.
      const tail = withoutApologyTail(after, lang).replace(/^\s+(\p{Lu}[\p{Ll}'’-]+)$/u, ', $1');
      // "Sorry if we haven't dialed you back yet": a lone "yet" belonged to the words rewritten.
      const lone = lang === 'en' && /^[\s,]*(?:yet|again|too|though|as\s+well)\s*$/i.test(tail);
      // The apology opens the sentence (or follows only a greeting): it may carry the name.
      const opens = !before.trim() || /^\s*(?:hi|hello|hey|dear)\b[^,]*,\s*$/i.test(before);
      const named = (s: string) => (opens && !before.trim() && ticket.firstName && !place.nameInReply && !tail.includes(ticket.firstName) ? `${ticket.firstName}, ${lowerFirst(s)}` : s);
      // The reply already says sorry for something specific: a second apology is not added; the
      // generic one goes and what else the sentence says stays.
      // (Another flagged apology in the sentence is no specific one: its words are left out of the test.)
      const unflagged = place.spans.filter(([a]) => a !== place.from).reduce((t, [a, b]) => t.slice(0, a) + ' '.repeat(b - a) + t.slice(b), place.text);
      if (lang === 'en' && (SPECIFIC_APOLOGY.test(place.around ?? '') || SPECIFIC_APOLOGY.test(`${unflagged.slice(0, place.from)} ${unflagged.slice(place.to)}`))) {
        const rest = tidySentence(`${before.replace(/[\s,;:–—-]*(?:and\s*)?$/i, '')} ${withoutApologyTail(after, lang).replace(/^[\s,;:–—-]*(?:and|but|so)?\s*/i, '')}`.trim(), lang);
        if (rest && /\p{L}{2}/u.test(rest) && !/^(?:hi|hello|hey|dear)\b[^,]*$/i.test(rest)) bodies.push({ text: rest, note: 'You already said sorry for what happened; once is enough.' });
        onceEnough = true;
        break;
      }
      // "对此次给您造成的困扰，[我们深表歉意]": the canned lead-in goes with the canned apology.
      const lead = lang === 'zh' ? before.replace(/(?:对此次?|由此|对此)?(?:给您|为您)(?:的[\p{Script=Han}]{1,4})?(?:带来|造成)的?(?:不便|困扰|麻烦|不愉快|不适)[，,]?\s*$/u, '') : before;
      for (const a of apologies(finding, ticket, register, lang, /^\s*(?:we|our)\b/i.test(finding.text), place.around ?? '')) {
        // "I apologize for the experience and would love to help": after a clause of theirs the
        // second verb needs its own subject, or it reads as the customer's.
        const joined = lang === 'en' && !/\]$/.test(a.text) ? tail.replace(/^\s+and\s+(?=(?:would|will|want|wanted|am|hope|need|have|'d|’d|really|truly)\b)/i, `, and ${/^\s*(?:we|our)\b/i.test(finding.text) || register.we ? 'we' : 'I'} `) : tail;
        const end = lone && a.note !== OWN_FACT_NOTE ? '' : joined;
        bodies.push({ text: `${lead}${lead.trim() ? lowerFirst(named(a.text)) : named(a.text)}${end}`, note: a.note });
      }
      break;
    }
    case 'policy-deflection':
      // The sentence's other flagged words (jargon, a second frame) are fixed in the same rewrite.
      bodies.push(...honestDeflection(place.text, place.from, place.to, lang, place.around).map((h) => ({ ...h, text: tidySentence(swapRemaining(h.text, place, lang), lang) })));
      break;
    default: {
      // Hype: the whole pitch goes, not just the word, so the offer is left as a plain fact.
      if (finding.category === 'hype') {
        const plain = swapRemaining(withoutPressure(place.text, lang), place, lang);
        if (lang !== 'en') {
          // ru, sv, zh: sentence by sentence, each without its pressure and its selling claims; a
          // sentence that only pushes ("Missa inte chansen…", "心动不如行动…") goes whole.
          const parts = place.text.match(/[^.!?…。！？]+(?:[.!?…。！？]+|$)/gu) ?? [place.text];
          const kept = parts.map((part) => {
            if (isPushOnly(part.trim(), lang)) return '';
            const end = /[.!?…。！？]+$/u.exec(part.trim())?.[0] ?? '';
            const body = tidySentence(plainOffer(swapRemaining(withoutPressure(part.trim().slice(0, part.trim().length - end.length), lang), place, lang), lang), lang);
            return /\p{L}{2}/u.test(body) ? body + (end ? (lang === 'zh' ? '。' : '.') : '') : '';
          }).filter(Boolean);
          const info = kept.join(lang === 'zh' ? '' : ' ').replace(/[.。]$/u, '');
          // To a customer with a problem the pitch is no place for an offer at all, and a pitch of pure
          // pressure has no offer left to state: the reply without it comes first.
          const drop = place.before && ((ticket.problem && !ticket.thanksOnly) || !info) ? place.before : undefined;
          if (drop) dropped.push({ text: drop.text, note: PITCH_DROPPED[lang], range: { start: drop.start, end: drop.end, text: drop.replaced } });
          if (info && info !== place.text) bodies.push({ text: info, note: PITCH_PLAIN[lang] });
          break;
        }
        if (plain !== place.text) bodies.push({ text: tidySentence(plain, lang), note: 'The offer as a plain fact, without the pressure.' });
        break;
      }
      const swapped = swapIn(place.text, place.from, place.to, lang);
      // ru, sv, zh blame: the reproach left in the sentence goes too, and the omission becomes a step.
      if (finding.category === 'blame' && lang !== 'en') {
        const base = swapped ? swapAll(swapped.text, place, lang) : place.text;
        const plain = withoutReproach(swapRemaining(base, place, lang), lang);
        if (plain !== place.text) bodies.push({ text: tidySentence(plain, lang), note: swapped?.note ?? BLAME_NOTE[lang] });
        break;
      }
      if (swapped) bodies.push({ text: tidySentence(swapAll(swapped.text, place, lang), lang), note: swapped.note });
    }
  }
  const out: Suggestion[] = [...dropped, ...bodies.filter((b) => b.text.trim() && b.text !== place.text).map((b) => asSuggestion(b.text, b.note, finding, place))];
  // The rule's own wording only where it replaces a whole sentence: pasted mid-sentence it breaks it.
  // An instruction in brackets ("[say it plainly…]") is no wording: better nothing than that.
  if (!out.length && !onceEnough && place.from === 0 && place.to === place.text.length) out.push(...finding.suggestions.filter((x) => !/^\s*\[[^\]]*\]\s*$/.test(x.text) && (x.text.match(/\[/g)?.length ?? 0) <= 1));
  return out;
}

const PITCH_DROPPED: Record<Exclude<Lang, 'en'>, string> = {
  ru: 'Без рекламы: клиент написал о проблеме, а не о покупке.',
  sv: 'Utan säljpitch: kunden skrev om ett problem, inte om ett köp.',
  zh: '去掉推销：客户来信是为了解决问题，不是为了购买。',
};
const BLAME_NOTE: Record<Exclude<Lang, 'en'>, string> = {
  ru: 'Ответьте ещё раз без упрёка.',
  sv: 'Svara igen utan förebråelse.',
  zh: '再答一次，不带责备。',
};
const PITCH_PLAIN: Record<Exclude<Lang, 'en'>, string> = {
  ru: 'Предложение как простой факт, без давления.',
  sv: 'Erbjudandet som ett enkelt faktum, utan press.',
  zh: '把优惠当作事实陈述，不施加压力。',
};

// After a greeting the sentence goes on in lower case: "Hello, Unfortunately, we…" reads as a slip.
const AFTER_GREETING = /^((?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Gg]ood\s+(?:morning|afternoon|evening))(?:\s+(?:[\p{Lu}][\p{L}'’-]+|there|all|everyone|team))?,\s+)(Unfortunately|Sadly|Thanks|Thank|Please|We|We're|We’re|We've|We’ve|Our|As|Just|So|Sure|Certainly|It|It's|It’s|That|This|There|Sorry|Apologies|Regarding|Currently|At|The|A|An|Your|You|You're|You’re|Yes|No)(?![\p{L}])/u;

function asSuggestion(text: string, note: string, finding: Finding, place: Place): Suggestion {
  text = text.replace(AFTER_GREETING, (_m, greeting: string, word: string) => greeting + word[0]!.toLowerCase() + word.slice(1));
  // A rewrite of the finding's own words needs no range; one that changes the sentence carries it.
  if (place.from === 0 && place.to === place.text.length) return { text, note };
  return { text, note, range: { start: place.start, end: place.end, text: place.text } };
}

/**
 * The other flagged words of the same sentence swapped too ("Please be advised that the relevant
 * department…" → "Our [team] team…"): a suggestion that fixes one and leaves two reads half-done.
 */
function swapAll(text: string, place: Place, lang: Lang): string {
  let out = text;
  const shift = out.length - place.text.length;
  // Offsets after the first swap: spans before it keep theirs, those after it move by `shift`.
  let spans = place.spans.filter(([a]) => a !== place.from).map(([a, b]) => (a > place.from ? [a + shift, b + shift] : [a, b]) as [number, number]);
  for (let i = 0; i < 4 && spans.length; i++) {
    const [a, b] = spans[0]!;
    spans = spans.slice(1);
    const next = swapIn(out, a, b, lang);
    if (!next) continue;
    const delta = next.text.length - out.length;
    out = next.text;
    spans = spans.map(([x, y]) => (x > a ? [x + delta, y + delta] : [x, y]) as [number, number]);
  }
  return out;
}

/** Each finding of the sentence whose words are still in `text` after a rewrite, swapped where a swap fits. */
function swapRemaining(text: string, place: Place, lang: Lang): string {
  let out = text;
  for (const [a, b] of place.spans.slice(0, 6)) {
    const words = place.text.slice(a, b);
    const at = out.indexOf(words);
    if (at < 0) continue;
    const next = swapIn(out, at, at + words.length, lang);
    if (next) out = next.text;
  }
  return out;
}

/** The apology, best first: what went wrong in their words, what of theirs, then one placeholder. */
function apologies(finding: Finding, ticket: Ticket, register: Register, lang: Lang, weSubject: boolean, around = ''): Array<{ text: string; note: string }> {
  // ru, sv, zh: the complaint in their words when the reader found one, then the clean placeholder.
  const said = ticket.problem?.clause;
  // Their clause not sure to read right in the agent's voice: what of theirs it is about, named.
  const thing = ticket.problem?.topic;
  if (lang === 'ru') {
    const lead = `${register.we || /^\s*(?:приносим|мы|нам|просим)/iu.test(finding.text) ? 'Нам' : 'Мне'} очень жаль, что`;
    return [
      ...(said ? [{ text: `${lead} ${said}`, note: 'Называет, что случилось, их словами.' }] : []),
      ...(thing ? [{ text: `${lead} ${withRu(thing)} так получилось`, note: 'Называет, что именно у них пострадало.' }] : []),
      { text: `${lead} [что случилось]`, note: 'Назовите, что случилось.' },
    ];
  }
  if (lang === 'sv') {
    const lead = `${register.we || /^\s*vi\b/i.test(finding.text) ? 'Vi' : 'Jag'} beklagar verkligen att`;
    return [
      ...(said ? [{ text: `${lead} ${said}`, note: 'Säger vad som hände, med deras ord.' }] : []),
      ...(thing ? [{ text: `${lead} det blev problem med ${thing}`, note: 'Säger vad av deras som drabbats.' }] : []),
      { text: `${lead} [det som hände]`, note: 'Säg vad som hände.' },
    ];
  }
  if (lang === 'zh') {
    // "门店员工的态度如有冒犯": the apology owns what its own words name, plainly.
    const manner = finding.category === 'non-apology' ? /([\p{Script=Han}]{0,8}?(?:的)?(?:态度|沟通|服务|言行))(?=如有|若有|让您|给您|令您)/u.exec(finding.text.replace(/^(?:如果|若|倘若)/u, '')) : null;
    return [
      ...(manner ? [{ text: `很抱歉${manner[1]}让您不愉快`, note: '为对方实际经历的事道歉。' }] : []),
      // "很抱歉让您等到11点20才拿到车": a wait is said with 让您.
      ...(said ? [{ text: `很抱歉${said.replace(/^您(?=等|排队)/u, '让您')}`, note: '用对方的话说明出了什么问题。' }] : []),
      ...(thing ? [{ text: `很抱歉${thing}出了问题`, note: '说明对方受影响的是什么。' }] : []),
      { text: '很抱歉[具体出了什么问题]', note: '说明具体出了什么问题。' },
    ];
  }
  const base = sorry(register, weSubject);
  const out: Array<{ text: string; note: string }> = [];
  // "I apologize for the delayed response": the one thing the agent knows went wrong, said plainly.
  if (REPLY_DELAY.test(finding.text)) out.push({ text: `${base} it took ${weSubject || register.we ? 'us' : 'me'} so long to get back to you`, note: 'Says plainly what went wrong: the wait for a reply.' });
  const p = ticket.problem;
  // "Sorry if we haven't called you back": the agent's own fact, said without the "if".
  const own = lang === 'en' && finding.category === 'non-apology' ? SORRY_IF_FACT.exec(finding.text) : null;
  if (own) out.push({ text: `${base} ${own[1]}`, note: OWN_FACT_NOTE });
  // "We apologise if you felt our receptionist was dismissive when you asked about the delay": the
  // person they complain of is the complaint; said as their experience, in the reply's own words.
  const staff = lang === 'en' && finding.category === 'non-apology' ? FELT_STAFF.exec(finding.text) : null;
  if (staff) out.push({ text: `${base} about your experience with ${staff[1]!.replace(/^the\s/i, 'our ')}${staff[2]!.replace(/[.!]+$/, '')}`, note: 'Names what went wrong, plainly.' });
  // A number of theirs the reply gives differently ("waited 50 minutes" where the reply says 40): not said back.
  if (p?.clause && !clashesWithReply(p.clause, around)) {
    out.push({ text: `${base} ${p.clause}`, note: p.accusation ? 'Acknowledges what they went through, without admitting the accusation.' : p.framed ? 'Names what went wrong, plainly.' : 'Names what went wrong, in their words.' });
  }
  // "sorry you're unhappy with our catering service": the apology's own words name what it is about.
  const about = UNHAPPY_WITH.exec(finding.text);
  if (!p?.clause && about) out.push({ text: `${base} about your experience with ${about[1]!.replace(/^the\s/i, 'our ')}`, note: 'Names what went wrong, plainly.' });
  // Only what they called theirs ("my laptop"): a topic word guessed from the message ("the wait",
  // "the effects") named the wrong thing too often.
  const topic = ticket.thing ?? p?.topic;
  if (topic) out.push({ text: `${base} about the trouble with ${topic}`, note: 'Names what of theirs is affected.' });
  // What happened to them first: "that we [what we got wrong]" presumes a fault nobody named.
  out.push({ text: `${base} [what went wrong for them]`, note: 'Fill in what happened to them.' });
  if (finding.category === 'non-apology') out.push({ text: `${base} that we [what we got wrong]`, note: 'Own what happened, not how they feel.' });
  return out;
}

// An apology that already names what happened ("I'm sorry your parcel is late", "sorry it took us
// so long"): not "sorry to hear", "sorry for the inconvenience", "sorry you feel…", "sorry if…".
export const SPECIFIC_APOLOGY = /(?<![\p{L}])(?:sorry|apologi[sz]e)\s+(?:that\s+)?(?:your\s+(?!(?:experience|frustration|inconvenience|trouble|feelings?|concerns?)\b)[\p{L}\p{N}#-]+(?:\s+[\p{L}\p{N}#-]+){0,3}?\s+(?:is|was|were|are|has|have|had|hasn['’]t|haven['’]t|didn['’]t|did\s+not|isn['’]t|wasn['’]t|never|still|got|arrived|broke|keeps?)|you\s+(?:were|have\s+been|had\s+to|didn['’]t|haven['’]t|weren['’]t|got|still|can['’]t|couldn['’]t|never)|you['’]ve\s+(?:been|had)|it\s+took|we\s+(?:didn['’]t|haven['’]t|missed|sent|charged|got|made|forgot|couldn['’]t)|(?:about|for)\s+the\s+(?:delay|mix-?up|error|mistake|wait)\s+(?:with|on|in|for)\s+your)(?![\p{L}])/iu;

// "if you felt our receptionist was dismissive …", "that you found the driver rude": who they complain of, and when.
const FELT_STAFF = /(?:if|that)\s+you\s+(?:felt|feel|found|thought|think)\s+(?:that\s+)?((?:our|the)\s+(?:[\p{L}-]+\s+)?(?:receptionist|agent|staff|driver|rep|representative|advisor|adviser|colleague|manager|nurse|doctor|engineer|technician|cashier|waiter|waitress|server|courier|team\s+member|employee|operator|host|concierge|guard|officer))\s+(?:was|were|had\s+been|is|are|seemed|came\s+across\s+as)\s+(?:(?:a\s+bit|rather|quite|very|so|too)\s+)?[\p{L}-]+((?:\s+(?:when|while|as|after|during)\s+[^,;.!?]{1,60})?)/iu;

const UNIT = '(minutes?|mins?|hours?|hrs?|days?|weeks?|months?)';
/** The clause gives a length of time ("50 minutes") where the reply gives another ("40 minutes"). */
export function clashesWithReply(clause: string, reply: string): boolean {
  const said = new RegExp(`(\\d+)\\s*${UNIT}`, 'giu');
  for (const m of clause.matchAll(said)) {
    const unit = m[2]!.toLowerCase().replace(/s$/, '').slice(0, 3);
    for (const r of reply.matchAll(said)) if (r[2]!.toLowerCase().replace(/s$/, '').slice(0, 3) === unit && r[1] !== m[1]) return true;
  }
  return false;
}

// "Sorry if we haven't dialed you back": a fact of ours, not how they feel or whether they were put out.
const OWN_FACT_NOTE = 'Says sorry for what happened, not for whether it did.';
const SORRY_IF_FACT = /(?:sorry|apologi[sz]e|apologies)\s+if\s+((?:we|we['’]ve|we\s+have|our\s+[\p{L}-]+)\s+(?!.*\b(?:feel|felt|inconvenien\w*|caused?|upset|frustrat\w*|confus\w*|offend\w*|disappoint\w*|seem\w*|appear\w*)\b).{3,80})$/iu;

// "sorry you're unhappy with our catering service", "apologies that you are disappointed in the app".
const UNHAPPY_WITH = /(?:you['’]re|you\s+are|you\s+were|you\s+feel|you\s+felt)\s+(?:so\s+|very\s+|really\s+)?(?:unhappy|disappointed|dissatisfied|frustrated|upset|not\s+happy|not\s+satisfied)\s+(?:with|in|by|about)\s+((?:our|the|your)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s*$/iu;

const REPLY_DELAY = /(?<![\p{L}])(?:delay(?:ed)?\s+(?:in\s+)?(?:response|reply|replying|responding|getting\s+back)|late\s+(?:reply|response)|slow\s+(?:reply|response)|(?:wait|waiting)\s+(?:for\s+)?(?:a|our|my)\s+(?:reply|response))(?![\p{L}])/iu;

// What an apology phrase drags along that a specific apology no longer needs: "…this may have
// caused you", "…you have experienced", "…in this matter".
const APOLOGY_TAIL: Partial<Record<Lang, RegExp>> = {
  // "…，敬请谅解": a specific apology asks no pardon.
  zh: /^[，,]\s*(?:敬请|请您|望您|还请|恳请)(?:谅解|见谅|原谅)/u,
  en: /^\s*(?:(?:that|which)\s+)?(?:(?:this|it)\s+)?(?:(?:may|might|could|has|have)\s+)*(?:caused|created|brought)(?:\s+you)?|^\s*(?:that\s+)?you(?:['’]ve|\s+have|\s+may\s+have|\s+might\s+have)?\s+(?:experienced|faced|had)|^\s*(?:in|regarding|with|about)\s+(?:this|the)\s+(?:matter|situation|regard)|^\s*,?\s*(?:and\s+)?(?:the\s+|any\s+|all\s+)?(?:stress|frustration|inconvenience|trouble|confusion|disappointment|hassle|anxiety|annoyance)\b.*$/i,
};

function withoutApologyTail(after: string, lang: Lang): string {
  const re = APOLOGY_TAIL[lang];
  const m = re?.exec(after);
  return m ? after.slice(m[0].length) : after;
}


/** "с Вашим заказом", "со списанием": the Russian preposition before the thing's instrumental. */
export function withRu(thing: string): string {
  return `${/^[сзшжщ][^аеёиоуыэюя]/iu.test(thing) || /^мн/iu.test(thing) ? 'со' : 'с'} ${thing}`;
}

/** Lower-cases the first letter, except the pronoun I ("I'm", "I've"). */
function lowerFirst(s: string): string {
  return /^I(?:\b|')/.test(s) ? s : s[0]!.toLowerCase() + s.slice(1);
}
