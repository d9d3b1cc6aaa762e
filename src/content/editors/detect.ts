/** Which elements are reply boxes, and which one an event happened in. */

/** Everything that can be a reply box; narrowed by `editorRootOf`. */
export const EDITABLE_SELECTOR = 'textarea, [contenteditable]:not([contenteditable="false"])';

function usableTextarea(el: HTMLTextAreaElement): boolean {
  return !el.readOnly && !el.disabled;
}

/** The reply box containing `node`: a textarea, or the topmost editable ancestor. */
export function editorRootOf(node: Node | null): HTMLElement | null {
  if (!node) return null;
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  if (!el) return null;
  if (el.tagName === 'TEXTAREA') return usableTextarea(el as HTMLTextAreaElement) ? (el as HTMLTextAreaElement) : null;
  if (!(el as HTMLElement).isContentEditable) return null;
  let root = el as HTMLElement;
  while (root.parentElement && root.parentElement.isContentEditable) root = root.parentElement;
  return root;
}

/** Reply boxes under `scope` right now (each counted once, outermost editable only). */
export function findEditors(scope: ParentNode): HTMLElement[] {
  const found = new Set<HTMLElement>();
  for (const el of Array.from(scope.querySelectorAll<HTMLElement>(EDITABLE_SELECTOR))) {
    const root = editorRootOf(el);
    if (root) found.add(root);
  }
  return [...found];
}
