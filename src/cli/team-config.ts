import { readFileSync } from 'node:fs';
import type { AnalysisConfig, Lang } from '../analysis/types.ts';
import { parseTeamConfig, formatConfigErrors } from '../config/validate.ts';
import { mergeSettings, toAnalysisConfig } from '../config/merge.ts';
import { defaultSettings } from '../config/defaults.ts';
import { decodeConfigBytes } from '../config/encoding.ts';

/** The analysis config per language that a team config file gives, or the reasons it is unusable. */
export type TeamAnalysisConfig = (lang: Lang) => AnalysisConfig;

export function loadTeamConfig(path: string): { ok: true; forLang: TeamAnalysisConfig } | { ok: false; problems: string[] } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, problems: [`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`] };
  }
  const decoded = decodeConfigBytes(bytes);
  if (!decoded.ok) return { ok: false, problems: [decoded.message] };
  const parsed = parseTeamConfig(decoded.text);
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
