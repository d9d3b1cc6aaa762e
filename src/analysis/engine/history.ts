/**
 * Where the quoted mail history below a reply begins. What the customer (or anyone) wrote earlier
 * is not the agent's tone: "you failed to deliver, again" quoted under the reply must not be read
 * as blame. Mail clients mark history in a few ways, in every language Tact reads:
 * - a header line ending the reply: "On … wrote:", "Den … skrev …:", "… 写道：", or any line that
 *   ends with an address in angle brackets and a colon ("пн, 2 нояб. 2026 г. в 09:14, Анна <a@b.ru>:");
 * - a separator: "-----Original Message-----", "-------- Исходное сообщение --------", "原始邮件"…;
 * - an Outlook block: "From:/От:/Från:/发件人:" followed by a "Sent:/Date:/Отправлено:/…" line;
 * - lines that start with ">" (also used inline, so they are skipped wherever they are).
 */

export const HEADER_SOURCE = [
    // A line naming a sender with an address, ending in a colon: Gmail's header in any language.
    String.raw`^[^\n]{0,160}<[^<>\s@]+@[^<>\s]+>[^\n]{0,40}[:：][ \t]*$`,
    // "On … wrote:" and its translations when no address is shown.
    String.raw`^[ \t]*(?:On|Den|Am|Le)\b[^\n]{0,160}\b(?:wrote|skrev|schrieb|a écrit)[ \t]*:[ \t]*$`,
    String.raw`^[^\n]{0,160}(?:пишет|написал|написала|написали)[ \t]*:[ \t]*$`,
    String.raw`^[^\n]{0,160}写道[：:][ \t]*$`,
    // Separators of an original or forwarded message.
    String.raw`^[ \t]*-{2,}[ \t]*(?:Original Message|Forwarded message|Исходное сообщение|Пересылаемое сообщение|Ursprungligt meddelande|Vidarebefordrat meddelande|原始邮件|转发邮件)[ \t]*-{2,}`,
    // Outlook's header block.
    String.raw`^[ \t]*(?:From|От|Från|发件人)[ \t]*[:：][^\n]*\n[ \t]*(?:Sent|Date|Отправлено|Дата|Skickat|Datum|发送时间|日期)[ \t]*[:：]`,
].join('|');
const HEADER_AT = new RegExp(HEADER_SOURCE, 'imuy');
const HEADER_FROM = new RegExp(HEADER_SOURCE, 'imug');

// Every header above holds, on the line where it starts, a colon or a run of dashes: only such
// lines are tried, so a keystroke in a long reply does not run the header expression at every line.
const MARKER = /[:：]|--/g;
const OTHER_LINE_BREAK = /[\r\u2028\u2029]/;

/** The offset where quoted history starts, or the text's length when there is none. */
export function historyStart(text: string): number {
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    let lineEnd = text.indexOf('\n', m.index);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (OTHER_LINE_BREAK.test(line)) {
      // "^" also matches after \r, inside this line: let the expression find where.
      HEADER_FROM.lastIndex = lineStart;
      const found = HEADER_FROM.exec(text);
      if (found && found.index < lineEnd) return found.index;
    } else {
      HEADER_AT.lastIndex = lineStart;
      if (HEADER_AT.test(text)) return lineStart;
    }
    MARKER.lastIndex = lineEnd;
  }
  return text.length;
}

const QUOTED_LINE = /^[ \t]*>[^\n]*/gm;

/** Drops the items (sentences, in text order) that lie on a quoted line ("> …"), in one pass. */
export function withoutQuotedLines<T extends { start: number }>(text: string, items: T[]): T[] {
  if (!text.includes('>')) return items;
  const ranges: Array<[number, number]> = [];
  QUOTED_LINE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = QUOTED_LINE.exec(text)); ) ranges.push([m.index, m.index + m[0].length]);
  if (!ranges.length) return items;
  let r = 0;
  return items.filter((item) => {
    while (r < ranges.length && ranges[r]![1] <= item.start) r++;
    const range = ranges[r];
    return !(range && range[0] <= item.start && item.start < range[1]);
  });
}
