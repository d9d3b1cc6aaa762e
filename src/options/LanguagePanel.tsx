/** The language of Tact's own words (card, popup, this page); the browser's by default. */
import { useEffect, useState } from 'preact/hooks';
import { chooseLocale, LOCALE_NAMES, t, UI_LOCALES, type UiLocalePreference } from '../i18n/index.ts';
import { loadUiLocalePreference, saveUiLocalePreference } from '../i18n/preference.ts';
import { browserLanguages } from '../platform/index.ts';

export function LanguagePanel() {
  const [preference, setPreference] = useState<UiLocalePreference>('auto');
  useEffect(() => void loadUiLocalePreference().then(setPreference), []);
  const browserLocale = chooseLocale('auto', browserLanguages());
  const change = (value: UiLocalePreference) => {
    setPreference(value);
    void saveUiLocalePreference(value);
  };
  return (
    <section class="group" aria-labelledby="language-heading">
      <h2 id="language-heading">{t('opt_language_heading')}</h2>
      <div class="field">
        <label for="ui-language">{t('opt_language_label')}</label>
        <select id="ui-language" value={preference} aria-describedby="ui-language-help" onChange={(e) => change((e.currentTarget as HTMLSelectElement).value as UiLocalePreference)}>
          <option value="auto">{t('opt_language_auto', LOCALE_NAMES[browserLocale])}</option>
          {UI_LOCALES.map((l) => <option key={l} value={l} lang={l.replace('_', '-')}>{LOCALE_NAMES[l]}</option>)}
        </select>
      </div>
      <p class="help" id="ui-language-help">{t('opt_language_help')}</p>
    </section>
  );
}
