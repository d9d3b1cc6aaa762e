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

/** The editable root inside (or at) `el`. */
export function editableIn(el: HTMLElement | null): HTMLElement | null {
  if (!el) return null;
  if (el.isContentEditable || el.tagName === 'TEXTAREA') return el;
  return $(el, '[contenteditable="true"]', 'textarea');
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
  for (let i = 0; i < levels && scope; i++, scope = scope.parentElement) {
    const selected = $(scope, '[role="tab"][aria-selected="true"]', '[role="radio"][aria-checked="true"]', 'button[aria-pressed="true"]', '[role="switch"][aria-checked="true"]');
    if (selected) {
      return isNoteLabel(selected.getAttribute('aria-label') ?? textOf(selected)) ? 'note' : 'reply';
    }
  }
  return undefined;
}

/** Runs a reader, turning any exception into undefined (a helpdesk changed its page). */
export function soft<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
