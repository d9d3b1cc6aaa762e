/**
 * Gorgias (`*.gorgias.com/app/*`). Nothing about its page is publicly documented (HELPDESKS.md ✗):
 * the selectors are guesses on ARIA roles and `data-*`, and the generic reading fills the gaps.
 */
import { $, $$, cleanName, modeFromSwitch, textOf } from './dom.ts';
import type { SiteAdapter } from './types.ts';

export const gorgias: SiteAdapter = {
  id: 'gorgias',
  label: 'Gorgias',
  hosts: [/(^|\.)gorgias\.com$/],
  activeEditor(doc) {
    return $(doc, '[data-ticket-reply] [contenteditable="true"]', '[role="textbox"][contenteditable="true"]');
  },
  readTicket(doc, editorRoot) {
    // Guess: ticket messages with data-from-agent="false" are the customer's.
    const messages = $$(doc, '[data-ticket-message]').filter((m) => m.dataset.fromAgent === 'false' && m.dataset.internal !== 'true');
    const last = messages[messages.length - 1];
    return {
      customerName: cleanName(textOf($(doc, '[data-customer-name]'))) ?? cleanName(textOf($(last, '[data-sender]'))),
      customerMessage: textOf($(last, '[data-message-body]')),
      subject: textOf($(doc, '[data-ticket-subject]')),
      // Gorgias switches the composer between a reply channel and an internal note (guess: ARIA).
      mode: modeFromSwitch(editorRoot) ?? 'reply',
    };
  },
};
