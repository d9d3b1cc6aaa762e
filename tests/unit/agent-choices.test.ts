/** "Ignore always" lands in the agent's own settings layer, validated, once per phrase; old choices move there. */
import { describe, expect, it } from 'vitest';
import { addAllowedPhrase, migrateIgnoredPhrases } from '../../src/background/config/agent-choices.ts';
import type { KeyValueArea } from '../../src/background/config/ports.ts';
import { IGNORED_PHRASES_KEY, PERSONAL_SETTINGS_KEY } from '../../src/storage-keys.ts';

function memoryArea(initial: Record<string, unknown> = {}): KeyValueArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    async get(key) { return structuredClone(data[key]); },
    async set(key, value) { data[key] = structuredClone(value); },
    onChanged() {},
  };
}

describe('agent choices in the personal layer', () => {
  it('adds an ignored phrase to allow once, keeping the other settings', async () => {
    const sync = memoryArea({ [PERSONAL_SETTINGS_KEY]: { allow: ['Acme'], sites: [{ host: 'support.acme.com' }] } });
    expect(await addAllowedPhrase(sync, '  Act   now ')).toEqual([]);
    expect(await addAllowedPhrase(sync, 'act now')).toEqual([]);
    expect(sync.data[PERSONAL_SETTINGS_KEY]).toEqual({ allow: ['Acme', 'Act now'], sites: [{ host: 'support.acme.com' }] });
  });

  it('writes nothing when the result would not validate', async () => {
    const sync = memoryArea({ [PERSONAL_SETTINGS_KEY]: { allow: ['Acme'] } });
    const errors = await addAllowedPhrase(sync, 'x'.repeat(5000));
    expect(errors.length).toBeGreaterThan(0);
    expect(sync.data[PERSONAL_SETTINGS_KEY]).toEqual({ allow: ['Acme'] });
  });

  it('moves the old storage.local ignore list into allow, once', async () => {
    const local = memoryArea({ [IGNORED_PHRASES_KEY]: ['en.hype.urgency\u0000act now', 'en.jargon.x\u0000please be advised'] });
    const sync = memoryArea();
    await migrateIgnoredPhrases({ local, sync });
    expect(sync.data[PERSONAL_SETTINGS_KEY]).toEqual({ allow: ['act now', 'please be advised'] });
    expect(local.data[IGNORED_PHRASES_KEY]).toEqual([]);
  });
});
