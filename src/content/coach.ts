/**
 * The heavy half of the content script, loaded on the first focus of a reply box: the shared core
 * (coach-core.ts) and one feature per file (features/*), each started with the coach's signal.
 * Never changes a draft without a trusted event.
 */
import { analyze } from '../analysis/index.ts';
import { personalize } from '../rewrite/index.ts';
import type { SignalId } from '../analysis/types.ts';
import { SIGNAL_IDS } from '../analysis/types.ts';
import type { DraftView, Request, Response } from '../messages.ts';
import { sendToWorker } from '../messages.ts';
import { createCore, type CoachCore } from './coach-core.ts';
import * as card from './features/card.ts';
import * as chip from './features/chip.ts';
import * as edit from './features/edit.ts';
import * as ignore from './features/ignore.ts';
import * as keyboard from './features/keyboard.ts';
import * as layout from './features/layout.ts';
import * as pointer from './features/pointer.ts';
import type { Session } from './session.ts';

const FEATURES: Array<{ init(core: CoachCore, signal: AbortSignal): void }> = [card, chip, pointer, keyboard, edit, ignore, layout];

export interface Coach {
  readonly overlayNode: Node | null;
  focus(root: HTMLElement): void;
  removed(root: HTMLElement): void;
  draft(): DraftView['report'];
  applyFromPopup(request: Request<'popup:apply'>): Promise<Response<'popup:apply'>>;
  addFromPopup(request: Request<'popup:add'>): Promise<Response<'popup:add'>>;
  /** Number of live sessions (for the leak test through the overlay's layers, and for teardown). */
  readonly sessions: number;
  destroy(): void;
}

// The engine's first calls are slow (JIT, lexicon set-up: ~60-200 ms, measured in Chromium 156;
// the rewrites' first call as much again; 6-8 s together on a two-core machine at load 12-18): pay
// that in idle time right after the first focus, not on the agent's first typing pause.
const WARM_UP_TICKET = { customerName: 'Sam Lee', customerMessage: 'My order arrived broken and nobody answers my emails.' };
const WARM_UP: Array<() => unknown> = [
  () => analyze('Hi Sam, sorry for any inconvenience.'),
  () => analyze("It's company policy, so there is nothing I can do. I'll check with the team and reply tomorrow."),
  () => analyze('Act now! Please be advised that we value your business. As I already said, you must have missed it.'),
  // The rewrites and the sentences to add for missing signals, built from a ticket.
  () => {
    const text = 'Thanks for writing in. Sorry for any inconvenience, it is company policy.';
    return personalize(text, analyze(text, WARM_UP_TICKET), WARM_UP_TICKET);
  },
];

function warmUpEngine(signal: AbortSignal): void {
  const idle = (fn: () => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 1000 }) : setTimeout(fn, 50);
  let i = 0;
  const step = () => {
    if (signal.aborted || i >= WARM_UP.length) return;
    WARM_UP[i++]!();
    idle(step);
  };
  idle(step);
}

export function createCoach(doc: Document): Coach {
  const life = new AbortController();
  const core = createCore(doc, life.signal);
  for (const feature of FEATURES) feature.init(core, life.signal);
  warmUpEngine(life.signal);

  // The popup's badge follows the focused box's score.
  let lastSummary = '';
  const reportSummary = (session: Session) => {
    if (session !== core.current) return;
    const summary = session.report ? `${session.report.score}|${session.placed.length}` : 'none';
    if (summary === lastSummary) return;
    lastSummary = summary;
    void sendToWorker('content:report-summary', { score: session.report?.score ?? null, findings: session.placed.length }).catch(() => undefined);
  };
  core.onChanged.add((session) => {
    if (session.fresh) reportSummary(session);
  });

  return {
    get overlayNode() {
      return core.overlayHost?.host ?? null;
    },
    get sessions() {
      return core.sessions.size;
    },
    focus(root) {
      if (life.signal.aborted) return;
      const session = core.sessionFor(root);
      if (core.current !== session) {
        core.current = session;
        lastSummary = '';
        reportSummary(session);
      }
    },
    removed: (root) => core.remove(root),
    draft() {
      const session = core.current;
      if (!session) return null;
      if (!session.fresh) session.analyzeNow();
      const report = session.report;
      const missing: SignalId[] = report ? SIGNAL_IDS.filter((id) => !report.signals[id]?.present) : [];
      const additions = report
        ? (session.coached?.additions ?? []).filter((a) => missing.includes(a.signal)).map((a) => ({ signal: a.signal, text: a.suggestion.text, note: a.suggestion.note }))
        : [];
      const pending = !report && session.adapter.readText().trim() !== '';
      return { draft: edit.draftKey(session), pending, score: report?.score ?? 0, lang: report?.lang ?? 'und', findings: session.findings, missing, additions, placeholders: (report?.placeholders ?? []).map((p) => p.text) };
    },
    applyFromPopup: (request) => edit.applyFromPopup(core, request),
    addFromPopup: (request) => edit.addFromPopup(core, request),
    destroy() {
      life.abort();
      core.destroy();
    },
  };
}
