/** The agent's language choice (options page), kept in storage.sync; "auto" follows the browser. */
import { browserLanguages, syncStore } from '../platform/index.ts';
import { chooseLocale, setUiLocale, uiLang, type UiLocale, type UiLocalePreference } from './index.ts';

export const UI_LOCALE_KEY = 'uiLocale';

function apply(preference: unknown): UiLocale {
  const locale = chooseLocale(preference, browserLanguages());
  setUiLocale(locale);
  return locale;
}

export async function loadUiLocalePreference(): Promise<UiLocalePreference> {
  return syncStore.get<UiLocalePreference>(UI_LOCALE_KEY, 'auto');
}

/** Sets the current locale from the stored choice and follows later changes until `signal` aborts. */
export async function followUiLocale(signal: AbortSignal, onChange?: (locale: UiLocale) => void): Promise<UiLocale> {
  syncStore.onChanged(UI_LOCALE_KEY, (next) => onChange?.(apply(next)), signal);
  return apply(await loadUiLocalePreference().catch(() => 'auto'));
}

export function saveUiLocalePreference(preference: UiLocalePreference): Promise<void> {
  return syncStore.set(UI_LOCALE_KEY, preference);
}

/** For extension pages: the document's language follows the UI locale (screen readers, axe). */
export function markDocumentLanguage(doc: Document): void {
  doc.documentElement.lang = uiLang();
}
