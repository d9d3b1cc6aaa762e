/**
 * What the card and the popup say about a finding, in the agent's language. Rules keep their own
 * English message (the command line and the tests read it); the catalogs carry a translation per
 * rule id, shared by the rule's versions in every reply language (`ru.policy.nothing-to-do` and
 * `en.policy.nothing-to-do` say the same thing to the agent). A full-id entry overrides the shared
 * one; a rule with no entry (a team phrase, a rule added later) shows its own message.
 */
import type { Finding, FlagCategory, SignalId } from '../analysis/types.ts';
import { t, tMaybe, type MessageKey } from './index.ts';

const LANG_PREFIX = /^(en|ru|sv|zh)\./;

/** Catalog key stem for a rule id: `ru.policy.nothing-to-do` → `rule_policy_nothing_to_do`. */
export function ruleKey(ruleId: string, withLang = false): string {
  const id = withLang ? ruleId : ruleId.replace(LANG_PREFIX, '');
  return `rule_${id.replace(/[^A-Za-z0-9]+/g, '_')}`;
}

function lookup(ruleId: string, suffix: 'msg' | 'why'): string | undefined {
  return tMaybe(`${ruleKey(ruleId, true)}_${suffix}`) ?? tMaybe(`${ruleKey(ruleId)}_${suffix}`);
}

const stem = (id: string) => id.replace(/-/g, '_');

export const categoryLabel = (c: FlagCategory): string => t(`cat_${stem(c)}_label` as MessageKey);
export const categoryWhy = (c: FlagCategory): string => t(`cat_${stem(c)}_why` as MessageKey);
export const categoryExample = (c: FlagCategory): string => t(`cat_${stem(c)}_example` as MessageKey);
export const signalLabel = (s: SignalId): string => t(`signal_${stem(s)}_label` as MessageKey);
export const signalTip = (s: SignalId): string => t(`signal_${stem(s)}_tip` as MessageKey);

/**
 * The finding's message in the agent's language, or the rule's own words. A phrase the message
 * quotes (“Nothing I can do”) becomes what the agent actually wrote, so the card never puts words
 * in their mouth (“It's our policy” when they wrote “As per our policy”).
 */
export function findingMessage(finding: Pick<Finding, 'rule' | 'message'> & Partial<Pick<Finding, 'text'>>): string {
  // A team phrase carries the lead's own message (in the team's language): never replaced.
  if (finding.rule.startsWith('team.')) return finding.message;
  const message = lookup(finding.rule, 'msg') ?? finding.message;
  const said = finding.text?.trim();
  if (!said) return message;
  // Only a quote of the flagged phrase itself (two words or more, a word in common with what the
  // agent wrote): “if” in “or only if something happened” is the rule's own word, not theirs.
  const theirs = new Set(wordsOf(said));
  return message.replace(/“([^”]{1,80})”|«([^»]{1,80})»|「([^」]{1,80})」/, (q, a?: string, b?: string, c?: string) => {
    const quoted = wordsOf(a ?? b ?? c ?? '');
    const ours = quoted.length >= 2 && quoted.some((w) => theirs.has(w));
    return ours ? `${q[0]}${said}${q[q.length - 1]}` : q;
  });
}

const wordsOf = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter(Boolean);

/** Whether `why` says again what `message` said (five words in a row in common). */
export function repeats(message: string, why: string): boolean {
  const m = wordsOf(message);
  const w = ` ${wordsOf(why).join(' ')} `;
  for (let i = 0; i + 5 <= m.length; i++) if (w.includes(` ${m.slice(i, i + 5).join(' ')} `)) return true;
  return false;
}

/** Why it matters: the rule's own reason in the agent's language, else its category's. */
export function findingWhy(finding: Pick<Finding, 'rule' | 'category'>): string {
  return (finding.rule.startsWith('team.') ? undefined : lookup(finding.rule, 'why')) ?? categoryWhy(finding.category);
}
