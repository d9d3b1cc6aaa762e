/** Each flag category: what it catches (an example), on/off and severity, where the value came from. */
import { FLAG_CATEGORIES, type FlagCategory, type Severity } from '../analysis/types.ts';
import type { EffectiveSettings } from '../config/merge.ts';
import { t } from '../i18n/index.ts';
import { categoryExample, categoryLabel, categoryWhy } from '../i18n/rules.ts';
import { Provenance } from './Provenance.tsx';
import { updatePersonal } from './store.ts';
import { lockText } from './words.ts';

export function CategoriesPanel({ effective, onProblems }: { effective: EffectiveSettings; onProblems: (p: string[]) => void }) {
  const lock = lockText(effective.locks.categories);
  const set = (c: FlagCategory, change: { enabled?: boolean; severity?: Severity }) =>
    void updatePersonal((p) => ({ ...p, categories: { ...p.categories, [c]: { ...p.categories?.[c], ...change } } })).then(onProblems);
  return (
    <section class="group" aria-labelledby="categories-heading">
      <h2 id="categories-heading">{t('opt_categories_heading')}</h2>
      <p class="help">{t('opt_categories_help')}</p>
      {lock && <p class="help locked-note">{lock}</p>}
      <ul class="categories">
        {FLAG_CATEGORIES.map((c) => {
          const { enabled, severity } = effective.categories[c];
          const label = categoryLabel(c);
          const id = `cat-${c}`;
          return (
            <li key={c} class="category" data-setting={`categories.${c}`}>
              <div class="category-text">
                <label class="toggle" for={`${id}-on`}>
                  <input
                    id={`${id}-on`}
                    type="checkbox"
                    role="switch"
                    checked={enabled.value}
                    disabled={enabled.locked}
                    aria-describedby={`${id}-why`}
                    onChange={(e) => set(c, { enabled: (e.currentTarget as HTMLInputElement).checked })}
                  />
                  <strong>{label}</strong>
                </label>
                <p class="example"><span class="muted">{t('opt_example')}</span> {categoryExample(c)}</p>
                <p class="help" id={`${id}-why`}>{categoryWhy(c)}</p>
              </div>
              <div class="category-controls">
                <label class="small" for={`${id}-severity`}>{t('opt_severity')}</label>
                <select
                  id={`${id}-severity`}
                  value={severity.value}
                  disabled={severity.locked || !enabled.value}
                  title={!enabled.value ? t('opt_severity_off_reason') : undefined}
                  onChange={(e) => set(c, { severity: (e.currentTarget as HTMLSelectElement).value as Severity })}
                >
                  <option value="warning">{t('severity_warning')}</option>
                  <option value="hint">{t('severity_hint')}</option>
                </select>
                <Provenance value={enabled.source === 'default' ? severity : enabled} lock={lock} />
              </div>
            </li>
          );
        })}
      </ul>
      <p class="help">{t('opt_severity_help')}</p>
    </section>
  );
}
