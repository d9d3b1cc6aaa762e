/**
 * Whether this site is coached: the agent's own switch (popup) and the `sites` list of the
 * effective settings (a team, policy or the agent can switch a host off). Light on purpose: it
 * runs on every page load, so it reads the stored settings without the config code.
 */
import { EFFECTIVE_SETTINGS_KEY, type StoredEffectiveSettings } from '../config/stored.ts';
import { localStore } from '../platform/index.ts';

type SiteEntry = StoredEffectiveSettings['effective']['sites'][number]['value'];

/** An exact host entry wins over `*.` entries; among those, the longest suffix wins. */
export function siteSwitch(sites: readonly SiteEntry[], host: string): boolean {
  const name = host.replace(/:\d+$/, '').toLowerCase();
  let best: { length: number; enabled: boolean } | null = null;
  for (const site of sites) {
    const pattern = site.host.toLowerCase();
    const enabled = site.enabled !== false;
    if (pattern === name) return enabled;
    if (pattern.startsWith('*.') && name.endsWith(pattern.slice(1)) && (!best || pattern.length > best.length)) {
      best = { length: pattern.length, enabled };
    }
  }
  return best?.enabled ?? true;
}

export interface AgentSiteSwitch {
  isEnabled(site: string): Promise<boolean>;
  onToggled(site: string, listener: (enabled: boolean) => void, signal: AbortSignal): void;
}

/** Calls `listener` with whether to coach on `site`, now and on every change of either switch. */
export function watchSiteCoaching(site: string, agent: AgentSiteSwitch, listener: (enabled: boolean) => void, signal: AbortSignal): void {
  let agentOn: boolean | null = null;
  let teamOn: boolean | null = null;
  let last: boolean | null = null;
  const emit = () => {
    if (agentOn === null || teamOn === null || signal.aborted) return;
    const next = agentOn && teamOn;
    if (next !== last) listener((last = next));
  };
  const fromStored = (stored: unknown) => {
    const sites = (stored as StoredEffectiveSettings | undefined)?.effective?.sites ?? [];
    teamOn = siteSwitch(sites.map((s) => s.value), site);
    emit();
  };
  agent.onToggled(site, (enabled) => {
    agentOn = enabled;
    emit();
  }, signal);
  localStore.onChanged(EFFECTIVE_SETTINGS_KEY, fromStored, signal);
  void agent.isEnabled(site).then((enabled) => {
    agentOn ??= enabled;
    emit();
  });
  void localStore.get<unknown>(EFFECTIVE_SETTINGS_KEY, undefined).then((stored) => {
    if (teamOn === null) fromStored(stored);
  });
}
