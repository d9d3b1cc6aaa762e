/** Zendesk Agent Workspace (`*.zendesk.com/agent/*`): CKEditor 5 composer, tickets in tabs. */
import { $, cleanName, editableIn, isNoteLabel, textOf } from './dom.ts';
import { latestCustomerMessage } from './thread.ts';
import type { SiteAdapter } from './types.ts';

// Zendesk keeps background tickets' panes (and composers) mounted: only the active pane counts
// (HELPDESKS.md, pitfalls: `[data-is-active="true"]`).
const activePane = (doc: Document) => $(doc, '[data-is-active="true"]');

export const zendesk: SiteAdapter = {
  id: 'zendesk',
  label: 'Zendesk',
  hosts: [/(^|\.)zendesk\.com$/],
  activeEditor(doc) {
    return editableIn($(activePane(doc) ?? doc, '[data-test-id="omnicomposer-rich-text-ckeditor"]', '[data-test-id="omnicomposer-plain-text-ckeditor"]', '.ck-editor__editable'));
  },
  readTicket(doc, editorRoot) {
    // The focused editor's own pane, even if the active flag lags a tab switch.
    const pane = editorRoot.closest<HTMLElement>('[data-is-active]') ?? activePane(doc) ?? doc;
    const thread = latestCustomerMessage(pane, {
      messages: 'article[data-test-id="omni-log-comment-item"]',
      // Messages carry type="end-user" / "agent"; internal notes have a tag (HELPDESKS.md ?).
      fromCustomer: (m) => !!$(m, '[data-test-id="omni-log-item-message"][type="end-user"]') && !$(m, '[data-test-id="omni-log-internal-note-tag"]'),
      body: '[data-test-id="omni-log-item-message"]',
      sender: '[data-test-id="omni-log-item-sender"]',
    });
    const requester = $(pane, '[data-test-id="ticket-system-field-requester-select"]');
    // One composer serves public reply and internal note; the switcher button names the current one.
    const switcher = $(pane, '[data-test-id="omnichannel-channel-switcher-button"]');
    const channel = switcher ? switcher.getAttribute('aria-label') ?? textOf(switcher) : undefined;
    return {
      customerName: cleanName(textOf(requester)) ?? thread.name,
      customerMessage: thread.text,
      subject: textOf($(pane, 'input[data-test-id="omni-header-subject"]')),
      mode: isNoteLabel(channel) ? 'note' : 'reply',
    };
  },
};
