/**
 * Pure readers for what any reply box can tell about the customer: the greeting the agent typed
 * ("Hi Maria,") and the quoted message below the reply (Gmail/Outlook-style "On … wrote:").
 *
 * These read text that strangers wrote (a customer's quoted mail, a signature block full of em
 * spaces) inside the agent's tab, so each one walks the text line by line and only ever runs a
 * regular expression on one bounded line, with no two unbounded quantifiers that can take the
 * same characters: the cost grows linearly with the text (tests/unit/hostile-growth.test.ts).
 */

/** A header line longer than this is not a mail client's "On … wrote:" / "From:" line. */
const MAX_HEADER_LINE = 400;
/** The greeting is near the top of a reply; no need to look further. */
const GREETING_SEARCH = 4000;
/** More of the customer's message than the analysis reads (it keeps 20,000 characters). */
const MAX_QUOTED = 20_000;

const GREETING = /^(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Gg]ood (?:morning|afternoon|evening))[ \t]+((?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?)[ \t]+)?([\p{Lu}][\p{L}'’-]+)(?:[ \t]+([\p{Lu}][\p{L}'’-]+))?[ \t]*[,!]/u;
const NOT_NAMES = /^(?:there|team|all|everyone|folks|guys|again|friend|customer|sir|madam)$/i;

/** The name in the agent's greeting ("Hi Maria," → Maria; "Dear Mr. Baker," → Mr. Baker). */
export function greetingName(reply: string): string | undefined {
  for (const { text } of lines(reply.slice(0, GREETING_SEARCH))) {
    const line = text.trimStart().slice(0, MAX_HEADER_LINE);
    const m = GREETING.exec(line);
    if (!m) continue;
    if (NOT_NAMES.test(m[2]!)) return undefined;
    return [m[1]?.trim(), m[2], m[3]].filter(Boolean).join(' ');
  }
  return undefined;
}

interface Line {
  text: string;
  /** Offset of the line's first character in the whole text. */
  start: number;
  /** Offset just past the line's end, including its line break. */
  next: number;
}

/** The text's lines with offsets, split at "\n", "\r\n" or a lone "\r" (old Mac mail). */
function* lines(text: string): Generator<Line> {
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    const next = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    yield { text: text.slice(start, i), start, next };
    start = next;
    i = next - 1;
  }
  if (start < text.length) yield { text: text.slice(start), start, next: text.length };
}

function lineAt(text: string, start: number): Line {
  let i = start;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    i++;
  }
  const next = i >= text.length ? text.length : text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  return { text: text.slice(start, i), start, next };
}

/** One line with every run of white space (em spaces and the like included) as one plain space. */
function tidy(line: string): string {
  return line.replace(/\s+/g, ' ').trim();
}

interface Header {
  /** Where the header starts in the text, and where the quoted part begins after it. */
  start: number;
  end: number;
  author?: string;
}

/** An address part a mail client puts after the name: "<maria@x.com>", "(maria@x.com)", "[mailto:…]". */
function withoutAddress(s: string): string {
  const last = s[s.length - 1];
  const open = last === '>' ? s.lastIndexOf('<') : last === ')' ? s.lastIndexOf('(') : last === ']' ? s.lastIndexOf('[') : -1;
  if (open < 0) return s;
  const inner = s.slice(open + 1, -1);
  if (last === ')' && !inner.includes('@')) return s;
  if (last === ']' && !inner.toLowerCase().startsWith('mailto:')) return s;
  if (/[<>\n]/.test(inner)) return s;
  return s.slice(0, open).trimEnd();
}

/**
 * "On Tue, 3 Mar 2026 at 10:04, Maria Lopez <maria@example.com> wrote:" (Gmail, Apple Mail,
 * Thunderbird), also when the client wrapped "wrote:" onto the next line. The author is what
 * follows the last comma.
 */
function onWroteHeader(line: string, nextLine: string | undefined): { author: string | undefined; twoLines: boolean } | undefined {
  const first = tidy(line);
  if (first.length > MAX_HEADER_LINE || !/^on\b/i.test(first)) return undefined;
  let whole = first;
  let twoLines = false;
  if (!/\bwrote:$/i.test(first)) {
    const second = nextLine === undefined ? '' : tidy(nextLine);
    if (!/^wrote:$/i.test(second)) return undefined;
    whole = `${first} ${second}`;
    twoLines = true;
  }
  const middle = whole.slice(2, whole.length - 'wrote:'.length).trim();
  const named = withoutAddress(middle);
  const comma = named.lastIndexOf(',');
  // The date part ("Tue, 3 Mar 2026 at 10:04") is short; a comma far away is prose, not a header.
  if (comma < 0 || comma > 121) return undefined;
  const author = named.slice(comma + 1).trim();
  if (/[<>]/.test(author)) return undefined;
  return { author, twoLines };
}

/** Outlook: "From: Maria Lopez <maria@example.com>" followed by a Sent:/Date: line. */
function fromHeader(line: string, nextNonBlank: string | undefined): string | undefined | false {
  const first = tidy(line);
  if (first.length > MAX_HEADER_LINE || !/^from:/i.test(first)) return false;
  if (nextNonBlank === undefined || !/^\s*(?:sent|date):/i.test(nextNonBlank.slice(0, 40))) return false;
  const author = withoutAddress(first.slice('from:'.length).trim());
  if (!author || author.includes('<')) return false;
  return author;
}

function findHeader(text: string): Header | undefined {
  let previous: Line | undefined;
  let fromLine: Line | undefined;
  // A plain loop, not the \`lines\` generator: a box of 100,000 blank lines made 100,000 iterator
  // results, and the garbage collector's extra passes made the read super-linear.
  for (let start = 0; start < text.length; ) {
    const line = lineAt(text, start);
    start = line.next;
    // Each line is looked at with the one before it: "On …" + "wrote:", "From: …" + "Sent: …".
    if (previous) {
      const on = onWroteHeader(previous.text, line.text);
      if (on) return { start: previous.start, end: on.twoLines ? line.next : previous.next, author: on.author };
    }
    if (fromLine && line.text.trim()) {
      const author = fromHeader(fromLine.text, line.text);
      // Like the "On … wrote:" line, the header's own line is not part of the quoted message.
      if (author !== false) return { start: fromLine.start, end: fromLine.next, author };
      fromLine = undefined;
    }
    const head = line.text.trimStart().slice(0, 5).toLowerCase();
    previous = head.startsWith('on') ? line : undefined;
    if (head === 'from:') fromLine = line;
  }
  if (previous) {
    const on = onWroteHeader(previous.text, undefined);
    if (on) return { start: previous.start, end: previous.next, author: on.author };
  }
  return undefined;
}

function cleanAuthor(raw: string | undefined): string | undefined {
  const name = raw?.replace(/["“”]/g, '').trim();
  if (!name || name.includes('@')) return undefined;
  return name;
}

/** The author named in a quote header line, if the text has one. */
export function quoteAuthor(text: string): string | undefined {
  return cleanAuthor(findHeader(text)?.author);
}

export interface SplitReply {
  /** What the agent wrote above the quote. */
  reply: string;
  /** The quoted message, without its header and `>` marks. */
  quoted?: string;
  author?: string;
}

const OUTLOOK_FIELD = /^\s*(?:Sent|Date|To|Cc|Subject):/i;

/** Splits a reply box's text at the quote header ("On … wrote:", "From: … Sent: …", "> " lines). */
export function splitQuote(text: string): SplitReply {
  const header = findHeader(text);
  let reply = text;
  let rest: string | undefined;
  if (header) {
    reply = text.slice(0, header.start);
    rest = text.slice(header.end);
  } else {
    const firstQuoted = text.startsWith('>') ? 0 : text.indexOf('\n>') + 1;
    if (firstQuoted > 0 || text.startsWith('>')) {
      reply = text.slice(0, firstQuoted);
      rest = text.slice(firstQuoted);
    }
  }
  if (rest === undefined) return { reply: text };
  const quotedLines: string[] = [];
  let size = 0;
  let body = false;
  for (const { text: raw } of lines(rest)) {
    if (size > MAX_QUOTED) break;
    const line = unquote(raw);
    // Outlook's header block: Sent:/Date:/To:/Cc:/Subject: lines before the body.
    if (!body && (!line.trim() || OUTLOOK_FIELD.test(line.slice(0, 40)))) continue;
    body = true;
    quotedLines.push(line);
    size += line.length + 1;
  }
  const quoted = quotedLines.join('\n').slice(0, MAX_QUOTED).trim();
  return { reply, quoted: quoted || undefined, author: cleanAuthor(header?.author) };
}

/** A quoted line without its leading "> > " marks. */
function unquote(line: string): string {
  let i = 0;
  let marks = 0;
  for (;;) {
    let j = i;
    while (j < line.length && /\s/.test(line[j]!)) j++;
    if (line[j] !== '>') break;
    marks++;
    i = j + 1;
    if (line[i] !== undefined && /\s/.test(line[i]!)) i++;
  }
  return marks ? line.slice(i) : line;
}
