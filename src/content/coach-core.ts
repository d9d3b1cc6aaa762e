/**
 * What the content script's features share: the coached boxes (one Session each), the overlay and
 * the open card. Features (src/content/features/*) add listeners and overlay actions to it; the
 * core itself listens to nothing.
 */
import { createCoaching, ignoreKey, type Coaching } from './coaching.ts';
import { richAdapter } from './editors/rich.ts';
import { textareaAdapter } from './editors/textarea.ts';
import type { EditorAdapter } from './editors/types.ts';
import { chipPlacement, chipText } from './overlay/chip.ts';
import { createOverlayHost, type OverlayHost } from './overlay/host.ts';
import type { CardView, LayerView, OverlayActions } from './overlay/model.ts';
import { findingKey, Session, type Placed } from './session.ts';
import { createTicketContext, type TicketContext } from './ticket-context.ts';

export interface CoachCore {
  readonly doc: Document;
  readonly signal: AbortSignal;
  readonly sessions: Map<HTMLElement, Session>;
  /** The box the agent focused last (the popup's draft). */
  current: Session | null;
  readonly tickets: TicketContext;
  readonly coaching: Coaching;
  /** Phrases the agent chose to ignore everywhere on this page (the settings hold them for good). */
  ignoredAlways: Set<string>;
  /** Overlay actions, filled in by the features; the overlay calls whichever is there. */
  readonly actions: Partial<OverlayActions>;
  /** Called after a session's findings or layout changed (before the redraw). */
  readonly onChanged: Set<(session: Session) => void>;
  /** Called after every session was laid out again (scroll, resize, the box moved). */
  readonly onRelayout: Set<() => void>;
  readonly card: CardState;
  sessionById(id: number): Session | undefined;
  sessionFor(root: HTMLElement): Session;
  overlay(): OverlayHost;
  readonly overlayHost: OverlayHost | null;
  requestDraw(): void;
  relayoutAll(): void;
  remove(root: HTMLElement): void;
  destroy(): void;
}

export interface CardState {
  readonly view: CardView | null;
  open(session: Session, placed: Placed, keyboard: boolean): void;
  /** Closes the card; `returnFocus` puts the caret back where it was when the keyboard opened it. */
  close(returnFocus: boolean): void;
  /** Replaces the view without other effects (a moved anchor, a finding that went away). */
  set(view: CardView | null): void;
}

export function createCore(doc: Document, signal: AbortSignal): CoachCore {
  const sessions = new Map<HTMLElement, Session>();
  let overlay: OverlayHost | null = null;
  let drawQueued = false;
  let nextId = 1;
  let cardView: CardView | null = null;
  let cardSelection: { restore(): void } | null = null;
  const actions: Partial<OverlayActions> = {};
  const onChanged = new Set<(session: Session) => void>();
  const onRelayout = new Set<() => void>();

  // The overlay calls the features' actions through this table (a feature may add one later).
  const overlayActions: OverlayActions = {
    apply: (...args) => actions.apply?.(...args),
    ignore: (...args) => actions.ignore?.(...args),
    close: (...args) => actions.close?.(...args),
    chip: (...args) => actions.chip?.(...args),
    toggleNote: (...args) => actions.toggleNote?.(...args),
    correctTicket: (...args) => actions.correctTicket?.(...args),
    rephrase: (...args) => actions.rephrase?.(...args) ?? Promise.resolve('unavailable'),
  };

  const sessionById = (id: number) => {
    for (const s of sessions.values()) if (s.id === id) return s;
    return undefined;
  };

  const ensureOverlay = (): OverlayHost => {
    overlay ??= createOverlayHost(doc, overlayActions);
    return overlay;
  };

  const adapterFor = (root: HTMLElement): EditorAdapter =>
    root.tagName === 'TEXTAREA' || root.tagName === 'INPUT' ? textareaAdapter(root as HTMLTextAreaElement | HTMLInputElement, () => ensureOverlay().shadow) : richAdapter(root);

  const draw = () => {
    drawQueued = false;
    if (signal.aborted) return;
    const layers: LayerView[] = [];
    for (const s of sessions.values()) {
      const score = s.report?.score;
      // Unfilled [placeholders] the analysis found: the chip says the draft is not ready.
      const placeholders = (s.report?.placeholders ?? []).map((p) => p.text);
      layers.push({
        id: s.id,
        underlines: s.placed
          .filter((p) => s.visible(p))
          .map((p) => ({ key: p.key, rule: p.finding.rule, category: p.finding.category, severity: p.finding.severity, boxes: p.boxes, active: cardView?.layerId === s.id && findingKey(cardView.finding) === p.key })),
        chip: score !== undefined && s.clip.width > 0
          ? { ...chipPlacement(s.adapter.root, s.clip, chipText(score, s.placed.length, placeholders), overlay?.host ?? null), score, count: s.placed.length, placeholders }
          : null,
        ticket: core.tickets.view(s.adapter.root, s.coached?.context ?? []),
      });
    }
    if (cardView && !sessionById(cardView.layerId)) cardView = null;
    if (layers.length === 0 && !cardView) {
      overlay?.draw({ layers: [], card: null });
      return;
    }
    ensureOverlay().draw({ layers, card: cardView });
  };

  const requestDraw = () => {
    if (drawQueued) return;
    drawQueued = true;
    queueMicrotask(draw);
  };

  const card: CardState = {
    get view() {
      return cardView;
    },
    open(session, placed, keyboard) {
      const anchor = placed.boxes[0] ?? session.clip;
      if (keyboard) cardSelection = session.adapter.saveSelection();
      cardView = { layerId: session.id, finding: placed.finding, anchor, keyboard };
      requestDraw();
    },
    close(returnFocus) {
      if (!cardView) return;
      cardView = null;
      requestDraw();
      if (returnFocus) cardSelection?.restore();
      cardSelection = null;
    },
    set(view) {
      cardView = view;
      requestDraw();
    },
  };

  const hooks = {
    coach: (text: string, session: Session) => core.coaching.coach(text, session.adapter.root, session.ignoredOnce),
    warm: (piece: string, session: Session) => core.coaching.warm(piece, session.adapter.root),
    changed(session: Session) {
      for (const listener of onChanged) listener(session);
      requestDraw();
    },
  };

  // The ticket changed around a box (new message, reply/note switch): analyse it again.
  const tickets = createTicketContext(doc, (root) => sessions.get(root)?.reanalyze(), signal);

  const core: CoachCore = {
    doc,
    signal,
    sessions,
    current: null,
    tickets,
    coaching: createCoaching(tickets, {
      has: (finding, once) => {
        const key = ignoreKey(finding);
        return core.ignoredAlways.has(key) || once.has(key);
      },
    }),
    ignoredAlways: new Set(),
    actions,
    onChanged,
    onRelayout,
    card,
    sessionById,
    sessionFor(root) {
      let session = sessions.get(root);
      if (!session) {
        session = new Session(nextId++, adapterFor(root), hooks);
        sessions.set(root, session);
        session.analyzeNow();
      }
      return session;
    },
    overlay: ensureOverlay,
    get overlayHost() {
      return overlay;
    },
    requestDraw,
    relayoutAll() {
      for (const s of sessions.values()) s.relayout();
      for (const listener of onRelayout) listener();
    },
    remove(root) {
      const session = sessions.get(root);
      if (!session) return;
      // Aborts the session's signal: an edit in flight in this box stops there (features/edit.ts).
      session.destroy();
      sessions.delete(root);
      if (core.current === session) core.current = null;
      if (cardView?.layerId === session.id) cardView = null;
      requestDraw();
    },
    destroy() {
      for (const s of sessions.values()) s.destroy();
      sessions.clear();
      core.current = null;
      cardView = null;
      overlay?.destroy();
      overlay = null;
    },
  };
  return core;
}
