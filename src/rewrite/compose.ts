import type { Finding, Lang, SignalId, Suggestion } from '../analysis/types.ts';
import type { Problem } from './problem.ts';
import type { Register } from './register.ts';
import { sorry } from './register.ts';
import { honestDeflection } from './deflection.ts';
import { swapIn } from './swaps.ts';

/** What the composer knows of the ticket. */
export interface Ticket {
  firstName?: string;
  problem: Problem | null;
  /** "your laptop": what of theirs is affected, when the full clause is not usable. */
  thing: string | null;
  /** The customer only thanked or praised: nothing to acknowledge. */
  thanksOnly: boolean;
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
}

/** Rewrites for one finding, best first; unchecked (the caller verifies each with analyze()). */
export function rewritesFor(finding: Finding, place: Place, ticket: Ticket, register: Register, lang: Lang): Suggestion[] {
  const bodies: Array<{ text: string; note: string }> = [];
  const before = place.text.slice(0, place.from);
  const after = place.text.slice(place.to);
  switch (finding.category) {
    case 'generic-apology':
    case 'non-apology': {
      // A flagged noun phrase in a list ("…anxiety, frustration, and inconvenience that we have
      // caused") is no apology to rewrite: an apology pasted there breaks the list.
      if (lang === 'en' && !/(?<![\p{L}])(?:sorry|apolog\w*|regret\w*|forgive|pardon)(?![\p{L}])/iu.test(finding.text)) break;
      // "I'm very sorry Andrew": the name that followed the apology is addressed, after a comma.
      const tail = withoutApologyTail(after, lang).replace(/^\s+(\p{Lu}[\p{Ll}'’-]+)$/u, ', $1');
      // The apology opens the sentence (or follows only a greeting): it may carry the name.
      const opens = !before.trim() || /^\s*(?:hi|hello|hey|dear)\b[^,]*,\s*$/i.test(before);
      const named = (s: string) => (opens && !before.trim() && ticket.firstName && !place.nameInReply && !tail.includes(ticket.firstName) ? `${ticket.firstName}, ${lowerFirst(s)}` : s);
      const fitted = (s: string) => `${before}${before.trim() ? lowerFirst(s) : s}${tail}`;
      for (const a of apologies(finding, ticket, register, lang, /^\s*(?:we|our)\b/i.test(finding.text))) bodies.push({ text: fitted(named(a.text)), note: a.note });
      break;
    }
    case 'policy-deflection':
      bodies.push(...honestDeflection(place.text, place.from, place.to, lang));
      break;
    default: {
      const swapped = swapIn(place.text, place.from, place.to, lang);
      if (swapped) bodies.push({ text: tidy(swapAll(swapped.text, place, lang), lang), note: swapped.note });
    }
  }
  const out: Suggestion[] = bodies.filter((b) => b.text.trim() && b.text !== place.text).map((b) => asSuggestion(b.text, b.note, finding, place));
  // The rule's own wording only where it replaces a whole sentence: pasted mid-sentence it breaks it.
  // An instruction in brackets ("[say it plainly…]") is no wording: better nothing than that.
  if (!out.length && place.from === 0 && place.to === place.text.length) out.push(...finding.suggestions.filter((x) => !/^\s*\[[^\]]*\]\s*$/.test(x.text) && (x.text.match(/\[/g)?.length ?? 0) <= 1));
  return out;
}

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

/** The apology, best first: what went wrong in their words, what of theirs, then one placeholder. */
function apologies(finding: Finding, ticket: Ticket, register: Register, lang: Lang, weSubject: boolean): Array<{ text: string; note: string }> {
  // ru, sv, zh: the complaint in their words when the reader found one, then the clean placeholder.
  const said = ticket.problem?.clause;
  if (lang === 'ru') {
    const lead = `${register.we || /^\s*(?:приносим|мы|просим)/iu.test(finding.text) ? 'Нам' : 'Мне'} очень жаль, что`;
    return [...(said ? [{ text: `${lead} ${said}`, note: 'Называет, что случилось, их словами.' }] : []), { text: `${lead} [что случилось]`, note: 'Назовите, что случилось.' }];
  }
  if (lang === 'sv') {
    const lead = `${register.we || /^\s*vi\b/i.test(finding.text) ? 'Vi' : 'Jag'} beklagar verkligen att`;
    return [...(said ? [{ text: `${lead} ${said}`, note: 'Säger vad som hände, med deras ord.' }] : []), { text: `${lead} [det som hände]`, note: 'Säg vad som hände.' }];
  }
  if (lang === 'zh') return [...(said ? [{ text: `很抱歉${said}`, note: '用对方的话说明出了什么问题。' }] : []), { text: '很抱歉[具体出了什么问题]', note: '说明具体出了什么问题。' }];
  const base = sorry(register, weSubject);
  const out: Array<{ text: string; note: string }> = [];
  // "I apologize for the delayed response": the one thing the agent knows went wrong, said plainly.
  if (REPLY_DELAY.test(finding.text)) out.push({ text: `${base} it took ${weSubject || register.we ? 'us' : 'me'} so long to get back to you`, note: 'Says plainly what went wrong: the wait for a reply.' });
  const p = ticket.problem;
  if (p?.clause) {
    out.push({ text: `${base} ${p.clause}`, note: p.accusation ? 'Acknowledges what they went through, without admitting the accusation.' : 'Names what went wrong, in their words.' });
  }
  // Only what they called theirs ("my laptop"): a topic word guessed from the message ("the wait",
  // "the effects") named the wrong thing too often.
  const topic = ticket.thing ?? p?.topic;
  if (topic) out.push({ text: `${base} about the trouble with ${topic}`, note: 'Names what of theirs is affected.' });
  if (finding.category === 'non-apology') out.push({ text: `${base} that we [what we got wrong]`, note: 'Own what happened, not how they feel.' });
  out.push({ text: `${base} [what went wrong for them]`, note: 'Fill in what happened to them.' });
  return out;
}

const REPLY_DELAY = /(?<![\p{L}])(?:delay(?:ed)?\s+(?:in\s+)?(?:response|reply|replying|responding|getting\s+back)|late\s+(?:reply|response)|slow\s+(?:reply|response)|(?:wait|waiting)\s+(?:for\s+)?(?:a|our|my)\s+(?:reply|response))(?![\p{L}])/iu;

// What an apology phrase drags along that a specific apology no longer needs: "…this may have
// caused you", "…you have experienced", "…in this matter".
const APOLOGY_TAIL: Partial<Record<Lang, RegExp>> = {
  en: /^\s*(?:(?:that|which)\s+)?(?:(?:this|it)\s+)?(?:(?:may|might|could|has|have)\s+)*(?:caused|created|brought)(?:\s+you)?|^\s*(?:that\s+)?you(?:['’]ve|\s+have|\s+may\s+have|\s+might\s+have)?\s+(?:experienced|faced|had)|^\s*(?:in|regarding|with|about)\s+(?:this|the)\s+(?:matter|situation|regard)|^\s*,?\s*(?:and\s+)?(?:the\s+|any\s+|all\s+)?(?:stress|frustration|inconvenience|trouble|confusion|disappointment|hassle|anxiety|annoyance)\b.*$/i,
};

function withoutApologyTail(after: string, lang: Lang): string {
  const re = APOLOGY_TAIL[lang];
  const m = re?.exec(after);
  return m ? after.slice(m[0].length) : after;
}

/** After a swap: no doubled spaces, no space before a comma, a capital where the sentence starts. */
function tidy(s: string, lang: Lang): string {
  let out = s.replace(/[ \t]{2,}/g, ' ').replace(/\s+([,;:])/g, '$1').replace(/^[\s,;:]+/, '').replace(/,\s*,/g, ',');
  if (lang !== 'zh' && out) out = out[0]!.toUpperCase() + out.slice(1);
  return out.trim();
}

/** A sentence to add when the reply lacks a signal; null when it would not fit this reply. */
export function additionFor(signal: SignalId, ticket: Ticket, register: Register, options: { teamGreeting?: string; closesMatter: boolean; lang: Lang }): Suggestion | null {
  const name = ticket.firstName;
  const { lang } = options;
  switch (signal) {
    case 'acknowledgement':
      // Nothing to acknowledge in a thank-you.
      if (ticket.thanksOnly) return null;
      // ru, sv, zh: their situation in their words when the reader found it, in each language's grammar.
      if (lang === 'ru') return ticket.problem?.clause ? { text: `Понимаю, как неприятно, что ${ticket.problem.clause}.`, note: 'Признаёт их ситуацию их словами.' } : { text: 'Понимаю, как это неприятно для Вас.', note: 'Признайте их ситуацию.' };
      if (lang === 'sv') return ticket.problem?.clause ? { text: `Jag förstår hur frustrerande det är att ${ticket.problem.clause}.`, note: 'Bekräftar deras situation med deras ord.' } : { text: 'Jag förstår hur frustrerande det här är.', note: 'Bekräfta deras situation.' };
      if (lang === 'zh') return ticket.problem?.clause ? { text: `${ticket.problem.clause}，我理解这有多让人着急。`, note: '用对方的话体谅其处境。' } : { text: '我理解这给您带来的困扰。', note: '体谅对方的处境。' };
      // "It is that …" needs a plain clause: short, opening with who it happened to, nothing pasted.
      if (ticket.problem?.clause && plainClause(ticket.problem.clause)) return { text: `I can see how frustrating it is that ${ticket.problem.clause}.`, note: 'Recognise their situation in their words.' };
      return { text: 'I can see how frustrating [what happened to them] must be.', note: 'Recognise their situation.' };
    case 'personal':
      if (options.teamGreeting) return { text: options.teamGreeting, note: "Your team's greeting, with their name." };
      if (lang === 'ru') return { text: `Здравствуйте, ${name ?? '[имя]'}!`, note: 'Обратитесь по имени.' };
      if (lang === 'sv') return { text: `Hej ${name ?? '[namn]'},`, note: 'Använd deras namn.' };
      if (lang === 'zh') return { text: `${name ?? '[姓名]'}，您好！`, note: '称呼对方的名字。' };
      return { text: register.formal ? `Dear ${name ?? '[name]'},` : `Hi ${name ?? '[name]'},`, note: name ? 'Use their name.' : 'Add their name.' };
    case 'ownership':
      if (options.closesMatter) return null;
      if (lang === 'ru') return { text: 'Я [что Вы сделаете] и напишу Вам.', note: 'Возьмите следующий шаг на себя.' };
      if (lang === 'sv') return { text: 'Jag [vad du gör] och hör av mig till dig.', note: 'Ta nästa steg själv.' };
      if (lang === 'zh') return { text: '我会[您要做的事]，并及时告诉您进展。', note: '亲自承担下一步。' };
      return { text: "I'll [what you will do] and let you know how it goes.", note: 'Commit to the next action yourself.' };
    case 'next-step':
      // A reply that already closes the matter needs no next step.
      if (options.closesMatter) return null;
      if (lang === 'ru') return { text: 'Дальше [следующий шаг], и я сообщу Вам.', note: 'Скажите, что будет дальше.' };
      if (lang === 'sv') return { text: 'Nästa steg är att [nästa steg], och jag hör av mig.', note: 'Säg vad som händer härnäst.' };
      if (lang === 'zh') return { text: '接下来[下一步]，我会及时通知您。', note: '说明接下来会怎样。' };
      return { text: 'Next, [the concrete next step].', note: 'Say what happens next; it counts once filled in.' };
  }
}

function plainClause(clause: string): boolean {
  return !/^about\b/.test(clause)
    && clause.split(/\s+/).length <= 11
    && /^(?:you|you're|you've|your|we|we've|our|it|it's|someone|nobody|no one|the)\b/i.test(clause)
    && !/[&?#/]|\b(?:problem|problems|issue|issues)\s+is\b/i.test(clause);
}

/** Lower-cases the first letter, except the pronoun I ("I'm", "I've"). */
function lowerFirst(s: string): string {
  return /^I(?:\b|')/.test(s) ? s : s[0]!.toLowerCase() + s.slice(1);
}
