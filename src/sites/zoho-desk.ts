/** Zoho Desk (`desk.zoho.com/agent/*`, other regions): its own editor in a same-origin iframe. */
import { $, $$, cleanName, isNoteLabel, pageDocument, textOf } from './dom.ts';
import type { SiteAdapter } from './types.ts';

const EDITOR_FRAME = 'iframe.KB_Editor_iframe';

export const zohoDesk: SiteAdapter = {
  id: 'zoho-desk',
  label: 'Zoho Desk',
  hosts: [/^desk\.zoho\.(com|eu|in|com\.au|jp|com\.cn)$/],
  activeEditor(doc) {
    // The editor mounts after Reply, in `iframe.KB_Editor_iframe[name="deskEditor_New"]` (✔).
    const frame = $(doc, `${EDITOR_FRAME}[name="deskEditor_New"]`, EDITOR_FRAME) as HTMLIFrameElement | null;
    const body = frame?.contentDocument?.body;
    return body?.isContentEditable ? body : null;
  },
  readTicket(doc, editorRoot) {
    // The content script runs inside the editor's iframe: the ticket is in the page around it.
    const page = pageDocument(editorRoot.ownerDocument ?? doc);
    const frame = editorRoot.ownerDocument.defaultView?.frameElement as HTMLElement | null;
    // Thread and reply/comment labels are guesses (HELPDESKS.md ✗), on data attributes.
    const messages = $$(page, '[data-thread-id]').filter((m) => m.dataset.direction === 'in');
    const last = messages[messages.length - 1];
    const composer = frame?.closest<HTMLElement>('[data-composer]');
    return {
      customerName: cleanName(textOf($(page, '[data-id="contactName"]'))) ?? cleanName(textOf($(last, '[data-id="threadFrom"]'))),
      customerMessage: textOf($(last, '[data-id="threadContent"]')),
      subject: textOf($(page, '[data-id="ticketSubject"]')),
      // Zoho calls an internal note a private "Comment"; the composer says which it is.
      mode: isNoteLabel(composer?.dataset.composer) ? 'note' : 'reply',
    };
  },
};
