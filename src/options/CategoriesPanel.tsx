/** Each flag category: on/off and severity, where the value came from, and whether it is locked. */
import { FLAG_CATEGORIES, type FlagCategory, type Severity } from '../analysis/types.ts';
import type { EffectiveSettings } from '../config/merge.ts';
import { CATEGORY_TEXT } from '../content/overlay/categories.ts';
import { Provenance } from './Provenance.tsx';
import { updatePersonal } from './store.ts';
import { lockText } from './words.ts';

export function CategoriesPanel({ effective, onProblems }: { effective: EffectiveSettings; onProblems: (p: string[]) => void }) {
  const lock = lockText(effective.locks.categories);
  const set = (c: FlagCategory, change: { enabled?: boolean; severity?: Severity }) =>
    void updatePersonal((p) => ({ ...p, categories: { ...p.categories, [c]: { ...p.categories?.[c], ...change } } })).then(onProblems);
  return (
    <section aria-labelledby="categories-heading">
      <h2 id="categories-heading">What Tact flags</h2>
      <table>
        <thead><tr><th>Category</th><th>On</th><th>Severity</th><th>Where from</th></tr></thead>
        <tbody>
          {FLAG_CATEGORIES.map((c) => {
            const { enabled, severity } = effective.categories[c];
            const label = CATEGORY_TEXT[c].label;
            return (
              <tr key={c} data-setting={`categories.${c}`}>
                <th scope="row">{label}</th>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${label} on`}
                    checked={enabled.value}
                    disabled={enabled.locked}
                    onChange={(e) => set(c, { enabled: (e.currentTarget as HTMLInputElement).checked })}
                  />
                </td>
                <td>
                  <select
                    aria-label={`${label} severity`}
                    value={severity.value}
                    disabled={severity.locked}
                    onChange={(e) => set(c, { severity: (e.currentTarget as HTMLSelectElement).value as Severity })}
                  >
                    <option value="warning">Warning</option>
                    <option value="hint">Hint</option>
                  </select>
                </td>
                <td><Provenance value={enabled.source === 'default' ? severity : enabled} lock={lock} /></td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
