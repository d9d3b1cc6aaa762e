/** The card's life: closes when its words are gone, follows its underline when the page moves. */
import type { CoachCore } from '../coach-core.ts';
import { findingKey } from '../session.ts';

const suggestionsOf = (finding: { suggestions: readonly { text: string }[] }) => finding.suggestions.map((s) => s.text).join('\u0000');

export function init(core: CoachCore, signal: AbortSignal): void {
  const { card } = core;
  core.actions.close = (_view, returnFocus) => card.close(returnFocus);

  const onChanged = (session: Parameters<Parameters<CoachCore['onChanged']['add']>[0]>[0]) => {
    const view = card.view;
    if (!view || view.layerId !== session.id) return;
    const key = findingKey(view.finding);
    const same = session.placed.find((p) => p.key === key && session.visible(p));
    // The text under the open card changed: the card would describe words that are gone.
    if (!same) card.set(null);
    // Same words, new suggestions (the agent corrected the ticket the card was built from).
    else if (suggestionsOf(same.finding) !== suggestionsOf(view.finding)) card.set({ ...view, finding: same.finding });
  };
  const onRelayout = () => {
    const view = card.view;
    if (!view) return;
    const key = findingKey(view.finding);
    const placed = core.sessionById(view.layerId)?.placed.find((p) => p.key === key);
    if (placed?.boxes[0]) card.set({ ...view, anchor: placed.boxes[0] });
  };
  core.onChanged.add(onChanged);
  core.onRelayout.add(onRelayout);
  signal.addEventListener('abort', () => {
    core.onChanged.delete(onChanged);
    core.onRelayout.delete(onRelayout);
  }, { once: true });
}
