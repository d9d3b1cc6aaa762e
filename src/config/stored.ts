/**
 * What the background keeps in `storage.local` about settings, shared by the background (writer),
 * the content script and the options page (readers). Plain data and types only: the content
 * script imports this, so nothing here may pull in zod.
 */
import type { ConfigError } from './validate.ts';
import type { EffectiveSettings } from './merge.ts';
import type { TeamConfig } from './schema.ts';

export { CONFIG_STATUS_KEY, EFFECTIVE_SETTINGS_KEY, TEAM_CONFIG_CACHE_KEY } from '../storage-keys.ts';

export interface StoredEffectiveSettings {
  effective: EffectiveSettings;
  /** Milliseconds since the epoch. */
  updatedAt: number;
}

export interface TeamConfigCache {
  config: TeamConfig;
  /** Where the copy came from: the URL it was fetched from, or the name of an imported file. */
  origin: { kind: 'url'; url: string } | { kind: 'file'; name: string };
  etag?: string;
  lastModified?: string;
  /** When this copy was accepted. */
  savedAt: number;
}

export interface TeamConfigStatus {
  url?: string;
  /** Last time the URL was asked, whatever the answer. */
  lastCheckedAt?: number;
  /** Last time the URL gave a good config (new or unchanged). */
  lastSuccessAt?: number;
  /** One sentence naming the problem, absent when the last check went well. */
  lastError?: string;
  /** Field-by-field problems when the body was JSON but not a valid config. */
  lastErrorDetails?: ConfigError[];
  /** 'updated' | 'unchanged' | 'error', from the last check. */
  lastResult?: 'updated' | 'unchanged' | 'error';
}

export interface ConfigStatus {
  team: TeamConfigStatus;
  /** Policy fields dropped because they did not fit (Chrome drops some silently before us). */
  policyErrors: ConfigError[];
  /** Personal settings dropped from sync storage because they did not fit. */
  personalErrors: ConfigError[];
}

export const EMPTY_STATUS: ConfigStatus = { team: {}, policyErrors: [], personalErrors: [] };
