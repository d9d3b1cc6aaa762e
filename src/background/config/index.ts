/** Wires the settings pipeline to the real browser and to the options page's messages. */
import { handleMessages } from '../../messages.ts';
import { configPorts, siteScriptPorts } from '../../platform/settings.ts';
import { startConfigService, type ConfigService } from './service.ts';
import { keepSiteScripts } from './site-scripts.ts';
import { addAllowedPhrase, migrateIgnoredPhrases } from './agent-choices.ts';

export function startSettings(signal: AbortSignal): ConfigService {
  let syncSites = () => {};
  const service = startConfigService(configPorts, signal, () => syncSites());
  syncSites = keepSiteScripts(siteScriptPorts, service.effective, signal);
  void service.ready.then(syncSites);
  handleMessages({
    'options:refresh-team-config': { from: 'extension-page', handle: () => service.refreshNow() },
    'options:import-team-config': { from: 'extension-page', handle: ({ text, name }) => service.importFile(text, name) },
    'content:ignore-always': {
      from: 'content-script',
      handle: async ({ phrase }) => {
        await service.ready;
        if (service.effective()?.locks.allow.value) return { ok: false };
        return { ok: (await addAllowedPhrase(configPorts.sync, phrase, configPorts.local)).length === 0 };
      },
    },
  }, signal);
  // "Ignore always" choices made before they went into the settings: move them there once.
  void service.ready.then(() => migrateIgnoredPhrases(configPorts));
  return service;
}
