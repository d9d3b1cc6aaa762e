/** Hovering an underline opens its card after a moment; a click opens it at once. */
import type { CoachCore } from '../coach-core.ts';
import { findingKey, type Placed, type Session } from '../session.ts';

const HOVER_OPEN_MS = 350;
const HOVER_CLOSE_MS = 400;

export function init(core: CoachCore, signal: AbortSignal): void {
  const { doc, card } = core;
  let hoverTimer: ReturnType<typeof setTimeout> | null = null;
  let hovered: string | null = null;
  let pointerFrame = 0;
  let lastPointer = { x: 0, y: 0 };
  // The card the agent clicked in (a button, the correction form) stays until they click elsewhere,
  // press Escape or open another: it can shrink under a pointer that has not moved (the correction
  // form closing), and a close timer started as the pointer came in would then take it away.
  let pinned: string | null = null;
  const cardKey = (view: NonNullable<CoachCore['card']['view']>) => `${view.layerId}:${findingKey(view.finding)}`;

  const hitAt = (x: number, y: number): { session: Session; placed: Placed } | null => {
    for (const session of core.sessions.values()) {
      const placed = session.hit(x, y);
      if (placed) return { session, placed };
    }
    return null;
  };

  // The card describes the draft as it is now, not as it was at the last pause (see Session.catchUp):
  // the box is analysed first (cheap) and the point hit again.
  const hitNow = (x: number, y: number): { session: Session; placed: Placed } | null => {
    const hit = hitAt(x, y);
    if (!hit || hit.session.fresh) return hit;
    return hit.session.catchUp() ? hitAt(x, y) : null;
  };

  const overCard = (x: number, y: number) => {
    const el = core.overlayHost?.shadow.querySelector('.card');
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return x >= r.left - 4 && x <= r.right + 4 && y >= r.top - 8 && y <= r.bottom + 4;
  };

  // The agent is correcting the ticket in the card's form: hovering elsewhere must not lose it.
  const typingInCard = () => {
    const active = core.overlayHost?.shadow.activeElement;
    return !!active && (active.tagName === 'INPUT' || active.tagName === 'TEXTAREA');
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
        if (hovered !== key || typingInCard()) return;
        const now = hitNow(lastPointer.x, lastPointer.y);
        const view = card.view;
        if (now && !(view && view.layerId === now.session.id && findingKey(view.finding) === now.placed.key)) {
          pinned = null;
          card.open(now.session, now.placed, false);
        }
      }, HOVER_OPEN_MS);
    } else if (card.view && !card.view.keyboard) {
      hoverTimer = setTimeout(() => {
        const view = card.view;
        if (hovered === null && view && !view.keyboard && pinned !== cardKey(view) && !overCard(lastPointer.x, lastPointer.y) && !typingInCard()) card.close(false);
      }, HOVER_CLOSE_MS);
    }
  };

  doc.addEventListener('mousemove', (event) => {
    if (core.sessions.size === 0) return;
    lastPointer = { x: event.clientX, y: event.clientY };
    if (!pointerFrame) pointerFrame = requestAnimationFrame(onPointerFrame);
  }, { capture: true, passive: true, signal });

  doc.addEventListener('click', (event) => {
    const overlay = core.overlayHost;
    if (!event.isTrusted) return;
    if (overlay && event.composedPath().includes(overlay.host)) {
      if (card.view) pinned = cardKey(card.view);
      return;
    }
    const hit = hitNow(event.clientX, event.clientY);
    pinned = null;
    if (hit) card.open(hit.session, hit.placed, false);
    else if (card.view) card.close(false);
  }, { capture: true, signal });

  signal.addEventListener('abort', () => {
    if (hoverTimer !== null) clearTimeout(hoverTimer);
    if (pointerFrame) cancelAnimationFrame(pointerFrame);
  }, { once: true });
}
