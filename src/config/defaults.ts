/** Built-in defaults: the bottom layer of every merge, and the "default" shown in docs. */
import { FLAG_CATEGORIES, type FlagCategory, type Severity } from '../analysis/types.ts';
import type { Settings } from './schema.ts';

/** Severities from the taxonomy: things that hurt the customer are warnings, style is a hint. */
export const DEFAULT_SEVERITY: Record<FlagCategory, Severity> = {
  'generic-apology': 'warning',
  'non-apology': 'warning',
  'policy-deflection': 'warning',
  hype: 'hint',
  blame: 'warning',
  jargon: 'hint',
};

export const DEFAULT_TEAM_CONFIG_REFRESH_MINUTES = 60;

export function defaultSettings(): Settings {
  return {
    teamConfigRefreshMinutes: DEFAULT_TEAM_CONFIG_REFRESH_MINUTES,
    categories: Object.fromEntries(
      FLAG_CATEGORIES.map((c) => [c, { enabled: true, severity: DEFAULT_SEVERITY[c] }]),
    ) as Settings['categories'],
    rules: [],
    teamPhrases: [],
    allow: [],
    // Built-in helpdesks come with the extension; this list only adds or switches off sites.
    sites: [],
    style: { greeting: 'Hi {name},', signOff: '', customerName: 'first' },
  };
}

/** A frozen copy for callers that only read. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(defaultSettings());
