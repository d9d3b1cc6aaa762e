/** Adapter for every contenteditable editor (plain, ProseMirror, CKEditor 5, Quill, Lexical, Draft, Slate, TinyMCE, Trix, Froala). */
import { domRange, mapText, textOffset, type TextMap } from './text-map.ts';
import { selectionFor } from './shadow.ts';
import { pasteHtml, replaceInRichEditor } from './input-path.ts';
import type { Box, EditorAdapter, EditOutcome, SavedSelection } from './types.ts';

export function richFamily(root: HTMLElement): string {
  if (root.classList.contains('ProseMirror')) return 'prosemirror';
  if (root.classList.contains('ck-editor__editable')) return 'ckeditor5';
  if (root.classList.contains('ql-editor')) return 'quill';
  if (root.dataset.lexicalEditor === 'true') return 'lexical';
  if (root.classList.contains('public-DraftEditor-content')) return 'draft';
  if (root.dataset.slateEditor === 'true') return 'slate';
  if (root.id === 'tinymce') return 'tinymce';
  if (root.tagName === 'TRIX-EDITOR') return 'trix';
  if (root.classList.contains('fr-element')) return 'froala'; // Freshdesk's composer
  return 'contenteditable';
}

/**
 * Per family: whether execCommand may follow when the editor took neither the paste nor the
 * `beforeinput`, whether the edit goes as plain text only, and which event it is offered first.
 */
interface EditPolicy { execFallback: boolean; plainOnly?: boolean; htmlAlways?: boolean; beforeInputFirst?: boolean; syncSelectionFirst?: boolean }
const EDIT_POLICY: Record<string, EditPolicy> = {
  tinymce: { execFallback: false }, // execCommand breaks its undo
  ckeditor5: { execFallback: false }, // reverts DOM edits it did not make
  // slate-react pastes at its model's selection, which follows the DOM on a 100 ms throttle; its
  // beforeinput handler takes the target range we give it. It handles a paste itself only when it
  // is plain text (Chromium).
  slate: { execFallback: false, plainOnly: true, beforeInputFirst: true, syncSelectionFirst: true },
  // Trix takes a synthetic paste only when it is plain text; the DOM edit of execCommand reaches
  // its model but records no undo step (one Ctrl+Z then emptied the whole reply).
  trix: { execFallback: false, plainOnly: true },
  // Froala (Freshdesk) handles a paste in the same task only when it carries HTML. Given plain
  // text alone it leaves the event to the browser: it moves focus to a hidden box, drops selection
  // markers into the reply and reads the box a task later, so the execCommand fallback raced it
  // (the additions e2e: one Ctrl+Z then left an added sentence in place). So even text that HTML
  // would collapse (a leading space, a line break) goes as HTML, its layout kept.
  froala: { execFallback: true, htmlAlways: true },
};
const DEFAULT_POLICY: EditPolicy = { execFallback: true };

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
      const selection = selectionFor(root);
      if (!selection || !selection.focusNode || !root.contains(selection.focusNode)) return null;
      return textOffset(map(), selection.focusNode, selection.focusOffset);
    },
    saveSelection(): SavedSelection {
      const selection = selectionFor(root);
      const saved = selection && selection.rangeCount && root.contains(selection.anchorNode) ? selection.getRangeAt(0).cloneRange() : null;
      return {
        restore() {
          root.focus({ preventScroll: true });
          if (!saved || !saved.startContainer.isConnected) return;
          const sel = selectionFor(root);
          sel?.removeAllRanges();
          sel?.addRange(saved);
        },
      };
    },
    async replace(start, end, expected, replacement, guard): Promise<EditOutcome> {
      const policy = EDIT_POLICY[family] ?? DEFAULT_POLICY;
      const outcome = await replaceInRichEditor({
        root,
        read: () => { dirty = true; return map().text; },
        range: () => { dirty = true; return domRange(map(), start, end); },
        start,
        end,
        expected,
        replacement,
        // HTML collapses a leading space or a line break (an added sentence: " Next, …", "Hi Maria,\n"
        // — seen in ProseMirror), so such text goes as plain text, which editors turn into their own blocks.
        html: policy.htmlAlways ? pasteHtml(replacement, true) : !policy.plainOnly && !/^\s|\s$|\n/.test(replacement) ? pasteHtml(replacement) : undefined,
        beforeInputFirst: policy.beforeInputFirst,
        syncSelectionFirst: policy.syncSelectionFirst,
        execFallback: policy.execFallback,
        guard,
      });
      dirty = true;
      return outcome;
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
