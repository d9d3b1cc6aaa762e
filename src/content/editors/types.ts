/** What the coach needs from any reply box, whatever editor renders it. */

export interface Box { left: number; top: number; width: number; height: number }

import type { EditGuard, EditOutcome } from './input-path.ts';

export type { EditGuard, EditOutcome };

export interface SavedSelection { restore(): void }

export interface EditorAdapter {
  /** Short family name, for logs and the test contract (`textarea`, `rich`). */
  readonly family: string;
  /** The element the agent types into (for TinyMCE: the iframe's body). */
  readonly root: HTMLElement;
  /** The plain text the analysis sees; offsets in findings index into it. */
  readText(): string;
  /** Viewport rectangles (in this frame) covering text[start, end), one per line fragment. */
  rects(start: number, end: number): Box[];
  /** The visible area of the reply box, in viewport coordinates of this frame. */
  clipBox(): Box;
  /** The caret's offset into readText(), or null when the selection is elsewhere. */
  caret(): number | null;
  saveSelection(): SavedSelection;
  /**
   * Replaces text[start, end) (expected to read `expected`) by `replacement` through the editor's
   * own input path, so its model, undo stack and caret follow. 'applied' only once the editor's text
   * reads as expected; 'cancelled' when the guard stopped it (the box left, the agent acted first).
   */
  replace(start: number, end: number, expected: string, replacement: string, guard: EditGuard): Promise<EditOutcome>;
  /** Calls `onChange` whenever the text may have changed; stops when `signal` aborts. */
  watch(onChange: () => void, signal: AbortSignal): void;
}
