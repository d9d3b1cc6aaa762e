/**
 * The popup's "Coach on <site>" switch writes the agent's own settings layer (`sites`), through the
 * same validated update as the options page, so a team or policy lock on `sites` covers it.
 */
import { updatePersonal } from '../options/store.ts';
import { EFFECTIVE_SETTINGS_KEY, type StoredEffectiveSettings } from '../config/stored.ts';
import { localStore } from '../platform/index.ts';
import { setSiteEnabled } from '../content/site.ts';

/** Where the lock on sites comes from, if agents may not switch sites. */
export async function sitesLock(): Promise<'policy' | 'team' | null> {
  const stored = await localStore.get<StoredEffectiveSettings | undefined>(EFFECTIVE_SETTINGS_KEY, undefined);
  const lock = stored?.effective.locks.sites;
  if (!lock?.value) return null;
  return lock.source === 'policy' ? 'policy' : 'team';
}

/** Switches coaching on `site` (a host, maybe with a port) off or on; returns problems in words. */
export async function switchSite(site: string, enabled: boolean): Promise<string[]> {
  const host = site.replace(/:\d+$/, '').toLowerCase();
  const problems = await updatePersonal((p) => {
    const others = (p.sites ?? []).filter((s) => s.host.toLowerCase() !== host);
    // On again: the agent's entry goes (the team's list, if any, decides again).
    return { ...p, sites: enabled ? others : [...others, { host, enabled: false }] };
  });
  // The switch before it was a setting (storage.local): switching on clears it too.
  if (!problems.length && enabled) await setSiteEnabled(site, true);
  return problems;
}
