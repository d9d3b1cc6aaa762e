import { render } from 'preact';
import { App } from './App.tsx';
import { markDocumentLanguage, followUiLocale } from '../i18n/preference.ts';

const mount = () => {
  markDocumentLanguage(document);
  render(<App key={document.documentElement.lang} />, document.getElementById('app')!);
};
void followUiLocale(new AbortController().signal, mount).then(mount, mount);
