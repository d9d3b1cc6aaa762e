/**
 * Help Scout (`secure.helpscout.net`): Slate editor at `[data-cy="ConvoEditor"]`; thread
 * `ol[data-testid="ThreadContainer"] › li.ThreadListItem` (customer items `.is-customer`, notes
 * `.is-note`), body `.is-ignoring-table`; customer name `[data-cy="Sidebar.CustomerName"]`;
 * subject `[aria-label="Conversation Subject"]` (2026) or `[data-cy="EditableTextarea"]` (2024).
 * The thread lists the newest item first by default, so the nearest item to the box is read.
 */
import { $, cleanName, found, isNoteLabel, modeFromComposer, modeFromSwitch, textOf } from './dom.ts';
import { customerMessageNear } from './thread.ts';
import type { SiteAdapter } from './types.ts';

export const helpscout: SiteAdapter = {
  id: 'helpscout',
  hosts: ['secure.helpscout.net'],
  readTicket(doc, editorRoot) {
    const thread = customerMessageNear(doc, editorRoot, {
      messages: '[data-testid="ThreadContainer"] li.ThreadListItem',
      fromCustomer: (m) => m.classList.contains('is-customer') && !m.classList.contains('is-note'),
      body: ['.is-ignoring-table'],
    });
    const name = cleanName(textOf($(doc, '[data-cy="Sidebar.CustomerName"]')));
    const subject = textOf($(doc, '[aria-label="Conversation Subject"]', '[data-cy="EditableTextarea"]'));
    // The editor's own type if the page says it (?), else the ARIA switch or the composer's button.
    const kind = editorRoot.closest<HTMLElement>('[data-cy="ConvoEditor"]')?.dataset.editorType;
    const mode = kind ? (isNoteLabel(kind) ? 'note' : 'reply') : modeFromSwitch(editorRoot) ?? modeFromComposer(editorRoot);
    return {
      customerName: name,
      customerMessage: thread.text,
      subject,
      mode: mode ?? 'reply',
      sources: found({
        customerName: name && { kind: 'contact', site: 'Help Scout' },
        customerMessage: thread.text && { kind: 'thread', site: 'Help Scout' },
        subject: subject && { kind: 'subject', site: 'Help Scout' },
        mode: mode && { kind: 'composer', site: 'Help Scout' },
      }),
    };
  },
};
