/**
 * The team layer: a config fetched from the team's URL (or imported from a file on the options
 * page), kept in `storage.local` as the last good copy. A failed or broken fetch changes only
 * the status, never the copy.
 */
import { fetchTeamConfig } from '../../config/fetch-team-config.ts';
import { parseTeamConfig, type ConfigError } from '../../config/validate.ts';
import type { TeamConfig } from '../../config/schema.ts';
import type { TeamConfigCache, TeamConfigStatus } from '../../config/stored.ts';
import { isTestLoopbackUrl } from '../../build-flags.ts';
import type { ConfigPorts } from './ports.ts';

/** The copy that applies with this URL in effect: a fetched copy only for its own URL, an imported file only when no URL is set. */
export function teamConfigFor(url: string | undefined, cache: TeamConfigCache | undefined): TeamConfig | undefined {
  if (!cache) return undefined;
  if (cache.origin.kind === 'url') return cache.origin.url === url ? cache.config : undefined;
  return url === undefined ? cache.config : undefined;
}

export interface TeamState {
  cache?: TeamConfigCache;
  status: TeamConfigStatus;
}

/** One check of the team URL. Never throws; the network request goes to `url` and nowhere else. */
export async function checkTeamUrl(ports: ConfigPorts, url: string, state: TeamState): Promise<TeamState> {
  const sameUrl = state.cache?.origin.kind === 'url' && state.cache.origin.url === url ? state.cache : undefined;
  const result = await fetchTeamConfig(url, {
    fetch: ports.fetch,
    now: ports.now,
    ...(sameUrl ? { previous: { config: sameUrl.config, etag: sameUrl.etag, lastModified: sameUrl.lastModified } } : {}),
    // Only the e2e build ever says yes here (see build-flags.ts).
    allowInsecureLoopbackForTests: isTestLoopbackUrl(url),
  });
  const at = result.fetchedAt;
  if (result.status === 'error' || !result.config) {
    return {
      ...(state.cache ? { cache: state.cache } : {}),
      status: {
        url,
        lastCheckedAt: at,
        ...(state.status.url === url && state.status.lastSuccessAt ? { lastSuccessAt: state.status.lastSuccessAt } : {}),
        lastResult: 'error',
        lastError: result.error?.message ?? 'the team config could not be loaded',
        ...(result.error?.errors ? { lastErrorDetails: result.error.errors } : {}),
      },
    };
  }
  const cache: TeamConfigCache = {
    config: result.config,
    origin: { kind: 'url', url },
    ...(result.etag ? { etag: result.etag } : {}),
    ...(result.lastModified ? { lastModified: result.lastModified } : {}),
    savedAt: result.status === 'updated' || !sameUrl ? at : sameUrl.savedAt,
  };
  return { cache, status: { url, lastCheckedAt: at, lastSuccessAt: at, lastResult: result.status } };
}

/** A config file the agent or lead picked on the options page: all or nothing. */
export function importTeamFile(text: string, name: string, now: number): { ok: true; cache: TeamConfigCache } | { ok: false; errors: ConfigError[] } {
  const parsed = parseTeamConfig(text);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  return { ok: true, cache: { config: parsed.config, origin: { kind: 'file', name }, savedAt: now } };
}
