/** Freshdesk (`*.freshdesk.com/a/tickets/*`): Froala editor, mounted after Reply or Add note. */
import { $, cleanName, editableIn, isNoteLabel, textOf } from './dom.ts';
import { latestCustomerMessage } from './thread.ts';
import type { SiteAdapter } from './types.ts';

export const freshdesk: SiteAdapter = {
  id: 'freshdesk',
  label: 'Freshdesk',
  hosts: [/(^|\.)freshdesk\.com$/],
  activeEditor(doc) {
    // Mounted only after `ticket-action-reply` is clicked (HELPDESKS.md): null until then.
    return editableIn($(doc, 'div.fr-element.fr-view[contenteditable="true"]'));
  },
  readTicket(doc, editorRoot) {
    const thread = latestCustomerMessage(doc, {
      // The description is the first customer message; later ones are conversation items (?).
      messages: '.ticket-description, [data-test-id="conversation-item"]',
      fromCustomer: (m) => m.classList.contains('ticket-description') || m.dataset.userType === 'customer',
      body: '.text__content',
      sender: '[data-test-id="conversation-sender"]',
    });
    // Reply and note are separate composers; each is headed by what it sends (guessed: ?).
    const composer = editorRoot.closest<HTMLElement>('[data-test-id="reply-editor"], [data-test-id="note-editor"], form');
    const label = composer?.dataset.testId === 'note-editor' ? 'note' : textOf($(composer, '[data-test-id="editor-title"]'));
    return {
      customerName: cleanName(textOf($(doc, '[data-test-id="requester-name"]'))) ?? thread.name,
      customerMessage: thread.text,
      subject: textOf($(doc, '.ticket-subject-heading')),
      mode: isNoteLabel(label) ? 'note' : 'reply',
    };
  },
};
