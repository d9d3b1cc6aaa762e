/**
 * Every key Tact keeps in browser storage, in one place. `storage.local` is written by the background
 * (settings in effect, team config cache, status) and read by the content script, the popup and the
 * options page; `storage.sync` holds the agent's own settings and follows them across browsers.
 */

/** local: the merged settings with sources and locks, rewritten whenever any layer changes. */
export const EFFECTIVE_SETTINGS_KEY = 'effectiveSettings';
/** local: the last good team config and the validators to re-check it with. */
export const TEAM_CONFIG_CACHE_KEY = 'teamConfigCache';
/** local: what happened the last time each layer was read, in words, for the options page. */
export const CONFIG_STATUS_KEY = 'configStatus';
/** sync: the agent's own settings layer, one validated object (PersonalSettings). */
export const PERSONAL_SETTINGS_KEY = 'personalSettings';
/** local: hosts the agent switched Tact off for from the popup (before the settings layer had them). */
export const DISABLED_SITES_KEY = 'disabledSites';
/** local: "Ignore always" choices from the card, `rule\0phrase` (before the settings layer had them). */
export const IGNORED_PHRASES_KEY = 'ignoredPhrases';
/**
 * local: the agent's long lists (never-flag words, team phrases, sites) when the personal settings
 * no longer fit one `storage.sync` item (8 KB); kept on this computer instead of failing to save.
 */
export const PERSONAL_LISTS_LOCAL_KEY = 'personalSettingsLocalLists';
