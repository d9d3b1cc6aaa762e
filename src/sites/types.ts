/** What a helpdesk adapter tells the coach about the page around a reply box. */

/** A public reply to the customer, or an internal note only colleagues read. */
export type ComposeMode = 'reply' | 'note';

/** The fields a reading can find; `sources` says where each one came from. */
export type TicketField = 'customerName' | 'customerMessage' | 'subject' | 'mode';

/** Where a field was read (the card words it in the agent's language: `source_<kind>`). */
export type SourceKind = 'contact' | 'field' | 'sender' | 'recipient' | 'thread' | 'quote' | 'greeting' | 'subject' | 'heading' | 'title' | 'composer' | 'no-notes' | 'correction';

export interface FieldSource {
  kind: SourceKind;
  /** The helpdesk's product name ("Zendesk"); none for the generic reading. */
  site?: string;
  /** A labelled field's label as the page shows it ("Requester"). */
  label?: string;
}

export interface TicketInfo {
  /** The customer's name as the helpdesk shows it ("Maria Lopez"). */
  customerName?: string;
  /** The customer's latest message in the thread (plain text). */
  customerMessage?: string;
  subject?: string;
  mode: ComposeMode;
  /**
   * Where each field that was found came from (Zendesk's requester field, the message above the
   * reply box, the agent's greeting). A field with no source was not found (`mode` without one
   * is the default, reply).
   */
  sources?: Partial<Record<TicketField, FieldSource>>;
}

export interface SiteAdapter {
  /** Short id, also the fixture's name (`zendesk`, `gmail`, `generic`). */
  readonly id: string;
  /**
   * The hosts it serves, as the host part of manifest match patterns (`*.zendesk.com`,
   * `desk.zoho.eu`); the manifest's content script matches each (checked by a unit test).
   */
  readonly hosts: readonly string[];
  /**
   * The ticket around `editorRoot` (which may sit in an iframe or a shadow root of `doc`'s page).
   * Reads only; every field is optional because selectors go stale: a missing one is undefined,
   * never an exception, and the generic reading fills it.
   */
  readTicket(doc: Document, editorRoot: HTMLElement): TicketInfo;
}
