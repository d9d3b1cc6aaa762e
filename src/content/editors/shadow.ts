/**
 * Reply boxes inside shadow roots (web-component UIs: Freshworks' Crayons, Salesforce Lightning).
 *
 * Open roots: events reach the document retargeted to the host, so the real target is
 * `composedPath()[0]`; `document.activeElement` is the host, the focused box is the root's own
 * `activeElement`; `document.getSelection()` (Chromium) does not show nodes inside a shadow tree,
 * `ShadowRoot.getSelection()` does.
 * Closed roots: a page script cannot reach them, but an extension's content script can:
 * Chromium gives `chrome.dom.openOrClosedShadowRoot(el)`, Firefox `el.openOrClosedShadowRoot()`.
 * From there the same reading works (see docs/shadow-dom.md for what does and does not).
 */

interface ChromeDom { dom?: { openOrClosedShadowRoot?(el: Element): ShadowRoot | null } }

/** An element's shadow root, open or closed (closed ones only through the extension APIs). */
export function shadowOf(el: Element): ShadowRoot | null {
  if (el.shadowRoot) return el.shadowRoot;
  try {
    const chromeDom = (globalThis as { chrome?: ChromeDom }).chrome?.dom;
    if (chromeDom?.openOrClosedShadowRoot) return chromeDom.openOrClosedShadowRoot(el) ?? null;
    const firefox = (el as Element & { openOrClosedShadowRoot?(): ShadowRoot | null }).openOrClosedShadowRoot;
    if (typeof firefox === 'function') return firefox.call(el) ?? null;
  } catch {
    // Not an element that can host a shadow root, or the API is missing: nothing inside.
  }
  return null;
}

/** The focused element itself, through any shadow roots it sits in (not the outermost host). */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  for (let i = 0; active && i < 20; i++) {
    const inner = shadowOf(active)?.activeElement ?? null;
    if (!inner) break;
    active = inner;
  }
  return active;
}

/** Where an event really happened: inside open roots from its path, inside closed ones from focus. */
export function deepTarget(event: Event): Node | null {
  let target = (event.composedPath()[0] ?? event.target) as Node | null;
  for (let i = 0; target instanceof Element && i < 20; i++) {
    const shadow = shadowOf(target);
    // A closed root hides its path: its focused element is where a key or focus event went.
    if (!shadow || target.shadowRoot) break;
    const inner = shadow.activeElement;
    if (!inner) break;
    target = inner;
  }
  return target;
}

/** Whether `event` happened inside `root` (which may sit in a shadow root). */
export function eventInside(root: Element, event: Event): boolean {
  const target = deepTarget(event);
  return !!target && root.contains(target);
}

/** Every shadow root under `scope` (open, and closed where the extension can see them). */
export function shadowRootsUnder(scope: ParentNode, limit = 200): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const visit = (root: Node) => {
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode() as Element | null; node && out.length < limit; node = walker.nextNode() as Element | null) {
      // Only custom elements and a few built-ins can host a shadow root: skip the rest cheaply.
      if (!node.shadowRoot && !node.localName.includes('-')) continue;
      const shadow = shadowOf(node);
      if (shadow) {
        out.push(shadow);
        visit(shadow);
      }
    }
  };
  visit(scope as Node);
  return out;
}

/** The selection that shows nodes inside `root`'s shadow tree (Chromium), else the document's. */
export function selectionFor(root: Node): Selection | null {
  const tree = root.getRootNode();
  if (tree instanceof ShadowRoot) {
    const own = (tree as ShadowRoot & { getSelection?(): Selection | null }).getSelection;
    if (typeof own === 'function') return own.call(tree);
  }
  return (root.ownerDocument ?? (root as Document)).getSelection();
}

/** Whether `root` (or something inside it) has focus, through shadow roots. */
export function hasFocus(root: Element): boolean {
  const active = deepActiveElement(root.ownerDocument);
  return !!active && (active === root || root.contains(active));
}
