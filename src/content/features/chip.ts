/** The score chip at the box's corner opens the first finding; the note switch beside it. */
import type { CoachCore } from '../coach-core.ts';

export function init(core: CoachCore, _signal: AbortSignal): void {
  core.actions.chip = (layerId, event) => {
    if (!event.isTrusted) return;
    const session = core.sessionById(layerId);
    const first = session?.placed[0];
    if (session && first) core.card.open(session, first, false);
  };
  core.actions.toggleNote = (layerId, event) => {
    const session = core.sessionById(layerId);
    if (event.isTrusted && session) core.tickets.toggleNote(session.adapter.root);
  };
}
