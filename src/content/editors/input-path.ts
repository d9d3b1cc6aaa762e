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

async function waitForChange(read: () => string, before: string, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  // ProseMirror, Quill, CKEditor and Draft apply a paste synchronously, Lexical after a microtask,
  // Slate and TinyMCE after a macrotask: poll briefly rather than guess.
  await Promise.resolve();
  while (true) {
    if (read() !== before) return true;
    if (performance.now() >= deadline) return false;
    await sleep(15);
  }
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
}

export async function replaceInRichEditor({ root, read, range, replacement, html, pasteWaitMs, execFallback }: RichReplaceArgs): Promise<boolean> {
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
  if (!select()) return false;
  // With no wait most editors paste at the old caret; Slate syncs its selection on a throttle
  // and needed ~200 ms after a refocus (measured, Chromium 156).
  await sleep(refocused ? 220 : 60);
  const before = read();
  const data = new win.DataTransfer();
  data.setData('text/plain', replacement);
  if (html) data.setData('text/html', escapeHtml(replacement));
  const target = (doc.getSelection()?.anchorNode?.parentElement ?? root) as HTMLElement;
  // TinyMCE lives in an iframe: the event must come from that window's constructors.
  target.dispatchEvent(new win.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
  if (await waitForChange(read, before, pasteWaitMs)) return true;
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
