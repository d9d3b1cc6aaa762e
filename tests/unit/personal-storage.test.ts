/**
 * The agent's own settings past storage.sync's 8 KB per item (issue #11): the 80th long
 * never-flag word used to be refused by the browser, uncaught, with nothing saved or said.
 * The areas here enforce Chrome's quotas the way Chrome does (key + JSON of the value).
 */
import { describe, expect, it } from 'vitest';
import type { KeyValueArea } from '../../src/background/config/ports.ts';
import { readPersonal } from '../../src/background/config/layers.ts';
import { addAllowedPhrase } from '../../src/background/config/agent-choices.ts';
import { readStoredPersonal, savePersonal, SYNC_ITEM_BYTES, syncItemBytes } from '../../src/config/personal-storage.ts';
import type { PersonalSettings } from '../../src/config/schema.ts';
import { PERSONAL_LISTS_LOCAL_KEY, PERSONAL_SETTINGS_KEY } from '../../src/storage-keys.ts';

function area(perItemQuota = Infinity): KeyValueArea & { data: Map<string, unknown>; writes: number } {
  const data = new Map<string, unknown>();
  return {
    data,
    writes: 0,
    async get(key) {
      return structuredClone(data.get(key));
    },
    async set(key, value) {
      if (syncItemBytes(key, value) > perItemQuota) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      this.writes++;
      data.set(key, structuredClone(value));
    },
    onChanged() {},
  };
}

const longWord = (i: number) => `Acme Enterprise Cloud Platform product line ${i} ${'x'.repeat(40)}`.slice(0, 100);

describe('personal settings past 8 KB', () => {
  it('the 80th long never-flag word is saved, and every word is read back', async () => {
    const sync = area(SYNC_ITEM_BYTES);
    const local = area();
    const style = { customerName: 'full' as const };
    let settings: PersonalSettings = { style };
    for (let i = 0; i < 120; i++) {
      settings = { ...settings, allow: [...(settings.allow ?? []), longWord(i)] };
      const saved = await savePersonal(sync, local, settings);
      expect(saved.ok, `word ${i + 1}`).toBe(true);
    }
    expect(syncItemBytes(PERSONAL_SETTINGS_KEY, settings)).toBeGreaterThan(SYNC_ITEM_BYTES);
    const back = (await readStoredPersonal(sync, local)) as PersonalSettings;
    expect(back.allow).toHaveLength(120);
    expect(back.allow![79]).toBe(longWord(79));
    // What still fits keeps following the agent across browsers.
    expect(sync.data.get(PERSONAL_SETTINGS_KEY)).toEqual({ style });
    // The background reads the same settings, validated.
    const { settings: read, errors } = await readPersonal({ sync, local } as never);
    expect(errors).toEqual([]);
    expect(read.allow).toHaveLength(120);
    expect(read.style).toEqual(style);
  });

  it('"Ignore always" in the card keeps adding phrases past 8 KB', async () => {
    const sync = area(SYNC_ITEM_BYTES);
    const local = area();
    for (let i = 0; i < 100; i++) expect(await addAllowedPhrase(sync, longWord(i), local), `phrase ${i + 1}`).toEqual([]);
    expect(((await readStoredPersonal(sync, local)) as PersonalSettings).allow).toHaveLength(100);
  });

  it('settings that fit again go back to one synced item', async () => {
    const sync = area(SYNC_ITEM_BYTES);
    const local = area();
    await savePersonal(sync, local, { allow: Array.from({ length: 100 }, (_, i) => longWord(i)) });
    expect(local.data.get(PERSONAL_LISTS_LOCAL_KEY)).toBeTruthy();
    expect((await savePersonal(sync, local, { allow: ['Acme'] })).ok).toBe(true);
    expect(await readStoredPersonal(sync, local)).toEqual({ allow: ['Acme'] });
    expect(local.data.get(PERSONAL_LISTS_LOCAL_KEY)).toBeNull();
  });

  it('a write the browser refuses comes back as a sentence, and the last settings stay', async () => {
    const sync = area(SYNC_ITEM_BYTES);
    const local = area();
    await savePersonal(sync, local, { allow: ['Acme'] });
    const broken = area(SYNC_ITEM_BYTES);
    broken.set = async () => { throw new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'); };
    const saved = await savePersonal(broken, local, { allow: ['Acme', 'Tact'] });
    expect(saved).toEqual({ ok: false, message: 'Your change could not be saved (MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded). Nothing was changed.' });
    expect(await readStoredPersonal(sync, local)).toEqual({ allow: ['Acme'] });
  });

  it('settings too large even without the lists are refused with a message, not thrown', async () => {
    const sync = area(SYNC_ITEM_BYTES);
    const rules = Array.from({ length: 400 }, (_, i) => ({ id: `en.rule.number-${i}-with-a-long-name`, enabled: false }));
    const saved = await savePersonal(sync, area(), { rules });
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(saved.message).toMatch(/too large to save.*Nothing was changed/);
    expect(sync.writes).toBe(0);
  });
});
