/** "Where this value came from", and a lock marker when the agent may not change it. */
import type { Sourced } from '../config/merge.ts';
import { t } from '../i18n/index.ts';
import { sourceText } from './words.ts';

export function Provenance({ value, lock }: { value: Sourced<unknown>; lock: string | null }) {
  return (
    <span class="provenance">
      <span class="source" data-source={value.source}>{sourceText(value.source)}</span>
      {lock && <span class="lock" role="img" aria-label={lock} title={lock}>🔒 {t('opt_locked')}</span>}
    </span>
  );
}
