/**
 * Synthetic paste and insertFromPaste events whose text the page's editor can read, in both engines.
 *
 * Firefox stores with each DataTransfer item who set it, and a page may not read items a content
 * script set: a DataTransfer we fill with setData() reaches the editor's listeners empty (measured
 * in firefox-esr 153: Quill then deleted the selected phrase, Slate cancelled our beforeinput and
 * inserted nothing, CKEditor 5 ignored the paste). Firefox's ClipboardEvent also ignores the
 * standard `clipboardData` init member; it fills the event's own DataTransfer from the non-standard
 * `dataType`/`data` members, and that one the page can read. So the text goes in through those,
 * and the same DataTransfer serves a beforeinput. Chromium takes `clipboardData` as given (with
 * text/html beside text/plain); in Firefox the editors get plain text.
 */
export function pasteEvent(win: Window & typeof globalThis, text: string, html?: string): ClipboardEvent {
  const data = new win.DataTransfer();
  data.setData('text/plain', text);
  if (html !== undefined) data.setData('text/html', html);
  return new win.ClipboardEvent('paste', { clipboardData: data, dataType: 'text/plain', data: text, bubbles: true, cancelable: true, composed: true } as ClipboardEventInit);
}

/** A DataTransfer with `text` (and `html` where the engine lets the page read it) for an editor event. */
export function editorDataTransfer(win: Window & typeof globalThis, text: string, html?: string): DataTransfer {
  const fromEvent = pasteEvent(win, text, html).clipboardData;
  if (fromEvent) return fromEvent;
  const data = new win.DataTransfer();
  data.setData('text/plain', text);
  return data;
}
