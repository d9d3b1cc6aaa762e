/** The team name from the effective settings, for the popup's header. */
import { useEffect, useState } from 'preact/hooks';
import { EFFECTIVE_SETTINGS_KEY, type StoredEffectiveSettings } from '../config/stored.ts';
import { localStore } from '../platform/index.ts';

export function useTeamName(): string | undefined {
  const [name, setName] = useState<string | undefined>(undefined);
  useEffect(() => {
    const controller = new AbortController();
    const read = (stored: unknown) => setName((stored as StoredEffectiveSettings | undefined)?.effective?.teamName.value);
    localStore.onChanged(EFFECTIVE_SETTINGS_KEY, read, controller.signal);
    void localStore.get<unknown>(EFFECTIVE_SETTINGS_KEY, undefined).then((v) => controller.signal.aborted || read(v));
    return () => controller.abort();
  }, []);
  return name;
}
