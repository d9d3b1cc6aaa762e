/** What a helpdesk adapter tells the coach about the page around a reply box. */

/** A public reply to the customer, or an internal note only colleagues read. */
export type ComposeMode = 'reply' | 'note';

export interface TicketInfo {
  /** The customer's name as the helpdesk shows it ("Maria Lopez"). */
  customerName?: string;
  /** The customer's latest message in the thread (plain text). */
  customerMessage?: string;
  subject?: string;
  mode: ComposeMode;
}

export interface SiteAdapter {
  /** Short id, also the fixture's name (`zendesk`, `gmail`, `generic`). */
  readonly id: string;
  /** What the agent calls it. */
  readonly label: string;
  /** Regexes matched against `location.hostname` of the top page (the manifest matches the same hosts). */
  readonly hosts: readonly RegExp[];
  /** The reply box the agent is working in on the visible ticket, if the page shows one. */
  activeEditor(doc: Document): HTMLElement | null;
  /**
   * The ticket around `editorRoot` (which may sit in an iframe of `doc`'s page). Reads only; every
   * field is optional because selectors go stale: a missing one is undefined, never an exception.
   */
  readTicket(doc: Document, editorRoot: HTMLElement): TicketInfo;
}
