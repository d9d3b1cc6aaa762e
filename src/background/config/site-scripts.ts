/**
 * Helpdesks on custom domains (`sites` in the settings): the content script is registered for
 * those the agent has granted on the options page. The manifest never asks for every site up
 * front; a host without a grant is simply not coached.
 */
import { siteMatchPatterns, type EffectiveSettings } from '../../config/merge.ts';
import type { SiteScriptPorts } from './ports.ts';

export function keepSiteScripts(ports: SiteScriptPorts, effective: () => EffectiveSettings | undefined, signal: AbortSignal): () => void {
  let last = '';
  const sync = async () => {
    const settings = effective();
    if (!settings || signal.aborted) return;
    const granted = await ports.granted(siteMatchPatterns(settings));
    const key = JSON.stringify(granted);
    if (key === last) return;
    last = key;
    await ports.register(granted);
  };
  const run = () => void sync().catch((error) => console.warn('[tact] could not register site scripts:', error));
  ports.onPermissionsChanged(run, signal);
  return run;
}
