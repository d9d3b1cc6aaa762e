import type { AnalysisConfig, Finding, Lang, Severity, TeamPhrase } from './types.ts';
import { escapeLiteral } from './engine/compile.ts';

/** Applies a team's switches to the findings: rules off, severities, words never to flag. */
export function applyConfig(findings: Finding[], text: string, config: AnalysisConfig | undefined): Finding[] {
  if (!config) return findings;
  const disabled = new Set(config.disabled ?? []);
  const allowed = allowedRanges(text, config.allow ?? []);
  const out: Finding[] = [];
  for (const f of findings) {
    if (disabled.has(f.category) || disabled.has(f.rule)) continue;
    if (allowed.some(([a, b]) => f.start < b && a < f.end)) continue;
    const severity: Severity | undefined = config.severity?.[f.rule] ?? config.severity?.[f.category];
    out.push(severity ? { ...f, severity } : f);
  }
  return out;
}

function allowedRanges(text: string, allow: string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return out;
  for (const phrase of allow) {
    const p = phrase.trim().toLowerCase();
    if (!p) continue;
    for (let i = lower.indexOf(p); i >= 0; i = lower.indexOf(p, i + p.length)) out.push([i, i + p.length]);
  }
  return out;
}

// Limits that keep a huge or hostile team config from slowing a tab: literal text only, bounded.
const MAX_PHRASES = 2000;
const MAX_PHRASE_LENGTH = 200;

interface CompiledTeamPhrases {
  regex: RegExp | null;
  byLower: Map<string, TeamPhrase>;
}
const teamCache = new WeakMap<TeamPhrase[], Map<string, CompiledTeamPhrases>>();

function compileTeamPhrases(phrases: TeamPhrase[], lang: Lang | 'und'): CompiledTeamPhrases {
  let perLang = teamCache.get(phrases);
  if (!perLang) teamCache.set(phrases, (perLang = new Map()));
  let c = perLang.get(lang);
  if (!c) {
    const byLower = new Map<string, TeamPhrase>();
    for (const p of phrases.slice(0, MAX_PHRASES)) {
      if (typeof p?.avoid !== 'string') continue;
      const avoid = p.avoid.trim().toLowerCase().replace(/\s+/g, ' ');
      if (!avoid || avoid.length > MAX_PHRASE_LENGTH || (p.lang && p.lang !== lang)) continue;
      if (!byLower.has(avoid)) byLower.set(avoid, p);
    }
    const bounded = lang !== 'zh';
    // Longest first, so "please be advised that" wins over "please be advised".
    const body = [...byLower.keys()].sort((a, b) => b.length - a.length).map((k) => escapeLiteral(k).replace(/ /g, '\\s+')).join('|');
    const regex = body ? new RegExp(bounded ? `(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])` : `(?:${body})`, 'giu') : null;
    c = { regex, byLower };
    perLang.set(lang, c);
  }
  return c;
}

export function teamPhraseFindings(text: string, lang: Lang | 'und', config: AnalysisConfig | undefined): Finding[] {
  const phrases = config?.teamPhrases;
  if (!phrases?.length) return [];
  const { regex, byLower } = compileTeamPhrases(phrases, lang);
  if (!regex) return [];
  const out: Finding[] = [];
  regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(text))) {
    const phrase = byLower.get(m[0].toLowerCase().replace(/\s+/g, ' '));
    if (!phrase) continue;
    out.push({
      rule: `team.${phrase.id}`,
      category: phrase.category ?? 'jargon',
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      severity: phrase.severity ?? 'hint',
      message: phrase.message ?? (phrase.prefer ? `Your team prefers "${phrase.prefer}" to "${phrase.avoid}".` : `Your team avoids "${phrase.avoid}".`),
      suggestions: phrase.prefer ? [{ text: phrase.prefer, note: 'Your team’s wording.' }] : [],
    });
  }
  return out;
}
