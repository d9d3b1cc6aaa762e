/**
 * The heavy half of the content script, loaded on the first focus of a reply box: sessions per box,
 * the overlay, and the agent's actions on findings. Never changes a draft without a trusted event.
 */
import { analyze } from '../analysis/index.ts';
import type { Finding, SignalId, TextRange } from '../analysis/types.ts';
import { SIGNAL_IDS } from '../analysis/types.ts';
import type { DraftView, Request, Response } from '../messages.ts';
import { sendToWorker } from '../messages.ts';
import { localStore } from '../platform/index.ts';
import { richAdapter } from './editors/rich.ts';
import { textareaAdapter } from './editors/textarea.ts';
import type { EditorAdapter } from './editors/types.ts';
import { chipPlacement, chipText } from './overlay/chip.ts';
import { createOverlayHost, type OverlayHost } from './overlay/host.ts';
import type { CardView, LayerView, OverlayActions } from './overlay/model.ts';
import { findingKey, Session, type Placed } from './session.ts';
import { selectPlaceholder, watchAgentInput } from './placeholder.ts';
import { placeAddition } from './additions.ts';
import { rephraseOnDevice } from './rephrase.ts';
import { createTicketContext } from './ticket-context.ts';

const IGNORED_KEY = 'ignoredPhrases';
const HOVER_OPEN_MS = 350;
const HOVER_CLOSE_MS = 400;
const MOVE_CHECK_MS = 400;

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

// The engine's first calls are slow (JIT, lexicon set-up: ~60-200 ms, measured in Chromium 156);
// pay that in idle time right after the first focus, not on the agent's first typing pause.
const WARM_UP = [
  'Hi Sam, sorry for any inconvenience.',
  "It's company policy, so there is nothing I can do. I'll check with the team and reply tomorrow.",
  'Act now! Please be advised that we value your business. As I already said, you must have missed it.',
];

function warmUpEngine(signal: AbortSignal): void {
  const idle = (fn: () => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 1000 }) : setTimeout(fn, 50);
  let i = 0;
  const step = () => {
    if (signal.aborted || i >= WARM_UP.length) return;
    analyze(WARM_UP[i++]!);
    idle(step);
  };
  idle(step);
}

const ignoreKey = (f: Finding) => `${f.rule}\u0000${f.text.toLowerCase()}`;

export function createCoach(doc: Document): Coach {
  const life = new AbortController();
  const signal = life.signal;
  const sessions = new Map<HTMLElement, Session>();
  let current: Session | null = null;
  let nextId = 1;
  let card: CardView | null = null;
  let cardSelection: { restore(): void } | null = null;
  let ignoredAlways = new Set<string>();
  let overlay: OverlayHost | null = null;
  let drawQueued = false;
  let lastSummary = '';
  // The ticket changed around a box (new message, reply/note switch): analyse it again.
  const tickets = createTicketContext(doc, (root) => { const s = sessions.get(root); if (s) { s.report = null; s.analyzeNow(); } }, signal);

  warmUpEngine(signal);
  void localStore.get<string[]>(IGNORED_KEY, []).then((list) => {
    ignoredAlways = new Set(list);
    for (const s of sessions.values()) s.relayout();
  });
  localStore.onChanged(IGNORED_KEY, (value) => {
    ignoredAlways = new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
    for (const s of sessions.values()) s.analyzeNow();
  }, signal);

  const actions: OverlayActions = {
    apply(view, index, event) {
      if (!event.isTrusted) return;
      const session = sessionById(view.layerId);
      const suggestion = view.finding.suggestions[index];
      if (!session || !suggestion) return;
      closeCard(false);
      void applySuggestion(session, suggestion.range ?? view.finding, suggestion.text);
    },
    ignore(view, scope, event) {
      if (!event.isTrusted) return;
      const session = sessionById(view.layerId);
      if (!session) return;
      if (scope === 'always') {
        ignoredAlways.add(ignoreKey(view.finding));
        void localStore.set(IGNORED_KEY, [...ignoredAlways]);
      } else {
        session.ignoredOnce.add(ignoreKey(view.finding));
      }
      closeCard(view.keyboard);
      session.analyzeNow();
    },
    close(_view, returnFocus) {
      closeCard(returnFocus);
    },
    chip(layerId, event) {
      if (!event.isTrusted) return;
      const session = sessionById(layerId);
      const first = session?.placed[0];
      if (session && first) openCard(session, first, false);
    },
    rephrase(view, event) {
      const session = sessionById(view.layerId);
      if (event.isTrusted && session) void rephraseOnDevice(view.finding.text).then((text) => { if (text) { closeCard(false); void applySuggestion(session, view.finding, text); } });
    },
    toggleNote(layerId, event) {
      const session = sessionById(layerId);
      if (event.isTrusted && session) tickets.toggleNote(session.adapter.root);
    },
  };

  function sessionById(id: number): Session | undefined {
    for (const s of sessions.values()) if (s.id === id) return s;
    return undefined;
  }

  function ensureOverlay(): OverlayHost {
    overlay ??= createOverlayHost(doc, actions);
    return overlay;
  }

  function adapterFor(root: HTMLElement): EditorAdapter {
    if (root.tagName === 'TEXTAREA') return textareaAdapter(root as HTMLTextAreaElement, () => ensureOverlay().shadow);
    return richAdapter(root);
  }

  function requestDraw(): void {
    if (drawQueued) return;
    drawQueued = true;
    queueMicrotask(draw);
  }

  function draw(): void {
    drawQueued = false;
    if (signal.aborted) return;
    const layers: LayerView[] = [];
    for (const s of sessions.values()) {
      const count = s.placed.length;
      const score = s.report?.score;
      layers.push({
        id: s.id,
        underlines: s.placed
          .filter((p) => s.visible(p))
          .map((p) => ({ key: p.key, category: p.finding.category, severity: p.finding.severity, boxes: p.boxes, active: card?.layerId === s.id && findingKey(card.finding) === p.key })),
        chip: score !== undefined && s.clip.width > 0
          ? { ...chipPlacement(s.adapter.root, s.clip, chipText(score, count), overlay?.host ?? null), score, count }
          : null,
        ticket: tickets.view(s.adapter.root),
      });
    }
    if (card && !sessionById(card.layerId)) card = null;
    if (layers.length === 0 && !card) {
      overlay?.draw({ layers: [], card: null });
      return;
    }
    ensureOverlay().draw({ layers, card });
  }

  function reportSummary(session: Session): void {
    if (session !== current) return;
    const summary = session.report ? `${session.report.score}|${session.placed.length}` : 'none';
    if (summary === lastSummary) return;
    lastSummary = summary;
    void sendToWorker('content:report-summary', { score: session.report?.score ?? null, findings: session.placed.length }).catch(() => undefined);
  }

  const hooks = {
    changed(session: Session) {
      if (card && card.layerId === session.id && !session.placed.some((p) => p.key === findingKey(card!.finding) && session.visible(p))) {
        // The text under the open card changed: the card would describe words that are gone.
        card = null;
      }
      requestDraw();
      if (session.fresh) reportSummary(session);
    },
    analyze: (text: string, session: Session) => tickets.analyze(text, session.adapter.root),
    keep(finding: Finding, session: Session) {
      const key = ignoreKey(finding);
      return !ignoredAlways.has(key) && !session.ignoredOnce.has(key);
    },
  };

  function openCard(session: Session, placed: Placed, keyboard: boolean): void {
    const anchor = placed.boxes[0] ?? session.clip;
    if (keyboard) cardSelection = session.adapter.saveSelection();
    card = { layerId: session.id, finding: placed.finding, anchor, keyboard };
    requestDraw();
  }

  function closeCard(returnFocus: boolean): void {
    if (!card) return;
    card = null;
    requestDraw();
    if (returnFocus) cardSelection?.restore();
    cardSelection = null;
  }

  /** Replaces `target` (the finding's span, or the sentence a suggestion rewrites) with `replacement`. */
  async function applySuggestion(session: Session, target: TextRange, replacement: string): Promise<Response<'popup:apply'>> {
    // From here on a key press or click is the agent's own next step: the placeholder selection must not undo it.
    const input = watchAgentInput(session.adapter.root.ownerDocument);
    const outcome = await session.adapter.replace(target.start, target.end, target.text, replacement);
    if (outcome === 'stale') {
      input.stop();
      // The words changed since they were analysed: show what is there now instead of guessing.
      session.analyzeNow();
      return { applied: false, reason: 'stale' };
    }
    if (outcome === 'applied') void selectPlaceholder(session.adapter, target.start, replacement, input);
    else input.stop();
    return outcome === 'applied' ? { applied: true } : { applied: false, reason: 'failed' };
  }

  // --- pointer: hover and click on underlines (the overlay itself lets the pointer through) ---
  let hoverTimer: ReturnType<typeof setTimeout> | null = null;
  let hovered: string | null = null;
  let pointerFrame = 0;
  let lastPointer = { x: 0, y: 0 };

  const hitAt = (x: number, y: number): { session: Session; placed: Placed } | null => {
    for (const session of sessions.values()) {
      const placed = session.hit(x, y);
      if (placed) return { session, placed };
    }
    return null;
  };

  const overCard = (x: number, y: number) => {
    const el = overlay?.shadow.querySelector('.card');
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return x >= r.left - 4 && x <= r.right + 4 && y >= r.top - 8 && y <= r.bottom + 4;
  };

  const onPointerFrame = () => {
    pointerFrame = 0;
    const { x, y } = lastPointer;
    const hit = hitAt(x, y);
    const key = hit ? `${hit.session.id}:${hit.placed.key}` : null;
    if (key === hovered) return;
    hovered = key;
    if (hoverTimer !== null) clearTimeout(hoverTimer);
    hoverTimer = null;
    if (hit) {
      hoverTimer = setTimeout(() => {
        if (hovered === key && !(card && findingKey(card.finding) === hit.placed.key)) openCard(hit.session, hit.placed, false);
      }, HOVER_OPEN_MS);
    } else if (card && !card.keyboard) {
      hoverTimer = setTimeout(() => {
        if (hovered === null && card && !card.keyboard && !overCard(lastPointer.x, lastPointer.y)) closeCard(false);
      }, HOVER_CLOSE_MS);
    }
  };

  doc.addEventListener('mousemove', (event) => {
    if (sessions.size === 0) return;
    lastPointer = { x: event.clientX, y: event.clientY };
    if (!pointerFrame) pointerFrame = requestAnimationFrame(onPointerFrame);
  }, { capture: true, passive: true, signal });

  doc.addEventListener('click', (event) => {
    if (!event.isTrusted || (overlay && event.composedPath().includes(overlay.host))) return;
    const hit = hitAt(event.clientX, event.clientY);
    if (hit) openCard(hit.session, hit.placed, false);
    else if (card) closeCard(false);
  }, { capture: true, signal });

  // --- keyboard: Alt+Enter opens the card at the caret; Escape closes it ---
  doc.addEventListener('keydown', (event) => {
    if (!event.isTrusted) return;
    if (overlay && event.composedPath().includes(overlay.host)) return;
    const session = current;
    if (event.key === 'Escape' && card && !card.keyboard) {
      closeCard(false);
      return;
    }
    if (event.key !== 'Enter' || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (!session || !session.adapter.root.contains(event.target as Node)) return;
    session.analyzeNow();
    const placed = session.atCaret();
    if (!placed) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    openCard(session, placed, true);
  }, { capture: true, signal });

  // --- keeping the layout in step with the page ---
  let layoutFrame = 0;
  const relayoutAll = () => {
    layoutFrame = 0;
    for (const s of sessions.values()) s.relayout();
    if (card) {
      const session = sessionById(card.layerId);
      const placed = session?.placed.find((p) => p.key === findingKey(card!.finding));
      if (placed?.boxes[0]) card = { ...card, anchor: placed.boxes[0] };
    }
  };
  const queueRelayout = () => {
    if (!layoutFrame && sessions.size) layoutFrame = requestAnimationFrame(relayoutAll);
  };
  doc.addEventListener('scroll', queueRelayout, { capture: true, passive: true, signal });
  doc.defaultView?.addEventListener('resize', queueRelayout, { passive: true, signal });
  // The box can move without scrolling or resizing (a banner opens above it, a sidebar collapses).
  const moveCheck = setInterval(() => {
    if (doc.hidden) return;
    for (const s of sessions.values()) {
      if (!s.fresh) continue;
      const c = s.adapter.clipBox();
      if (c.left !== s.clip.left || c.top !== s.clip.top || c.width !== s.clip.width || c.height !== s.clip.height) s.relayout();
      // A textarea changed by script (the helpdesk clears it after sending) fires no input event.
      else if (s.adapter.family === 'textarea' && s.adapter.readText() !== s.analyzedText) s.relayout();
    }
  }, MOVE_CHECK_MS);
  signal.addEventListener('abort', () => {
    clearInterval(moveCheck);
    if (hoverTimer !== null) clearTimeout(hoverTimer);
    if (pointerFrame) cancelAnimationFrame(pointerFrame);
    if (layoutFrame) cancelAnimationFrame(layoutFrame);
  }, { once: true });

  function removed(root: HTMLElement): void {
    const session = sessions.get(root);
    if (!session) return;
    session.destroy();
    sessions.delete(root);
    if (current === session) current = null;
    if (card?.layerId === session.id) card = null;
    requestDraw();
  }

  return {
    get overlayNode() {
      return overlay?.host ?? null;
    },
    get sessions() {
      return sessions.size;
    },
    focus(root) {
      if (signal.aborted) return;
      let session = sessions.get(root);
      if (!session) {
        session = new Session(nextId++, adapterFor(root), hooks);
        sessions.set(root, session);
        session.analyzeNow();
      }
      if (current !== session) {
        current = session;
        lastSummary = '';
        reportSummary(session);
      }
    },
    removed,
    draft() {
      const session = current;
      if (!session) return null;
      if (!session.fresh) session.analyzeNow();
      const report = session.report;
      const missing: SignalId[] = report ? SIGNAL_IDS.filter((id) => !report.signals[id]?.present) : [];
      const additions = report
        ? tickets.additions(session.adapter.root).filter((a) => missing.includes(a.signal)).map((a) => ({ signal: a.signal, text: a.suggestion.text, note: a.suggestion.note }))
        : [];
      return { score: report?.score ?? 0, lang: report?.lang ?? 'und', findings: session.findings, missing, additions };
    },
    async applyFromPopup({ start, end, text, suggestion }) {
      const session = current;
      if (!session) return { applied: false, reason: 'no-draft' };
      session.analyzeNow();
      const placed = session.placed.find((p) => p.finding.start === start && p.finding.end === end && p.finding.text === text);
      const chosen = placed?.finding.suggestions[suggestion];
      if (!placed || chosen === undefined) return { applied: false, reason: 'stale' };
      return applySuggestion(session, chosen.range ?? placed.finding, chosen.text);
    },
    async addFromPopup({ signal: id, text }) {
      const session = current;
      if (!session) return { applied: false, reason: 'no-draft' };
      session.analyzeNow();
      // Only a sentence the current analysis still offers (the signal may have appeared meanwhile).
      const offered = session.report && !session.report.signals[id]?.present
        ? tickets.additions(session.adapter.root).find((a) => a.signal === id && a.suggestion.text === text)
        : undefined;
      if (!offered) return { applied: false, reason: 'stale' };
      const draftText = session.analyzedText;
      const { at, insert, sentenceOffset } = placeAddition(draftText, id, text);
      const input = watchAgentInput(session.adapter.root.ownerDocument);
      // An empty range at `at`, through the same input path as Apply (one undo step).
      const outcome = await session.adapter.replace(at, at, '', insert);
      if (outcome === 'stale') {
        input.stop();
        session.analyzeNow();
        return { applied: false, reason: 'stale' };
      }
      if (outcome === 'applied') void selectPlaceholder(session.adapter, at + sentenceOffset, text, input);
      else input.stop();
      return outcome === 'applied' ? { applied: true } : { applied: false, reason: 'failed' };
    },
    destroy() {
      life.abort();
      for (const s of sessions.values()) s.destroy();
      sessions.clear();
      current = null;
      card = null;
      overlay?.destroy();
      overlay = null;
    },
  };
}
