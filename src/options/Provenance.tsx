/** "Where this value came from", and a lock marker when the agent may not change it. */
import type { Sourced } from '../config/merge.ts';
import { SOURCE_TEXT } from './words.ts';

export function Provenance({ value, lock }: { value: Sourced<unknown>; lock: string | null }) {
  return (
    <span class="provenance">
      <span class="source" data-source={value.source}>{SOURCE_TEXT[value.source]}</span>
      {lock && <span class="lock" role="img" aria-label={lock} title={lock}>🔒 Locked</span>}
    </span>
  );
}
