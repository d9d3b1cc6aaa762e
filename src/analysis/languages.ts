import type { Lang } from './types.ts';
import type { Rule } from './rules/types.ts';
import type { SignalDetector } from './signals/types.ts';
import { englishRules } from './rules/en/index.ts';
import { englishSignals } from './signals/en.ts';

/** Everything the engine needs to read replies in one language. */
export interface LanguagePack {
  lang: Lang;
  /** Whether words are separated by spaces (phrase patterns then get word boundaries). */
  bounded: boolean;
  rules: Rule[];
  signals: SignalDetector;
}

export const LANGUAGES: Partial<Record<Lang, LanguagePack>> = {
  en: { lang: 'en', bounded: true, rules: englishRules, signals: englishSignals },
};
