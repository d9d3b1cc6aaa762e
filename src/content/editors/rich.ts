/** Adapter for every contenteditable editor (plain, ProseMirror, CKEditor 5, Quill, Lexical, Draft, Slate, TinyMCE). */
import { domRange, mapText, textOffset, type TextMap } from './text-map.ts';
import { replaceInRichEditor } from './input-path.ts';
import type { Box, EditorAdapter, ReplaceOutcome, SavedSelection } from './types.ts';

export function richFamily(root: HTMLElement): string {
  if (root.classList.contains('ProseMirror')) return 'prosemirror';
  if (root.classList.contains('ck-editor__editable')) return 'ckeditor5';
  if (root.classList.contains('ql-editor')) return 'quill';
  if (root.dataset.lexicalEditor === 'true') return 'lexical';
  if (root.classList.contains('public-DraftEditor-content')) return 'draft';
  if (root.dataset.slateEditor === 'true') return 'slate';
  if (root.id === 'tinymce') return 'tinymce';
  return 'contenteditable';
}

/**
 * Per family: how long a paste may take to land (measured: synchronous in ProseMirror, Quill,
 * CKEditor 5, Draft; a microtask in Lexical; a macrotask in Slate and TinyMCE — given slack for a
 * busy machine), and whether execCommand may follow when it did not.
 */
const PASTE_POLICY: Record<string, { pasteWaitMs: number; execFallback: boolean; selectionThrottleMs?: number }> = {
  // Any other contenteditable (a bare one ignores synthetic paste; Gmail and Outlook handle it
  // synchronously; CKEditor 4 in a setTimeout(0) queued during the paste event, which runs before
  // this wait's own timer): fall back to execCommand soon after.
  contenteditable: { pasteWaitMs: 400, execFallback: true },
  prosemirror: { pasteWaitMs: 1500, execFallback: true },
  quill: { pasteWaitMs: 1500, execFallback: true },
  lexical: { pasteWaitMs: 1500, execFallback: true },
  draft: { pasteWaitMs: 1500, execFallback: true },
  tinymce: { pasteWaitMs: 2000, execFallback: false }, // execCommand breaks its undo
  ckeditor5: { pasteWaitMs: 1500, execFallback: false }, // reverts DOM edits it did not make
  // DOM would change but not its model; it pastes at its model's selection, synced on a 100 ms throttle.
  slate: { pasteWaitMs: 2000, execFallback: false, selectionThrottleMs: 100 },
};
const UNKNOWN_EDITOR = { pasteWaitMs: 600, execFallback: true };

const toBox = (r: DOMRect | DOMRectReadOnly): Box => ({ left: r.left, top: r.top, width: r.width, height: r.height });

export function richAdapter(root: HTMLElement): EditorAdapter {
  let cached: TextMap | null = null;
  let dirty = true;
  const map = (): TextMap => {
    if (dirty || !cached) {
      cached = mapText(root);
      dirty = false;
    }
    return cached;
  };
  const doc = root.ownerDocument;
  const family = richFamily(root);

  return {
    family,
    root,
    readText: () => map().text,
    rects(start, end) {
      const range = domRange(map(), start, end);
      if (!range) return [];
      const out: Box[] = [];
      for (const r of Array.from(range.getClientRects())) {
        // Ranges report an empty rect for each element boundary they cross; only text boxes count.
        if (r.width >= 1 && r.height >= 1) out.push(toBox(r));
      }
      return mergeLineBoxes(out);
    },
    clipBox() {
      // The body of an iframe editor (TinyMCE) is the whole viewport of its frame.
      if (root === doc.body) return { left: 0, top: 0, width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight };
      return toBox(root.getBoundingClientRect());
    },
    caret() {
      const selection = doc.getSelection();
      if (!selection || !selection.focusNode || !root.contains(selection.focusNode)) return null;
      return textOffset(map(), selection.focusNode, selection.focusOffset);
    },
    saveSelection(): SavedSelection {
      const selection = doc.getSelection();
      const saved = selection && selection.rangeCount && root.contains(selection.anchorNode) ? selection.getRangeAt(0).cloneRange() : null;
      return {
        restore() {
          root.focus({ preventScroll: true });
          if (!saved || !saved.startContainer.isConnected) return;
          const sel = doc.getSelection();
          sel?.removeAllRanges();
          sel?.addRange(saved);
        },
      };
    },
    async replace(start, end, expected, replacement): Promise<ReplaceOutcome> {
      dirty = true;
      if (map().text.slice(start, end) !== expected) return 'stale';
      const ok = await replaceInRichEditor({
        root,
        read: () => { dirty = true; return map().text; },
        range: () => { dirty = true; return domRange(map(), start, end); },
        replacement,
        // slate-react (Chromium) handles a paste itself only when it is plain text; any other paste
        // it leaves to a beforeinput that a synthetic paste never produces. HTML also collapses a
        // leading space or a line break (an added sentence: " Next, …", "Hi Maria,\n" — seen in
        // ProseMirror), so such text goes as plain text, which editors turn into their own blocks.
        html: family !== 'slate' && !/^\s|\s$|\n/.test(replacement),
        ...PASTE_POLICY[family] ?? UNKNOWN_EDITOR,
      });
      dirty = true;
      return ok ? 'applied' : 'failed';
    },
    watch(onChange, signal) {
      const observer = new MutationObserver(() => {
        dirty = true;
        onChange();
      });
      observer.observe(root, { childList: true, characterData: true, subtree: true });
      const onInput = () => {
        dirty = true;
        onChange();
      };
      root.addEventListener('input', onInput, { signal });
      signal.addEventListener('abort', () => {
        observer.disconnect();
        cached = null;
      }, { once: true });
    },
  };
}

/** Joins the per-element fragments of one line into a single box, so an underline is one stroke. */
function mergeLineBoxes(boxes: Box[]): Box[] {
  const merged: Box[] = [];
  for (const b of boxes) {
    const last = merged[merged.length - 1];
    if (last && Math.abs(last.top - b.top) < 2 && Math.abs(last.height - b.height) < 4 && b.left <= last.left + last.width + 2 && b.left >= last.left) {
      const right = Math.max(last.left + last.width, b.left + b.width);
      last.width = right - last.left;
    } else {
      merged.push({ ...b });
    }
  }
  return merged;
}
