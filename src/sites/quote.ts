/**
 * Pure readers for what any reply box can tell about the customer: the greeting the agent typed
 * ("Hi Maria,") and the quoted message below the reply (Gmail/Outlook-style "On … wrote:").
 */

const GREETING = /^\s*(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Gg]ood (?:morning|afternoon|evening))\s+((?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+)?([\p{Lu}][\p{L}'’-]+)(?:\s+([\p{Lu}][\p{L}'’-]+))?\s*[,!]/mu;
const NOT_NAMES = /^(?:there|team|all|everyone|folks|guys|again|friend|customer|sir|madam)$/i;

/** The name in the agent's greeting ("Hi Maria," → Maria; "Dear Mr. Baker," → Mr. Baker). */
export function greetingName(reply: string): string | undefined {
  const m = GREETING.exec(reply);
  if (!m || NOT_NAMES.test(m[2]!)) return undefined;
  return [m[1]?.trim(), m[2], m[3]].filter(Boolean).join(' ');
}

// "On Tue, 3 Mar 2026 at 10:04, Maria Lopez <maria@example.com> wrote:" (Gmail, Apple Mail, Thunderbird)
const ON_WROTE = /^[ \t]*On\b.{0,120}?,\s*([^,<>\n]*?)\s*(?:<[^>\n]+>|\(\S+@\S+\))?\s*wrote:\s*$/im;
// Outlook: "From: Maria Lopez <maria@example.com>" followed by Sent:/Date: lines.
const FROM_LINE = /^[ \t]*From:\s*([^<\n]+?)\s*(?:<[^>\n]+>|\[mailto:[^\]\n]+\])?[ \t]*(?=\n\s*(?:Sent|Date):)/im;

/** The author named in a quote header line, if the text has one. */
export function quoteAuthor(text: string): string | undefined {
  return authorOf(ON_WROTE.exec(text) ?? FROM_LINE.exec(text));
}

function authorOf(m: RegExpExecArray | null): string | undefined {
  const name = m?.[1]?.replace(/["“”]/g, '').trim();
  if (!name || /@/.test(name)) return undefined;
  return name;
}

export interface SplitReply {
  /** What the agent wrote above the quote. */
  reply: string;
  /** The quoted message, without its header and `>` marks. */
  quoted?: string;
  author?: string;
}

/** Splits a reply box's text at the quote header ("On … wrote:", "From: … Sent: …", "> " lines). */
export function splitQuote(text: string): SplitReply {
  const header = ON_WROTE.exec(text) ?? FROM_LINE.exec(text);
  let reply = text;
  let rest: string | undefined;
  if (header) {
    reply = text.slice(0, header.index);
    rest = text.slice(header.index + header[0].length);
  } else {
    const firstQuoted = /^>.*$/m.exec(text);
    if (firstQuoted) {
      reply = text.slice(0, firstQuoted.index);
      rest = text.slice(firstQuoted.index);
    }
  }
  if (rest === undefined) return { reply: text };
  const lines = rest.split('\n').map((l) => l.replace(/^\s*(?:>\s?)+/, ''));
  // Outlook's header block: Sent:/Date:/To:/Cc:/Subject: lines before the body.
  while (lines.length && (/^\s*(?:Sent|Date|To|Cc|Subject):/i.test(lines[0]!) || !lines[0]!.trim())) lines.shift();
  const quoted = lines.join('\n').trim();
  return { reply, quoted: quoted || undefined, author: authorOf(header) };
}
