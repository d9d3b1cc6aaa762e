/**
 * Gorgias (`*.gorgias.com/app/*`), from its public helpdesk source (HELPDESKS.md, "Second look"):
 * the reply editor is Draft.js inside `.rich-textarea-wrapper`, which gains `is-internal-note`
 * when the message is not public; messages `div.ticket-message[data-testid^="ticket-message-"]`
 * with class `internal` on notes, body `.message-content`; subject in `#TicketHeader` (an input
 * with placeholder "Subject"). Which messages are the customer's and where the customer's name
 * sits are not public: the message's own markers and the generic reading decide.
 */
import { $, $$, anchorIn, found, nearestTo, textOf } from './dom.ts';
import type { SiteAdapter } from './types.ts';

/** An agent's message as the generic reading recognises one (a class or data marker). */
const fromAgent = (m: HTMLElement) => /\b(?:from-agent|agent|outbound|is-agent)\b/i.test(`${m.className} ${m.dataset.fromAgent === 'true' ? 'agent' : ''}`);

export const gorgias: SiteAdapter = {
  id: 'gorgias',
  hosts: ['*.gorgias.com'],
  readTicket(doc, editorRoot) {
    const wrapper = editorRoot.closest<HTMLElement>('.rich-textarea-wrapper');
    const messages = $$(doc, 'div.ticket-message[data-testid^="ticket-message-"]').filter((m) => !m.classList.contains('internal') && !fromAgent(m));
    const latest = nearestTo(anchorIn(doc, editorRoot), messages);
    const message = textOf($(latest, '.message-content'));
    const subject = textOf($(doc, '#TicketHeader input[placeholder="Subject"]', '#TicketHeader input'));
    return {
      customerMessage: message,
      subject,
      mode: wrapper?.classList.contains('is-internal-note') ? 'note' : 'reply',
      sources: found({
        customerMessage: message && { kind: 'thread', site: 'Gorgias' },
        subject: subject && { kind: 'subject', site: 'Gorgias' },
        mode: wrapper && { kind: 'composer', site: 'Gorgias' },
      }),
    };
  },
};
