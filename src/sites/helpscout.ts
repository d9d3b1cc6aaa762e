/** Help Scout (`secure.helpscout.net`): Slate editor, mounted after Reply or Note. */
import { $, cleanName, isNoteLabel, modeFromSwitch, textOf } from './dom.ts';
import { latestCustomerMessage } from './thread.ts';
import type { SiteAdapter } from './types.ts';

export const helpscout: SiteAdapter = {
  id: 'helpscout',
  label: 'Help Scout',
  hosts: [/^secure\.helpscout\.net$/],
  activeEditor(doc) {
    return $(doc, '[data-cy="ConvoEditor"] [data-slate-editor="true"]', '[data-slate-editor="true"]');
  },
  readTicket(doc, editorRoot) {
    const thread = latestCustomerMessage($(doc, '[data-testid="ThreadContainer"]') ?? doc, {
      // Thread items: `.is-customer` marks the customer's (HELPDESKS.md ✔); author line guessed (?).
      messages: '[data-testid="ThreadContainer"] > *',
      fromCustomer: (m) => m.classList.contains('is-customer'),
      body: '[data-cy="ThreadBody"]',
      sender: '[data-cy="ThreadAuthor"]',
      // Help Scout shows the newest thread item at the top.
      newestFirst: true,
    });
    // The editor's header says "Reply" or "Note" (guessed: ?); else an ARIA switch near it.
    const editor = editorRoot.closest<HTMLElement>('[data-cy="ConvoEditor"]');
    const kind = editor?.dataset.editorType;
    return {
      customerName: cleanName(textOf($(doc, '[data-cy="CustomerName"]'))) ?? thread.name,
      customerMessage: thread.text,
      subject: textOf($(doc, '[data-cy="EditableTextarea"]')),
      mode: kind ? (isNoteLabel(kind) ? 'note' : 'reply') : modeFromSwitch(editorRoot) ?? 'reply',
    };
  },
};
