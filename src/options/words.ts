/** How the options page names where a value came from and who locked it. */
import type { Source, Sourced } from '../config/merge.ts';

export const SOURCE_TEXT: Record<Source, string> = {
  policy: "Set by your organisation's policy",
  team: 'Set by your team',
  personal: 'Your choice',
  default: 'Default',
};

export function lockText(lock: Sourced<boolean>): string | null {
  if (!lock.value) return null;
  return lock.source === 'policy' ? "Locked by your organisation's policy" : 'Locked by your team';
}

export function formatTime(ms: number | undefined): string {
  if (ms === undefined) return 'never';
  return new Date(ms).toLocaleString();
}
