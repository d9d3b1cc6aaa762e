/**
 * The settings pipeline of the service worker, in one place: read policy (`storage.managed`),
 * the agent's own settings (`storage.sync`) and the team config (fetched from its URL on a
 * schedule, last good copy in `storage.local`); merge them; write the effective settings with
 * sources and locks to `storage.local` under one key. Every reader (content scripts, options
 * page, popup) watches that key, so writing it is the broadcast.
 *
 * Listeners are registered synchronously by `startConfigService`, because an MV3 worker woken
 * by an alarm or a storage change gets the event only if its listener exists in the first turn;
 * they wait for the stored state to be loaded before acting.
 */
import { defaultSettings } from '../../config/defaults.ts';
import { mergeSettings, type EffectiveSettings } from '../../config/merge.ts';
import type { ManagedPolicy, PersonalSettings } from '../../config/schema.ts';
import type { ConfigError } from '../../config/validate.ts';
import {
  CONFIG_STATUS_KEY,
  EFFECTIVE_SETTINGS_KEY,
  TEAM_CONFIG_CACHE_KEY,
  type ConfigStatus,
  type StoredEffectiveSettings,
  type TeamConfigCache,
  type TeamConfigStatus,
} from '../../config/stored.ts';
import { PERSONAL_SETTINGS_KEY, readPersonal, readPolicy } from './layers.ts';
import { PERSONAL_LISTS_LOCAL_KEY } from '../../storage-keys.ts';
import type { ConfigPorts } from './ports.ts';
import { checkTeamUrl, importTeamFile, teamConfigFor, type TeamState } from './team-source.ts';

export const TEAM_CONFIG_ALARM = 'tact-team-config';

export interface ConfigService {
  /** Resolves once the first effective settings have been written. */
  readonly ready: Promise<void>;
  /** Checks the team URL now (the options page's "Check now"); resolves with the new status. */
  refreshNow(): Promise<TeamConfigStatus>;
  /** Uses a config file as the team layer when no team URL is set; nothing changes on error. */
  importFile(text: string, name: string): Promise<{ ok: true } | { ok: false; errors: ConfigError[] }>;
  /** The settings last written, for callers in the worker. */
  effective(): EffectiveSettings | undefined;
}

export function startConfigService(
  ports: ConfigPorts,
  signal: AbortSignal,
  onEffective: (effective: EffectiveSettings) => void = () => undefined,
): ConfigService {
  let policy: ManagedPolicy = {};
  let policyErrors: ConfigError[] = [];
  let personal: PersonalSettings = {};
  let personalErrors: ConfigError[] = [];
  let team: TeamState = { status: {} };
  let current: EffectiveSettings | undefined;
  let writtenEffective = '';
  let writtenStatus = '';
  let writtenCache = '';
  // One change at a time: a policy edit arriving during a fetch must not interleave with it.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const urlInEffect = (): string | undefined => mergeSettings({ defaults: defaultSettings(), policy, personal }).teamConfigUrl.value;

  async function publish(): Promise<void> {
    const url = urlInEffect();
    const teamConfig = teamConfigFor(url, team.cache);
    const effective = mergeSettings({ defaults: defaultSettings(), policy, personal, ...(teamConfig ? { team: teamConfig } : {}) });
    current = effective;
    const status: ConfigStatus = { team: url === undefined ? {} : team.status, policyErrors, personalErrors };
    const cacheJson = JSON.stringify(team.cache ?? null);
    if (cacheJson !== writtenCache) {
      await ports.local.set(TEAM_CONFIG_CACHE_KEY, team.cache ?? null);
      writtenCache = cacheJson;
    }
    const statusJson = JSON.stringify(status);
    if (statusJson !== writtenStatus) {
      await ports.local.set(CONFIG_STATUS_KEY, status);
      writtenStatus = statusJson;
    }
    // Rewritten only when something changed: every write wakes every tab's content script.
    const effectiveJson = JSON.stringify(effective);
    if (effectiveJson !== writtenEffective) {
      await ports.local.set(EFFECTIVE_SETTINGS_KEY, { effective, updatedAt: ports.now() } satisfies StoredEffectiveSettings);
      writtenEffective = effectiveJson;
      onEffective(effective);
    }
  }

  async function check(url: string): Promise<void> {
    team = await checkTeamUrl(ports, url, team);
  }

  /** Keeps the alarm in step with the URL and period; checks now if the copy is due or for another URL. */
  async function keepSchedule(): Promise<void> {
    const url = urlInEffect();
    if (url === undefined) {
      await ports.alarms.clear(TEAM_CONFIG_ALARM);
      return;
    }
    const minutes = current?.teamConfigRefreshMinutes.value ?? defaultSettings().teamConfigRefreshMinutes;
    if ((await ports.alarms.periodOf(TEAM_CONFIG_ALARM)) !== minutes) await ports.alarms.schedule(TEAM_CONFIG_ALARM, minutes);
    const last = team.status.url === url ? team.status.lastCheckedAt : undefined;
    if (last === undefined || ports.now() - last >= minutes * 60_000) {
      await check(url);
      await publish();
    }
  }

  async function load(): Promise<void> {
    const [cache, status, fromPolicy, fromSync] = await Promise.all([
      ports.local.get(TEAM_CONFIG_CACHE_KEY),
      ports.local.get(CONFIG_STATUS_KEY),
      readPolicy(ports),
      readPersonal(ports),
    ]);
    if (cache && typeof cache === 'object') {
      team.cache = cache as TeamConfigCache;
      writtenCache = JSON.stringify(cache);
    }
    if (status && typeof status === 'object') team.status = (status as ConfigStatus).team ?? {};
    ({ policy, errors: policyErrors } = fromPolicy);
    ({ settings: personal, errors: personalErrors } = fromSync);
    await publish();
    await keepSchedule();
  }

  const ready = serial(load);
  const afterLoad = (task: () => Promise<void>) => {
    void ready.then(() => serial(task)).catch((error) => console.warn('[tact] settings update failed:', error));
  };

  ports.managed.onChanged(() => afterLoad(async () => {
    ({ policy, errors: policyErrors } = await readPolicy(ports));
    await publish();
    await keepSchedule();
  }), signal);

  const personalChanged = () => afterLoad(async () => {
    ({ settings: personal, errors: personalErrors } = await readPersonal(ports));
    await publish();
    await keepSchedule();
  });
  ports.sync.onChanged(PERSONAL_SETTINGS_KEY, personalChanged, signal);
  ports.local.onChanged(PERSONAL_LISTS_LOCAL_KEY, personalChanged, signal);

  ports.alarms.onAlarm(TEAM_CONFIG_ALARM, () => afterLoad(async () => {
    const url = urlInEffect();
    if (url !== undefined) await check(url);
    await publish();
    await keepSchedule();
  }), signal);

  return {
    ready,
    effective: () => current,
    refreshNow: () => ready.then(() => serial(async () => {
      const url = urlInEffect();
      if (url !== undefined) await check(url);
      await publish();
      return url === undefined ? {} : team.status;
    })),
    importFile: (text, name) => ready.then(() => serial(async () => {
      const url = urlInEffect();
      if (url !== undefined) {
        return { ok: false as const, errors: [{ path: '', message: `your team config comes from ${url}; a file cannot replace it` }] };
      }
      const result = importTeamFile(text, name, ports.now());
      if (!result.ok) return result;
      team = { ...team, cache: result.cache };
      await publish();
      return { ok: true as const };
    })),
  };
}
