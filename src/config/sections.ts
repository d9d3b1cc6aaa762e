/**
 * Plain constants of the config, kept apart from the zod schema so that the content script can
 * use them without loading zod (about 28 KB gzipped) into every helpdesk tab.
 */
export const LANGS = ['en', 'ru', 'zh', 'sv'] as const;
export const SEVERITIES = ['warning', 'hint'] as const;
export const TEAM_LOCKABLE = ['categories', 'rules', 'teamPhrases', 'allow', 'sites', 'style'] as const;
export const POLICY_LOCKABLE = [...TEAM_LOCKABLE, 'teamConfigUrl'] as const;
export type LockableSection = (typeof POLICY_LOCKABLE)[number];
