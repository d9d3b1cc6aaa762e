/** How the options page names where a value came from and who locked it. */
import type { Source, Sourced } from '../config/merge.ts';
import { t, uiLang } from '../i18n/index.ts';

export function sourceText(source: Source): string {
  return t(source === 'policy' ? 'opt_source_policy' : source === 'team' ? 'opt_source_team' : source === 'personal' ? 'opt_source_personal' : 'opt_source_default');
}

export function lockText(lock: Sourced<boolean>): string | null {
  if (!lock.value) return null;
  return lock.source === 'policy' ? t('opt_locked_policy') : t('opt_locked_team');
}

export function formatTime(ms: number | undefined): string {
  if (ms === undefined) return t('opt_never');
  return new Date(ms).toLocaleString(uiLang());
}
