/**
 * The one place UI words come from: `_locales/<locale>/messages.json` (the browser's own format,
 * also read by the store listing and the manifest). The catalogs are bundled rather than read with
 * `i18n.getMessage`, because that API only follows the browser's language and the agent may pick
 * another one in the options page.
 */
import en from '../../_locales/en/messages.json';
import ru from '../../_locales/ru/messages.json';
import sv from '../../_locales/sv/messages.json';
import zhCN from '../../_locales/zh_CN/messages.json';

export const UI_LOCALES = ['en', 'ru', 'zh_CN', 'sv'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
/** What the agent chose in the options page: a locale, or the browser's language. */
export type UiLocalePreference = UiLocale | 'auto';

export type Catalog = Record<string, { message: string; description?: string }>;
export type MessageKey = keyof typeof en;

export const CATALOGS: Record<UiLocale, Catalog> = { en, ru, zh_CN: zhCN, sv };

/** Each language's own name, shown in the language picker whatever the current language is. */
export const LOCALE_NAMES: Record<UiLocale, string> = { en: 'English', ru: 'Русский', zh_CN: '简体中文', sv: 'Svenska' };

let current: UiLocale = 'en';

export const uiLocale = (): UiLocale => current;
/** BCP 47 form for `lang` attributes and Intl (zh_CN → zh-CN). */
export const uiLang = (locale: UiLocale = current): string => locale.replace('_', '-');

export function setUiLocale(locale: UiLocale): void {
  current = locale;
}

/** The supported locale for a browser language tag ("ru-RU" → ru, "zh-TW" → zh_CN), or null. */
export function matchLocale(tag: string | undefined | null): UiLocale | null {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  if (base === 'zh') return 'zh_CN';
  return (UI_LOCALES as readonly string[]).includes(base ?? '') ? (base as UiLocale) : null;
}

/** The agent's choice if it names a locale, else the first supported browser language, else English. */
export function chooseLocale(preference: unknown, browserTags: readonly (string | undefined)[]): UiLocale {
  if (typeof preference === 'string' && (UI_LOCALES as readonly string[]).includes(preference)) return preference as UiLocale;
  for (const tag of browserTags) {
    const found = matchLocale(tag);
    if (found) return found;
  }
  return 'en';
}

function fill(message: string, subs: readonly (string | number)[]): string {
  return message.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
}

/** Whether the current locale (not the English fallback) has `key`. */
export function has(key: string): boolean {
  return key in CATALOGS[current];
}

/** The message `key` in the current language, `$1`…`$9` replaced by `subs`. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const entry = CATALOGS[current][key] ?? CATALOGS.en[key];
  return fill(entry?.message ?? key, subs);
}

/** Like `t`, for keys that exist only in some catalogs (rule ids); undefined when absent. */
export function tMaybe(key: string, ...subs: (string | number)[]): string | undefined {
  const entry = CATALOGS[current][key];
  return entry ? fill(entry.message, subs) : undefined;
}

/** Keys written once per plural form: `<base>_one`, `<base>_few`, `<base>_many`, `<base>_other`. */
export type PluralBase = {
  [K in MessageKey]: K extends `${infer B}_other` ? B : never;
}[MessageKey];

/**
 * `<base>_<form>` for `count` by the language's plural rules (Russian has one/few/many, Chinese
 * only other); `$1` is the count, `$2`… are `subs`.
 */
export function tn(base: PluralBase, count: number, ...subs: (string | number)[]): string {
  const form = new Intl.PluralRules(uiLang()).select(count);
  const key = `${base}_${form}`;
  const entry = CATALOGS[current][key] ?? CATALOGS[current][`${base}_other`] ?? CATALOGS.en[`${base}_other`];
  return fill(entry?.message ?? key, [count, ...subs]);
}
