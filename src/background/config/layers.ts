/**
 * Reading the two layers that live in browser storage, policy and personal settings, leniently:
 * a bad field is dropped and reported, the rest is kept (Chrome does the same with policy).
 */
import { parseManagedPolicy, parsePersonalSettings, type ConfigError } from '../../config/validate.ts';
import type { ManagedPolicy, PersonalSettings } from '../../config/schema.ts';
import { isTestLoopbackUrl } from '../../build-flags.ts';
import type { ConfigPorts, KeyValueArea } from './ports.ts';
import { readStoredPersonal, savePersonal } from '../../config/personal-storage.ts';

import { PERSONAL_SETTINGS_KEY } from '../../storage-keys.ts';

export { PERSONAL_SETTINGS_KEY };

export async function readPolicy(ports: ConfigPorts): Promise<{ policy: ManagedPolicy; errors: ConfigError[] }> {
  const raw = await ports.managed.getAll();
  return withTestLoopbackUrl(raw, (input) => {
    const { policy, errors } = parseManagedPolicy(input);
    return { value: policy, errors };
  }, (policy, errors) => ({ policy, errors }));
}

export async function readPersonal(ports: ConfigPorts): Promise<{ settings: PersonalSettings; errors: ConfigError[] }> {
  // Long lists may live in storage.local when they outgrew one sync item (config/personal-storage.ts).
  return parsePersonal(await readStoredPersonal(ports.sync, ports.local));
}

/**
 * Applies `change` to the agent's own settings through validation: on a problem nothing is written
 * and the problems come back. The options page, the popup's site switch and the card's "Ignore
 * always" all write this one layer, so a team or policy lock covers every one of them.
 */
export async function updatePersonalLayer(sync: KeyValueArea, change: (current: PersonalSettings) => PersonalSettings, local?: KeyValueArea): Promise<ConfigError[]> {
  const { settings } = parsePersonal(local ? await readStoredPersonal(sync, local) : await sync.get(PERSONAL_SETTINGS_KEY));
  const { settings: valid, errors } = parsePersonal(change(structuredClone(settings)));
  if (errors.length) return errors;
  // Past 8 KB the long lists go to storage.local; a write the browser refuses is said in words.
  if (local) {
    const saved = await savePersonal(sync, local, valid);
    return saved.ok ? [] : [{ path: '', message: saved.message }];
  }
  try {
    await sync.set(PERSONAL_SETTINGS_KEY, valid);
    return [];
  } catch (error) {
    return [{ path: '', message: `Your change could not be saved (${error instanceof Error ? error.message : String(error)}). Nothing was changed.` }];
  }
}

/** Personal settings as stored or about to be stored (the options page validates with this too). */
export function parsePersonal(raw: unknown): { settings: PersonalSettings; errors: ConfigError[] } {
  return withTestLoopbackUrl(raw, (input) => {
    const { settings, errors } = parsePersonalSettings(input);
    return { value: settings, errors };
  }, (settings, errors) => ({ settings, errors }));
}

/**
 * The schema accepts only https team config URLs. The e2e build also lets a loopback http URL
 * through (see `build-flags.ts`): it is set aside before validation and put back after.
 */
function withTestLoopbackUrl<T extends { teamConfigUrl?: string }, R>(
  raw: unknown,
  parse: (input: unknown) => { value: T; errors: ConfigError[] },
  wrap: (value: T, errors: ConfigError[]) => R,
): R {
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const { teamConfigUrl, ...rest } = raw as Record<string, unknown>;
    if (isTestLoopbackUrl(teamConfigUrl)) {
      const { value, errors } = parse(rest);
      return wrap({ ...value, teamConfigUrl }, errors);
    }
  }
  const { value, errors } = parse(raw);
  return wrap(value, errors);
}
