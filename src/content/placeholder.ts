/**
 * After a suggestion with a `[placeholder]` is applied, the placeholder is selected so the agent
 * types over it. Works through the DOM selection, which every supported editor syncs into its
 * model (ProseMirror, CKEditor 5, Slate, Quill, Lexical, Draft and TinyMCE listen to
 * selectionchange), and through setSelectionRange for textareas.
 */
import type { EditorAdapter } from './editors/types.ts';
import { domRange, mapText } from './editors/text-map.ts';
import { sleep } from './editors/input-path.ts';

const PLACEHOLDER = /\[[^\]\n]{1,60}\]/;

/** Selects the first placeholder of `replacement`, now at `start` in the editor; says whether it did. */
export async function selectPlaceholder(adapter: EditorAdapter, start: number, replacement: string): Promise<boolean> {
  const m = PLACEHOLDER.exec(replacement);
  if (!m) return false;
  const from = start + m.index;
  const to = from + m[0].length;
  // Slate and TinyMCE render a paste a task later: wait for the text to be there.
  for (let i = 0; i < 40 && adapter.readText().slice(from, to) !== m[0]; i++) await sleep(25);
  if (adapter.readText().slice(from, to) !== m[0]) return false;
  const root = adapter.root;
  if (root instanceof HTMLTextAreaElement) {
    root.setSelectionRange(from, to);
    return true;
  }
  const range = domRange(mapText(root), from, to);
  const selection = root.ownerDocument.getSelection();
  if (!range || !selection) return false;
  selection.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
  return true;
}
