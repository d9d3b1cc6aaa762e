/**
 * Zendesk Agent Workspace (`*.zendesk.com/agent/*`): CKEditor 5 composer, tickets in tabs.
 * Every selector here is seen in working public integrations (HELPDESKS.md, "Second look").
 */
import { $, cleanName, found, isNoteLabel, textOf } from './dom.ts';
import { customerMessageNear } from './thread.ts';
import type { SiteAdapter } from './types.ts';

// Zendesk keeps background tickets' panes (and composers) mounted: only the active pane counts.
const ACTIVE_PANE = '.ticket-panes-grid-layout[data-is-active="true"], [data-is-active="true"]';

export const zendesk: SiteAdapter = {
  id: 'zendesk',
  hosts: ['*.zendesk.com'],
  readTicket(doc, editorRoot) {
    // The focused editor's own pane, even if the active flag lags a tab switch.
    const pane = editorRoot.closest<HTMLElement>('[data-is-active]') ?? $(doc, ACTIVE_PANE) ?? doc;
    const thread = customerMessageNear(pane, editorRoot, {
      messages: 'article[data-test-id="omni-log-comment-item"]',
      // The message element's type attribute says who wrote it; internal notes carry a tag.
      fromCustomer: (m) => !!$(m, '[data-test-id="omni-log-item-message"][type="end-user"]') && !$(m, '[data-test-id="omni-log-internal-note-tag"]'),
      body: ['[data-test-id="omni-log-item-message"]'],
      sender: '[data-test-id="omni-log-item-sender"]',
    });
    const requester = cleanName(textOf($(pane, '[data-test-id="ticket-system-field-requester-select"]')));
    // One composer serves public reply and internal note; the switcher names the current one.
    const switcher = $(pane, 'button[data-test-id="omnichannel-channel-switcher-button"]');
    const channel = switcher ? switcher.dataset.channel ?? switcher.getAttribute('aria-label') ?? textOf(switcher) : undefined;
    const subject = textOf($(pane, 'input[data-test-id="omni-header-subject"]'));
    return {
      customerName: requester ?? thread.name,
      customerMessage: thread.text,
      subject,
      mode: isNoteLabel(channel) ? 'note' : 'reply',
      sources: found({
        customerName: requester ? { kind: 'contact', site: 'Zendesk' } : thread.name && { kind: 'sender' },
        customerMessage: thread.text && { kind: 'thread', site: 'Zendesk' },
        subject: subject && { kind: 'subject', site: 'Zendesk' },
        mode: channel && { kind: 'composer', site: 'Zendesk' },
      }),
    };
  },
};
