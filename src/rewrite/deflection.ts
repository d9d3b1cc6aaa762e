/**
 * A policy deflection made honest: the agent's own refusal stays, the hiding goes, and what only
 * the agent knows (the reason, the alternative) is one placeholder per suggestion.
 * "As per our policy, damaged items must be reported within 48 hours" →
 * "Damaged items must be reported within 48 hours, because [the reason]".
 */
import type { Lang } from '../analysis/types.ts';
import { englishClasses } from '../analysis/classes/en.ts';
import { hasClass } from '../analysis/conditions.ts';

export interface Honest { text: string; note: string }

const REASON = 'Give the reason; it turns a rule into an explanation.';
const ALTERNATIVE = 'Say what you can do instead.';

interface Frame { lead: RegExp; rest: (refusal: string) => Honest[] }

const W = '(?<![\\p{L}])';
const re = (s: string) => new RegExp(s, 'iu');

const EN: Frame[] = [
  // "As per our policy, X" / "Due to our policy, X" → "X, because [the reason]".
  { lead: re(`${W}(?:as\\s+)?(?:per|due\\s+to|according\\s+to|in\\s+line\\s+with|under)\\s+(?:our|the|company|store)\\s+(?:[\\p{L}-]+\\s+)?(?:policy|policies|rules|terms)(?:\\s+(?:terms\\s+and\\s+conditions|and\\s+procedures))?,?\\s*`), rest: (r) => [
    ...(r ? [{ text: `${r} because [the reason]`, note: REASON }, { text: `${r}; what I can do is [alternative]`, note: ALTERNATIVE }] : []),
  ] },
  // "It's company policy (that|to) X" → "X, because [the reason]"; alone → the reason.
  { lead: re(`${W}(?:it['’]s|it\\s+is|that['’]s|that\\s+is|this\\s+is)\\s+(?:against\\s+)?(?:our\\s+|the\\s+|company\\s+|store\\s+)+(?:policy|rules?)(?:\\s+that|\\s+to)?\\s*`), rest: (r) => r
    ? [{ text: `${r} because [the reason]`, note: REASON }, { text: `${r}; what I can do is [alternative]`, note: ALTERNATIVE }]
    : [{ text: 'The reason for this rule is [the reason]', note: REASON }, { text: 'What I can do instead is [alternative]', note: ALTERNATIVE }] },
  { lead: re(`${W}our\\s+policy\\s+(?:prohibits|forbids|does\\s+not\\s+allow|doesn['’]t\\s+allow)\\s+`), rest: (r) => [
    { text: `we don't allow ${r} because [the reason]`, note: REASON },
  ] },
  { lead: re(`${W}(?:there['’]s|there\\s+is)\\s+(?:unfortunately\\s+)?nothing\\s+(?:more\\s+|else\\s+)?(?:i|we)\\s+can\\s+do(?:\\s+(?:about\\s+(?:it|this)|here))?`), rest: (r) => [
    { text: `what I can do is [alternative]${r ? ` ${r}` : ''}`, note: ALTERNATIVE },
  ] },
  { lead: re(`${W}(?:(?:it['’]s|that['’]s|this\\s+is)\\s+not\\s+(?:my|our)\\s+(?:decision|call)|my\\s+hands\\s+are\\s+tied|it['’]s\\s+not\\s+up\\s+to\\s+(?:me|us)|it\\s+is\\s+not\\s+up\\s+to\\s+(?:me|us))`), rest: (r) => [
    { text: `that decision sits with our [team] team, and I'll ask them for you${r ? ` ${r}` : ''}`, note: 'Say who decides, and that you will ask.' },
    { text: `I can't change this myself, because [the reason]${r ? ` ${r}` : ''}`, note: REASON },
  ] },
  { lead: re(`${W}(?:is|are)\\s+(?:out\\s+of\\s+our\\s+(?:control|hands)|beyond\\s+our\\s+control)`), rest: (r) => [
    { text: `are caused by [the cause]${r ? ` ${r}` : ''}`, note: 'Say what causes it.' },
  ] },
  { lead: re(`${W}(?:i['’]m|i\\s+am|we['’]re|we\\s+are)\\s+not\\s+(?:authori[sz]ed|allowed|permitted|able)\\s+to\\s+`), rest: (r) => [
    { text: `I can't ${r} myself, so I'll ask our [team] team to`, note: 'Say who can, and that you will ask.' },
  ] },
  { lead: re(`${W}(?:our|the)\\s+system\\s+(?:doesn['’]t|does\\s+not|won['’]t|will\\s+not|can['’]t|cannot)\\s+(?:allow|let\\s+(?:me|us))\\s*`), rest: (r) => [
    { text: `${r ? `${r} isn't possible from here` : "That isn't possible from here"}, because [the reason]`, note: REASON },
  ] },
  // "We cannot assist with travel inquiries over social media": say who can, and how to reach them.
  { lead: re(`${W}(?:we|i)(?:\\s+(?:can['’]?t|cannot|can\\s+not|are\\s+unable\\s+to|are\\s+not\\s+able\\s+to)|['’]re\\s+(?:not\\s+able|unable)\\s+to)\\s+(?:assist|help)(?:\\s+you)?\\s+with\\s+`), rest: (r) => {
    const topic = r.split(/\s+(?:over|on|via|through|here|in\s+this|at\s+this|from\s+this)\b/i)[0]!.trim();
    return topic && topic.split(/\s+/).length <= 6 ? [{ text: `the team that handles ${topic} can help you at [how to reach them]`, note: 'Say who can help, and how to reach them.' }] : [];
  } },
  // "For X, please visit <link>": the link stays, said as help rather than a brush-off.
  { lead: re(`${W}please\\s+(?:visit|go\\s+to|head\\s+to)\\s+(?=https?:|www\\.)`), rest: (r) => [{ text: `the team that can help is at ${r}`, note: 'Point the way as help.' }] },
  // "We can't X" / "we're unable to X": the refusal stays, with what the agent can do.
  { lead: re(`${W}(?:we|i)(?:\\s+(?:can['’]?t|cannot|can\\s+not|won['’]?t\\s+be\\s+able\\s+to|are\\s+not\\s+able\\s+to|aren['’]t\\s+able\\s+to|are\\s+unable\\s+to|am\\s+unable\\s+to)|['’]re\\s+(?:not\\s+able|unable)\\s+to|['’]m\\s+unable\\s+to)\\s+`), rest: (r) => {
    // "…, you will need to follow the steps": the way forward is already there; what is missing is why.
    const [refusal, onward] = splitOnward(r);
    if (onward) return [{ text: `we can't ${refusal} because [the reason], but I can point you the right way: ${onward}`, note: REASON }];
    return [
      { text: `we can't ${r}; what I can do is [alternative]`, note: ALTERNATIVE },
      { text: `we can't ${r} because [the reason]`, note: REASON },
    ];
  } },
  // Sending them elsewhere: keep where to go, say it helps, give the way there.
  { lead: re(`${W}(?:you['’]ll|you\\s+will|you['’]d|you\\s+would|you)\\s+(?:need|have)\\s+to\\s+(?=contact|speak|call|visit|reach|get\\s+in\\s+touch|go\\s+to)`), rest: (r) => [
    { text: /https?:\/\//.test(r) ? `the quickest way to sort this out is to ${r}` : `the quickest way to sort this out is to ${r}, at [how to reach them]`, note: 'Point the way and make it easy.' },
  ] },
];

const RU: Frame[] = [
  { lead: re(`${W}(?:это|такова)\\s+политика\\s+(?:компании|магазина)[,.]?\\s*`), rest: (r) => [{ text: r ? `${r}, потому что [причина]` : 'Причина этого правила: [причина]', note: 'Назовите причину.' }, { text: 'Что я могу сделать для Вас: [альтернатива]', note: 'Скажите, что Вы можете сделать.' }] },
  { lead: re(`${W}это\\s+не\\s+(?:моё|мое|наше)\\s+решение`), rest: () => [{ text: 'Это решает наш [отдел] отдел, и я спрошу их за Вас', note: 'Скажите, кто решает.' }] },
  { lead: re(`${W}(?:ничем|ничего)\\s+не\\s+(?:могу|можем)\\s+(?:помочь|сделать)`), rest: () => [{ text: 'Что я могу сделать для Вас: [альтернатива]', note: 'Скажите, что Вы можете сделать.' }] },
];

const SV: Frame[] = [
  { lead: re(`${W}det\\s+är\\s+(?:företagets|vår)\\s+policy[,.]?\\s*`), rest: () => [{ text: 'Skälet till regeln är [skälet]', note: 'Ge skälet.' }, { text: 'Det jag kan göra är [alternativ]', note: 'Säg vad du kan göra.' }] },
  { lead: re(`${W}det\\s+är\\s+inte\\s+mitt\\s+beslut`), rest: () => [{ text: 'Beslutet ligger hos vårt [team]-team, och jag frågar dem åt dig', note: 'Säg vem som beslutar.' }] },
  { lead: re(`${W}det\\s+finns\\s+inget\\s+(?:mer\\s+)?(?:jag|vi)\\s+kan\\s+göra`), rest: () => [{ text: 'Det jag kan göra är [alternativ]', note: 'Säg vad du kan göra.' }] },
];

const ZH: Frame[] = [
  { lead: /这是(?:公司的|我们的)?(?:政策|规定)[，,。]?/u, rest: () => [{ text: '这样规定是因为[原因]', note: '说明原因。' }, { text: '我能为您做的是[替代方案]', note: '说明您能做什么。' }] },
  { lead: /这不是我的决定[，,。]?/u, rest: () => [{ text: '这件事由我们的[团队]团队决定，我会替您去问', note: '说明谁来决定。' }] },
  { lead: /我们也没有办法[，,。]?/u, rest: () => [{ text: '我能为您做的是[替代方案]', note: '说明您能做什么。' }] },
];

const FRAMES: Record<Lang, Frame[]> = { en: EN, ru: RU, sv: SV, zh: ZH };

/**
 * Honest rewrites of `clause` (the sentence or clause holding the deflection), or [] when no frame
 * matches the words at [from, to). The refusal after the lead is kept as the agent wrote it.
 */
export function honestDeflection(clause: string, from: number, to: number, lang: Lang): Honest[] {
  for (const frame of FRAMES[lang]) {
    const m = frame.lead.exec(clause);
    if (!m || m.index >= to || m.index + m[0].length <= from) continue;
    const before = clause.slice(0, m.index);
    const after = clause.slice(m.index + m[0].length).trim();
    const out = frame.rest(after).map((h) => ({ text: tidy(joinBefore(before, h.text)), note: h.note }));
    if (out.length) return out;
  }
  // No frame: the agent's sentence stays as written, and says what they can do instead — unless it
  // already does ("…, but their number is…"): then a tail would offer a second alternative.
  if (lang === 'en' && offersWayOnward(clause)) return [];
  const tail = ALTERNATIVE_TAIL[lang];
  return tail && clause.length <= 220 && !/https?:\/\//.test(clause) ? [{ text: `${clause.replace(/[\s,;:–—-]+$/, '')}${tail}`, note: ALTERNATIVE }] : [];
}

const ALTERNATIVE_TAIL: Record<Lang, string> = {
  en: '; what I can do instead is [alternative]',
  ru: '; что я могу сделать для Вас: [альтернатива]',
  sv: '; det jag kan göra i stället är [alternativ]',
  zh: '；我能为您做的是[替代方案]',
};

// What already points the customer onward: a first-person offer, an option of theirs, a route.
const ONWARD = /(?<![\p{L}])(?:you(?:['’]ll|\s+will)?\s+(?:need\s+to|can|may)|please\s+(?:follow|visit|call|contact|use|see|try|check)|(?:their|the)\s+(?:number|phone\s+number|telephone\s+number|website|site)\s+is|here['’]?s\s+how|follow\s+the\s+steps|https?:\/\/)/iu;

function offersWayOnward(text: string): boolean {
  return ONWARD.test(text) || hasClass(englishClasses, 'ALTERNATIVE', text.toLowerCase()) || hasClass(englishClasses, 'OPTION', text.toLowerCase());
}

/** "remove it for you, you will need to follow the steps" → ["remove it for you", "you will need to…"]. */
function splitOnward(rest: string): [string, string | null] {
  const m = /(?:,|;|\s+-|\s+but|\s+however,?)\s+(?=\S)/iu.exec(rest);
  if (!m) return [rest, null];
  const onward = rest.slice(m.index + m[0].length).replace(/^(?:but|however|and|so)\s+,?\s*/i, '');
  return offersWayOnward(onward) ? [rest.slice(0, m.index), onward] : [rest, null];
}

function tidy(s: string): string {
  return s.replace(/[ \t]{2,}/g, ' ').replace(/\s+([,;:])/g, '$1').trim();
}

function joinBefore(before: string, text: string): string {
  if (!before.trim()) return text[0]!.toUpperCase() + text.slice(1);
  return `${before}${/\s$/.test(before) ? '' : ' '}${text}`;
}
