/**
 * Freshdesk (`*.freshdesk.com/a/tickets/*`). From a live account (HELPDESKS.md, "Second look"):
 * conversation items `.ticket-details__item`, the first one the ticket's description (the
 * requester's own message); bodies `[data-test-conversation="conversation-text"]` or
 * `.ticket_note`; author in `.conversation-header`. The contact's name is inside a web
 * component's shadow root (`fw-…contact-info`), the subject in another one, and `document.title`
 * holds it too. The Froala editor mounts after Reply or Add note.
 * Guessed (?): which later items are the customer's — those whose author is the contact.
 */
import { $, $$, $deep, anchorIn, cleanName, found, looksLikeName, modeFromComposer, nearestTo, openShadowRoots, sameName, textOf } from './dom.ts';
import type { SiteAdapter } from './types.ts';

const BODY = ['[data-test-conversation="conversation-text"]', '.ticket_note[data-note-id]', '.ticket_note'];

/** "Charged twice this month : Acme Support" → the subject (Freshdesk appends the portal's name). */
function subjectFromTitle(title: string): string | undefined {
  return title.replace(/\s+[:|–-]\s+[^:|–-]*$/, '').trim() || undefined;
}

/** The contact's name from the contact-info web component (its inner markup is not public: the first name-like text). */
function contactName(doc: Document): string | undefined {
  for (const shadow of openShadowRoots(doc)) {
    if (!/contact-info/i.test(shadow.host.tagName)) continue;
    for (const el of $$(shadow, '[data-test-id*="name"], [class*="name"], a, strong, b, h1, h2, h3, h4, span, div')) {
      if (el.childElementCount > 1) continue;
      const name = looksLikeName(textOf(el));
      if (name) return name;
    }
  }
  return undefined;
}

export const freshdesk: SiteAdapter = {
  id: 'freshdesk',
  hosts: ['*.freshdesk.com'],
  readTicket(doc, editorRoot) {
    const contact = contactName(doc);
    const items = $$(doc, '.ticket-details__item');
    const authorOf = (item: HTMLElement) => cleanName(textOf($(item, '.conversation-header [data-test-id="author-name"]', '.conversation-header a', '.conversation-header strong')));
    const fromCustomer = items.filter((item) => item.matches('[data-test-id="ticket-description"]') || !!$(item, '[data-test-id="ticket-description"]') || (contact !== undefined && sameName(authorOf(item), contact)));
    const latest = nearestTo(anchorIn(doc, editorRoot), fromCustomer);
    const message = textOf($(latest, ...BODY));
    const subject = textOf($deep(doc, '[data-test-id="ticket-subject"]')) ?? subjectFromTitle(doc.title);
    const mode = modeFromComposer(editorRoot);
    return {
      customerName: contact ?? (latest ? authorOf(latest) : undefined),
      customerMessage: message,
      subject,
      mode: mode ?? 'reply',
      sources: found({
        customerName: contact ? { kind: 'contact', site: 'Freshdesk' } : latest && authorOf(latest) && { kind: 'sender' },
        customerMessage: message && { kind: 'thread', site: 'Freshdesk' },
        subject: subject && { kind: 'title' },
        mode: mode && { kind: 'composer', site: 'Freshdesk' },
      }),
    };
  },
};
