/** Outlook on the web (work and personal hosts): a plain contenteditable message body. */
import { $, $$, cleanName, textOf } from './dom.ts';
import { quoteAuthor, splitQuote } from './quote.ts';
import type { SiteAdapter } from './types.ts';

export const outlook: SiteAdapter = {
  id: 'outlook',
  label: 'Outlook',
  hosts: [/^outlook\.(office|office365|live)\.com$/, /^outlook\.cloud\.microsoft$/],
  activeEditor(doc) {
    // The English aria-label (✔); other languages fall back to the editable textbox role.
    return $(doc, 'div[aria-label="Message body"][contenteditable="true"]', 'div[role="textbox"][contenteditable="true"]');
  },
  readTicket(doc, editorRoot) {
    // Replies carry the original below a "From: … Sent: …" header in #divRplyFwdMsg (Outlook's
    // own markup in sent mail); else the reading pane's message body, role="document" (✔).
    const header = $(editorRoot, '#divRplyFwdMsg, [id^="divRplyFwdMsg"]');
    let customerName = header ? quoteAuthor(textOf(header) ?? '') : undefined;
    let customerMessage: string | undefined;
    if (header) {
      const rest: string[] = [];
      for (let sib = header.nextElementSibling; sib; sib = sib.nextElementSibling) rest.push(textOf(sib) ?? '');
      customerMessage = rest.join('\n').trim() || splitQuote(textOf(header) ?? '').quoted;
    }
    const documents = $$(doc, 'div[role="document"]').filter((d) => !d.contains(editorRoot));
    const reading = documents[documents.length - 1];
    customerMessage ||= textOf(reading);
    // The sender's persona button is labelled with the name (guessed: ?).
    customerName ??= cleanName($(doc, '[data-testid="SenderPersona"]')?.getAttribute('aria-label') ?? textOf($(doc, '[data-testid="SenderPersona"]')));
    return {
      customerName: cleanName(customerName),
      customerMessage,
      subject: textOf($(doc, '[role="main"] [role="heading"][aria-level="2"]')),
      mode: 'reply',
    };
  },
};
