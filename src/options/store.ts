/**
 * What the options page reads and writes: the background's effective settings and status
 * (`storage.local`, read-only here) and the agent's own settings (`storage.sync`, validated
 * before every write so a bad value never reaches the background).
 */
import { useEffect, useState } from 'preact/hooks';
import { PERSONAL_SETTINGS_KEY, updatePersonalLayer } from '../background/config/layers.ts';
import type { PersonalSettings } from '../config/schema.ts';
import {
  CONFIG_STATUS_KEY,
  EFFECTIVE_SETTINGS_KEY,
  EMPTY_STATUS,
  TEAM_CONFIG_CACHE_KEY,
  type ConfigStatus,
  type StoredEffectiveSettings,
  type TeamConfigCache,
} from '../config/stored.ts';
import type { ConfigError } from '../config/validate.ts';
import { describeConfigErrors } from '../i18n/config-messages.ts';
import { localArea, syncArea } from '../platform/settings.ts';
import type { KeyValueArea } from '../background/config/ports.ts';

function useStored<T>(area: KeyValueArea, key: string, fallback: T): T {
  const [value, setValue] = useState<T>(fallback);
  useEffect(() => {
    const controller = new AbortController();
    area.onChanged(key, (next) => setValue((next ?? fallback) as T), controller.signal);
    void area.get(key).then((got) => {
      if (!controller.signal.aborted) setValue((got ?? fallback) as T);
    });
    return () => controller.abort();
  }, [area, key]);
  return value;
}

export const useEffective = () => useStored<StoredEffectiveSettings | null>(localArea, EFFECTIVE_SETTINGS_KEY, null);
export const useStatus = () => useStored<ConfigStatus>(localArea, CONFIG_STATUS_KEY, EMPTY_STATUS);
export const useTeamCache = () => useStored<TeamConfigCache | null>(localArea, TEAM_CONFIG_CACHE_KEY, null);
export const usePersonal = () => useStored<PersonalSettings>(syncArea, PERSONAL_SETTINGS_KEY, {});

/** Applies `change` to the stored personal settings; on a problem, writes nothing and returns it in words. */
export async function updatePersonal(change: (current: PersonalSettings) => PersonalSettings): Promise<string[]> {
  return describeConfigErrors(await updatePersonalLayer(syncArea, change, localArea));
}

export function describeErrors(errors: readonly ConfigError[]): string[] {
  return describeConfigErrors(errors);
}
