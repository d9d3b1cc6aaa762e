/** Gmail (`mail.google.com`, not the `/mu/` basic view): a plain contenteditable reply box. */
import { $, $$, cleanName, textOf } from './dom.ts';
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
  label: 'Gmail',
  hosts: [/^mail\.google\.com$/],
  activeEditor(doc) {
    // aria-label is localized; g_editable is not (HELPDESKS.md ✔).
    return $(doc, 'div[role="textbox"][g_editable="true"]');
  },
  readTicket(doc) {
    const me = gmailAccount(doc.title);
    // Each message shows its sender as span.gD[email][name] and its body as div.a3s (✔); the
    // latest message not sent by the agent is the customer's.
    const senders = $$(doc, 'span.gD[email]').filter((s) => s.getAttribute('email')?.toLowerCase() !== me);
    const last = senders[senders.length - 1];
    // Walk up from the sender to the message that holds both the header and the body.
    let message: HTMLElement | null = last ?? null;
    while (message && !$(message, 'div.a3s')) message = message.parentElement;
    return {
      customerName: cleanName(last?.getAttribute('name') ?? textOf(last)),
      customerMessage: textOf($(message, 'div.a3s')),
      subject: textOf($(doc, 'h2.hP')) ?? textOf($(doc, 'input[name="subjectbox"]')),
      mode: 'reply',
    };
  },
};
