/**
 * The helpdesk adapters, one per file, and the choice between them by the top page's host name;
 * any other page gets the generic reading.
 */
import { freshdesk } from './freshdesk.ts';
import { front } from './front.ts';
import { generic, readFromReplyBox } from './generic.ts';
import { gmail } from './gmail.ts';
import { gorgias } from './gorgias.ts';
import { helpscout } from './helpscout.ts';
import { hubspot } from './hubspot.ts';
import { intercom } from './intercom.ts';
import { outlook } from './outlook.ts';
import type { SiteAdapter, TicketInfo } from './types.ts';
import { zendesk } from './zendesk.ts';
import { zohoDesk } from './zoho-desk.ts';

export type { ComposeMode, SiteAdapter, TicketInfo } from './types.ts';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [zendesk, freshdesk, intercom, helpscout, front, gmail, outlook, hubspot, zohoDesk, gorgias];

export function adapterForHost(hostname: string): SiteAdapter {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return SITE_ADAPTERS.find((a) => a.hosts.some((h) => h.test(host))) ?? generic;
}

/**
 * The ticket around a reply box: the site adapter's reading, with what it missed filled from the
 * reply box itself (greeting, quote). Never throws: a broken adapter gives the generic reading.
 */
export function readTicket(adapter: SiteAdapter, doc: Document, editorRoot: HTMLElement): TicketInfo {
  let site: TicketInfo | undefined;
  try {
    site = adapter.readTicket(doc, editorRoot);
  } catch {
    site = undefined;
  }
  let box: Omit<TicketInfo, 'mode'> = {};
  if (!site?.customerName || !site.customerMessage) {
    try {
      box = readFromReplyBox(editorRoot);
    } catch {
      box = {};
    }
  }
  return {
    customerName: site?.customerName || box.customerName,
    customerMessage: site?.customerMessage || box.customerMessage,
    subject: site?.subject,
    mode: site?.mode ?? 'reply',
  };
}

export { generic };
