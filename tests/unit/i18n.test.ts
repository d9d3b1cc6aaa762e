/**
 * Every word Tact shows comes from _locales, in every language: a key missing in one locale, a
 * plural form a language needs, a `$1` a translation dropped, a rule without a message, or a UI
 * string typed straight into a component fails here.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGES } from '../../src/analysis/languages.ts';
import { FLAG_CATEGORIES, SIGNAL_IDS } from '../../src/analysis/types.ts';
import { CATALOGS, chooseLocale, setUiLocale, t, tn, UI_LOCALES, uiLang, type UiLocale } from '../../src/i18n/index.ts';
import { categoryLabel, findingMessage, findingWhy, ruleKey } from '../../src/i18n/rules.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const en = CATALOGS.en;
const PLURAL = /_(zero|one|two|few|many|other)$/;
const pluralBases = [...new Set(Object.keys(en).filter((k) => k.endsWith('_other')).map((k) => k.replace(PLURAL, '')))];
const placeholders = (m: string) => [...new Set(m.match(/\$\d/g) ?? [])].sort();

/** The plural forms a language uses for whole numbers (Russian: one, few, many; Chinese: other). */
function integerForms(locale: UiLocale): Set<string> {
  const rules = new Intl.PluralRules(uiLang(locale));
  return new Set(Array.from({ length: 200 }, (_, n) => rules.select(n)));
}

describe('_locales', () => {
  it('has the four languages the agents use, and the folder names Chrome and Firefox expect', () => {
    expect(readdirSync(path.join(REPO, '_locales')).sort()).toEqual([...UI_LOCALES].sort());
  });

  for (const locale of UI_LOCALES) {
    const catalog = CATALOGS[locale];
    it(`${locale}: every key of en, nothing else, same placeholders`, () => {
      const missing = Object.keys(en).filter((k) => !PLURAL.test(k) && !(k in catalog));
      expect(missing, `missing in ${locale}`).toEqual([]);
      const extra = Object.keys(catalog).filter((k) => !(k in en) && !pluralBases.includes(k.replace(PLURAL, '')));
      expect(extra, `unknown keys in ${locale}`).toEqual([]);
      for (const [key, { message }] of Object.entries(catalog)) {
        expect(message.trim(), `${locale}.${key} is empty`).not.toBe('');
        const base = en[key] ?? en[`${key.replace(PLURAL, '')}_other`]!;
        expect(placeholders(message), `${locale}.${key} placeholders`).toEqual(placeholders(base.message));
      }
    });

    it(`${locale}: every plural form the language needs`, () => {
      for (const base of pluralBases) {
        for (const form of integerForms(locale)) expect(catalog, `${locale}: ${base}_${form}`).toHaveProperty(`${base}_${form}`);
      }
    });

    if (locale !== 'en') {
      it(`${locale}: is written in its language, not left in English`, () => {
        // Brand names and formats may stay; sentences may not.
        const same = Object.keys(en).filter((k) => k in catalog && catalog[k]!.message === en[k]!.message && /\s\p{L}{3,}\s/u.test(en[k]!.message));
        expect(same, `${locale} copies English`).toEqual([]);
      });
    }

    it(`${locale}: Chrome's key syntax (letters, digits, _ and @ only)`, () => {
      for (const key of Object.keys(catalog)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
    });
  }

  it('has a label, a reason and an example for every category, and a label and tip for every signal', () => {
    for (const c of FLAG_CATEGORIES) for (const part of ['label', 'why', 'example']) expect(en).toHaveProperty(`cat_${c.replace(/-/g, '_')}_${part}`);
    for (const s of SIGNAL_IDS) for (const part of ['label', 'tip']) expect(en).toHaveProperty(`signal_${s.replace(/-/g, '_')}_${part}`);
  });

  it('has a message and a reason for the rules the analysis ships, in every UI language', () => {
    const ids = Object.values(LANGUAGES).flatMap((pack) => pack!.rules.map((r) => r.id));
    expect(ids.length).toBeGreaterThan(20);
    const inTable = (locale: UiLocale, id: string, part: string) => `${ruleKey(id)}_${part}` in CATALOGS[locale] || `${ruleKey(id, true)}_${part}` in CATALOGS[locale];
    const missing = ids.filter((id) => !inTable('en', id, 'msg') || !inTable('en', id, 'why'));
    // The card shows a rule's message in the agent's language: a rule shipped without one would
    // speak English to a Russian agent, so a new rule comes with its message and reason.
    expect(missing, 'add rule_<id>_msg and rule_<id>_why to _locales/*/messages.json').toEqual([]);
    // What English has, every language has (the key test above): no language falls back alone.
    for (const locale of UI_LOCALES) expect(ids.filter((id) => inTable('en', id, 'msg') && !inTable(locale, id, 'msg'))).toEqual([]);
  });
});

describe('choosing and using the language', () => {
  it('follows the browser unless the agent chose, and falls back to English', () => {
    expect(chooseLocale('auto', ['ru-RU', 'en-US'])).toBe('ru');
    expect(chooseLocale('auto', ['zh-TW'])).toBe('zh_CN');
    expect(chooseLocale('auto', ['de-DE', 'sv-SE'])).toBe('sv');
    expect(chooseLocale('auto', ['de-DE'])).toBe('en');
    expect(chooseLocale('sv', ['ru-RU'])).toBe('sv');
    expect(chooseLocale('xx', ['ru'])).toBe('ru');
  });

  it('speaks the chosen language, with the right plural form', () => {
    setUiLocale('ru');
    expect(tn('chip_text', 1, 80)).toContain('1');
    expect(tn('chip_text', 3, 80)).not.toBe(tn('chip_text', 5, 80));
    expect(categoryLabel('hype')).toBe(CATALOGS.ru.cat_hype_label!.message);
    setUiLocale('en');
    expect(tn('chip_text', 1, 80)).toBe('Score 80 · 1 finding');
    expect(tn('chip_text', 4, 62)).toBe('Score 62 · 4 findings');
    expect(t('popup_coach_on', 'acme.zendesk.com')).toBe('Coach on acme.zendesk.com');
  });

  it("shows a rule's message in the agent's language whatever the reply's language; team phrases keep their own words", () => {
    const finding = { rule: 'ru.policy.nothing-to-do', category: 'policy-deflection' as const, message: 'rule text' };
    setUiLocale('sv');
    expect(findingMessage(finding)).toBe(CATALOGS.sv.rule_policy_nothing_to_do_msg!.message);
    expect(findingWhy(finding)).toBe(CATALOGS.sv.rule_policy_nothing_to_do_why!.message);
    expect(findingMessage({ rule: 'team.request-word', message: 'Say “request”, not “ticket”.' })).toBe('Say “request”, not “ticket”.');
    expect(findingMessage({ rule: 'en.new.rule-nobody-translated', message: 'own words' })).toBe('own words');
    expect(findingWhy({ rule: 'en.new.rule-nobody-translated', category: 'hype' })).toBe(CATALOGS.sv.cat_hype_why!.message);
    setUiLocale('en');
  });
});

/** Source files that render UI: every word there must come from t()/tn(). */
function uiSources(): string[] {
  const roots = ['src/popup', 'src/options', 'src/content/overlay'];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.(tsx?|html)$/.test(name)) out.push(file);
    }
  };
  for (const r of roots) walk(path.join(REPO, r));
  return out;
}

// Not words for people: a host name example, the product's name in <title>.
const ALLOWED = new Set(['support.example.com', 'Tact', 'https://example.com/tact-team.json']);

function stripCode(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/^import .*$/gm, '')
    // CSS in template literals and class lists are not words for people.
    .replace(/`[\s\S]*?`/g, '``')
    .replace(/class(Name)?="[^"]*"/g, '');
}

describe('no hard-coded UI strings', () => {
  it('finds the UI sources', () => expect(uiSources().length).toBeGreaterThan(10));

  for (const file of uiSources()) {
    it(path.relative(REPO, file), () => {
      const code = stripCode(readFileSync(file, 'utf8'));
      const found: string[] = [];
      // Text between tags: >Save URL<
      for (const m of code.matchAll(/(?<!=)>([^<>{}]*)</g)) {
        const text = m[1]!.trim();
        // Type arguments (useState<T>(…)), not text: code punctuation that JSX text does not have.
        if (/[;=()|&]/.test(text)) continue;
        if (/\p{L}{2,}/u.test(text) && !ALLOWED.has(text)) found.push(text);
      }
      // Words in attributes people read.
      for (const m of code.matchAll(/\b(aria-label|title|placeholder|alt|label)=(["'])([^"']*)\2/g)) {
        if (/\p{L}{2,}/u.test(m[3]!) && !ALLOWED.has(m[3]!)) found.push(m[3]!);
      }
      // Sentences in string literals: 'Could not apply here.'
      for (const m of code.matchAll(/(["'])((?:(?!\1).)*)\1/g)) {
        const text = m[2]!;
        if (/^\p{Lu}\p{Ll}+(?:[ ’'-]\p{L}+)+[.…!?:]?$/u.test(text) && !ALLOWED.has(text)) found.push(text);
      }
      expect(found, 'use t() from src/i18n').toEqual([]);
    });
  }
});
