/**
 * Intercom inbox (`app.intercom.com/a/inbox/*`, EU and AU regions): Intercom's own ProseMirror
 * composer (`[data-conversation-reply-composer] .ProseMirror`, `.embercom-prosemirror-composer-editor`);
 * header `[data-inbox-conversation-header-title]`; bodies `.interblocks-html`. The
 * `[data-part-group-id]` parts (category 1 the customer, 3 a teammate) are the older layout;
 * newer parts have no stable attributes and the generic reading carries them. Nothing public
 * shows the Reply / Note switch: ARIA and the composer's own words decide.
 */
import { $, cleanName, found, modeFromComposer, modeFromSwitch, textOf } from './dom.ts';
import { customerMessageNear } from './thread.ts';
import type { SiteAdapter } from './types.ts';

export const intercom: SiteAdapter = {
  id: 'intercom',
  hosts: ['app.intercom.com', 'app.eu.intercom.com', 'app.au.intercom.com'],
  readTicket(doc, editorRoot) {
    const thread = customerMessageNear(doc, editorRoot, {
      messages: '[data-part-group-id]',
      fromCustomer: (m) => m.dataset.partGroupCategory === '1',
      body: ['.interblocks-html'],
    });
    const name = cleanName(textOf($(doc, '[data-inbox-conversation-header-title]')));
    const mode = modeFromSwitch(editorRoot) ?? modeFromComposer(editorRoot);
    return {
      customerName: name,
      customerMessage: thread.text,
      mode: mode ?? 'reply',
      sources: found({
        customerName: name && { kind: 'contact', site: 'Intercom' },
        customerMessage: thread.text && { kind: 'thread', site: 'Intercom' },
        mode: mode && { kind: 'composer', site: 'Intercom' },
      }),
    };
  },
};
