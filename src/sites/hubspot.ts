/** HubSpot help desk (`app.hubspot.com/help-desk/*`, EU host): Remirror (ProseMirror) composer. */
import { $, $$, cleanName, modeFromSwitch, textOf } from './dom.ts';
import type { SiteAdapter } from './types.ts';

export const hubspot: SiteAdapter = {
  id: 'hubspot',
  label: 'HubSpot',
  hosts: [/^app(-eu1)?\.hubspot\.com$/],
  activeEditor(doc) {
    return $(doc, '.remirror-editor.ProseMirror[contenteditable="true"]');
  },
  readTicket(doc, editorRoot) {
    // Thread and contact are not publicly known (HELPDESKS.md ✗); HubSpot tags elements with
    // data-test-id, so the guesses follow that convention.
    const messages = $$(doc, '[data-test-id="thread-message"]').filter((m) => m.dataset.direction === 'incoming');
    const last = messages[messages.length - 1];
    return {
      customerName: cleanName(textOf($(doc, '[data-test-id="contact-name"]'))) ?? cleanName(textOf($(last, '[data-test-id="message-sender"]'))),
      customerMessage: textOf($(last, '[data-test-id="message-body"]')),
      subject: textOf($(doc, '[data-test-id="ticket-subject"]')),
      // The composer's Email / Comment tabs (guess: ARIA tabs).
      mode: modeFromSwitch(editorRoot) ?? 'reply',
    };
  },
};
