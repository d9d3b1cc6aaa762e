/**
 * Where a sentence offered for a missing signal goes in the draft, and what exactly is inserted:
 * the greeting (personal) opens the draft on its own line; the others close the reply as a new
 * sentence, before a quoted message ("On … wrote:", "> ") or a signature ("-- ") if there is one.
 * Pure: the coach inserts the result through the editor's own input path.
 */
import type { SignalId } from '../analysis/types.ts';
import { splitQuote } from '../sites/quote.ts';
import { historyStart } from '../analysis/engine/history.ts';

export interface Placement {
  /** Offset in the draft where the text is inserted (an empty range). */
  at: number;
  /** What is inserted: the sentence with its separator. */
  insert: string;
  /** Where the sentence itself starts inside `insert` (for selecting its placeholder). */
  sentenceOffset: number;
  /** How many characters from `at` the insert replaces ("Hi there," when the name goes into it); 0 inserts. */
  replaces: number;
}

// The conventional signature delimiter line ("-- "), as mail clients and helpdesks write it.
const SIGNATURE = /^--[ \u00a0]?$/m;
// Separator lines mail clients put above quoted history, whichever header follows them (Outlook's
// "-----Original Message-----", Russian and Chinese clients' own), so nothing lands in the old mail.
const QUOTE_SEPARATOR = /^[ \t]*(?:-{2,}[ \t]*(?:original message|forwarded message|исходное сообщение|пересылаемое сообщение|ursprungligt meddelande|originalmeddelande)[ \t]*-{2,}|[-—–_ \t]*(?:«|")?[ \t]*(?:исходное сообщение|original message)[ \t]*(?:»|")?[ \t]*[-—–_]*|[-—–_ \t]*[「『【\[]?[ \t]*原始(?:邮件|郵件)[ \t]*[」』】\]]?[ \t]*[-—–_]*|_{8,})[ \t]*$|^[ \t]*(?:发件人|寄件人|寄件者|от кого)[:：]/imu;

/** The end of what the agent wrote: before a quote or signature, without trailing blank space. */
export function replyEnd(text: string): number {
  let reply = splitQuote(text).reply;
  // The analysis knows every language's "… skrev …:", "… написал(а):", "…写道：" header line;
  // the English-only quote reader leaves that line in the reply.
  const history = historyStart(reply);
  if (history >= 0 && history < reply.length) reply = reply.slice(0, history);
  const separator = QUOTE_SEPARATOR.exec(reply);
  if (separator) reply = reply.slice(0, separator.index);
  const signature = SIGNATURE.exec(reply);
  if (signature) reply = reply.slice(0, signature.index);
  // trimEnd, not a `\s+$` pattern: that retries at every space of a long run (quadratic).
  return reply.trimEnd().length;
}

export function placeAddition(text: string, signal: SignalId, sentence: string): Placement {
  if (signal === 'personal') {
    // A greeting opens the draft on its own line (after any blank lines the box starts with).
    const at = text.length - text.trimStart().length;
    // The reply greets already ("Hi there,"): the named greeting takes its place instead of stacking.
    const own = OWN_GREETING.exec(text.slice(at, at + 80));
    if (own) return { at, insert: own[0].endsWith('!') && !/[!！]$/u.test(sentence) ? sentence.replace(/,$/, '!') : sentence, sentenceOffset: 0, replaces: own[0].length };
    return { at, insert: text.trim() ? `${sentence}\n` : sentence, sentenceOffset: 0, replaces: 0 };
  }
  const end = replyEnd(text);
  if (signal === 'acknowledgement' && end > 0) {
    // An acknowledgement comes first, right after the greeting: before the answer, not after it.
    const opening = afterGreeting(text, end);
    if (opening !== null) return opening(sentence);
  }
  // A next step (or anything else) closes the reply: before a sign-off ("Thanks,\nSam") or the
  // agent's initials ("… ^MG"), else at the end.
  const at = beforeSignOff(text, end);
  if (at === 0) return { at, insert: sentence, sentenceOffset: 0, replaces: 0 };
  const before = text.slice(0, at);
  // After a list ("- item", "1. item"): its own paragraph, never glued onto the last item.
  const lastLine = before.slice(before.lastIndexOf('\n') + 1);
  if (LIST_ITEM.test(lastLine)) return { at, insert: `\n\n${sentence}`, sentenceOffset: 2, replaces: 0 };
  // After a finished sentence: a space. After a greeting line ("Hi Maria,") or words with no full
  // stop: a new line, so the agent's own text is never changed.
  // Chinese runs on after its full-width stop, with no space.
  if (/[。！？]$/u.test(before)) return { at, insert: sentence, sentenceOffset: 0, replaces: 0 };
  const separator = /[.!?…)"”’']$/.test(before) && !/^\s*(?:hi|hello|hey|dear)\b[^\n]*[,!]$/im.test(before.slice(before.lastIndexOf('\n') + 1)) ? ' ' : '\n';
  return { at, insert: `${separator}${sentence}`, sentenceOffset: separator.length, replaces: 0 };
}

const LIST_ITEM = /^[ \t]*(?:[-*•·–]|\d{1,2}[.)]|[a-z][.)])[ \t]+\S/u;
// A greeting that names nobody, with its punctuation: "Hi there,", "Hello!", "Hey,", "Здравствуйте!", "您好！".
const OWN_GREETING = /^(?:(?:hi|hello|hey|hiya|howdy|greetings|dear|good\s+(?:morning|afternoon|evening|day))(?:[ \t]+(?:there|all|team|everyone|folks|friend|sir\s+or\s+madam|customer))?|здравствуйте|добрый\s+(?:день|вечер)|доброе\s+утро|привет|hej|hallå|god\s+(?:morgon|dag|kväll)|您好|你好)(?![\p{L}])[ \t]*[,!.，！]?/iu;

// A greeting, also after the name ("Дарья, здравствуйте!", "赵工，您好：").
const GREETING = /^(?:(?:[\p{Lu}][\p{L}-]+,\s+(?=здравствуйте|добрый)|[\p{Script=Han}]{1,6}[，,]?\s*(?=您好|你好))?(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|thanks?\s+(?:you\s+)?(?:so\s+much\s+)?for|здравствуйте|добрый\s+день|hej|hallo|您好|你好)(?![\p{L}])|уважаем\p{L}*\s+\p{Lu}|尊敬的|[\p{Script=Han}]{1,4}(?:先生|女士|小姐|老师)[：:])/iu;
// "曹先生：\n您好！…": a 您好 or Здравствуйте line under the salutation still belongs to the greeting.
const SECOND_GREETING = /^(?:您好|你好|здравствуйте|добрый\s+(?:день|вечер))[！!，,。.]?[ \t]*/iu;

/** Where an acknowledgement goes: after the greeting (its own line, or its first sentence), else first. */
function afterGreeting(text: string, end: number): ((sentence: string) => Placement) | null {
  const lead = text.length - text.trimStart().length;
  if (lead >= end) return null;
  const lineEnd = text.indexOf('\n', lead);
  const firstLine = text.slice(lead, lineEnd < 0 || lineEnd > end ? end : lineEnd);
  const greetingOnly = GREETING.test(firstLine.trimStart()) && /^[^.!?。！？]{0,60}[,!，！:：]?\s*$/u.test(firstLine);
  // A greeting with nothing after it yet: the sentence goes on the next line (the end case).
  if (greetingOnly && (lineEnd < 0 || lineEnd >= end)) return null;
  if (greetingOnly) {
    // "Hi Maria,\n\nYour parcel…": the acknowledgement opens the body, before its first word.
    let body = lineEnd + (text.slice(lineEnd, end).length - text.slice(lineEnd, end).trimStart().length);
    const second = SECOND_GREETING.exec(text.slice(body, end));
    if (second) body += second[0].length + (text.slice(body + second[0].length, end).length - text.slice(body + second[0].length, end).trimStart().length);
    if (body >= end) return null;
    return (sentence) => ({ at: body, insert: `${sentence} `, sentenceOffset: 0, replaces: 0 });
  }
  if (GREETING.test(firstLine.trimStart())) {
    // "Hi Sam, thanks for writing in. …": after the greeting's sentence.
    const stop = /[.!?。！？](?=\s|$)/u.exec(text.slice(lead, end));
    if (!stop) return null;
    const at = lead + stop.index + 1;
    return (sentence) => ({ at, insert: ` ${sentence}`, sentenceOffset: 1, replaces: 0 });
  }
  // No greeting: the acknowledgement opens the reply.
  return (sentence) => ({ at: lead, insert: `${sentence} `, sentenceOffset: 0, replaces: 0 });
}

const SIGN_OFF = /^(?:thanks|thank\s+you|many\s+thanks|best|best\s+regards|kind\s+regards|regards|warm\s+regards|cheers|sincerely|yours\s+sincerely|yours\s+truly|all\s+the\s+best|take\s+care|с\s+уважением|всего\s+(?:доброго|хорошего)|с\s+наилучшими\s+пожеланиями|спасибо|med\s+vänliga?\s+hälsning(?:ar)?|hälsningar|vänliga?\s+hälsning(?:ar)?|mvh|此致|祝好|祝您\p{L}{0,4}愉快|顺祝\p{L}{0,4}|顺颂\p{L}{0,4})(?![\p{L}])[^\n]{0,30}$/iu;
// A tweet's agent initials at the very end ("… ^MG", "… -AA", "… /DX"), or its thread count ("… 1/2").
const INITIALS = /(?:\s+|(?<=[.!?]))(?:(?:\^|-|\/|\*)[\p{Lu}][\p{L}]{0,12}|[-–—~][ \t][\p{Lu}][\p{Ll}]{1,12}|\(?\d\/\d\)?)\s*$/u;

// One to three capitalised words and nothing else: a name under the reply, not a sentence.
const NAME_LINE = /^[-–—~^]?[ \t]*\p{Lu}[\p{L}'’.-]{0,20}(?:[ \t]+\p{Lu}[\p{L}'’.-]{0,20}){0,2}$/u;

/** The end of the reply's body: before a sign-off in its last three lines, or the agent's initials. */
function beforeSignOff(text: string, end: number): number {
  const reply = text.slice(0, end);
  const lines = reply.split('\n');
  let offset = reply.length;
  // A signature block runs to a few lines (name, title, company, hours) under the sign-off.
  for (let i = lines.length - 1, seen = 0; i > 0 && seen < 6; i--) {
    offset -= lines[i]!.length + 1;
    if (!lines[i]!.trim()) continue;
    seen++;
    if (SIGN_OFF.test(lines[i]!.trim())) return reply.slice(0, offset).trimEnd().length || end;
  }
  const initials = INITIALS.exec(reply.slice(-40));
  if (initials) return reply.length - initials[0].length;
  // The agent's name alone on the last line ("…in?\nDan"): the sentence goes above it.
  const last = lines[lines.length - 1]!;
  if (lines.length > 1 && NAME_LINE.test(last.trim())) return reply.slice(0, reply.length - last.length).trimEnd().length || end;
  return end;
}
