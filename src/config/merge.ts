/**
 * The one place layers meet: built-in defaults < team config < enterprise policy < the agent's
 * own settings, except where the team or the policy locked a part, in which case the agent's
 * settings for it are ignored. Every resulting value says where it came from, so the options
 * page can say "set by your team", "your choice" or "default" without re-deriving anything.
 */
import { FLAG_CATEGORIES, type AnalysisConfig, type FlagCategory, type TeamPhrase } from '../analysis/types.ts';
import { POLICY_LOCKABLE, type LockableSection } from './sections.ts';
import type {
  ConfigTeamPhrase,
  Lang,
  ManagedPolicy,
  PersonalSettings,
  RuleOverride,
  Settings,
  Site,
  TeamConfig,
} from './schema.ts';

export type Source = 'policy' | 'team' | 'personal' | 'default';

export interface Sourced<T> {
  value: T;
  source: Source;
  /** The agent may not change this value. */
  locked: boolean;
}

export interface EffectiveSettings {
  teamName: Sourced<string | undefined>;
  teamConfigUrl: Sourced<string | undefined>;
  teamConfigRefreshMinutes: Sourced<number>;
  categories: Record<FlagCategory, { enabled: Sourced<boolean>; severity: Sourced<Settings['categories'][FlagCategory]['severity']> }>;
  /** Lists are merged by key (id, host, word); each item remembers which layer it came from. */
  rules: Sourced<RuleOverride>[];
  teamPhrases: Sourced<ConfigTeamPhrase>[];
  allow: Sourced<string>[];
  sites: Sourced<Site>[];
  style: { [K in keyof Settings['style']]: Sourced<Settings['style'][K]> };
  /** Which parts are locked, and who locked them. */
  locks: Record<LockableSection, Sourced<boolean>>;
}

export interface MergeInput {
  defaults: Settings;
  policy?: ManagedPolicy;
  team?: TeamConfig;
  personal?: PersonalSettings;
}

/** Lowest precedence first. */
type Layer = { source: Exclude<Source, 'default'>; data: Partial<ManagedPolicy & PersonalSettings> };

export function mergeSettings({ defaults, policy, team, personal }: MergeInput): EffectiveSettings {
  const locks = mergeLocks(policy, team);
  const isLocked = (section: LockableSection) => locks[section].value;
  const managed: Layer[] = [
    ...(team ? [{ source: 'team' as const, data: team }] : []),
    ...(policy ? [{ source: 'policy' as const, data: policy }] : []),
  ];
  const layersFor = (section: LockableSection): Layer[] =>
    personal && !isLocked(section) ? [...managed, { source: 'personal', data: personal }] : managed;

  /** The highest layer that sets the value wins; otherwise the default. */
  function pick<T>(section: LockableSection | null, layers: Layer[], read: (d: Layer['data']) => T | undefined, fallback: T): Sourced<T> {
    const locked = section === null ? true : isLocked(section);
    for (let i = layers.length - 1; i >= 0; i--) {
      const value = read(layers[i]!.data);
      if (value !== undefined) return { value, source: layers[i]!.source, locked };
    }
    return { value: fallback, source: 'default', locked };
  }

  const categoryLayers = layersFor('categories');
  const categories = Object.fromEntries(
    FLAG_CATEGORIES.map((c) => [
      c,
      {
        enabled: pick('categories', categoryLayers, (d) => d.categories?.[c]?.enabled, defaults.categories[c].enabled),
        severity: pick('categories', categoryLayers, (d) => d.categories?.[c]?.severity, defaults.categories[c].severity),
      },
    ]),
  ) as EffectiveSettings['categories'];

  const styleLayers = layersFor('style');
  const style: EffectiveSettings['style'] = {
    greeting: pick('style', styleLayers, (d) => d.style?.greeting, defaults.style.greeting),
    signOff: pick('style', styleLayers, (d) => d.style?.signOff, defaults.style.signOff),
    customerName: pick('style', styleLayers, (d) => d.style?.customerName, defaults.style.customerName),
  };

  const teamPhrases = mergeList('teamPhrases', defaults.teamPhrases, layersFor('teamPhrases'), (d) => d.teamPhrases, (p) => p.id, isLocked);
  // With team phrases locked, an agent must not switch them off through a rule override either.
  const lockedPhraseIds = isLocked('teamPhrases') ? new Set(teamPhrases.map((p) => p.value.id)) : new Set<string>();
  const ruleLayers = layersFor('rules').map((layer) =>
    layer.source === 'personal'
      ? { ...layer, data: { ...layer.data, rules: layer.data.rules?.filter((r) => !lockedPhraseIds.has(phraseIdOf(r.id))) } }
      : layer,
  );

  return {
    teamName: pick(null, managed, (d) => d.teamName, defaults.teamName),
    teamConfigUrl: pick('teamConfigUrl', layersFor('teamConfigUrl').filter((l) => l.source !== 'team'), (d) => d.teamConfigUrl, defaults.teamConfigUrl),
    teamConfigRefreshMinutes: pick(null, managed.filter((l) => l.source === 'policy'), (d) => d.teamConfigRefreshMinutes, defaults.teamConfigRefreshMinutes),
    categories,
    rules: mergeList('rules', defaults.rules, ruleLayers, (d) => d.rules, (r) => r.id, isLocked),
    teamPhrases,
    allow: mergeList('allow', defaults.allow, layersFor('allow'), (d) => d.allow, (w) => w.trim().toLowerCase(), isLocked),
    sites: mergeList('sites', defaults.sites, layersFor('sites'), (d) => d.sites, (s) => s.host.toLowerCase(), isLocked),
    style,
    locks,
  };
}

/**
 * Policy decides over the team config lock by lock. Setting the URL by policy pins it unless
 * the policy says otherwise: a manager who pushes a URL does not want agents swapping it out.
 */
function mergeLocks(policy: ManagedPolicy | undefined, team: TeamConfig | undefined): EffectiveSettings['locks'] {
  return Object.fromEntries(
    POLICY_LOCKABLE.map((section): [LockableSection, Sourced<boolean>] => {
      const fromPolicy = policy?.locks?.[section];
      if (fromPolicy !== undefined) return [section, { value: fromPolicy, source: 'policy', locked: true }];
      if (section === 'teamConfigUrl' && policy?.teamConfigUrl !== undefined) {
        return [section, { value: true, source: 'policy', locked: true }];
      }
      const fromTeam = section === 'teamConfigUrl' ? undefined : team?.locks?.[section];
      if (fromTeam !== undefined) return [section, { value: fromTeam, source: 'team', locked: true }];
      return [section, { value: false, source: 'default', locked: false }];
    }),
  ) as EffectiveSettings['locks'];
}

/** Items with the same key: the higher layer's item replaces the lower one, in place. */
function mergeList<T>(
  section: LockableSection,
  defaults: readonly T[],
  layers: Layer[],
  read: (d: Layer['data']) => readonly T[] | undefined,
  key: (item: T) => string,
  isLocked: (s: LockableSection) => boolean,
): Sourced<T>[] {
  const locked = isLocked(section);
  const byKey = new Map<string, Sourced<T>>();
  const add = (items: readonly T[] | undefined, source: Source) => {
    for (const value of items ?? []) byKey.set(key(value), { value, source, locked });
  };
  add(defaults, 'default');
  for (const layer of layers) add(read(layer.data), layer.source);
  return [...byKey.values()];
}

/** Plain values without provenance, for code that only needs to act on the settings. */
export function effectiveValues(effective: EffectiveSettings): Settings {
  const values = <T>(items: Sourced<T>[]) => items.map((i) => i.value);
  return {
    ...(effective.teamName.value !== undefined ? { teamName: effective.teamName.value } : {}),
    ...(effective.teamConfigUrl.value !== undefined ? { teamConfigUrl: effective.teamConfigUrl.value } : {}),
    teamConfigRefreshMinutes: effective.teamConfigRefreshMinutes.value,
    categories: Object.fromEntries(
      FLAG_CATEGORIES.map((c) => [c, { enabled: effective.categories[c].enabled.value, severity: effective.categories[c].severity.value }]),
    ) as Settings['categories'],
    rules: values(effective.rules),
    teamPhrases: values(effective.teamPhrases),
    allow: values(effective.allow),
    sites: values(effective.sites),
    style: {
      greeting: effective.style.greeting.value,
      signOff: effective.style.signOff.value,
      customerName: effective.style.customerName.value,
    },
  };
}

/** Rule id under which the analysis engine reports a team phrase's findings. */
export const TEAM_RULE_PREFIX = 'team.';

/** A rule override may name a team phrase by its id or by the engine's rule id for it. */
function phraseIdOf(ruleId: string): string {
  return ruleId.startsWith(TEAM_RULE_PREFIX) ? ruleId.slice(TEAM_RULE_PREFIX.length) : ruleId;
}

/** What the analysis engine needs for one reply in one language. */
export function toAnalysisConfig(effective: EffectiveSettings, lang: Lang): AnalysisConfig {
  const disabled: string[] = [];
  // Keyed by ids from a config: a null prototype, so "constructor" or "toString" reads nothing.
  const severity: NonNullable<AnalysisConfig['severity']> = Object.create(null);
  for (const c of FLAG_CATEGORIES) {
    if (!effective.categories[c].enabled.value) disabled.push(c);
    severity[c] = effective.categories[c].severity.value;
  }
  for (const { value: rule } of effective.rules) {
    if (rule.enabled === false) disabled.push(rule.id);
    if (rule.severity) severity[rule.id] = rule.severity;
  }
  // The engine reports a team phrase as rule `team.<id>` and lets a category severity override a
  // finding's own, so each phrase's resolved severity is pinned under that rule id. Overrides may
  // name a phrase either way ("p1" or "team.p1").
  const off = new Set(disabled);
  const teamPhrases: TeamPhrase[] = [];
  for (const { value: p } of effective.teamPhrases) {
    const ruleId = `${TEAM_RULE_PREFIX}${p.id}`;
    if ((p.lang !== undefined && p.lang !== lang) || off.has(p.id) || off.has(ruleId)) continue;
    const category = p.category ?? 'jargon';
    const resolved = severity[ruleId] ?? severity[p.id] ?? p.severity ?? severity[category] ?? 'hint';
    severity[ruleId] = resolved;
    teamPhrases.push({ ...p, category, severity: resolved });
  }
  const allow = [...new Set(effective.allow.map((w) => w.value.trim()))];
  return { disabled, severity, teamPhrases, allow };
}

/** Match patterns to request as optional host permissions, for the sites coaching is on. */
export function siteMatchPatterns(effective: EffectiveSettings): string[] {
  return effective.sites
    .filter((s) => s.value.enabled !== false)
    .map((s) => `https://${s.value.host.toLowerCase()}/*`);
}
