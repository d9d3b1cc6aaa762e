import { render } from 'preact';
import { App } from './App.tsx';
import { t } from '../i18n/index.ts';
import { markDocumentLanguage, followUiLocale } from '../i18n/preference.ts';

const mount = () => {
  markDocumentLanguage(document);
  document.title = t('opt_title');
  render(<App key={document.documentElement.lang} />, document.getElementById('app')!);
};
void followUiLocale(new AbortController().signal, mount).then(mount, mount);
