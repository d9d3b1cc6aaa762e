/**
 * Notices reply boxes as single-page apps mount and unmount them, and which one the agent focuses.
 * One throttled MutationObserver per frame; everything stops when `signal` aborts.
 */
import { editorRootOf, findEditors } from './editors/detect.ts';
import { deepActiveElement, deepTarget } from './editors/shadow.ts';

export interface WatcherEvents {
  /** The agent focused (or is typing in) this reply box. */
  onFocus(root: HTMLElement): void;
  /** The reply box left the document. */
  onRemoved(root: HTMLElement): void;
}

const SCAN_THROTTLE_MS = 200;

export function watchEditors(doc: Document, events: WatcherEvents, signal: AbortSignal, ownNodes: () => Node | null): { mounted(): number } {
  const known = new Set<HTMLElement>();
  let scheduled: ReturnType<typeof setTimeout> | null = null;

  const scan = () => {
    scheduled = null;
    for (const root of known) {
      if (!root.isConnected || !editorRootOf(root)) {
        known.delete(root);
        events.onRemoved(root);
      }
    }
    for (const root of findEditors(doc)) known.add(root);
    // An editor that mounts already focused (autofocus) sends no focusin we could catch.
    const active = editorRootOf(deepActiveElement(doc));
    if (active && known.has(active)) events.onFocus(active);
  };

  const schedule = () => {
    if (scheduled === null && !signal.aborted) scheduled = setTimeout(scan, SCAN_THROTTLE_MS);
  };

  const insideKnownEditor = (node: Node) => {
    for (const root of known) if (root.contains(node)) return true;
    return false;
  };

  const observer = new MutationObserver((records) => {
    if (scheduled !== null) return;
    const own = ownNodes();
    for (const record of records) {
      // Typing inside an editor mutates it constantly; only structure outside editors matters here.
      if (own && own.contains(record.target)) continue;
      if (record.type === 'attributes' || !insideKnownEditor(record.target)) {
        schedule();
        return;
      }
    }
  });
  observer.observe(doc, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] });

  doc.addEventListener('focusin', (event) => {
    // Inside a shadow root the event reaches us retargeted to the host: the box is further in.
    const root = editorRootOf(deepTarget(event));
    if (!root) return;
    known.add(root);
    events.onFocus(root);
  }, { capture: true, signal });

  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (scheduled !== null) clearTimeout(scheduled);
    known.clear();
  }, { once: true });

  scan();
  return { mounted: () => known.size };
}
