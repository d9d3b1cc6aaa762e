/**
 * After a suggestion with a `[placeholder]` is applied, the placeholder is selected so the agent
 * types over it. Works through the DOM selection, which every supported editor syncs into its
 * model (ProseMirror, CKEditor 5, Slate, Quill, Lexical, Draft and TinyMCE listen to
 * selectionchange), and through setSelectionRange for textareas.
 */
import type { EditorAdapter } from './editors/types.ts';
import { domRange, mapText } from './editors/text-map.ts';
import { announceSelection, untilChanged } from './editors/input-path.ts';
import { selectionFor } from './editors/shadow.ts';

const PLACEHOLDER = /\[[^\]\n]{1,60}\]/;
/** How long the new text may take to show up at its place before we leave the caret alone. */
const LAND_MS = 1000;

/** Whether the agent typed or clicked in `doc` since the call; stop() when done asking. */
export interface AgentInput { acted(): boolean; stop(): void }

export function watchAgentInput(doc: Document): AgentInput {
  let acted = false;
  const controller = new AbortController();
  const mark = (event: Event) => { if (event.isTrusted) acted = true; };
  for (const type of ['keydown', 'mousedown', 'beforeinput']) doc.addEventListener(type, mark, { capture: true, signal: controller.signal });
  return { acted: () => acted, stop: () => controller.abort() };
}

/**
 * Selects the first placeholder of `replacement`, now at `start` in the editor; returns where it is
 * when it did.
 * Never once the agent has typed or clicked since Apply (`input`): moving the caret then would put
 * the rest of what they type somewhere else.
 */
export async function selectPlaceholder(adapter: EditorAdapter, start: number, replacement: string, input: AgentInput): Promise<{ start: number; end: number } | null> {
  try {
    const m = PLACEHOLDER.exec(replacement);
    if (!m) return null;
    const from = start + m.index;
    const to = from + m[0].length;
    const there = () => adapter.readText().slice(from, to) === m[0];
    // Usually the text is there already (the paste was seen landing, in the same task); an editor
    // that renders it in pieces gets it checked again right after each of its DOM changes.
    if (!there() && !(await untilChanged(adapter.root, there, LAND_MS))) return null;
    if (input.acted()) return null;
    const root = adapter.root;
    if (root instanceof HTMLTextAreaElement || root instanceof HTMLInputElement) {
      root.setSelectionRange(from, to);
      return { start: from, end: to };
    }
    const range = domRange(mapText(root), from, to);
    const selection = selectionFor(root);
    if (!range || !selection) return null;
    selection.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
    announceSelection(root, adapter.family === 'slate');
    return { start: from, end: to };
  } finally {
    input.stop();
  }
}
