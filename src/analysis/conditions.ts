import type { ClassTable } from './classes/types.ts';
import type { RuleMatch, SentenceContext } from './rules/types.ts';
import { classSource } from './classes/expand.ts';
import { compilePattern } from './engine/compile.ts';

/**
 * Named exceptions shared by the rules of every language: a construction lists the conditions
 * under which its match is fine ("except: ['reason-and-alternative']"). Each condition is defined
 * over word classes, so a language supplies the words (REASON, ALTERNATIVE, HANDOFF_DONE) and the
 * rule of judgement stays the same everywhere.
 */
export type ConditionId =
  /** The sentence (or the next) gives the reason and says what can be done instead. */
  | 'reason-and-alternative'
  /** The agent offers something themselves, in the first person ("what I can do is…", "I'll…"). */
  | 'agent-offers'
  /** The agent does the hand-off for the customer, or gives the exact route to the other party. */
  | 'agent-hands-off'
  /** The match sits in a condition or question ("if we can't…", "can't you…?"): not a statement. */
  | 'hypothetical'
  /** The refusal comes with a concrete option left to the customer ("if you'd like, you can cancel…"). */
  | 'customer-option'
  /** The agent goes on helping in the next sentence by asking for what they need ("What's the tracking number?"). */
  | 'agent-asks'
  /** The rule is cited in the customer's favour ("enligt våra villkor har du rätt till…", "按照平台规定，您有权获得赔偿"). */
  | 'customer-benefit'
  /** The customer is told they need not do it ("вам не нужно обращаться в банк", "您不需要再去联系酒店"). */
  | 'no-need'
  /** The match is in a quoted customer message or a heading, handled elsewhere; kept for symmetry. */
  | 'question';

export const CONDITIONS: readonly ConditionId[] = ['reason-and-alternative', 'agent-offers', 'agent-hands-off', 'hypothetical', 'question', 'customer-option', 'agent-asks', 'no-need', 'customer-benefit'];

const compiledClass = new WeakMap<ClassTable, Map<string, RegExp>>();

/** Does any member of the class occur (word-bounded) in the text? */
export function hasClass(table: ClassTable, name: string, lower: string, bounded = true): boolean {
  let byName = compiledClass.get(table);
  if (!byName) compiledClass.set(table, (byName = new Map()));
  let re = byName.get(name);
  if (!re) {
    if (!table[name]) return false; // a language without the class never meets the condition
    byName.set(name, (re = compilePattern(classSource(table, name), bounded)));
  }
  re.lastIndex = 0;
  return re.test(lower);
}

const CONDITIONAL_LEAD = /(?:^|[^\p{L}])(?:if|unless|whether|in case|when|once|until|even if|om|если|ли|如果)\s+(?:[\p{L}']+\s+){0,3}$/u;
// Chinese writes its conditions without spaces: "如果您忘记了密码" (within the clause).
const CONDITIONAL_LEAD_HAN = /(?:如果|假如|假若|若是|要是|万一|如若|倘若|如您|若您|如你)[^，,。！？!?；;]{0,10}$/u;

/**
 * A refusal followed at once by a colon and a clause gives its reason there ("ускорить нельзя:
 * деньги заморожены банком", "we can't change it: the ticket is already issued").
 */
function explainedAfterColon(after: string): boolean {
  const m = /^\s{0,2}[:：]\s*([^\n.!?。！？]{6,})/u.exec(after);
  return !!m && /[\p{L}]{2}/u.test(m[1]!);
}

export function conditionHolds(id: ConditionId, ctx: SentenceContext, match: RuleMatch, table: ClassTable, bounded: boolean): boolean {
  // The match's own words never count as its exception ("nothing more I can do" is no offer).
  const window = `${ctx.lower.slice(0, match.start)} ${' '.repeat(match.end - match.start)} ${ctx.lower.slice(match.end)} ${ctx.next.toLowerCase()}`.replace(
    // "nothing more I can do" holds the words of an offer but offers nothing.
    /(?:nothing|anything|not much|little)(?: (?:more|else|further))?(?: that)? (?:i|we) (?:can|could) (?:do|offer)/g,
    ' ',
  ).replace(
    // "I've read your e-mail carefully, but my hands are tied": reading or checking is no offer of help.
    // Nor is looking into it: "I've checked your booking and we're unable to change the name" still refuses,
    // and asking one's own manager is no hand-off: "I've checked with my supervisor and the answer is still no".
    /(?:i|we)(?:'ve| have) (?:carefully |already |now |just |also |double[- ]|thoroughly )?(?:read|seen|looked at|looked into|looked over|reviewed|noted|understood|heard|received|gone through|gone over|considered|listened to|checked(?! with)|investigated|researched|had a (?:look|check)|taken a look|checked with (?:my|our|a|the) (?:[a-z-]+ )?(?:manager|supervisor|team leader|line manager|colleagues?|superiors?))\b/g,
    ' ',
  ).replace(
    // "I can see how frustrating this is, however it's out of our hands": empathy offers nothing either.
    /(?:i|we) (?:can |do )?(?:totally |completely |fully |certainly |definitely |really |truly |absolutely |only )?(?:see|understand|imagine|appreciate|tell|hear|sense|relate)\b/g,
    ' ',
  ).replace(
    // "I'll pass your feedback along", "I'll let the team know": passing words on is no alternative to what was refused.
    /(?:i|we)(?:'ll| will|'ve| have|'d| would) (?:be sure to |make sure to |certainly |definitely |also |gladly |happily )?(?:(?:pass|share|forward|relay|feed|log|note|record|make a note of|send)(?: on| along| back)? (?:your|this|the|that|these|all|those)(?: [\p{L}-]+)? (?:feedback|comments?|concerns?|thoughts|suggestions?|views|frustrations?|experience|remarks)|let (?:the|our|my) (?:[\p{L}-]+ )?(?:team|teams|colleagues|manager|managers) know)/gu,
    ' ',
  ).replace(
    // "I'd suggest reading our terms" points at the rule again; it offers nothing.
    /(?:i|we)(?:'d| would) (?:suggest|recommend|advise|encourage you to) (?:reading|checking|reviewing|taking a look at|looking at|having a look at|read|check|review) (?:our|the) (?:[\p{L}-]+ )?(?:terms|policy|policies|faq|faqs|rules|guidelines|conditions)/gu,
    ' ',
  );
  switch (id) {
    case 'reason-and-alternative':
      return (hasClass(table, 'REASON', window, bounded) || explainedAfterColon(ctx.lower.slice(match.end))) && (hasClass(table, 'ALTERNATIVE', window, bounded) || hasClass(table, 'OPTION', window, bounded));
    case 'customer-option':
      return hasClass(table, 'OPTION', window, bounded);
    case 'agent-asks':
      return /\?\s*$/.test(ctx.next.trim()) && !/^\s*(?:please )?(?:visit|contact|call|reach|go)/i.test(ctx.next);
    case 'agent-offers':
      return hasClass(table, 'ALTERNATIVE', window, bounded);
    case 'agent-hands-off':
      // "我已经联系商家…": the agent is the subject of the very contact verb the rule matched.
      return hasClass(table, 'HANDOFF_DONE', window, bounded) || hasClass(table, 'HANDOFF_DONE', ctx.lower.slice(Math.max(0, match.start - 16), match.end), bounded);
    case 'hypothetical':
      return CONDITIONAL_LEAD.test(ctx.lower.slice(Math.max(0, match.start - 40), match.start)) || (ctx.lang === 'zh' && CONDITIONAL_LEAD_HAN.test(ctx.lower.slice(Math.max(0, match.start - 12), match.start)));
    case 'no-need': {
      // Only the clause the match sits in: "вам не нужно ничего делать. Обратитесь в банк" still sends away.
      const before = ctx.lower.slice(Math.max(0, match.start - 40), match.start);
      const clause = before.slice(before.search(/[^,.;:，。；：!?！？—]*$/u));
      return hasClass(table, 'NO_NEED', clause + ctx.lower.slice(match.start, match.end), bounded);
    }
    case 'customer-benefit': {
      // What the rule grants, said after it in the same sentence; a prohibition ("får du inte",
      // "вы не можете", "不能") grants nothing.
      const after = ctx.lower
        .slice(match.end)
        .replace(/(?:får|kan|har) (?:du|ni) (?:inte|ej|aldrig)[^.,;]*|(?:du|ni) (?:får|kan|har) (?:inte|ej|aldrig)[^.,;]*|не (?:имеете|можете|положен|полагается|вправе)[^.,;]*|(?:不能|不可以|无权|不予|不得|无法)[^，。；]*/gu, ' ');
      return hasClass(table, 'ENTITLED', after, bounded);
    }
    case 'question': {
      const rest = ctx.text.slice(match.end);
      return /^[^.!]*\?/.test(rest);
    }
  }
}
