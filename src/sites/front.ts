/**
 * Front (`app.frontapp.com`). Nothing about its page is publicly documented (HELPDESKS.md ✗): every
 * selector here is a guess built on ARIA roles, and the generic reading fills what they miss.
 */
import { $, $$, cleanName, modeFromSwitch, textOf } from './dom.ts';
import type { SiteAdapter } from './types.ts';

export const front: SiteAdapter = {
  id: 'front',
  label: 'Front',
  hosts: [/^app\.frontapp\.com$/, /^app\.front\.com$/],
  activeEditor(doc) {
    return $(doc, '[role="main"] [role="textbox"][contenteditable="true"]', '[contenteditable="true"]');
  },
  readTicket(doc, editorRoot) {
    // Guess: messages are ARIA articles labelled with the sender; the team's own carry data-outbound.
    const inbound = $$(doc, '[role="article"], article').filter((m) => !m.contains(editorRoot) && m.dataset.outbound !== 'true' && !m.closest('[data-comment]'));
    const last = inbound[inbound.length - 1];
    return {
      customerName: cleanName(last?.getAttribute('aria-label')?.replace(/^(?:message )?from\s+/i, '')),
      customerMessage: textOf($(last, '[data-message-body]') ?? last),
      subject: textOf($(doc, '[role="main"] h1')),
      // Front's internal discussion is a "Comment" composer beside the reply (guess: an ARIA tab).
      mode: modeFromSwitch(editorRoot) ?? 'reply',
    };
  },
};
