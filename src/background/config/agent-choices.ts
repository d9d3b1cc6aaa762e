/**
 * Choices the agent makes outside the options page — "Ignore always" in the card — written to their
 * own settings layer like any other setting, so the options page lists them and can undo them.
 */
import type { ConfigError } from '../../config/validate.ts';
import { IGNORED_PHRASES_KEY } from '../../storage-keys.ts';
import { updatePersonalLayer } from './layers.ts';
import type { ConfigPorts, KeyValueArea } from './ports.ts';

/** Adds `phrase` to the agent's `allow` list (once, whatever its case). */
export function addAllowedPhrase(sync: KeyValueArea, phrase: string, local?: KeyValueArea): Promise<ConfigError[]> {
  const clean = phrase.replace(/\s+/g, ' ').trim();
  return updatePersonalLayer(sync, (p) => {
    const allow = p.allow ?? [];
    if (!clean || allow.some((w) => w.toLowerCase() === clean.toLowerCase())) return p;
    return { ...p, allow: [...allow, clean] };
  }, local);
}

/** Before 0.2 "Ignore always" kept `rule\0phrase` entries in storage.local; they become `allow` phrases. */
export async function migrateIgnoredPhrases(ports: Pick<ConfigPorts, 'local' | 'sync'>): Promise<void> {
  const old = await ports.local.get(IGNORED_PHRASES_KEY);
  if (!Array.isArray(old)) return;
  for (const entry of old) {
    if (typeof entry === 'string') await addAllowedPhrase(ports.sync, entry.split('\u0000').pop() ?? '', ports.local);
  }
  await ports.local.set(IGNORED_PHRASES_KEY, []);
}
