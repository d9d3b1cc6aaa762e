import type { Lang } from '../../types.ts';
import type { SignalConstruction } from '../construction.ts';
import { englishAcknowledgement } from './en.ts';
import { russianAcknowledgement } from './ru.ts';
import { swedishAcknowledgement } from './sv.ts';
import { chineseAcknowledgement } from './zh.ts';

/** Every language's acknowledgement constructions, for the tests that hold them to their examples. */
export const ACKNOWLEDGEMENT_CONSTRUCTIONS: Partial<Record<Lang, readonly SignalConstruction[]>> = {
  en: englishAcknowledgement,
  ru: russianAcknowledgement,
  sv: swedishAcknowledgement,
  zh: chineseAcknowledgement,
};
