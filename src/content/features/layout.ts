/** Keeps underlines, chip and card on their words as the page scrolls, resizes or moves the box. */
import type { CoachCore } from '../coach-core.ts';

const MOVE_CHECK_MS = 400;

export function init(core: CoachCore, signal: AbortSignal): void {
  const { doc } = core;
  let layoutFrame = 0;
  const relayout = () => {
    layoutFrame = 0;
    core.relayoutAll();
  };
  const queueRelayout = () => {
    if (!layoutFrame && core.sessions.size) layoutFrame = requestAnimationFrame(relayout);
  };
  doc.addEventListener('scroll', queueRelayout, { capture: true, passive: true, signal });
  doc.defaultView?.addEventListener('resize', queueRelayout, { passive: true, signal });
  // The box can move without scrolling or resizing (a banner opens above it, a sidebar collapses).
  const moveCheck = setInterval(() => {
    if (doc.hidden) return;
    for (const s of core.sessions.values()) {
      if (!s.fresh) continue;
      const c = s.adapter.clipBox();
      if (c.left !== s.clip.left || c.top !== s.clip.top || c.width !== s.clip.width || c.height !== s.clip.height) s.relayout();
      // A textarea changed by script (the helpdesk clears it after sending) fires no input event.
      else if (s.adapter.family === 'textarea' && s.adapter.readText() !== s.analyzedText) s.relayout();
    }
  }, MOVE_CHECK_MS);
  signal.addEventListener('abort', () => {
    clearInterval(moveCheck);
    if (layoutFrame) cancelAnimationFrame(layoutFrame);
  }, { once: true });
}
