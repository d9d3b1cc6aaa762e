/**
 * A sales pitch in a ru, sv or zh reply is rarely one sentence: "另外，现在正是升级的最佳时机：千兆宽带
 * 限时抢购…错过再等一年！名额有限，先到先得，立即回复"升级"即可办理。" A rewrite of the sentence
 * holding one hype word leaves the pressure of the next one standing (blind review: "the pushy upsell
 * stays and 名额有限 remains nearby"). The pitch is read as the run of sentences that hold a hype
 * finding or only push ("Missa inte chansen!", "Бронируйте прямо сейчас"), so one rewrite covers it.
 */
import type { Finding, Lang } from '../analysis/types.ts';
import type { Sentence } from '../analysis/engine/segment.ts';

// A sentence that only pushes: a call to act now, scarcity, "never again"; no fact of the offer.
const PUSH_ONLY: Partial<Record<Lang, RegExp>> = {
  ru: /^(?:спешите|успейте|торопитесь|не\s+упустите|не\s+пропустите|бронируйте|оформляйте|подключайтесь|звоните\s+прямо|количество\s+[\p{L}\s]{0,30}ограничено|такой\s+шанс|такого\s+(?:шанса|предложения)|предложение\s+ограничено|завтра\s+может\s+быть\s+поздно)/iu,
  sv: /^(?:ett\s+(?:unikt|exklusivt)\s+erbjudande\s+som|missa\s+inte|skynda|slå\s+till|boka\s+redan|ett\s+sådant\s+tillfälle|ett\s+sånt\s+tillfälle|begränsat\s+antal|erbjudandet\s+gäller\s+(?:bara|endast)|först\s+till\s+kvarn|vänta\s+inte)/iu,
  zh: /^(?:心动不如行动|快来|赶快|赶紧|抓紧|立即|马上|即刻|名额|数量有限|先到先得|错过|机会难得|千万|手慢无|抢完即止|欲购从速)/u,
};

// A sentence that opens a sales pitch ("Passa förresten på att uppgradera…", "另外，…推荐…"): the pitch
// starts there even when its own words are not flagged.
const PITCH_LEAD: Partial<Record<Lang, RegExp>> = {
  ru: /^(?:также\s+хочу\s+рассказать|но\s+прежде\s+чем|кстати,?\s+(?:у\s+нас|сейчас)|обратите\s+внимание\s+на\s+наш)/iu,
  sv: /^(?:passa\s+(?:förresten\s+|samtidigt\s+|gärna\s+)?på\s+att|men\s+innan\s+du\s+går)/iu,
  zh: /^(?:另外|此外|顺便)[，,]?(?:[^。！？]{0,12})(?:推荐|好消息|优惠|活动|升级)/u,
};

/** A sentence that only pushes, with no fact of the offer to keep. */
export function isPushOnly(sentence: string, lang: Lang): boolean {
  // "名额有限，先到先得，立即回复"升级"即可办理": how to take the offer is a fact worth keeping.
  if (lang === 'zh' && /回复["“「]|拨打|点击|\d/u.test(sentence)) return false;
  return PUSH_ONLY[lang]?.test(sentence) ?? false;
}

/** The sentences [first, last] of the pitch around sentence `at` (a hype finding's). */
export function pitchSentences(sentences: Sentence[], at: number, findings: Finding[], lang: Lang): [number, number] {
  const push = PUSH_ONLY[lang];
  const hyped = (s: Sentence) => findings.some((f) => f.category === 'hype' && f.start >= s.start && f.end <= s.end);
  const otherFlag = (s: Sentence) => findings.some((f) => f.category !== 'hype' && f.start >= s.start && f.end <= s.end);
  let first = at;
  let last = at;
  // At most three sentences each way: a pitch is a paragraph, not a page.
  while (last + 1 < sentences.length && last - at < 3) {
    const next = sentences[last + 1]!;
    if (otherFlag(next) || !(hyped(next) || (push?.test(next.text.trim()) ?? false))) break;
    last++;
  }
  while (first > 0 && at - first < 3) {
    const prev = sentences[first - 1]!;
    if (otherFlag(prev) || !(hyped(prev) || (PITCH_LEAD[lang]?.test(prev.text.trim()) ?? false))) break;
    first--;
  }
  return [first, last];
}
