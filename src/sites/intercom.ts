/** Intercom inbox (`app.intercom.com/a/inbox/*`, EU and AU regions): ProseMirror composer. */
import { $, cleanName, modeFromSwitch, textOf } from './dom.ts';
import { latestCustomerMessage } from './thread.ts';
import type { SiteAdapter } from './types.ts';

export const intercom: SiteAdapter = {
  id: 'intercom',
  label: 'Intercom',
  hosts: [/^app(\.eu|\.au)?\.intercom\.com$/],
  activeEditor(doc) {
    return $(doc, '[data-conversation-reply-composer] .ProseMirror[contenteditable="true"]');
  },
  readTicket(doc, editorRoot) {
    const thread = latestCustomerMessage(doc, {
      // Part groups: category 1 is the customer, 3 a teammate (HELPDESKS.md ?).
      messages: '[data-part-group-id]',
      fromCustomer: (m) => m.dataset.partGroupCategory === '1',
      body: '[data-part-body]',
    });
    return {
      customerName: cleanName(textOf($(doc, '[data-inbox-conversation-header-title]'))),
      customerMessage: thread.text,
      subject: undefined,
      // The composer's Reply / Note tabs (guessed from the product: ?).
      mode: modeFromSwitch(editorRoot) ?? 'reply',
    };
  },
};
