/**
 * HubSpot help desk (`app*.hubspot.com/help-desk/*`): Remirror (ProseMirror) composer
 * `.remirror-editor.ProseMirror`; app root `[data-application-name="svh-help-desk"]`, ticket name
 * `[data-test-id="ticket-header-name-link"]`, contact `[data-selenium-test="contact-chicklet-title-link"]`,
 * message bodies `[data-test-id="primary-message-body-content"]`, sender
 * `dt[data-message-metadata-type="from"]` (HELPDESKS.md, "Second look"). Guessed (?): a message
 * is the customer's when its sender is the contact; the Email / Comment switch is read from ARIA.
 */
import { $, $$, anchorIn, cleanName, found, modeFromComposer, modeFromSwitch, nearestTo, sameName, textOf } from './dom.ts';
import type { SiteAdapter } from './types.ts';

/** The message around a body: the nearest ancestor that also holds the sender. */
function messageOf(body: HTMLElement): HTMLElement {
  let el: HTMLElement = body;
  for (let i = 0; i < 6 && el.parentElement; i++) {
    el = el.parentElement;
    if ($(el, 'dt[data-message-metadata-type="from"]')) return el;
  }
  return body;
}

function senderOf(message: HTMLElement): string | undefined {
  const dt = $(message, 'dt[data-message-metadata-type="from"]');
  // The name in the dt itself, or a "From" dt followed by the name in its dd.
  const own = cleanName(textOf(dt)?.replace(/^from:?\s*/i, ''));
  const dd = dt?.nextElementSibling;
  return own ?? (dd?.tagName === 'DD' ? cleanName(textOf(dd)) : undefined);
}

export const hubspot: SiteAdapter = {
  id: 'hubspot',
  hosts: ['app.hubspot.com', 'app-eu1.hubspot.com', 'app-na2.hubspot.com', 'app-ap1.hubspot.com'],
  readTicket(doc, editorRoot) {
    const root = $(doc, '[data-application-name="svh-help-desk"]') ?? doc;
    const contact = cleanName(textOf($(root, '[data-selenium-test="contact-chicklet-title-link"]')));
    const messages = $$(root, '[data-test-id="primary-message-body-content"]').map(messageOf);
    const fromCustomer = contact ? messages.filter((m) => sameName(senderOf(m), contact)) : [];
    const latest = nearestTo(anchorIn(doc, editorRoot), fromCustomer);
    const message = textOf($(latest, '[data-test-id="primary-message-body-content"]'));
    const subject = textOf($(root, '[data-test-id="ticket-header-name-link"]'));
    const mode = modeFromSwitch(editorRoot) ?? modeFromComposer(editorRoot);
    return {
      customerName: contact,
      customerMessage: message,
      subject,
      mode: mode ?? 'reply',
      sources: found({
        customerName: contact && { kind: 'contact', site: 'HubSpot' },
        customerMessage: message && { kind: 'thread', site: 'HubSpot' },
        subject: subject && { kind: 'subject', site: 'HubSpot' },
        mode: mode && { kind: 'composer', site: 'HubSpot' },
      }),
    };
  },
};
