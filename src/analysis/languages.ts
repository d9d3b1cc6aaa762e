import type { Lang } from './types.ts';
import type { Rule } from './rules/types.ts';
import type { SignalDetector } from './signals/types.ts';
import type { ClassTable } from './classes/types.ts';
import { englishClasses } from './classes/en.ts';
import { russianClasses } from './classes/ru.ts';
import { swedishClasses } from './classes/sv.ts';
import { chineseClasses } from './classes/zh.ts';
import { englishRules } from './rules/en/index.ts';
import { englishSignals } from './signals/en.ts';
import { russianRules } from './rules/ru/index.ts';
import { russianSignals } from './signals/ru.ts';
import { swedishRules } from './rules/sv/index.ts';
import { swedishSignals } from './signals/sv.ts';
import { chineseRules } from './rules/zh/index.ts';
import { chineseSignals } from './signals/zh.ts';

/** Everything the engine needs to read replies in one language. */
export interface LanguagePack {
  lang: Lang;
  /** Whether words are separated by spaces (phrase patterns then get word boundaries). */
  bounded: boolean;
  rules: Rule[];
  /** The word classes the language's constructions and conditions refer to. */
  classes: ClassTable;
  signals: SignalDetector;
}

export const LANGUAGES: Partial<Record<Lang, LanguagePack>> = {
  en: { lang: 'en', bounded: true, rules: englishRules, classes: englishClasses, signals: englishSignals },
  ru: { lang: 'ru', bounded: true, rules: russianRules, classes: russianClasses, signals: russianSignals },
  sv: { lang: 'sv', bounded: true, rules: swedishRules, classes: swedishClasses, signals: swedishSignals },
  zh: { lang: 'zh', bounded: false, rules: chineseRules, classes: chineseClasses, signals: chineseSignals },
};
