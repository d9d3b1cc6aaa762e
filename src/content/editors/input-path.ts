/**
 * Replacing a range through an editor's own input path (see shared EDITORS.md for the measurements),
 * so the editor's model, undo stack and caret follow.
 *
 * Everything that decides what to change happens in one task: check that the range still holds the
 * text that was analysed, select it, hand the editor a synthetic paste (or a `beforeinput`), and
 * fall back to `execCommand` only when nobody took either. No timer guesses whether a paste was
 * handled: an editor that handles a paste cancels the event (`defaultPrevented`), and a synthetic
 * paste nobody cancels does nothing. Success is only ever reported after reading the editor's text
 * back and finding exactly the expected draft.
 */
import { editorDataTransfer, pasteEvent } from '../../platform/paste-event.ts';
import { hasFocus, selectionFor } from './shadow.ts';

/** What may stop an edit between its steps. */
export interface EditGuard {
  /** Aborted when the box leaves the page (its session ends). */
  readonly signal: AbortSignal;
  /** Whether the agent typed, clicked or pressed a key since the edit began. */
  acted(): boolean;
}

export type EditOutcome = 'applied' | 'stale' | 'failed' | 'cancelled';

/** How long an editor that took the paste may take to show it (CKEditor 4, TinyMCE: a task later). */
const LAND_MS = 1500;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/**
 * The text/html to send beside `text`. Plain escaping by default; `keepLayout` also keeps what
 * HTML would collapse — spaces at either end of a line as &nbsp; and each line break as <br> — for
 * an editor that takes a paste only when it carries HTML (Froala: " Next, …" sent as escaped HTML
 * landed glued to the sentence before it).
 */
export function pasteHtml(text: string, keepLayout = false): string {
  const html = escapeHtml(text);
  if (!keepLayout) return html;
  return html.replace(/^ +| +$/gm, (run) => '&nbsp;'.repeat(run.length)).replace(/\r?\n/g, '<br>');
}

/** Editors disagree on spaces at block edges and nbsp; the words and their order must match. */
const squash = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

export function focusIsIn(root: HTMLElement): boolean {
  // Through shadow roots: the document's activeElement is only the outermost host.
  return hasFocus(root);
}

/** Focuses `root` if it is not; says whether focus is in it now. */
export function ensureFocus(root: HTMLElement): boolean {
  if (!root.isConnected) return false;
  if (!focusIsIn(root)) root.focus({ preventScroll: true });
  return focusIsIn(root);
}

/**
 * Resolves true as soon as `check()` holds, checking it right after each DOM change under `root`
 * (a MutationObserver's callback runs in the same task as the change, before the browser handles
 * the next queued key press) and on each input event (a textarea's value is no DOM change); false
 * after `timeoutMs`, or as soon as `stop()` holds or `signal` aborts.
 *
 * Why not poll on a timer: CKEditor 4 inserts a paste in a setTimeout(0) after the paste event
 * (its clipboard plugin), and on a loaded machine the agent's next key presses ran between that
 * task and our next poll — typed after the new text, and then our late placeholder selection moved
 * the caret mid-word (seen in the ckeditor4 e2e journey: "I am sorry K O." instead of "I am sorry  OK.").
 */
export function untilChanged(root: HTMLElement, check: () => boolean, timeoutMs: number, stop?: { signal?: AbortSignal; when?: () => boolean }): Promise<boolean> {
  if (check()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const controller = new AbortController();
    const done = (value: boolean) => {
      observer.disconnect();
      controller.abort();
      clearTimeout(timer);
      resolve(value);
    };
    const onChange = () => {
      if (check()) done(true);
      else if (stop?.when?.()) done(false);
    };
    const observer = new MutationObserver(onChange);
    observer.observe(root, { childList: true, characterData: true, subtree: true });
    root.addEventListener('input', onChange, { signal: controller.signal });
    stop?.signal?.addEventListener('abort', () => done(false), { signal: controller.signal });
    const timer = setTimeout(() => done(check()), timeoutMs);
  });
}

/**
 * Tells editors that follow the selection on `selectionchange` (ProseMirror, Lexical, Trix, Draft
 * through React, Slate on a throttle) about a selection we just set, in this task rather than a
 * later one; `slate` also makes slate-react read it at once (see syncSelectionFirst).
 */
export function announceSelection(root: HTMLElement, slate: boolean): void {
  const win = root.ownerDocument.defaultView;
  if (!win) return;
  root.ownerDocument.dispatchEvent(new win.Event('selectionchange'));
  if (slate) root.dispatchEvent(new win.InputEvent('beforeinput', { inputType: 'formatSetInlineTextDirection', bubbles: true, cancelable: true, composed: true }));
}

export interface RichReplaceArgs {
  root: HTMLElement;
  /** Re-reads the editor's text (the same text the range offsets refer to). */
  read: () => string;
  /** Builds a fresh DOM range for text[start, end) (the DOM may have been re-rendered). */
  range: () => Range | null;
  start: number;
  end: number;
  /** The text that must still be at [start, end) when the edit is made. */
  expected: string;
  replacement: string;
  /** The text/html to send beside text/plain, if any (Zendesk's CKEditor wants it; Slate and Trix must not get it). */
  html?: string;
  /** Offer the edit as a `beforeinput` before the paste (Slate: its paste handler uses a stale selection). */
  beforeInputFirst?: boolean;
  /**
   * Have the editor take the selection in a microtask of its own before the edit (Slate: a
   * selection change in the same tick as the edit merges the edit into the previous undo step, so
   * one Ctrl+Z undid the whole typed draft). A `beforeinput` of a type it does not edit with makes
   * slate-react read the DOM selection at once.
   */
  syncSelectionFirst?: boolean;
  /** Whether execCommand is a safe fallback (not for editors that revert or ignore DOM edits). */
  execFallback: boolean;
  guard: EditGuard;
}

export async function replaceInRichEditor(args: RichReplaceArgs): Promise<EditOutcome> {
  const { root, read, range, start, end, expected, replacement, html, beforeInputFirst, syncSelectionFirst, execFallback, guard } = args;
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  if (!win) return 'failed';
  // A box that left the page (or an edit the agent already moved on from) is never touched: with
  // focus elsewhere, the fallback would insert into whatever has it.
  if (guard.signal.aborted || guard.acted() || !root.isConnected) return 'cancelled';
  const refocus = !focusIsIn(root);
  if (!ensureFocus(root)) return 'failed';
  // A React editor (Draft) answers the focus with a state update flushed in a microtask, and
  // ignores selection changes until then; still no task boundary, so no key press in between.
  if (refocus) {
    await Promise.resolve();
    await Promise.resolve();
    if (guard.signal.aborted || !root.isConnected || !focusIsIn(root)) return 'cancelled';
  }

  // --- from here to the dispatches, one task (microtasks at most): nothing can type in between ---
  const before = read();
  if (before.slice(start, end) !== expected) return 'stale';
  const after = before.slice(0, start) + replacement + before.slice(end);
  const landed = () => squash(read()) === squash(after);
  const select = () => {
    const r = range();
    const selection = selectionFor(root);
    if (!r || !selection) return false;
    selection.setBaseAndExtent(r.startContainer, r.startOffset, r.endContainer, r.endOffset);
    // So their paste goes where we selected, not where their last selectionchange task left it.
    announceSelection(root, false);
    return true;
  };
  if (!select()) return 'failed';
  if (syncSelectionFirst) {
    announceSelection(root, true);
    // A microtask, not a task: no key press can come in between.
    await Promise.resolve();
    if (guard.signal.aborted || !root.isConnected) return 'cancelled';
    if (read() !== before || !select()) return 'stale';
  }

  // Filled so the page can read it in Firefox too (see paste-event.ts).
  const data = () => editorDataTransfer(win, replacement, html);
  const target = () => (selectionFor(root)?.anchorNode?.parentElement ?? root) as HTMLElement;
  // TinyMCE lives in an iframe: the events must come from that window's constructors. Firefox
  // builds a paste event's clipboard its own way (see paste-event.ts).
  const paste = () => !target().dispatchEvent(pasteEvent(win, replacement, html));
  const beforeInput = () => {
    const r = range();
    const targetRanges = r ? [new win.StaticRange({ startContainer: r.startContainer, startOffset: r.startOffset, endContainer: r.endContainer, endOffset: r.endOffset })] : [];
    return !target().dispatchEvent(new win.InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: data(), targetRanges, bubbles: true, cancelable: true, composed: true }));
  };
  const handled = beforeInputFirst ? beforeInput() || paste() : paste() || beforeInput();
  if (!handled) {
    // Nobody took it (a plain contenteditable): execCommand goes through the browser's own editing,
    // with a trusted input event and one step on the browser's undo stack.
    if (!execFallback) return 'failed';
    if (read() !== before || !select()) return 'failed';
    doc.execCommand('insertText', false, replacement);
  }
  // --- end of the one task ---

  if (landed()) return 'applied';
  // Lexical applies a paste a microtask later; CKEditor 4, TinyMCE and Slate a task later.
  const ok = await untilChanged(root, landed, LAND_MS, { signal: guard.signal, when: guard.acted });
  if (ok) return 'applied';
  return guard.signal.aborted || guard.acted() ? 'cancelled' : 'failed';
}

export function replaceInTextarea(el: HTMLTextAreaElement | HTMLInputElement, start: number, end: number, expected: string, replacement: string, guard: EditGuard): EditOutcome {
  if (guard.signal.aborted || guard.acted() || !el.isConnected) return 'cancelled';
  if (!ensureFocus(el)) return 'failed';
  const before = el.value;
  if (before.slice(start, end) !== expected) return 'stale';
  el.setSelectionRange(start, end);
  // Setting .value or setRangeText would wipe the undo stack and bypass React's state; execCommand
  // goes through the browser's own editing path.
  el.ownerDocument.execCommand('insertText', false, replacement);
  return el.value === before.slice(0, start) + replacement + before.slice(end) ? 'applied' : 'failed';
}
