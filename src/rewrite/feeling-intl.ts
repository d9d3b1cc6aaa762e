/**
 * The acknowledgement's feeling, in Russian and Swedish, chosen by what happened (blind review:
 * "frustrerande" to have a fever, "неприятно" for a flooded flat). A misfortune of their own life
 * (an illness, an operation, a lost job) is met with sympathy, not frustration; a serious loss
 * (flood, fire, theft, damage in the hundreds of thousands) with more than "неприятно"; a failure of
 * ours keeps the plain frustration.
 */
const W = '(?<![\\p{L}])';

const MISFORTUNE_SV = new RegExp(`${W}(?:feber|sjuk\\p{L}*|förkyl\\p{L}*|opere\\p{L}*|bruti\\p{L}*|skadat|skadade\\s+(?:mig|knät|foten|handen|ryggen)|gravid|arbetslös|blivit\\s+av\\s+med\\s+jobbet|jobbet|begravning|dött|döde|sjukhus\\p{L}*|olycka|knät|foten|ryggen)`, 'iu');
const MISFORTUNE_RU = new RegExp(`${W}(?:заболел\\p{L}*|болел\\p{L}*|болеет|болен|больна|больниц\\p{L}*|операци\\p{L}*|температур\\p{L}*|сломал\\p{L}*\\s+(?:ногу|руку)|уволил\\p{L}*|умер\\p{L}*|похорон\\p{L}*|ребён\\p{L}*|ребен\\p{L}*)`, 'iu');
const SEVERE_RU = new RegExp(`${W}(?:затопил\\p{L}*|затоп\\p{L}*|пожар\\p{L}*|сгорел\\p{L}*|украл\\p{L}*|украден\\p{L}*|авари\\p{L}*|ущерб\\p{L}*)`, 'iu');

/** "Jag förstår hur frustrerande det är att …" for a failure; "Vad tråkigt att …" for their misfortune. */
export function acknowledgeSv(clause: string): string {
  return MISFORTUNE_SV.test(clause) ? `Vad tråkigt att ${clause}.` : `Jag förstår hur frustrerande det är att ${clause}.`;
}

/** "Понимаю, как неприятно, что …"; "Очень жаль, что …" for their misfortune; "как это тяжело" for a serious loss. */
export function acknowledgeRu(clause: string): string {
  if (MISFORTUNE_RU.test(clause)) return `Очень жаль, что ${clause}.`;
  if (SEVERE_RU.test(clause)) return `Понимаю, как это тяжело, что ${clause}.`;
  return `Понимаю, как неприятно, что ${clause}.`;
}

// The reply already meets them warmly ("Понимаю, как это тяжело…", "Krya på dig!", "带两岁的宝宝…确实辛苦"):
// a second acknowledgement reads as a form letter.
const WARM: Record<'ru' | 'sv' | 'zh', RegExp> = {
  ru: new RegExp(`${W}(?:понима\\p{L}*|сочувств\\p{L}*|очень\\s+жаль|мне\\s+жаль|нам\\s+жаль|представляю|как\\s+(?:это\\s+)?(?:неприятно|обидно|тяжело)|переживаю|выздоравлива\\p{L}*|скорейшего\\s+выздоровления|берегите\\s+себя)(?![\\p{L}])`, 'iu'),
  sv: new RegExp(`${W}(?:förstår|tråkigt|usch|krya\\s+på\\s+dig|så\\s+synd|jobbigt|hoppas\\s+(?:att\\s+)?(?:allt|du|ni|det)|beklagar\\s+(?:verkligen\\s+)?att)(?![\\p{L}])`, 'iu'),
  zh: /理解您|辛苦|确实(?:很|让人|令人)|心情|早日康复|保重/u,
};

/** Whether the agent's own words (findings blanked out) already acknowledge the customer warmly. */
export function alreadyWarm(reply: string, lang: 'ru' | 'sv' | 'zh', flagged: Array<{ start: number; end: number }>): boolean {
  let own = reply;
  for (const f of flagged) own = own.slice(0, f.start) + ' '.repeat(f.end - f.start) + own.slice(f.end);
  // Only the reply itself: the customer's quoted message below it is theirs.
  const quote = own.search(/\n\s*>|^\s*>|-{3,}|_{5,}|(?:wrote|skrev|пишет|написал\p{L}*|写道)\s*[:：]|发件人[:：]|Från:|От:/mu);
  return WARM[lang].test(quote > 0 ? own.slice(0, quote) : own);
}
