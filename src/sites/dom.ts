import type { FieldSource, TicketField } from './types.ts';

/**
 * Small fail-soft DOM readers shared by the helpdesk adapters: a stale or invalid selector gives
 * undefined, never an exception, so a helpdesk's redesign degrades to the generic reading.
 */

export function $(scope: ParentNode | null | undefined, ...selectors: string[]): HTMLElement | null {
  if (!scope) return null;
  for (const selector of selectors) {
    try {
      const el = scope.querySelector<HTMLElement>(selector);
      if (el) return el;
    } catch {
      // An invalid selector in one adapter must not break the others.
    }
  }
  return null;
}

export function $$(scope: ParentNode | null | undefined, selector: string): HTMLElement[] {
  if (!scope) return [];
  try {
    return Array.from(scope.querySelectorAll<HTMLElement>(selector));
  } catch {
    return [];
  }
}

/** Every open shadow root under `scope` (web components: Freshworks' Crayons, Lightning), outermost first. */
export function openShadowRoots(scope: ParentNode, limit = 500): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const visit = (root: ParentNode) => {
    const doc = (root as Node).ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root as Node, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode() as Element | null; node && out.length < limit; node = walker.nextNode() as Element | null) {
      const shadow = node.shadowRoot;
      if (shadow) {
        out.push(shadow);
        visit(shadow);
      }
    }
  };
  visit(scope);
  return out;
}

/** Like `$`, but also looks inside open shadow roots (a contact card that is a web component). */
export function $deep(scope: ParentNode | null | undefined, ...selectors: string[]): HTMLElement | null {
  if (!scope) return null;
  const direct = $(scope, ...selectors);
  if (direct) return direct;
  for (const shadow of openShadowRoots(scope)) {
    const found = $(shadow, ...selectors);
    if (found) return found;
  }
  return null;
}

/** Visible text with block breaks kept (innerText), whitespace tidied; undefined when empty. */
export function textOf(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  const raw = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : ((el as HTMLElement).innerText ?? el.textContent ?? '');
  return tidyText(raw) || undefined;
}

/** Runs of spaces as one space, blank lines dropped, trimmed. */
export function tidyText(raw: string): string {
  // Two passes with no overlapping quantifiers: a page's run of em spaces costs linear time.
  return raw.replace(/[^\S\n]+/g, ' ').replace(/ ?\n\s*/g, '\n').trim();
}

/** A person's display name from "Maria Lopez <maria@x.com>", "maria@x.com (Maria Lopez)" and the like. */
export function cleanName(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  // A display name is short; a page that puts a novel in the sender field gets no name.
  if (raw.length > 1000) return undefined;
  let s = raw.replace(/\s+/g, ' ').trim();
  const paren = /\(([^()@]+)\)/.exec(s);
  if (/^[^\s@]+@/.test(s) && paren) s = paren[1]!;
  s = s.replace(/<[^<>]*>/g, '').split(' ').filter((word) => !word.includes('@')).join(' ').replace(/[()"“”]/g, '').trim();
  // An e-mail address alone names nobody.
  if (!s || !/\p{L}/u.test(s) || s.length > 60) return undefined;
  return s;
}

/** A person's name, not a sentence, a date or a button. */
export function looksLikeName(text: string | undefined): string | undefined {
  const name = cleanName(text);
  if (!name || name.length > 40 || /\d|[.!?,;:]$|[!?;]/.test(name)) return undefined;
  const words = name.split(' ');
  if (words.length > 4 || !words.every((w) => /^[\p{Lu}][\p{L}'’.-]*$/u.test(w))) return undefined;
  return name;
}

/** Whether two display names are the same person ("Maria Lopez" and "Maria"). */
export function sameName(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const first = (s: string) => s.trim().split(/\s+/)[0]!.toLowerCase();
  return a.trim().toLowerCase() === b.trim().toLowerCase() || first(a) === first(b);
}

/** The page's top same-origin document, for editors inside iframes (Zoho Desk). */
export function pageDocument(doc: Document): Document {
  let current = doc;
  try {
    while (current.defaultView && current.defaultView.frameElement) current = current.defaultView.frameElement.ownerDocument;
  } catch {
    // A cross-origin parent: the frame's own document is all we can read.
  }
  return current;
}

/**
 * The element of `doc`'s own tree that holds `el`: `el` itself, or the shadow host or iframe it
 * sits in. Thread readers compare positions in the page with it.
 */
export function anchorIn(doc: Document, el: Element): Element {
  let current: Element = el;
  for (let i = 0; i < 20; i++) {
    const root = current.getRootNode();
    if (root instanceof ShadowRoot) {
      current = root.host;
      continue;
    }
    if (current.ownerDocument !== doc) {
      const frame = current.ownerDocument.defaultView?.frameElement;
      if (!frame) break;
      current = frame;
      continue;
    }
    break;
  }
  return current;
}

/**
 * Of `items` (in page order), the one nearest to the reply box: the last one above it, else the
 * first one below it (Help Scout and Zoho Desk can list the newest message first, above the box).
 */
export function nearestTo<T extends Element>(anchor: Element, items: readonly T[]): T | undefined {
  let before: T | undefined;
  for (const item of items) {
    if (item.contains(anchor)) continue;
    if (anchor.compareDocumentPosition(item) & Node.DOCUMENT_POSITION_PRECEDING) before = item;
    else return before ?? item;
  }
  return before;
}

const NOTE_LABEL = /\b(?:internal|private)\b|\bnote\b|\bcomment\b/i;

/** Whether a control's label names an internal note ("Internal note", "Note", "Private comment"). */
export function isNoteLabel(label: string | null | undefined): boolean {
  return !!label && NOTE_LABEL.test(label) && !/\bpublic\b/i.test(label);
}

/**
 * The mode from an ARIA switch near the editor (a selected tab, a pressed toggle, a checked
 * radio): climbs a few ancestors from the editor and reads the selected control's label.
 */
export function modeFromSwitch(editorRoot: HTMLElement, levels = 6): 'reply' | 'note' | undefined {
  let scope: HTMLElement | null = editorRoot.parentElement;
  // Only the composer's own switch: not a page-wide tab strip (ticket tabs, a "Notes" sidebar tab).
  for (let i = 0; i < levels && scope && scope !== scope.ownerDocument.body; i++, scope = scope.parentElement) {
    if ($$(scope, '[contenteditable="true"], textarea, iframe').length > 1) return undefined;
    const selected = $(scope, '[role="tab"][aria-selected="true"]', '[role="radio"][aria-checked="true"]', 'button[aria-pressed="true"]', '[role="switch"][aria-checked="true"]');
    if (selected) {
      return isNoteLabel(selected.getAttribute('aria-label') ?? textOf(selected)) ? 'note' : 'reply';
    }
  }
  return undefined;
}

const SEND_LABEL = /^(?:send|reply|send reply|send email|respond|submit)\b/i;

/**
 * The mode from the composer's own words: the box's label or placeholder ("Add an internal
 * note…"), else the composer's submit button ("Add note" vs "Send"), read from the nearest
 * ancestor that holds buttons but not another reply box.
 */
export function modeFromComposer(editorRoot: HTMLElement, levels = 5): 'reply' | 'note' | undefined {
  const own = editorRoot.getAttribute('aria-label') ?? editorRoot.getAttribute('placeholder') ?? editorRoot.getAttribute('data-placeholder');
  if (isNoteLabel(own)) return 'note';
  let scope: HTMLElement | null = editorRoot.parentElement;
  for (let i = 0; i < levels && scope && scope !== scope.ownerDocument.body; i++, scope = scope.parentElement) {
    const buttons = $$(scope, 'button, [role="button"], input[type="submit"]').filter((b) => !b.closest('[role="tablist"], [role="menu"]'));
    if (!buttons.length) continue;
    const editors = $$(scope, '[contenteditable="true"], textarea, iframe');
    if (editors.length > 1) return undefined;
    const labels = buttons.map((b) => b.getAttribute('aria-label') ?? textOf(b) ?? '');
    if (labels.some((l) => /^(?:add|save|post)\s+(?:internal\s+|private\s+)?(?:note|comment)\b/i.test(l))) return 'note';
    if (labels.some((l) => SEND_LABEL.test(l))) return 'reply';
  }
  return undefined;
}

/** The `sources` of a reading: only the fields that were found keep their description. */
export function found(sources: Partial<Record<TicketField, FieldSource | string | false | null | undefined | 0>>): Partial<Record<TicketField, FieldSource>> {
  const out: Partial<Record<TicketField, FieldSource>> = {};
  for (const [field, where] of Object.entries(sources)) if (where && typeof where === 'object') out[field as TicketField] = where;
  return out;
}
