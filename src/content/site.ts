/** Whether the agent switched Tact off for the site this frame belongs to. */
import { localStore } from '../platform/index.ts';
import { DISABLED_SITES_KEY } from '../storage-keys.ts';

/** The top page's host: an editor iframe (TinyMCE's about:srcdoc) belongs to the page around it. */
export function siteOf(win: Window): string {
  const origins = win.location.ancestorOrigins;
  const top = origins && origins.length ? origins[origins.length - 1]! : win.location.origin;
  try {
    return new URL(top).host;
  } catch {
    return win.location.host;
  }
}

export async function isSiteEnabled(site: string): Promise<boolean> {
  const disabled = await localStore.get<string[]>(DISABLED_SITES_KEY, []);
  return !disabled.includes(site);
}

export async function setSiteEnabled(site: string, enabled: boolean): Promise<void> {
  const disabled = new Set(await localStore.get<string[]>(DISABLED_SITES_KEY, []));
  if (enabled) disabled.delete(site);
  else disabled.add(site);
  await localStore.set(DISABLED_SITES_KEY, [...disabled]);
}

export function onSiteToggled(site: string, listener: (enabled: boolean) => void, signal: AbortSignal): void {
  localStore.onChanged(DISABLED_SITES_KEY, (value) => {
    listener(!(Array.isArray(value) && value.includes(site)));
  }, signal);
}
