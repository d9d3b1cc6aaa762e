/**
 * Zoho Desk (`desk.zoho.com/agent/…` and every regional host): its own editor (Squire) in a same-origin
 * iframe `iframe.KB_Editor_iframe[name="deskEditor_New"]`. E-mail reply editors sit inside
 * `.zd_v2-replyeditor-wrapper` (or `…-detailwrapper`) and the comment (internal note) editor
 * outside them: that is how reply and note differ. Subject `h1[data-id="caseSubjectText"]`,
 * ticket view `.zd_v2-ticketdetailview-container`, thread bodies `[data-id="threadContent"]`
 * (HELPDESKS.md, "Second look"). Which thread is the customer's and where the contact's name
 * sits are not public: the generic reading decides those.
 */
import { $, $$, anchorIn, found, nearestTo, pageDocument, textOf } from './dom.ts';
import { sideOf } from './generic.ts';
import type { SiteAdapter } from './types.ts';

const REPLY_WRAPPER = '.zd_v2-replyeditor-wrapper, .zd_v2-replyeditor-detailwrapper, [class*="zd_v2-replyeditor"]';

export const zohoDesk: SiteAdapter = {
  id: 'zoho-desk',
  hosts: ['desk.zoho.com', 'desk.zoho.eu', 'desk.zoho.in', 'desk.zoho.com.au', 'desk.zoho.jp', 'desk.zoho.com.cn', 'desk.zohocloud.ca', 'desk.zoho.sa'],
  readTicket(doc, editorRoot) {
    // The content script runs inside the editor's iframe: the ticket is in the page around it.
    const page = pageDocument(editorRoot.ownerDocument ?? doc);
    const frame = editorRoot.ownerDocument.defaultView?.frameElement as HTMLElement | null;
    const host = frame ?? editorRoot;
    const view = host.closest<HTMLElement>('.zd_v2-ticketdetailview-container') ?? $(page, '.zd_v2-ticketdetailview-container') ?? page;
    const subject = textOf($(view, 'h1[data-id="caseSubjectText"]'));
    // The nearest thread that no marker calls the agent's (Zoho lists the newest first).
    const bodies = $$(view, '[data-id="threadContent"]').filter((b) => sideOf(b, view instanceof Element ? view : null) !== 'agent');
    const message = textOf(nearestTo(anchorIn(page, editorRoot), bodies));
    const inReply = !!host.closest(REPLY_WRAPPER);
    // A Zoho editor outside every reply wrapper is the comment (note) editor.
    const isZohoEditor = !!frame?.matches('iframe.KB_Editor_iframe');
    return {
      customerMessage: message,
      subject,
      mode: isZohoEditor && !inReply ? 'note' : 'reply',
      sources: found({
        customerMessage: message && { kind: 'thread', site: 'Zoho Desk' },
        subject: subject && { kind: 'subject', site: 'Zoho Desk' },
        mode: isZohoEditor && (inReply ? { kind: 'composer', site: 'Zoho Desk' } : { kind: 'composer', site: 'Zoho Desk' }),
      }),
    };
  },
};
