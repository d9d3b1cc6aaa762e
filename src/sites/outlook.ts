/**
 * Outlook on the web (work and personal hosts): compose body `[contenteditable=true][aria-multiline=true]`
 * inside `[role=main]` or `[data-app-section="Form_Content"]`; the read message's subject
 * `[aria-label="Reading Pane"] [role="heading"]`; the reading pane's body `div[role="document"]`.
 * The quoted history `#divRplyFwdMsg` is reliable only in sent mail, so it is read when present.
 */
import { $, $$, cleanName, found, textOf } from './dom.ts';
import { quoteAuthor, splitQuote } from './quote.ts';
import type { SiteAdapter } from './types.ts';

export const outlook: SiteAdapter = {
  id: 'outlook',
  hosts: ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'],
  readTicket(doc, editorRoot) {
    const header = $(editorRoot, '#divRplyFwdMsg, [id^="divRplyFwdMsg"]');
    let customerName = header ? cleanName(quoteAuthor(textOf(header) ?? '')) : undefined;
    let customerMessage: string | undefined;
    if (header) {
      const rest: string[] = [];
      for (let sib = header.nextElementSibling; sib; sib = sib.nextElementSibling) rest.push(textOf(sib) ?? '');
      customerMessage = rest.join('\n').trim() || splitQuote(textOf(header) ?? '').quoted;
    }
    const fromQuote = !!customerMessage;
    const documents = $$(doc, 'div[role="document"]').filter((d) => !d.contains(editorRoot));
    customerMessage ||= textOf(documents[documents.length - 1]);
    const subject = textOf($(doc, '[aria-label="Reading Pane"] [role="heading"]', '[role="main"] [role="heading"][aria-level="2"]'));
    customerName = cleanName(customerName);
    return {
      customerName,
      customerMessage,
      subject,
      mode: 'reply',
      sources: found({
        customerName: customerName && { kind: 'quote' },
        customerMessage: customerMessage && (fromQuote ? { kind: 'quote' } : { kind: 'thread', site: 'Outlook' }),
        subject: subject && { kind: 'subject', site: 'Outlook' },
        mode: { kind: 'no-notes', site: 'Outlook' },
      }),
    };
  },
};
