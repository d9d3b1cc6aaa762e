/**
 * The one message contract between the content script, the background worker and the popup.
 * Each message names its direction; each handler says which senders it accepts.
 */
import type { Finding, Report, SignalId } from './analysis/types.ts';
import type { TeamConfigStatus } from './config/stored.ts';
import type { ConfigError } from './config/validate.ts';
import { extensionId, onRawMessage, sendToBackground, sendToTab, type MessageSender } from './platform/index.ts';

/** What the popup shows about the draft in the active tab. */
export interface DraftView {
  site: string;
  enabled: boolean;
  /** Null when no reply box has been focused in this tab yet. */
  report: Pick<Report, 'score' | 'lang'> & {
    /**
     * Which frame's draft this is, and which version of its text: sent back with Apply and Add so
     * only that frame acts, and only on the draft the popup showed.
     */
    draft: string;
    findings: Finding[];
    missing: SignalId[];
    /** For missing signals: a sentence to add (from the ticket), one per signal at most. */
    additions: AdditionView[];
    /** Unfilled `[placeholders]` in the draft: not ready to send while there are any. */
    placeholders: string[];
    /**
     * The box has text the coach has not analysed yet (the engine's first analysis, or the
     * settings it waits for): no score to show, rather than a 0.
     */
    pending: boolean;
  } | null;
}

/** A sentence the popup offers to add for a signal the reply lacks (`[placeholders]` for the agent). */
export interface AdditionView {
  signal: SignalId;
  text: string;
  note?: string;
}

export interface Contract {
  /** popup → content script (active tab): the current draft and its findings. */
  'popup:get-draft': { request: Record<string, never>; response: DraftView };
  /** popup → content script: apply suggestion `suggestion` of the finding at `start`/`end` with `text`. */
  'popup:apply': {
    request: { draft: string; start: number; end: number; text: string; suggestion: number };
    response: { applied: boolean; reason?: 'stale' | 'no-draft' | 'failed' };
  };
  /**
   * popup → content script: add the sentence `text` offered for the missing `signal` (the greeting
   * at the start of the draft, the others at the end of the reply, before a quote or signature).
   */
  'popup:add': {
    request: { draft: string; signal: SignalId; text: string };
    response: { applied: boolean; reason?: 'stale' | 'no-draft' | 'failed' };
  };
  /**
   * content script → background: "Ignore always" on a finding: the phrase goes into the agent's own
   * `allow` list (validated; no effect while a team or policy locks `allow`).
   */
  'content:ignore-always': { request: { phrase: string }; response: { ok: boolean } };
  /** content script → background: the coached draft's score, for the toolbar badge. */
  'content:report-summary': { request: { score: number | null; findings: number }; response: void };
  /** options page → background: check the team config URL now; answers with the new status. */
  'options:refresh-team-config': { request: Record<string, never>; response: TeamConfigStatus };
  /** options page → background: use this file as the team config (only when no URL is set). */
  'options:import-team-config': {
    request: { text: string; name: string };
    response: { ok: true } | { ok: false; errors: ConfigError[] };
  };
}

export type MessageType = keyof Contract;
export type Request<T extends MessageType> = Contract[T]['request'];
export type Response<T extends MessageType> = Contract[T]['response'];
interface Envelope<T extends MessageType = MessageType> { type: T; payload: Request<T> }

export type Handler<T extends MessageType> = (
  payload: Request<T>,
  sender: MessageSender,
) => Promise<Response<T> | undefined> | Response<T> | undefined;

/** Who may send a message: the popup (an extension page), or a content script in some tab. */
export type SenderKind = 'extension-page' | 'content-script';

export function senderKind(sender: MessageSender): SenderKind | null {
  if (sender.id !== extensionId()) return null;
  // Extension pages (the popup, even when opened in a tab) run at our own origin.
  const origin = (sender as { origin?: string }).origin ?? (sender.url ? new URL(sender.url).origin : '');
  if (/^(chrome|moz)-extension:\/\//.test(origin)) return origin.includes(extensionId()) || origin.startsWith('moz-extension://') ? 'extension-page' : null;
  if (sender.tab && typeof sender.tab.id === 'number') return 'content-script';
  return null;
}

export type HandlerTable = { [T in MessageType]?: { from: SenderKind; handle: Handler<T> } };

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && typeof (message as Envelope).type === 'string'
    && typeof (message as Envelope).payload === 'object' && (message as Envelope).payload !== null;
}

/** Listens for the messages in `table`; a message from any other sender kind is ignored. */
export function handleMessages(table: HandlerTable, signal: AbortSignal): void {
  onRawMessage((message, sender) => {
    if (!isEnvelope(message)) return undefined;
    const entry = table[message.type] as { from: SenderKind; handle: Handler<MessageType> } | undefined;
    if (!entry || senderKind(sender) !== entry.from) return undefined;
    const answer = entry.handle(message.payload, sender);
    // Undefined means "not me": another frame of the same tab may answer instead.
    if (answer === undefined) return undefined;
    return Promise.resolve(answer);
  }, signal);
}

export function sendToContent<T extends MessageType>(tabId: number, type: T, payload: Request<T>): Promise<Response<T>> {
  return sendToTab(tabId, { type, payload } satisfies Envelope<T>) as Promise<Response<T>>;
}

export function sendToWorker<T extends MessageType>(type: T, payload: Request<T>): Promise<Response<T>> {
  return sendToBackground({ type, payload } satisfies Envelope<T>) as Promise<Response<T>>;
}
