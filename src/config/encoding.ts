/**
 * The text of a config file or response, from its bytes. Windows editors (Notepad, PowerShell's
 * `>`) save UTF-16 by default; read as UTF-8 that is "not valid JSON at line 1, column 1", which
 * sends a team lead hunting for a syntax error that is not there. Say what it is instead.
 */

export type DecodedText = { ok: true; text: string } | { ok: false; message: string };

export const UTF16_MESSAGE = 'the config is saved as UTF-16 text; save it as UTF-8 (in Notepad: Save as → Encoding: UTF-8)';

/** Whether the bytes look like UTF-16: a byte-order mark, or a zero byte beside every ASCII one. */
export function looksLikeUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  // Without a mark: JSON starts with ASCII ("{", space), so one of the first two bytes is zero.
  const sample = Math.min(bytes.length, 64) & ~1;
  if (sample < 4) return false;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < sample; i++) if (bytes[i] === 0) (i % 2 === 0 ? zeroEven++ : zeroOdd++);
  return Math.max(zeroEven, zeroOdd) >= sample / 4 && Math.min(zeroEven, zeroOdd) === 0;
}

/** UTF-8 text (a leading BOM dropped), or why the bytes are not UTF-8. */
export function decodeConfigBytes(bytes: Uint8Array): DecodedText {
  if (looksLikeUtf16(bytes)) return { ok: false, message: UTF16_MESSAGE };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { ok: false, message: 'the team config is not UTF-8 text' };
  }
}

/** Reply text from a file: UTF-8, or UTF-16 when the file says so with a byte-order mark. */
export function decodeTextBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** Offsets where lines start, for "\n", "\r\n" and a lone "\r" (old Mac files) alike. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 1-based line and column (in UTF-16 units, as editors count) of an offset. */
export function lineColOf(offset: number, lineStarts: readonly number[]): { line: number; col: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, col: offset - lineStarts[lo]! + 1 };
}
