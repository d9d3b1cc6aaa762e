/**
 * Gmail (`mail.google.com`, not the `/mu/` basic view): a plain contenteditable reply box
 * `div[role="textbox"][g_editable="true"]`; the reply's recipient with its display name
 * `.M9 [name=to] [role=option][data-name]`; senders `span.gD[email][name]`, bodies `div.a3s`,
 * subject `h2.hP` or the compose `input[name=subjectbox]` (HELPDESKS.md ✔).
 */
import { $, $$, cleanName, found, textOf } from './dom.ts';
import type { SiteAdapter } from './types.ts';

/** The signed-in address: Gmail's title reads "Subject - agent@acme.com - Gmail". */
export function gmailAccount(title: string): string | undefined {
  // The page sets the title; split it rather than scan it with a pattern that can backtrack.
  const parts = title.slice(-1000).split(' - ');
  for (let i = parts.length - 2; i >= 1; i--) {
    const part = parts[i]!.trim();
    if (/^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/.test(part)) return part.toLowerCase();
  }
  return undefined;
}

export const gmail: SiteAdapter = {
  id: 'gmail',
  hosts: ['mail.google.com'],
  readTicket(doc, editorRoot) {
    const me = gmailAccount(doc.title);
    // The latest message not sent by the agent is the customer's.
    const senders = $$(doc, 'span.gD[email]').filter((s) => s.getAttribute('email')?.toLowerCase() !== me);
    const last = senders[senders.length - 1];
    // Walk up from the sender to the message that holds both the header and the body.
    let message: HTMLElement | null = last ?? null;
    while (message && !$(message, 'div.a3s')) message = message.parentElement;
    const composer = editorRoot.closest<HTMLElement>('.M9') ?? doc;
    const recipient = $(composer, '[name="to"] [role="option"][data-name]', '.M9 [name="to"] [role="option"][data-name]');
    const recipientName = cleanName(recipient?.dataset.name);
    const senderName = cleanName(last?.getAttribute('name') ?? textOf(last));
    const body = textOf($(message, 'div.a3s'));
    const subject = textOf($(doc, 'h2.hP')) ?? textOf($(doc, 'input[name="subjectbox"]'));
    return {
      customerName: recipientName ?? senderName,
      customerMessage: body,
      subject,
      mode: 'reply',
      sources: found({
        customerName: recipientName ? { kind: 'recipient' } : senderName && { kind: 'sender' },
        customerMessage: body && { kind: 'thread', site: 'Gmail' },
        subject: subject && { kind: 'subject', site: 'Gmail' },
        mode: { kind: 'no-notes', site: 'Gmail' },
      }),
    };
  },
};
