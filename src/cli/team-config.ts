import { readFileSync } from 'node:fs';
import type { AnalysisConfig, Lang } from '../analysis/types.ts';
import { parseTeamConfig, formatConfigErrors } from '../config/validate.ts';
import { mergeSettings, toAnalysisConfig } from '../config/merge.ts';
import { defaultSettings } from '../config/defaults.ts';

/** The analysis config per language that a team config file gives, or the reasons it is unusable. */
export type TeamAnalysisConfig = (lang: Lang) => AnalysisConfig;

export function loadTeamConfig(path: string): { ok: true; forLang: TeamAnalysisConfig } | { ok: false; problems: string[] } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { ok: false, problems: [`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`] };
  }
  const parsed = parseTeamConfig(text);
  if (!parsed.ok) return { ok: false, problems: formatConfigErrors(parsed.errors) };
  const effective = mergeSettings({ defaults: defaultSettings(), team: parsed.config });
  const cache = new Map<Lang, AnalysisConfig>();
  return {
    ok: true,
    forLang: (lang) => {
      let c = cache.get(lang);
      if (!c) cache.set(lang, (c = toAnalysisConfig(effective, lang)));
      return c;
    },
  };
}
