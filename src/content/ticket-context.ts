/**
 * The ticket around each coached reply box, from the site adapter (src/sites): read on the box's
 * first analysis, read again when the page around it changes (a new message, the reply/note switch,
 * another ticket), and used to personalize the suggestions. Internal notes are not coached for tone
 * unless the agent turns it on for that note.
 */
import { analyze } from '../analysis/index.ts';
import type { Report } from '../analysis/types.ts';
import { personalize, type Addition } from '../rewrite/index.ts';
import { adapterForHost, readTicket, type SiteAdapter, type TicketInfo } from '../sites/index.ts';
import { pageDocument } from '../sites/dom.ts';
import { splitQuote } from '../sites/quote.ts';
import { siteOf } from './site.ts';
import { analysisConfig, rewriteStyle } from './team-settings.ts';

/** What the overlay shows about the ticket for one reply box. */
export interface TicketView {
  /** What of the ticket the suggestions used ("Maria", "blender"). */
  context: string[];
  mode: TicketInfo['mode'];
  /** For a note: whether the agent asked to coach it anyway. */
  noteCoached: boolean;
}

interface BoxState {
  ticket: TicketInfo;
  key: string;
  context: string[];
  /** Sentences to add for the signals the last analysed reply lacks. */
  additions: Addition[];
  noteCoached: boolean;
}

export interface TicketContext {
  /** The report for a reply box's text, with the ticket's context and personalized suggestions. */
  analyze(text: string, root: HTMLElement): Report;
  view(root: HTMLElement): TicketView | null;
  /** Sentences to add for the signals missing from the reply last analysed in `root`. */
  additions(root: HTMLElement): Addition[];
  /** Turns tone coaching on or off for the note being written in `root`. */
  toggleNote(root: HTMLElement): void;
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
      if (ticket.mode !== 'note' || ticket.customerName !== state.ticket.customerName) state.noteCoached = false;
      state.ticket = ticket;
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
      timer = setTimeout(rescan, RESCAN_MS);
      return;
    }
  });
  const inAnyBox = (node: Node) => {
    for (const root of boxes.keys()) if (root.contains(node)) return true;
    return false;
  };
  const observed = page.documentElement;
  observer.observe(observed, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-selected', 'aria-pressed', 'aria-checked', 'data-is-active', 'data-editor-type', 'hidden', 'value'] });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== null) clearTimeout(timer);
    boxes.clear();
  }, { once: true });

  const stateOf = (root: HTMLElement): BoxState => {
    let state = boxes.get(root);
    if (!state) {
      const ticket = read(root);
      state = { ticket, key: ticketKey(ticket), context: [], additions: [], noteCoached: false };
      boxes.set(root, state);
    }
    return state;
  };

  return {
    analyze(text, root) {
      const state = stateOf(root);
      const { customerName, customerMessage, subject, mode } = state.ticket;
      // A quoted message below the reply ("On … wrote:") is the customer's words, not the agent's
      // tone: only the reply above it is coached (offsets hold, it is a prefix of the text).
      const reply = splitQuote(text).reply;
      const report = analyze(reply, { config: analysisConfig(), customerName, customerMessage, subject });
      if (mode === 'note' && !state.noteCoached) {
        // An internal note is for colleagues: tone findings there are noise (issue #4).
        state.context = [];
        state.additions = [];
        return { ...report, findings: [] };
      }
      const personal = personalize(reply, report, { customerName, customerMessage, ...rewriteStyle() });
      state.context = personal.contextUsed;
      state.additions = personal.additions;
      return { ...report, findings: personal.findings };
    },
    view(root) {
      const state = boxes.get(root);
      if (!state) return null;
      return { context: state.context, mode: state.ticket.mode, noteCoached: state.noteCoached };
    },
    additions(root) {
      return boxes.get(root)?.additions ?? [];
    },
    toggleNote(root) {
      const state = boxes.get(root);
      if (!state || state.ticket.mode !== 'note') return;
      state.noteCoached = !state.noteCoached;
      changed(root);
    },
  };
}

function hostnameOf(host: string): string {
  return host.replace(/:\d+$/, '');
}
