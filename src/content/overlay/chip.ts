/**
 * The score chip: what it says, and where it sits. It goes in a corner of the reply box that the
 * editor does not use for its own controls: a textarea's resize grip is in the bottom-right corner,
 * CKEditor 5 puts its "Powered by" badge there, other editors put counters or send buttons there.
 */
import { t, tn } from '../../i18n/index.ts';
import type { Box } from '../editors/types.ts';

export const CHIP_HEIGHT = 22;
/** Room left for a textarea's resize grip (Chromium and Firefox draw it about 14 px square). */
const GRIP = 18;
const INSET = 4;

/** `placeholders`: unfilled `[placeholders]` in the draft; while there are any it is not ready to send. */
export function chipText(score: number, count: number, placeholders: readonly string[] = []): string {
  if (placeholders.length) return tn('chip_not_ready', placeholders.length);
  return count === 0 ? t('chip_none', score) : tn('chip_text', count, score);
}

/** The chip's accessible name: its visible words first (WCAG 2.5.3, label in name), then what it means. */
export function chipLabel(score: number, count: number, placeholders: readonly string[] = []): string {
  const more = placeholders.length
    ? tn('chip_label_not_ready', placeholders.length, placeholders.join(', '), score)
    : count === 0 ? t('chip_label_none', score) : tn('chip_label', count, score);
  return `${chipText(score, count, placeholders)} — ${more}`;
}

/** The chip's width in CSS pixels for its text (12 px system-ui: about 6.7 px per character). */
export function chipWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 12 : 6.7;
  return Math.ceil(w + 20);
}

/**
 * Whether a chip at `rect` would cover something of the page other than the reply box: a point of
 * the rect whose topmost element is not the box, inside it, or Tact's own overlay.
 */
function covers(doc: Document, root: HTMLElement, rect: Box, overlayHost: Element | null): boolean {
  const points: [number, number][] = [
    [rect.left + 2, rect.top + 2], [rect.left + rect.width - 2, rect.top + 2],
    [rect.left + 2, rect.top + rect.height - 2], [rect.left + rect.width - 2, rect.top + rect.height - 2],
    [rect.left + rect.width / 2, rect.top + rect.height / 2],
  ];
  for (const [x, y] of points) {
    const top = doc.elementsFromPoint(x, y).find((el) => el !== overlayHost);
    // Outside the viewport there is nothing to cover.
    if (!top) continue;
    if (top !== root && !root.contains(top) && !top.contains(root)) return true;
  }
  return false;
}

/** Top-left corner of the chip inside `clip` (the box's visible rectangle), clear of the editor's controls. */
const placed = new WeakMap<HTMLElement, { key: string; at: { left: number; top: number } }>();

export function chipPlacement(root: HTMLElement, clip: Box, text: string, overlayHost: Element | null): { left: number; top: number } {
  // Drawn on every analysis and scroll: hit-test again only when the box or the text moved.
  const key = `${clip.left},${clip.top},${clip.width},${clip.height},${text.length}`;
  const cached = placed.get(root);
  if (cached?.key === key) return cached.at;
  const at = place(root, clip, text, overlayHost);
  placed.set(root, { key, at });
  return at;
}

function place(root: HTMLElement, clip: Box, text: string, overlayHost: Element | null): { left: number; top: number } {
  const width = chipWidth(text);
  const right = clip.left + clip.width;
  const bottom = clip.top + clip.height;
  const candidates: Box[] = [
    { left: right - width - GRIP, top: bottom - CHIP_HEIGHT - INSET, width, height: CHIP_HEIGHT },
    { left: right - width - INSET - GRIP, top: clip.top + INSET, width, height: CHIP_HEIGHT },
    { left: clip.left + INSET, top: bottom - CHIP_HEIGHT - INSET, width, height: CHIP_HEIGHT },
  ];
  const doc = root.ownerDocument;
  const free = candidates.find((c) => !covers(doc, root, c, overlayHost)) ?? candidates[0]!;
  return { left: Math.round(free.left), top: Math.round(free.top) };
}
