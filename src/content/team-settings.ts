/**
 * The effective settings, as the analysis engine needs them, for the content script: read from
 * `storage.local` (written by the background) and kept current as they change. One storage
 * listener per frame, held while anything is subscribed.
 */
import { LANGS } from '../config/sections.ts';
import type { Lang } from '../config/schema.ts';
import { toAnalysisConfig, type EffectiveSettings } from '../config/merge.ts';
import { EFFECTIVE_SETTINGS_KEY, type StoredEffectiveSettings } from '../config/stored.ts';
import type { AnalysisConfig, TeamPhrase } from '../analysis/types.ts';
import { localStore } from '../platform/index.ts';
import { contentScriptStarted } from './started.ts';

let config: AnalysisConfig | undefined;
/**
 * Whether the settings in effect are known: read from storage, or given up waiting for. On a fresh
 * install nothing is stored until the background has read the team's policy and written the
 * merged settings; analysing before that flagged what a team lock turns off (seen in the Firefox
 * policy test on a loaded machine), so boxes wait for that first write, a few seconds at most,
 * counted from the content script's start (the page load), not from the coach's: on a two-core
 * machine at load 12-18 the coach took 5-9 s to load after the first focus, and Chromium's
 * storage.managed (which the background reads first) once did not answer for 20 s on a fresh
 * profile, so the 5 s this wait used to count from the coach's load came on top of those.
 */
let known = false;
const FIRST_WRITE_WAIT_MS = 8000;
let style: { nameForm?: 'first' | 'full'; greeting?: string } = {};
const listeners = new Set<() => void>();
let storage: AbortController | null = null;

/**
 * The reply's language is detected inside `analyze()`, so one config serves every language: the
 * team phrases of all languages together (the engine skips a phrase whose `lang` differs).
 * The object keeps its identity until the settings change, so the engine's compiled phrase
 * cache stays warm while the agent types.
 */
export function toAnyLangConfig(effective: EffectiveSettings): AnalysisConfig {
  const perLang = LANGS.map((lang: Lang) => toAnalysisConfig(effective, lang));
  const teamPhrases = new Map<string, TeamPhrase>();
  for (const c of perLang) for (const p of c.teamPhrases ?? []) teamPhrases.set(p.id, p);
  return { ...perLang[0]!, teamPhrases: [...teamPhrases.values()] };
}

function accept(stored: unknown): void {
  const effective = (stored as StoredEffectiveSettings | undefined)?.effective;
  config = effective ? toAnyLangConfig(effective) : undefined;
  if (effective) known = true;
  style = effective ? { nameForm: effective.style.customerName.value, greeting: effective.style.greeting.value || undefined } : {};
  for (const listener of [...listeners]) listener();
}

/** Whether analysisConfig() is what the agent's settings say (see `known`). */
export function analysisConfigKnown(): boolean {
  return known;
}

/** The analysis config in effect; undefined until the settings are first read (built-in defaults apply). */
export function analysisConfig(): AnalysisConfig | undefined {
  return config;
}

/** The team's way of naming and greeting the customer, for the rewrites. */
export function rewriteStyle(): { nameForm?: 'first' | 'full'; greeting?: string } {
  return style;
}

/** Calls `listener` whenever the analysis config changes (including when it first arrives). */
export function onAnalysisConfigChanged(listener: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  listeners.add(listener);
  if (!storage) {
    storage = new AbortController();
    localStore.onChanged(EFFECTIVE_SETTINGS_KEY, accept, storage.signal);
    void localStore.get<unknown>(EFFECTIVE_SETTINGS_KEY, undefined).then((stored) => {
      accept(stored);
      if (known) return;
      // Built-in defaults after all: a background that never writes must not leave boxes uncoached.
      setTimeout(() => {
        if (known) return;
        known = true;
        for (const listener of [...listeners]) listener();
      }, Math.max(0, FIRST_WRITE_WAIT_MS - (performance.now() - contentScriptStarted)));
    });
  }
  signal.addEventListener('abort', () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      storage?.abort();
      storage = null;
    }
  }, { once: true });
}
