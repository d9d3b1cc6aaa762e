/** The score chip at the box's corner opens the first finding; the note switch beside it; the ticket correction. */
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
  // The card's "From the ticket" form: the agent's own name and message for this box.
  core.actions.correctTicket = (layerId, correction, event) => {
    const session = core.sessionById(layerId);
    if (event.isTrusted && session) core.tickets.correct(session.adapter.root, correction);
  };
}
