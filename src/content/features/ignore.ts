/**
 * "Ignore" hides a finding in this box until it is reloaded. "Ignore always" puts the phrase in the
 * agent's own `allow` list through the background (the settings layer the options page shows and
 * can undo; a team lock on `allow` keeps it from taking effect), and hides it here at once.
 */
import { sendToWorker } from '../../messages.ts';
import { ignoreKey } from '../coaching.ts';
import type { CoachCore } from '../coach-core.ts';

export function init(core: CoachCore, _signal: AbortSignal): void {
  core.actions.ignore = (view, scope, event) => {
    if (!event.isTrusted) return;
    const session = core.sessionById(view.layerId);
    if (!session) return;
    const key = ignoreKey(view.finding);
    if (scope === 'always') {
      // Until the new settings arrive (and for this page, even if a lock keeps them from applying).
      core.ignoredAlways.add(key);
      void sendToWorker('content:ignore-always', { phrase: view.finding.text }).catch(() => undefined);
      for (const s of core.sessions.values()) if (s !== session) s.reanalyze();
    } else {
      session.ignoredOnce.add(key);
    }
    core.card.close(view.keyboard);
    session.reanalyze();
  };
}
