/**
 * What the settings code needs from the browser, as plain functions. `src/platform/settings.ts`
 * implements these with the real extension APIs; unit tests pass in-memory fakes. Nothing in
 * `src/background/config/` touches a browser API except through these.
 */
import type { FetchLike } from '../../config/fetch-team-config.ts';

export interface KeyValueArea {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  /** Calls `listener` with the new value whenever `key` changes in this area. */
  onChanged(key: string, listener: (value: unknown) => void, signal: AbortSignal): void;
}

export interface ConfigPorts {
  /** `storage.managed`: the enterprise policy for this extension, `{}` when there is none. */
  managed: {
    getAll(): Promise<unknown>;
    onChanged(listener: () => void, signal: AbortSignal): void;
  };
  /** `storage.sync`: the agent's own settings, following them across their browsers. */
  sync: KeyValueArea;
  /** `storage.local`: last good team config, status, and the effective settings for readers. */
  local: KeyValueArea;
  alarms: {
    /** Creates or replaces a repeating alarm, first firing after `periodMinutes`. */
    schedule(name: string, periodMinutes: number): Promise<void>;
    /** The period of the alarm called `name`, if one exists. */
    periodOf(name: string): Promise<number | undefined>;
    clear(name: string): Promise<void>;
    onAlarm(name: string, listener: () => void, signal: AbortSignal): void;
  };
  fetch: FetchLike;
  now(): number;
}

/** Content scripts for helpdesks on custom domains, registered once the agent grants the host. */
export interface SiteScriptPorts {
  /** Which of these match patterns the agent has granted. */
  granted(patterns: string[]): Promise<string[]>;
  onPermissionsChanged(listener: () => void, signal: AbortSignal): void;
  /** Registers (or, with no patterns, removes) the content script for these patterns. */
  register(patterns: string[]): Promise<void>;
}
