/** Greeting, sign-off and how to name the customer, used by rewrites. */
import type { EffectiveSettings } from '../config/merge.ts';
import type { Style } from '../config/schema.ts';
import { Provenance } from './Provenance.tsx';
import { updatePersonal } from './store.ts';
import { lockText } from './words.ts';

export function StylePanel({ effective, onProblems }: { effective: EffectiveSettings; onProblems: (p: string[]) => void }) {
  const lock = lockText(effective.locks.style);
  const { greeting, signOff, customerName } = effective.style;
  const set = (change: Style) => void updatePersonal((p) => ({ ...p, style: { ...p.style, ...change } })).then(onProblems);
  return (
    <section aria-labelledby="style-heading">
      <h2 id="style-heading">Greeting and sign-off</h2>
      <div class="field" data-setting="style.greeting">
        <label for="greeting">Greeting</label>
        <input id="greeting" value={greeting.value} disabled={greeting.locked} onChange={(e) => set({ greeting: (e.currentTarget as HTMLInputElement).value })} />
        <Provenance value={greeting} lock={lock} />
      </div>
      <div class="field" data-setting="style.signOff">
        <label for="sign-off">Sign-off</label>
        <textarea id="sign-off" rows={2} value={signOff.value} disabled={signOff.locked} onChange={(e) => set({ signOff: (e.currentTarget as HTMLTextAreaElement).value })} />
        <Provenance value={signOff} lock={lock} />
      </div>
      <div class="field" data-setting="style.customerName">
        <label for="customer-name">Address the customer by</label>
        <select id="customer-name" value={customerName.value} disabled={customerName.locked} onChange={(e) => set({ customerName: (e.currentTarget as HTMLSelectElement).value as 'first' | 'full' })}>
          <option value="first">First name</option>
          <option value="full">Full name</option>
        </select>
        <Provenance value={customerName} lock={lock} />
      </div>
    </section>
  );
}
