/**
 * Replacing a range through an editor's own input path (see shared EDITORS.md for the measurements):
 * select the range, yield, send a synthetic paste; if the editor did not take it, execCommand.
 */

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** Focuses `root` if it is not; says whether it had to (some editors sync selection lazily after a refocus). */
export function ensureFocus(root: HTMLElement): boolean {
  const doc = root.ownerDocument;
  const active = doc.activeElement;
  if (active === root || (active && root.contains(active))) return false;
  root.focus({ preventScroll: true });
  return true;
}

/**
 * Resolves true as soon as `check()` holds, checking it right after each DOM change under `root`
 * (a MutationObserver's callback runs in the same task as the change, before the browser handles
 * the next queued key press) and on each input event (a textarea's value is no DOM change); false
 * after `timeoutMs`.
 *
 * Why not poll on a timer: CKEditor 4 inserts a paste in a setTimeout(0) after the paste event
 * (its clipboard plugin), and on a loaded machine the agent's next key presses ran between that
 * task and our next poll — typed after the new text, and then our late placeholder selection moved
 * the caret mid-word (seen in the ckeditor4 e2e journey: "I am sorry K O." instead of "I am sorry  OK.").
 */
export function untilChanged(root: HTMLElement, check: () => boolean, timeoutMs: number): Promise<boolean> {
  if (check()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const controller = new AbortController();
    const done = (value: boolean) => {
      observer.disconnect();
      controller.abort();
      clearTimeout(timer);
      resolve(value);
    };
    const onChange = () => { if (check()) done(true); };
    const observer = new MutationObserver(onChange);
    observer.observe(root, { childList: true, characterData: true, subtree: true });
    root.addEventListener('input', onChange, { signal: controller.signal });
    const timer = setTimeout(() => done(check()), timeoutMs);
  });
}

export interface RichReplaceArgs {
  root: HTMLElement;
  /** Re-reads the editor's text (the same text the range offsets refer to). */
  read: () => string;
  /** Builds a fresh DOM range for the span to replace (the DOM may have been re-rendered). */
  range: () => Range | null;
  replacement: string;
  /** Send text/html beside text/plain (Zendesk's CKEditor wants it; Slate must not get it). */
  html: boolean;
  /** How long to wait for the editor to apply the paste before concluding it ignored it. */
  pasteWaitMs: number;
  /** Whether execCommand is a safe fallback (not for editors that revert or ignore DOM edits). */
  execFallback: boolean;
  /** For an editor that reads a selection change on a throttle: its period (see selectionHandled). */
  selectionThrottleMs?: number;
}

/**
 * Resolves once the editor has had its turn at the selectionchange our selection causes, for an
 * editor that handles it through a debounce(0) and then a throttle of `throttleMs` (slate-react's
 * Editable: 100 ms). Its listener was added before ours, so its timers are queued before these.
 * A fixed 60 ms was not enough: on a loaded 2-core machine the Apply click came within the
 * throttle window of the click that opened the card, and Slate pasted at that click's caret, in
 * the middle of the phrase (e2e slate journey: "Sorry for any iI am sorry [...]nconvenience").
 * Capped in case the selection did not change and no selectionchange comes.
 */
function selectionHandled(doc: Document, throttleMs: number): { done: Promise<void>; cancel(): void } {
  let cancel = () => {};
  const done = new Promise<void>((resolve) => {
    const cap = setTimeout(finish, 1000);
    function finish() {
      clearTimeout(cap);
      doc.removeEventListener('selectionchange', onChange);
      resolve();
    }
    function onChange() {
      doc.removeEventListener('selectionchange', onChange);
      setTimeout(() => setTimeout(finish, throttleMs + 10), 0);
    }
    doc.addEventListener('selectionchange', onChange);
    cancel = finish;
  });
  return { done, cancel };
}

export async function replaceInRichEditor({ root, read, range, replacement, html, pasteWaitMs, execFallback, selectionThrottleMs }: RichReplaceArgs): Promise<boolean> {
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  if (!win) return false;
  const refocused = ensureFocus(root);
  const select = () => {
    const r = range();
    const selection = doc.getSelection();
    if (!r || !selection) return false;
    selection.setBaseAndExtent(r.startContainer, r.startOffset, r.endContainer, r.endOffset);
    return true;
  };
  const taken = selectionThrottleMs ? selectionHandled(doc, selectionThrottleMs) : null;
  if (!select()) {
    taken?.cancel();
    return false;
  }
  // With no wait most editors paste at the old caret; Slate syncs its selection on a throttle
  // and needed ~200 ms after a refocus (measured, Chromium 156).
  await Promise.all([sleep(refocused ? 220 : 60), taken?.done]);
  const before = read();
  const data = new win.DataTransfer();
  data.setData('text/plain', replacement);
  if (html) data.setData('text/html', escapeHtml(replacement));
  const target = (doc.getSelection()?.anchorNode?.parentElement ?? root) as HTMLElement;
  // TinyMCE lives in an iframe: the event must come from that window's constructors.
  target.dispatchEvent(new win.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
  // ProseMirror, Quill, CKEditor 5 and Draft apply a paste synchronously, Lexical after a
  // microtask, CKEditor 4, Slate and TinyMCE a task later: caught as the DOM changes, not guessed.
  if (await untilChanged(root, () => read() !== before, pasteWaitMs)) return true;
  // The editor ignored the paste (plain contenteditable): execCommand fires a trusted input and
  // keeps the browser's undo stack. Never after a paste that may still land: that would insert twice.
  if (!execFallback || !select()) return false;
  doc.execCommand('insertText', false, replacement);
  return read() !== before;
}

export async function replaceInTextarea(el: HTMLTextAreaElement | HTMLInputElement, start: number, end: number, replacement: string): Promise<boolean> {
  ensureFocus(el);
  const before = el.value;
  el.setSelectionRange(start, end);
  // Setting .value or setRangeText would wipe the undo stack and bypass React's state; execCommand
  // goes through the browser's own editing path.
  el.ownerDocument.execCommand('insertText', false, replacement);
  return el.value !== before;
}
