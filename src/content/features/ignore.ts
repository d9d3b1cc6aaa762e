/** "Ignore" hides a finding in this box until it is reloaded; "Ignore always" everywhere, for good. */
import { ignoreKey } from '../coaching.ts';
import type { CoachCore } from '../coach-core.ts';
import { IGNORED_PHRASES_KEY } from '../../storage-keys.ts';
import { localStore } from '../../platform/index.ts';

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

export function init(core: CoachCore, signal: AbortSignal): void {
  const reanalyzeAll = () => {
    for (const s of core.sessions.values()) s.reanalyze();
  };
  void localStore.get<unknown>(IGNORED_PHRASES_KEY, []).then((list) => {
    if (signal.aborted) return;
    core.ignoredAlways = new Set(strings(list));
    reanalyzeAll();
  });
  localStore.onChanged(IGNORED_PHRASES_KEY, (value) => {
    core.ignoredAlways = new Set(strings(value));
    reanalyzeAll();
  }, signal);

  core.actions.ignore = (view, scope, event) => {
    if (!event.isTrusted) return;
    const session = core.sessionById(view.layerId);
    if (!session) return;
    const key = ignoreKey(view.finding);
    if (scope === 'always') {
      core.ignoredAlways.add(key);
      void localStore.set(IGNORED_PHRASES_KEY, [...core.ignoredAlways]);
    } else {
      session.ignoredOnce.add(key);
    }
    core.card.close(view.keyboard);
    session.reanalyze();
  };
}
