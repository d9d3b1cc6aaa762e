/** Greeting, sign-off and how to name the customer, used by rewrites. */
import type { EffectiveSettings } from '../config/merge.ts';
import type { Style } from '../config/schema.ts';
import { t } from '../i18n/index.ts';
import { Provenance } from './Provenance.tsx';
import { updatePersonal } from './store.ts';
import { lockText } from './words.ts';

export function StylePanel({ effective, onProblems }: { effective: EffectiveSettings; onProblems: (p: string[]) => void }) {
  const lock = lockText(effective.locks.style);
  const { greeting, signOff, customerName } = effective.style;
  const set = (change: Style) => void updatePersonal((p) => ({ ...p, style: { ...p.style, ...change } })).then(onProblems);
  return (
    <section class="group" aria-labelledby="style-heading">
      <h2 id="style-heading">{t('opt_style_heading')}</h2>
      <p class="help">{t('opt_style_help')}</p>
      <div class="field" data-setting="style.greeting">
        <label for="greeting">{t('opt_greeting')}</label>
        <div>
          <input id="greeting" value={greeting.value} placeholder={t('opt_greeting_placeholder')} disabled={greeting.locked} aria-describedby="greeting-help" onChange={(e) => set({ greeting: (e.currentTarget as HTMLInputElement).value })} />
          <p class="help" id="greeting-help">{t('opt_greeting_help')}</p>
        </div>
        <Provenance value={greeting} lock={lock} />
      </div>
      <div class="field" data-setting="style.signOff">
        <label for="sign-off">{t('opt_sign_off')}</label>
        <textarea id="sign-off" rows={2} value={signOff.value} disabled={signOff.locked} onChange={(e) => set({ signOff: (e.currentTarget as HTMLTextAreaElement).value })} />
        <Provenance value={signOff} lock={lock} />
      </div>
      <div class="field" data-setting="style.customerName">
        <label for="customer-name">{t('opt_customer_name')}</label>
        <select id="customer-name" value={customerName.value} disabled={customerName.locked} onChange={(e) => set({ customerName: (e.currentTarget as HTMLSelectElement).value as 'first' | 'full' })}>
          <option value="first">{t('opt_customer_first')}</option>
          <option value="full">{t('opt_customer_full')}</option>
        </select>
        <Provenance value={customerName} lock={lock} />
      </div>
    </section>
  );
}
