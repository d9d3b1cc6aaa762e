/**
 * Browser storage, alarms, host permissions and dynamic content scripts for the settings code.
 * Part of the platform layer: the only place besides `index.ts` that imports the polyfill.
 */
import browser from 'webextension-polyfill';
import type { ConfigPorts, KeyValueArea, SiteScriptPorts } from '../background/config/ports.ts';

type AreaName = 'local' | 'sync';

function area(name: AreaName): KeyValueArea {
  const storage = browser.storage[name];
  return {
    async get(key) {
      const got = await storage.get(key);
      return got[key];
    },
    async set(key, value) {
      await storage.set({ [key]: value });
    },
    onChanged(key, listener, signal) {
      const wrapped = (changes: Record<string, { newValue?: unknown }>, changedArea: string) => {
        if (changedArea === name && key in changes) listener(changes[key]!.newValue);
      };
      browser.storage.onChanged.addListener(wrapped);
      signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(wrapped), { once: true });
    },
  };
}

export const localArea = area('local');
export const syncArea = area('sync');

export const configPorts: ConfigPorts = {
  managed: {
    async getAll() {
      try {
        return await browser.storage.managed.get();
      } catch {
        // Firefox throws when no policy names this extension; Chromium answers {}.
        return {};
      }
    },
    onChanged(listener, signal) {
      const wrapped = (_changes: unknown, changedArea: string) => {
        if (changedArea === 'managed') listener();
      };
      browser.storage.onChanged.addListener(wrapped);
      signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(wrapped), { once: true });
    },
  },
  sync: syncArea,
  local: localArea,
  alarms: {
    async schedule(name, periodMinutes) {
      await browser.alarms.create(name, { periodInMinutes: periodMinutes, delayInMinutes: periodMinutes });
    },
    async periodOf(name) {
      return (await browser.alarms.get(name))?.periodInMinutes;
    },
    async clear(name) {
      await browser.alarms.clear(name);
    },
    onAlarm(name, listener, signal) {
      const wrapped = (alarm: { name: string }) => {
        if (alarm.name === name) listener();
      };
      browser.alarms.onAlarm.addListener(wrapped);
      signal.addEventListener('abort', () => browser.alarms.onAlarm.removeListener(wrapped), { once: true });
    },
  },
  // Bound: a bare `fetch` reference called as a method of another object throws "Illegal invocation".
  fetch: (url, init) => fetch(url, init),
  now: () => Date.now(),
};

const SITE_SCRIPT_ID = 'tact-team-sites';

export const siteScriptPorts: SiteScriptPorts = {
  async granted(patterns) {
    const out: string[] = [];
    for (const origin of patterns) {
      if (await browser.permissions.contains({ origins: [origin] })) out.push(origin);
    }
    return out;
  },
  onPermissionsChanged(listener, signal) {
    const wrapped = () => listener();
    browser.permissions.onAdded.addListener(wrapped);
    browser.permissions.onRemoved.addListener(wrapped);
    signal.addEventListener('abort', () => {
      browser.permissions.onAdded.removeListener(wrapped);
      browser.permissions.onRemoved.removeListener(wrapped);
    }, { once: true });
  },
  async register(patterns) {
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SITE_SCRIPT_ID] });
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SITE_SCRIPT_ID] });
    if (!patterns.length) return;
    // The same files as the manifest's content script (crxjs names its loader at build time).
    const declared = browser.runtime.getManifest().content_scripts?.[0];
    if (!declared?.js?.length) return;
    await browser.scripting.registerContentScripts([{
      id: SITE_SCRIPT_ID,
      matches: patterns,
      js: declared.js,
      runAt: 'document_idle',
      allFrames: true,
      persistAcrossSessions: true,
    }]);
  },
};

/** Asks the agent for hosts; must run inside a click handler (a user gesture) on an extension page. */
export function requestHostPermissions(origins: string[]): Promise<boolean> {
  return browser.permissions.request({ origins });
}

export function hasHostPermissions(origins: string[]): Promise<boolean> {
  return browser.permissions.contains({ origins });
}

export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}
