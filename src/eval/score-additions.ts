/**
 * The additions report of issue #9: how often Tact offers a sentence to add, how many of those
 * still hold a [placeholder], how many land on replies that need none (a thank-you, a reply that
 * already closes the matter), and how many the card's placement would put after the signature or
 * inside quoted history. The placement check reads the reply on its own terms, not through
 * placeAddition, so it can catch that function out.
 */
import { analyze } from '../analysis/index.ts';
import { personalize } from '../rewrite/index.ts';
import { placeAddition } from '../content/additions.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { localCorpusDir, type CorpusReply } from './corpus.ts';

export interface AdditionScore {
  replies: number;
  offered: number;
  withPlaceholder: number;
  /** Replies labeled as needing no addition (thank-you, praise, matter closed) and additions offered on them. */
  closingReplies: number;
  closingOffered: number;
  afterSignature: number;
  inQuote: number;
  stackedGreeting: number;
  bySignal: Record<string, number>;
  examples: Array<{ id: string; signal: string; text: string }>;
}

// Where quoted history starts, whatever the mail client: Gmail/Apple "On … wrote:", Outlook's
// separator and header block, ru/zh clients' own separators, and "> " lines.
const QUOTE_START = /^(?:-{2,}\s*(?:original message|исходное сообщение|original meddelande|ursprungligt meddelande)\s*-{2,}|[-—–]*\s*(?:«|")?исходное сообщение|.*\bwrote:\s*$|.*(?:написал|написала|skrev)\s*:\s*$|.*原始邮件|.*原始郵件|from:\s.*|от:\s.*|från:\s.*|发件人[:：].*|>.*)$/imu;
const SIGN_OFF_LINE = /^(?:thanks|thank you|many thanks|best|best regards|kind regards|regards|warm regards|warmest regards|cheers|sincerely|yours sincerely|all the best|take care|с уважением|спасибо|всего доброго|всего хорошего|med vänliga hälsningar|vänliga hälsningar|hälsningar|mvh|此致|祝好|顺祝商祺|祝您\p{L}{0,4}愉快)[\s,.!！。]*$/iu;

/** The offset where quoted history starts (text length when none). */
export function quoteStartOf(text: string): number {
  const m = QUOTE_START.exec(text);
  return m ? m.index : text.length;
}

/** The offset just past the sign-off line of the body ("Kind regards,"), or past a name/initials-only last line. */
export function signatureStartOf(text: string): number {
  const body = text.slice(0, quoteStartOf(text));
  const lines = body.split('\n');
  let offset = 0;
  let found = -1;
  for (const line of lines) {
    if (SIGN_OFF_LINE.test(line.trim())) found = offset;
    offset += line.length + 1;
  }
  if (found >= 0) return found;
  // A tweet signed with the agent's name or initials: "… -Becky", "… ^RK", "…\nDan".
  const tail = /(?:\s[\^\-–\/*~][\p{Lu}][\p{L}]{0,12}|\n[\p{Lu}][\p{L}]{1,15})\s*$/u.exec(body);
  return tail ? tail.index + 1 : body.trimEnd().length + 1;
}

const GREETING_OPEN = /^\s*(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|здравствуйте|добрый\s+(?:день|вечер)|hej|hallo|您好|你好|[\p{Lu}][\p{L}]+,)/iu;

export function scoreAdditions(replies: CorpusReply[], closing: Set<string>): AdditionScore {
  const s: AdditionScore = { replies: 0, offered: 0, withPlaceholder: 0, closingReplies: 0, closingOffered: 0, afterSignature: 0, inQuote: 0, stackedGreeting: 0, bySignal: {}, examples: [] };
  for (const r of replies) {
    if (!r.customer_msg) continue;
    s.replies++;
    const report = analyze(r.reply, { customerMessage: r.customer_msg, lang: r.lang });
    const p = personalize(r.reply, report, { customerMessage: r.customer_msg });
    if (closing.has(r.id)) s.closingReplies++;
    for (const a of p.additions) {
      s.offered++;
      s.bySignal[a.signal] = (s.bySignal[a.signal] ?? 0) + 1;
      if (/\[[^\]]+\]/.test(a.suggestion.text)) s.withPlaceholder++;
      if (closing.has(r.id)) s.closingOffered++;
      const at = placeAddition(r.reply, a.signal, a.suggestion.text).at;
      if (a.signal === 'personal') {
        if (GREETING_OPEN.test(r.reply)) s.stackedGreeting++;
      } else {
        if (at > quoteStartOf(r.reply)) s.inQuote++;
        else if (at >= signatureStartOf(r.reply)) s.afterSignature++;
      }
      if (s.examples.length < 8 && !/\[/.test(a.suggestion.text)) s.examples.push({ id: r.id, signal: a.signal, text: a.suggestion.text });
    }
  }
  return s;
}

/** Ids of tuned-on replies labeled as needing no addition: a thank-you, praise, a matter already closed. */
export function closingReplyIds(): Set<string> {
  const text = readFileSync(resolve(localCorpusDir(), 'closing-replies.en.jsonl'), 'utf8');
  return new Set(text.split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { id: string }).id));
}

const pct = (a: number, b: number) => `${b ? ((a / b) * 100).toFixed(1) : '—'}% (${a}/${b})`;

export function formatAdditionScore(s: AdditionScore, title: string): string {
  const lines = [
    `Additions (${title}): ${s.replies} replies`,
    `  offered per 100 replies: ${s.replies ? ((s.offered / s.replies) * 100).toFixed(1) : '—'} (${Object.entries(s.bySignal).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'})`,
    `  holding a [placeholder]: ${pct(s.withPlaceholder, s.offered)}`,
    `  offered on labeled thank-you/closing replies: ${s.closingOffered} on ${s.closingReplies} replies`,
    `  placed after the signature: ${s.afterSignature}; inside quoted history: ${s.inQuote}; greeting stacked on a greeting: ${s.stackedGreeting}`,
  ];
  for (const e of s.examples.slice(0, 3)) lines.push(`  e.g. ${e.id} ${e.signal}: "${e.text}"`);
  return lines.join('\n');
}
