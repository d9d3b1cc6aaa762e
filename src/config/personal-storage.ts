/**
 * Where the agent's own settings are kept. `storage.sync` follows the agent across browsers but
 * takes at most 8 KB per item (QUOTA_BYTES_PER_ITEM, key included) and 100 KB in all; the 80th
 * long never-flag word used to fail with "kQuotaBytesPerItem quota exceeded", uncaught: nothing
 * saved, nothing said. Now settings that fit stay in one sync item; past that, the long lists
 * (never-flag words, team phrases, sites) move to `storage.local` on this computer and the rest
 * stays synced. A write that fails anyway comes back as a sentence for the options page.
 */
import type { KeyValueArea } from '../background/config/ports.ts';
import { PERSONAL_LISTS_LOCAL_KEY, PERSONAL_SETTINGS_KEY } from '../storage-keys.ts';
import type { PersonalSettings } from './schema.ts';

/** Chrome's storage.sync.QUOTA_BYTES_PER_ITEM. */
export const SYNC_ITEM_BYTES = 8192;
const LIST_FIELDS = ['allow', 'teamPhrases', 'sites'] as const;
type ListField = (typeof LIST_FIELDS)[number];
type Lists = Partial<Pick<PersonalSettings, ListField>>;

/** Bytes Chrome counts for one item: the key plus the value as JSON. */
export function syncItemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

/** The stored personal settings, from the sync item and any lists kept locally. */
export async function readStoredPersonal(sync: KeyValueArea, local: KeyValueArea): Promise<unknown> {
  const [synced, lists] = await Promise.all([sync.get(PERSONAL_SETTINGS_KEY), local.get(PERSONAL_LISTS_LOCAL_KEY)]);
  return joinStored(synced, lists);
}

export function joinStored(synced: unknown, lists: unknown): unknown {
  if (!lists || typeof lists !== 'object' || Array.isArray(lists)) return synced;
  const base = synced && typeof synced === 'object' && !Array.isArray(synced) ? synced : {};
  return { ...base, ...lists };
}

export type SaveResult = { ok: true; localOnly: ListField[] } | { ok: false; message: string };

/** Writes validated settings: one sync item if it fits, else the long lists locally. Never throws. */
export async function savePersonal(sync: KeyValueArea, local: KeyValueArea, settings: PersonalSettings): Promise<SaveResult> {
  try {
    if (syncItemBytes(PERSONAL_SETTINGS_KEY, settings) <= SYNC_ITEM_BYTES) {
      await sync.set(PERSONAL_SETTINGS_KEY, settings);
      await local.set(PERSONAL_LISTS_LOCAL_KEY, null);
      return { ok: true, localOnly: [] };
    }
    const rest: Record<string, unknown> = { ...settings };
    const lists: Lists = {};
    for (const field of LIST_FIELDS) {
      if (settings[field] === undefined) continue;
      (lists as Record<string, unknown>)[field] = settings[field];
      delete rest[field];
    }
    if (syncItemBytes(PERSONAL_SETTINGS_KEY, rest) > SYNC_ITEM_BYTES) {
      return { ok: false, message: 'Your settings are too large to save (more than 8 KB without the word lists). Nothing was changed.' };
    }
    // Local first: if it fails, the synced settings are still the last complete set.
    await local.set(PERSONAL_LISTS_LOCAL_KEY, lists);
    await sync.set(PERSONAL_SETTINGS_KEY, rest);
    return { ok: true, localOnly: LIST_FIELDS.filter((f) => lists[f] !== undefined) };
  } catch (error) {
    return { ok: false, message: `Your change could not be saved (${error instanceof Error ? error.message : String(error)}). Nothing was changed.` };
  }
}
