/**
 * The one definition of Tact's configuration. Everything else is derived from it:
 * `public/managed_schema.json` (Chrome enterprise policy), `docs/config.md`, the validators
 * and the TypeScript types. Edit here, then run `npm run gen:config`.
 *
 * Three documents share these building blocks:
 * - `TeamConfig`: the JSON a team lead publishes at a URL (or pastes in).
 * - `ManagedPolicy`: what an administrator sets by enterprise policy; a team config plus
 *   where to fetch the team config from.
 * - `PersonalSettings`: what an agent changes for themselves (kept in `storage.sync`).
 * `Settings` is the fully resolved shape every layer is merged into; defaults are one.
 */
import { z } from 'zod';
import { FLAG_CATEGORIES, type FlagCategory } from '../analysis/types.ts';
import { phraseKey } from '../analysis/config.ts';

/** Limits keep a hostile or mistaken config from costing the agent's tab anything. */
export const LIMITS = {
  /** Bytes of JSON accepted from a URL, a paste or a policy. 500 phrases of maximal size fit. */
  maxConfigBytes: 512 * 1024,
  maxTeamPhrases: 500,
  maxPhraseLength: 200,
  maxMessageLength: 300,
  maxIdLength: 64,
  maxAllowWords: 500,
  maxAllowWordLength: 100,
  maxRules: 500,
  maxSites: 100,
  maxHostLength: 253,
  maxTeamNameLength: 80,
  maxStyleLength: 200,
  maxUrlLength: 2048,
} as const;

import { LANGS, SEVERITIES, TEAM_LOCKABLE, POLICY_LOCKABLE, type LockableSection } from './sections.ts';
export { LANGS, SEVERITIES, TEAM_LOCKABLE, POLICY_LOCKABLE, type LockableSection };
/** Placeholders a greeting or sign-off may contain; filled by the rewrite code. */
export const STYLE_PLACEHOLDERS = ['{name}', '{agent}'] as const;

const textOf = (min: number, max: number): string =>
  min === max ? `must be text of ${max} characters` : `must be text of ${min}–${max} characters`;

/** A bounded string whose every failure (wrong type, too short, too long) reads the same. */
function text(min: number, max: number) {
  const error = textOf(min, max);
  return z.string({ error }).min(min, { error }).max(max, { error });
}

/** Text that must contain something besides spaces (a blank `avoid` would match everywhere). */
function visibleText(max: number) {
  return text(1, max).refine((s) => s.trim().length > 0, { error: 'must not be blank' });
}

const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;
const id = text(1, LIMITS.maxIdLength).regex(ID_PATTERN, {
  error: 'must use only lowercase letters, digits, ".", "_" and "-", starting with a letter or digit',
});

const severity = z.enum(SEVERITIES, { error: 'must be "warning" or "hint"' });
const lang = z.enum(LANGS, { error: 'must be one of "en", "ru", "zh", "sv"' });
const category = z.enum(FLAG_CATEGORIES as [FlagCategory, ...FlagCategory[]], {
  error: `must be one of ${FLAG_CATEGORIES.map((c) => `"${c}"`).join(', ')}`,
});
const bool = z.boolean({ error: 'must be true or false' });

/**
 * A host name as typed by a person, optionally with a leading `*.` for every subdomain.
 * No scheme, port or path: the extension turns it into a match pattern and asks for it as an
 * optional host permission at run time. Checked by code, not by a user-supplied pattern.
 */
export function hostProblem(host: string): string | undefined {
  const bare = host.startsWith('*.') ? host.slice(2) : host;
  if (/[/:?#@\s]/.test(host)) return 'must be a host name only, like "support.example.com" (no https://, port or path)';
  if (bare.includes('*')) return '"*" is allowed only as a leading "*." for every subdomain';
  const labels = bare.split('.');
  if (labels.some((l) => l.length === 0 || l.length > 63)) return 'is not a valid host name';
  if (labels.some((l) => !/^[a-z0-9-]+$/i.test(l) || l.startsWith('-') || l.endsWith('-'))) {
    return 'is not a valid host name (letters, digits and "-" between dots)';
  }
  if (host.startsWith('*.') && labels.length < 2) return '"*." needs a domain after it, like "*.example.com"';
  return undefined;
}

const host = text(1, LIMITS.maxHostLength).superRefine((value, ctx) => {
  const problem = hostProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** Only https: a config fetched over plain http could be rewritten by anyone on the network. */
export function teamConfigUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be a full https:// address';
  }
  if (url.protocol !== 'https:') return 'must start with https://';
  if (url.username || url.password) return 'must not contain a user name or password';
  return undefined;
}

const teamConfigUrl = text(1, LIMITS.maxUrlLength).superRefine((value, ctx) => {
  const problem = teamConfigUrlProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** Flags ids that occur twice in a list; names both places so the author can find them. */
function uniqueBy<T>(key: (item: T) => string, field: string, listName: string) {
  return (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const k = key(item);
      const first = seen.get(k);
      if (first === undefined) {
        seen.set(k, index);
        return;
      }
      ctx.addIssue({
        code: 'custom',
        path: [index, field],
        message: `"${k}" is used twice (also at ${listName}[${first}].${field}); each must be unique`,
      });
    });
  };
}

/**
 * The same words under two ids (after case and Unicode folding, as the analysis matches them):
 * the second would never fire, so the author is told instead of left wondering.
 */
function noRepeatedPhrase(items: Array<{ id: string; avoid: string; lang?: string }>, ctx: z.RefinementCtx): void {
  const seen = new Map<string, Array<{ index: number; lang?: string }>>();
  items.forEach((item, index) => {
    const key = phraseKey(item.avoid);
    if (!key) return;
    const earlier = seen.get(key) ?? [];
    // Phrases for two different languages never meet; one without a language meets every one.
    const clash = earlier.find((e) => e.lang === undefined || item.lang === undefined || e.lang === item.lang);
    // The same id twice is reported once, by the id check.
    if (clash && items[clash.index]!.id !== item.id) {
      ctx.addIssue({
        code: 'custom',
        path: [index, 'avoid'],
        message: `is the same phrase as teamPhrases[${clash.index}].avoid (id "${items[clash.index]!.id}"); only one of them would ever be flagged, so keep one id per phrase`,
      });
    }
    earlier.push({ index, ...(item.lang ? { lang: item.lang } : {}) });
    seen.set(key, earlier);
  });
}

function list<T extends z.ZodType>(item: T, max: number, noun: string) {
  return z.array(item, { error: `must be a list of ${noun}` }).max(max, {
    error: (issue) => `has ${Array.isArray(issue.input) ? issue.input.length : 'too many'} ${noun}; the limit is ${max}`,
  });
}

// ---- Building blocks --------------------------------------------------------------------

const categorySetting = z
  .strictObject(
    {
      enabled: bool.optional().describe('false switches this category off.'),
      severity: severity.optional().describe('"warning" (needs attention) or "hint" (style).'),
    },
    { error: 'must be an object like {"enabled": true, "severity": "warning"}' },
  )
  .describe('On/off and severity for one category.');

const categoryDescriptions: Record<FlagCategory, string> = {
  'generic-apology': 'An apology that names no specific problem ("Sorry for any inconvenience").',
  'non-apology': 'An apology for the customer\'s feelings, not for what happened ("Sorry you feel that way").',
  'policy-deflection': 'Hiding behind policy or the system instead of explaining ("It\'s company policy").',
  hype: 'Marketing pressure and superlatives ("Act now!", "100% free").',
  blame: 'Defensive or blaming language ("As I already said", "You should have").',
  jargon: 'Canned corporate phrases ("Please be advised", "going forward").',
};

const categories = z
  .strictObject(
    Object.fromEntries(
      FLAG_CATEGORIES.map((c) => [c, categorySetting.optional().describe(categoryDescriptions[c])]),
    ) as Record<FlagCategory, z.ZodOptional<typeof categorySetting>>,
    { error: 'must be an object with one entry per category' },
  )
  .describe('Which flag categories are on and how severe they are.');

const ruleOverride = z
  .strictObject(
    {
      id: id.describe('A built-in rule id (e.g. "en.apology.generic") or a team phrase id.'),
      enabled: bool.optional().describe('false switches this rule off.'),
      severity: severity.optional().describe('Overrides the category severity for this rule.'),
    },
    { error: 'must be an object like {"id": "en.jargon.be-advised", "enabled": false}' },
  )
  .describe('One rule switched off or given another severity.');

const teamPhrase = z
  .strictObject(
    {
      id: id.describe('Unique id, used to switch the phrase off or change its severity.'),
      avoid: visibleText(LIMITS.maxPhraseLength).describe(
        'The words to flag, matched as plain text (case-insensitive, whole words), never as a pattern.',
      ),
      prefer: text(1, LIMITS.maxPhraseLength).optional().describe('What to write instead; offered as the rewrite.'),
      message: text(1, LIMITS.maxMessageLength).optional().describe('Why, in one line, shown to the agent.'),
      lang: lang.optional().describe('Language the phrase belongs to; omit to use it in every language.'),
      category: category.optional().describe('Category the finding is filed under; default "jargon".'),
      severity: severity.optional().describe('Severity of the finding; default "hint".'),
    },
    { error: 'must be an object like {"id": "…", "avoid": "…", "prefer": "…"}' },
  )
  .describe('"Avoid X, prefer Y": a plain phrase the team does not want in replies.');

const allowWord = visibleText(LIMITS.maxAllowWordLength).describe('A word or phrase never flagged.');

const site = z
  .strictObject(
    {
      host: host.describe(
        'Host name of the helpdesk, e.g. "support.example.com" or "*.zendesk.com" for every subdomain.',
      ),
      enabled: bool.optional().describe('false switches coaching off on this site. Default true.'),
      helpdesk: id
        .optional()
        .describe('Which helpdesk the site runs (e.g. "zendesk" for a custom domain); omit to detect it.'),
    },
    { error: 'must be an object like {"host": "support.example.com"}' },
  )
  .describe('A helpdesk site: asked for as an optional permission when first used.');

const styleFields = {
  greeting: text(0, LIMITS.maxStyleLength)
    .optional()
    .describe('How replies open, e.g. "Hi {name},". {name} is the customer\'s name, {agent} the agent\'s.'),
  signOff: text(0, LIMITS.maxStyleLength)
    .optional()
    .describe('How replies close, e.g. "Best,\\n{agent}". Same placeholders as greeting.'),
  customerName: z
    .enum(['first', 'full'], { error: 'must be "first" or "full"' })
    .optional()
    .describe('Address the customer by first name ("first") or full name ("full").'),
};

const style = z
  .strictObject(styleFields, { error: 'must be an object like {"greeting": "Hi {name},"}' })
  .superRefine((value, ctx) => {
    for (const field of ['greeting', 'signOff'] as const) {
      for (const placeholder of value[field]?.match(/\{[^{}]*\}/g) ?? []) {
        if (!(STYLE_PLACEHOLDERS as readonly string[]).includes(placeholder)) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: `unknown placeholder ${placeholder}; use ${STYLE_PLACEHOLDERS.join(' or ')}`,
          });
        }
      }
    }
  })
  .describe('The team\'s greeting, sign-off and how to name the customer, used by rewrites.');

/** Parts of the settings a team or administrator can stop agents from changing. */
/** Only an administrator can pin the team config URL (a team config cannot point elsewhere). */

const lockDescriptions: Record<LockableSection, string> = {
  categories: 'Agents cannot switch categories or change their severity.',
  rules: 'Agents cannot switch rules off or change their severity.',
  teamPhrases: 'Agents cannot add or replace team phrases.',
  allow: 'Agents cannot add words to the never-flag list.',
  sites: 'Agents cannot add sites or switch sites off.',
  style: 'Agents cannot change greeting, sign-off or customer-name form.',
  teamConfigUrl: 'Agents cannot change the team config URL. Default true when policy sets the URL.',
};

function locks<K extends LockableSection>(keys: readonly K[]) {
  return z
    .strictObject(
      Object.fromEntries(keys.map((k) => [k, bool.optional().describe(lockDescriptions[k])])) as Record<
        K,
        z.ZodOptional<typeof bool>
      >,
      { error: 'must be an object like {"teamPhrases": true}' },
    )
    .describe('true for each part agents may not change.');
}

// ---- Documents --------------------------------------------------------------------------

const sharedFields = {
  categories: categories.optional(),
  rules: list(ruleOverride, LIMITS.maxRules, 'rules')
    .superRefine(uniqueBy((r) => r.id, 'id', 'rules'))
    .optional()
    .describe('Individual rules switched off or given another severity.'),
  teamPhrases: list(teamPhrase, LIMITS.maxTeamPhrases, 'phrases')
    .superRefine(uniqueBy((p) => p.id, 'id', 'teamPhrases'))
    .superRefine(noRepeatedPhrase)
    .optional()
    .describe('"Avoid X, prefer Y" phrases, plain text only (never regular expressions).'),
  allow: list(allowWord, LIMITS.maxAllowWords, 'words')
    .optional()
    .describe('Words and phrases never flagged: product names, sign-offs.'),
  sites: list(site, LIMITS.maxSites, 'sites')
    .superRefine(uniqueBy((s) => s.host.toLowerCase(), 'host', 'sites'))
    .optional()
    .describe('Helpdesk sites to coach on besides the built-in ones, and per-site off switches.'),
  style: style.optional(),
};

const teamFields = {
  schemaVersion: z
    .literal(1, { error: 'must be 1 (the only version so far)' })
    .optional()
    .describe('Version of this format. Always 1 for now.'),
  teamName: text(1, LIMITS.maxTeamNameLength).optional().describe('Shown to agents as "set by <team name>".'),
  ...sharedFields,
};

const topLevel = { error: 'must be a JSON object ({ … })' };

export const TeamConfigSchema = z
  .strictObject({ ...teamFields, locks: locks(TEAM_LOCKABLE).optional() }, topLevel)
  .describe('A team config: published at an https URL by a team lead.');

export const ManagedPolicySchema = z
  .strictObject(
    {
      ...teamFields,
      teamConfigUrl: teamConfigUrl
        .optional()
        .describe('https address of the team config. Fetched, then re-checked on a schedule.'),
      teamConfigRefreshMinutes: z
        .int({ error: 'must be a whole number of minutes from 15 to 1440' })
        .min(15, { error: 'must be a whole number of minutes from 15 to 1440' })
        .max(1440, { error: 'must be a whole number of minutes from 15 to 1440' })
        .optional()
        .describe('How often the team config is re-checked, in minutes (15–1440).'),
      locks: locks(POLICY_LOCKABLE).optional(),
    },
    topLevel,
  )
  .describe('Tact settings set by enterprise policy. Values here win over the team config.');

export const PersonalSettingsSchema = z
  .strictObject(
    {
      ...sharedFields,
      teamConfigUrl: teamConfigUrl.optional().describe('https address of a team config the agent pasted.'),
    },
    topLevel,
  )
  .describe('An agent\'s own settings (browser sync storage).');

export type TeamConfig = z.infer<typeof TeamConfigSchema>;
export type ManagedPolicy = z.infer<typeof ManagedPolicySchema>;
export type PersonalSettings = z.infer<typeof PersonalSettingsSchema>;
export type CategorySetting = z.infer<typeof categorySetting>;
export type RuleOverride = z.infer<typeof ruleOverride>;
export type ConfigTeamPhrase = z.infer<typeof teamPhrase>;
export type Site = z.infer<typeof site>;
export type Style = z.infer<typeof style>;
export type Lang = (typeof LANGS)[number];
export type CustomerNameForm = NonNullable<Style['customerName']>;

/** Every setting resolved to a value: what defaults provide and what merging yields. */
export interface Settings {
  teamName?: string;
  teamConfigUrl?: string;
  teamConfigRefreshMinutes: number;
  categories: Record<FlagCategory, Required<CategorySetting>>;
  rules: RuleOverride[];
  teamPhrases: ConfigTeamPhrase[];
  allow: string[];
  sites: Site[];
  style: Required<Style>;
}
