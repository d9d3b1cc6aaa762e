/**
 * The helpdesk adapters, one per file, and the choice between them by the top page's host name;
 * any other page gets the generic reading, and every adapter's gaps are filled by it.
 */
import { freshdesk } from './freshdesk.ts';
import { front } from './front.ts';
import { generic, readGeneric } from './generic.ts';
import { gmail } from './gmail.ts';
import { gorgias } from './gorgias.ts';
import { helpscout } from './helpscout.ts';
import { hubspot } from './hubspot.ts';
import { intercom } from './intercom.ts';
import { outlook } from './outlook.ts';
import type { SiteAdapter, TicketField, TicketInfo } from './types.ts';
import { zendesk } from './zendesk.ts';
import { zohoDesk } from './zoho-desk.ts';

export type { ComposeMode, SiteAdapter, TicketField, TicketInfo } from './types.ts';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [zendesk, freshdesk, intercom, helpscout, front, gmail, outlook, hubspot, zohoDesk, gorgias];

/** Whether `host` is covered by the host part of a match pattern (`*.zendesk.com`, `desk.zoho.eu`). */
export function hostMatches(pattern: string, host: string): boolean {
  if (pattern.startsWith('*.')) {
    const base = pattern.slice(2);
    return host === base || host.endsWith(`.${base}`);
  }
  return host === pattern;
}

export function adapterForHost(hostname: string): SiteAdapter {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return SITE_ADAPTERS.find((a) => a.hosts.some((h) => hostMatches(h, host))) ?? generic;
}

const FIELDS: readonly Exclude<TicketField, 'mode'>[] = ['customerName', 'customerMessage', 'subject'];

/**
 * The ticket around a reply box: the site adapter's reading, with what it missed filled by the
 * generic reading. Never throws: a broken adapter gives the generic reading.
 */
export function readTicket(adapter: SiteAdapter, doc: Document, editorRoot: HTMLElement): TicketInfo {
  let site: TicketInfo | undefined;
  try {
    site = adapter.readTicket(doc, editorRoot);
  } catch {
    site = undefined;
  }
  const sources = { ...site?.sources };
  const out: TicketInfo = { customerName: site?.customerName || undefined, customerMessage: site?.customerMessage || undefined, subject: site?.subject || undefined, mode: site?.mode ?? 'reply', sources };
  const missing = FIELDS.filter((f) => !out[f]);
  if (adapter === generic || (!missing.length && sources.mode)) return out;
  let general: TicketInfo | undefined;
  try {
    general = readGeneric(doc, editorRoot);
  } catch {
    general = undefined;
  }
  if (!general) return out;
  for (const field of missing) {
    if (!general[field]) continue;
    out[field] = general[field];
    if (general.sources?.[field]) sources[field] = general.sources[field];
  }
  if (!sources.mode && general.sources?.mode) {
    out.mode = general.mode;
    sources.mode = general.sources.mode;
  }
  return out;
}

export { generic };
