/** Alt+Enter in the reply opens the card at the caret (focus moves into it); Escape closes a hover card. */
import type { CoachCore } from '../coach-core.ts';
import { eventInside } from '../editors/shadow.ts';

export function init(core: CoachCore, signal: AbortSignal): void {
  const { card } = core;
  core.doc.addEventListener('keydown', (event) => {
    if (!event.isTrusted) return;
    const overlay = core.overlayHost;
    if (overlay && event.composedPath().includes(overlay.host)) return;
    const session = core.current;
    if (event.key === 'Escape' && card.view && !card.view.keyboard) {
      card.close(false);
      return;
    }
    if (event.key !== 'Enter' || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (!session || !eventInside(session.adapter.root, event)) return;
    session.analyzeNow();
    const placed = session.atCaret();
    if (!placed) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    card.open(session, placed, true);
  }, { capture: true, signal });
}
