/**
 * The ticket around each coached reply box, from the site adapter (src/sites): read on the box's
 * first analysis, read again when the page around it changes (a new message, the reply/note switch,
 * another ticket), and used to personalize the suggestions. Internal notes are not coached for tone
 * unless the agent turns it on for that note.
 */
import { adapterForHost, readTicket, type SiteAdapter, type TicketInfo } from '../sites/index.ts';
import { pageDocument } from '../sites/dom.ts';
import { siteOf } from './site.ts';

/** What the overlay shows about the ticket for one reply box. */
export interface TicketView {
  /** What of the ticket the suggestions used ("Maria", "blender"). */
  context: string[];
  mode: TicketInfo['mode'];
  /** For a note: whether the agent asked to coach it anyway. */
  noteCoached: boolean;
  /** What was read (or corrected by the agent), and where each field came from. */
  ticket: TicketInfo;
  /** The agent corrected the name or message for this box. */
  corrected: boolean;
}

/** The agent's own name and message for a ticket, when the page was read wrong. */
export interface TicketCorrection {
  customerName?: string;
  customerMessage?: string;
}

interface BoxState {
  /** As read from the page. */
  read: TicketInfo;
  /** As used: the reading with the agent's correction over it. */
  ticket: TicketInfo;
  key: string;
  /** The agent's correction, for the ticket it was made on. */
  correction?: TicketCorrection;
  noteCoached: boolean;
}

/** The reading with the agent's correction over it; corrected fields say so. */
function corrected(read: TicketInfo, correction: TicketCorrection | undefined): TicketInfo {
  if (!correction) return read;
  const sources = { ...read.sources };
  const out: TicketInfo = { ...read, sources };
  for (const field of ['customerName', 'customerMessage'] as const) {
    const value = correction[field]?.trim();
    if (value === undefined || value === (read[field] ?? '')) continue;
    out[field] = value || undefined;
    if (value) sources[field] = { kind: 'correction' };
    else delete sources[field];
  }
  return out;
}

/** The ticket around a box as the analysis needs it. */
export interface BoxTicket {
  ticket: TicketInfo;
  /** An internal note the agent did not ask to coach: tone findings there are noise (issue #4). */
  quiet: boolean;
}

export interface TicketContext {
  /** The ticket around `root`, read on first use and kept current. */
  of(root: HTMLElement): BoxTicket;
  /** What the overlay shows about the ticket (`context`: what the suggestions used). */
  view(root: HTMLElement, context: string[]): TicketView | null;
  /** Turns tone coaching on or off for the note being written in `root`. */
  toggleNote(root: HTMLElement): void;
  /** The agent's name and message for the ticket around `root` (undefined: back to the page's). */
  correct(root: HTMLElement, correction: TicketCorrection | undefined): void;
}

const RESCAN_MS = 300;
const ticketKey = (t: TicketInfo) => `${t.mode}\u0000${t.customerName ?? ''}\u0000${t.customerMessage ?? ''}\u0000${t.subject ?? ''}`;

/**
 * `changed(root)` is called when a box's ticket changed and its report must be recomputed.
 * Everything stops when `signal` aborts.
 */
export function createTicketContext(doc: Document, changed: (root: HTMLElement) => void, signal: AbortSignal): TicketContext {
  const adapter: SiteAdapter = adapterForHost(hostnameOf(siteOf(doc.defaultView ?? window)));
  const boxes = new Map<HTMLElement, BoxState>();
  // The thread lives in the page around an iframe editor (Zoho Desk): watch that document.
  const page = pageDocument(doc);
  let timer: ReturnType<typeof setTimeout> | null = null;

  const read = (root: HTMLElement): TicketInfo => readTicket(adapter, page, root);

  const rescan = () => {
    timer = null;
    for (const [root, state] of boxes) {
      if (!root.isConnected) {
        boxes.delete(root);
        continue;
      }
      const ticket = read(root);
      const key = ticketKey(ticket);
      if (key === state.key) continue;
      // A different customer or thread is a different note: its coaching choice starts over.
      if (ticket.mode !== 'note' || ticket.customerName !== state.read.customerName) state.noteCoached = false;
      // The agent's correction was for the customer shown then, not for another ticket.
      if (ticket.customerName !== state.read.customerName || ticket.subject !== state.read.subject) state.correction = undefined;
      state.read = ticket;
      state.ticket = corrected(ticket, state.correction);
      state.key = key;
      changed(root);
    }
  };

  const observer = new MutationObserver((records) => {
    if (timer !== null || boxes.size === 0) return;
    for (const record of records) {
      const target = record.target;
      // Typing in a reply box, and our own overlay, are not changes to the ticket.
      if (inAnyBox(target) || (target instanceof Element ? target : target.parentElement)?.closest('tact-overlay')) continue;
      // Classes change all the time (hover, focus); only a box's own wrappers say reply or note
      // with one (Gorgias: .rich-textarea-wrapper.is-internal-note).
      if (record.attributeName === 'class' && !wrapsABox(target)) continue;
      timer = setTimeout(rescan, RESCAN_MS);
      return;
    }
  });
  const wrapsABox = (node: Node) => {
    for (const root of boxes.keys()) if (node.contains(root) || node.contains(root.ownerDocument.defaultView?.frameElement ?? null)) return true;
    return false;
  };
  const inAnyBox = (node: Node) => {
    for (const root of boxes.keys()) if (root.contains(node)) return true;
    return false;
  };
  const observed = page.documentElement;
  observer.observe(observed, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-selected', 'aria-pressed', 'aria-checked', 'data-is-active', 'data-channel', 'class', 'hidden', 'value'] });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== null) clearTimeout(timer);
    boxes.clear();
  }, { once: true });

  const stateOf = (root: HTMLElement): BoxState => {
    let state = boxes.get(root);
    if (!state) {
      const ticket = read(root);
      state = { read: ticket, ticket, key: ticketKey(ticket), noteCoached: false };
      boxes.set(root, state);
    }
    return state;
  };

  return {
    of(root) {
      const state = stateOf(root);
      return { ticket: state.ticket, quiet: state.ticket.mode === 'note' && !state.noteCoached };
    },
    view(root, context) {
      const state = boxes.get(root);
      if (!state) return null;
      return { context, mode: state.ticket.mode, noteCoached: state.noteCoached, ticket: state.ticket, corrected: !!state.correction };
    },
    toggleNote(root) {
      const state = boxes.get(root);
      if (!state || state.ticket.mode !== 'note') return;
      state.noteCoached = !state.noteCoached;
      changed(root);
    },
    correct(root, correction) {
      const state = boxes.get(root);
      if (!state) return;
      state.correction = correction;
      state.ticket = corrected(state.read, correction);
      changed(root);
    },
  };
}

function hostnameOf(host: string): string {
  return host.replace(/:\d+$/, '');
}
