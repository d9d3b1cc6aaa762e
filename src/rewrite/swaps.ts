/**
 * Where only a few words are wrong, only they change (Vale-style substitution data, per language):
 * "kindly" + verb → "please" + verb, "at this point in time" → "now", "please be advised that" →
 * nothing. Each swap matches inside the sentence and must overlap the finding; `to` may hold one
 * `[placeholder]` for what only the agent knows.
 */
import type { Lang } from '../analysis/types.ts';

export interface Swap {
  /** Matched case-insensitively against the sentence; must overlap the finding's span. */
  match: RegExp;
  to: string | ((m: RegExpExecArray) => string);
  note: string;
}

const W = '(?<![\\p{L}])';
const E = '(?![\\p{L}])';
const re = (source: string) => new RegExp(source, 'iu');

const EN: Swap[] = [
  // Jargon: canned distance.
  { match: re(`${W}(?:please|kindly)\\s+be\\s+(?:advised|informed|aware)\\s+(?:that\\s+)?`), to: '', note: 'Just say it.' },
  { match: re(`${W}(?:we\\s+)?(?:would\\s+like\\s+to\\s+)?(?:inform|advise)\\s+you\\s+that\\s+`), to: '', note: 'Just say it.' },
  { match: re(`${W}kindly\\s+(?=[\\p{L}])`), to: 'please ', note: '"Please" says the same, warmly.' },
  { match: re(`${W}at\\s+this\\s+(?:point\\s+in\\s+time|moment\\s+in\\s+time)${E}`), to: 'now', note: 'One plain word.' },
  { match: re(`${W}at\\s+your\\s+earliest\\s+convenience${E}`), to: 'when you can', note: 'Plain words.' },
  { match: re(`${W}going\\s+forward${E}`), to: 'from now on', note: 'Plain words.' },
  { match: re(`${W}(?:as\\s+)?per\\s+our\\s+records,?\\s*`), to: 'I can see that ', note: 'Say what you see.' },
  { match: re(`${W}(?:to\\s+)?the\\s+relevant\\s+(?:department|team)${E}`), to: (m) => `${/^to/i.test(m[0]) ? 'to ' : ''}our [team] team`, note: 'Name the team.' },
  { match: re(`${W}(?:we\\s+have|we['’]ve|i\\s+have|i['’]ve)\\s+escalated\\s+your\\s+(?:concern|issue|case|query|request)(?:\\s+to\\s+(?:the\\s+relevant|our|the\\s+appropriate)\\s+(?:department|team))?`), to: "I've passed this to our [team] team", note: 'Say who has it now.' },
  // "We value your business and have shared…": the sentence goes on with what was done.
  { match: re(`${W}we\\s+value\\s+your\\s+(?:business|custom|loyalty|patience)\\s+and\\s+(?=(?:have|will|are|would)${E})`), to: 'we ', note: 'What you did says it.' },
  { match: re(`${W}we\\s+value\\s+your\\s+(?:business|custom|loyalty|patience)\\s+and\\s+(?=(?:going\\s+forward|from\\s+now\\s+on|we|i)${E})`), to: '', note: 'What you do says it.' },
  { match: re(`${W}we\\s+value\\s+your\\s+(?:business|custom|loyalty|patience)${E}`), to: 'thank you for sticking with us', note: 'Thank them plainly.' },
  { match: re(`${W}your\\s+(?:call|message|email|query)\\s+is\\s+(?:very\\s+)?important\\s+to\\s+us${E}`), to: "I'm on it", note: 'Show it instead of saying it.' },
  { match: re(`${W}is\\s+(?:very\\s+|really\\s+|extremely\\s+)?important\\s+to\\s+us${E}`), to: 'matters to us, and here is what we do about it: [what you do]', note: 'Show it instead of saying it.' },
  { match: re(`${W}we\\s+take\\s+(.{1,80}?)\\s+(?:very\\s+|incredibly\\s+|extremely\\s+)?seriously${E}`), to: (m) => `here is what we do about ${m[1]}: [what we do]`, note: 'Show it instead of saying it.' },
  { match: re(`${W}rest\\s+assured(?:\\s+that)?\\s+`), to: '', note: 'Just say it.' },
  { match: re(`${W}please\\s+note\\s+that\\s+`), to: '', note: 'Just say it.' },
  { match: re(`${W}(?:(?:we|i)\\s+(?:really\\s+|truly\\s+)?appreciate|thanks\\s+for|thank\\s+you\\s+for)\\s+your\\s+(?:continued\\s+)?loyalty(?:\\s+to\\s+(?:our\\s+brand|us|our\\s+company))?${E}`), to: 'thank you for sticking with us', note: 'Thank them plainly.' },
  { match: re(`${W}it\\s+means\\s+the\\s+world\\s+to\\s+us${E}`), to: 'it means a lot to us', note: 'Plain words.' },
  { match: re(`${W}(?:we|i)\\s+appreciate\\s+the\\s+opportunity\\s+to${E}`), to: "I'm glad to", note: 'Plain words.' },
  { match: re(`${W}(?:these|such)\\s+(?:uncertain|unprecedented|challenging)\\s+times${E}`), to: 'this time', note: 'Plain words.' },
  { match: re(`${W}as\\s+we\\s+move\\s+our\\s+products\\s+forward${E}`), to: 'as we update our products', note: 'Plain words.' },
  { match: re(`${W}leverag(?:e|ing)${E}`), to: (m) => (/ing$/i.test(m[0]) ? 'using' : 'use'), note: 'Plain words.' },
  { match: re(`${W}synerg(?:y|ies)${E}`), to: 'working together', note: 'Plain words.' },
  { match: re(`${W}customer-centric${E}`), to: 'focused on you', note: 'Plain words.' },
  { match: re(`${W}please\\s+find\\s+attached${E}`), to: "I've attached", note: 'Plain words.' },
  { match: re(`${W}for\\s+your\\s+(?:reference|information|perusal)${E},?\\s*`), to: '', note: 'Just say it.' },
  { match: re(`${W}do\\s+the\\s+needful${E}`), to: '[what you will do]', note: 'Say what you will do.' },
  { match: re(`${W}reach\\s+out\\s+to${E}`), to: 'contact', note: 'Plain words.' },
  // Blame: drop the reproach, keep the answer.
  { match: re(`${W}(?:as\\s+(?:i|we)\\s+(?:already|previously)?\\s*(?:said|mentioned|stated|explained|wrote)|as\\s+(?:previously\\s+|already\\s+)?(?:mentioned|stated|explained|advised)(?:\\s+(?:before|earlier|previously))?|per\\s+my\\s+(?:last|previous)\\s+(?:email|message|reply)|like\\s+i\\s+said)(?:\\s+(?:in|on)\\s+my\\s+(?:previous|last|earlier)\\s+(?:e-?mail|message|reply|letter|call))?,?\\s*`), to: '', note: 'Answer again without the reproach.' },
  { match: re(`\\s*${W}according\\s+to\\s+the\\s+information\\s+previously\\s+provided\\s+to\\s+you${E}`), to: '', note: 'Answer again without the reproach.' },
  { match: re(`${W}obviously,?\\s*`), to: '', note: 'Nothing is obvious to someone who asks.' },
  { match: re(`${W}you\\s+(?:need|have)\\s+to\\s+understand\\s+(?:that\\s+)?`), to: '', note: 'Explain without lecturing.' },
  { match: re(`${W}calm\\s+down${E}`), to: 'I understand this is frustrating', note: 'Acknowledge instead.' },
  { match: re(`${W}you\\s+must\\s+have\\s+`), to: 'it looks like you may have ', note: 'Suppose, do not accuse.' },
  { match: re(`${W}you\\s+(?:failed|neglected)\\s+to\\s+`), to: "it looks like we didn't get a chance to ", note: 'Suppose, do not accuse.' },
  { match: re(`${W}you\\s+should\\s+have\\s+`), to: 'next time, it helps to have ', note: 'Help for next time, no blame.' },
  { match: re(`${W}as\\s+(?:stated|set\\s+out|outlined)\\s+in\\s+our\\s+(terms|policy|policies|terms\\s+and\\s+conditions),?\\s*`), to: (m) => `our ${m[1]} say `, note: 'State it plainly.' },
  { match: re(`${W}my\\s+earlier\\s+message\\s+was\\s+correct${E}`), to: 'here is the answer again: [the answer]', note: 'Answer again without the reproach.' },
  // Hype: keep the fact, drop the pressure.
  { match: re(`${W}(?:amazing|fantastic|great|incredible|unbelievable|exclusive|unbeatable|awesome)\\s+(?=(?:#?[\\p{L}\\p{N}-]+\\s+){0,2}(?:deal|offer|price|discount|savings?)${E})`), to: '', note: 'The offer speaks for itself.' },
  { match: re(`${W}100\\s*%\\s+free${E}`), to: 'free', note: 'Plain fact.' },
  { match: re(`,?\\s*${W}so\\s+act\\s+now\\s+to\\s+`), to: ", if you'd like to ", note: 'No pressure.' },
  { match: re(`\\s*[–—-]?\\s*${W}act\\s+now!?\\s*`), to: ' ', note: 'No pressure.' },
  { match: re(`${W}(?:for\\s+a\\s+)?limited\\s+time\\s+only${E}`), to: 'until [end date]', note: 'The plain fact: when it ends.' },
  { match: re(`${W}guaranteed\\s+satisfaction${E}`), to: '[what the guarantee covers]', note: 'The plain fact.' },
  { match: re(`${W}risk-free${E}`), to: 'with [how to cancel]', note: 'The plain fact.' },
  { match: re(`\\s*${W}(?:the\\s+)?best\\s+in\\s+the\\s+world${E}`), to: '', note: 'No superlatives.' },
  { match: re(`${W}once\\s+in\\s+a\\s+lifetime${E}`), to: 'rare', note: 'No superlatives.' },
];

const RU: Swap[] = [
  { match: re(`${W}(?:доводим|сообщаем)\\s+до\\s+вашего\\s+сведения,?\\s*(?:что\\s+)?`), to: '', note: 'Просто скажите.' },
  { match: re(`${W}(?:просим|убедительно\\s+просим)\\s+вас${E}`), to: 'пожалуйста,', note: 'Проще и теплее.' },
  { match: re(`${W}в\\s+данный\\s+момент\\s+времени${E}`), to: 'сейчас', note: 'Одно простое слово.' },
  { match: re(`${W}(?:в\\s+)?соответствующ(?:ий|ее|ую)\\s+(?:отдел|подразделение|службу)${E}`), to: 'в наш [отдел] отдел', note: 'Назовите отдел.' },
  { match: re(`${W}как\\s+я\\s+уже\\s+(?:писал|писала|говорил|говорила|сообщал|сообщала)(?:\\s+в\\s+(?:предыдущем|прошлом)\\s+(?:письме|сообщении))?,?\\s*`), to: '', note: 'Ответьте ещё раз без упрёка.' },
  { match: re(`${W}(?:100\\s*%\\s+)бесплатно${E}`), to: 'бесплатно', note: 'Просто факт.' },
  { match: re(`${W}только\\s+сегодня!?`), to: 'до [дата]', note: 'Просто факт: когда заканчивается.' },
];

const SV: Swap[] = [
  { match: re(`${W}vi\\s+vill\\s+(?:informera|upplysa)\\s+(?:dig|er)?\\s*om\\s+att\\s+`), to: '', note: 'Säg det bara.' },
  { match: re(`${W}vänligen\\s+(?:notera|observera)\\s+att\\s+`), to: '', note: 'Säg det bara.' },
  { match: re(`${W}vänligen\\s+(?=[\\p{L}])`), to: '', note: 'Enklare och varmare.' },
  { match: re(`${W}i\\s+nuläget${E}`), to: 'nu', note: 'Ett enkelt ord.' },
  { match: re(`${W}(?:till\\s+)?(?:den\\s+)?berörda\\s+avdelningen${E}`), to: 'till vårt [team]-team', note: 'Nämn teamet.' },
  { match: re(`${W}som\\s+jag\\s+redan\\s+(?:skrivit|sagt|nämnt),?\\s*`), to: '', note: 'Svara igen utan förebråelse.' },
  { match: re(`${W}100\\s*%\\s+gratis${E}`), to: 'gratis', note: 'Bara fakta.' },
  { match: re(`${W}agera\\s+nu!?\\s*`), to: '', note: 'Ingen press.' },
];

const ZH: Swap[] = [
  { match: /特此通知[，,]?|兹通知[，,]?/u, to: '', note: '直接说明即可。' },
  { match: /我已经说过了[，,。]?|如前所述[，,]?|正如我之前所说[，,]?/u, to: '', note: '再答一次，不带责备。' },
  { match: /100\s*%\s*免费/u, to: '免费', note: '只说事实。' },
  { match: /即刻行动[!！]?/u, to: '', note: '不施加压力。' },
  { match: /相关部门/u, to: '我们的[团队]团队', note: '说明是哪个团队。' },
  { match: /高效合作/u, to: '一起解决', note: '说得平实些。' },
];

export const SWAPS: Record<Lang, Swap[]> = { en: EN, ru: RU, sv: SV, zh: ZH };

/**
 * The pitch around a hype word: a sentence with one flagged word usually carries three more
 * ("honestly an amazing deal you won't want to miss", "säg ja redan i dag"). A hype rewrite drops
 * all of them, so the offer is left as a plain fact.
 */
const PRESSURE: Record<Lang, Array<[RegExp, string]>> = {
  en: [
    [re(`\\s*[:–—-]\\s*(?:honestly\\s+|truly\\s+|really\\s+|simply\\s+)?(?:an?\\s+)?(?:(?:amazing|fantastic|incredible|unbeatable|unmissable|exclusive|great|awesome)\\s+)+(?:deal|offer|price|bargain)(?:\\s+(?:you\\s+won['’]t\\s+want\\s+to\\s+miss|not\\s+to\\s+be\\s+missed))?${E}`), ''],
    [re(`,?\\s*(?:so\\s+)?(?:you\\s+won['’]t\\s+want\\s+to\\s+miss(?:\\s+(?:it|this|out))?|don['’]t\\s+miss\\s+out|hurry|while\\s+stocks\\s+last|before\\s+it['’]s\\s+gone)${E}!?`), ''],
    [re(`${W}(?:amazing|fantastic|incredible|unbeatable|unmissable|exclusive|awesome)\\s+(?=[\\p{L}])`), ''],
    [re(`${W}(?:is|are)\\s+(?:only|just)\\s+(?=[£$€]|\\d)`), 'costs '],
    [re(`\\s+just\\s+for\\s+you${E}`), ''],
    [re(`${W}honestly\\s+`), ''],
  ],
  ru: [
    [re(`,?\\s*${W}(?:спешите|не\\s+упустите(?:\\s+(?:свой\\s+)?шанс)?)${E}!?`), ''],
    [re(`${W}(?:такого|такое)\\s+(?:выгодного\\s+|выгодное\\s+)?предложени[ея]\\s+больше\\s+не\\s+будет${E}`), ''],
    [re(`${W}(?:эксклюзивн\\p{L}+|потрясающ\\p{L}+|уникальн\\p{L}+)\\s+(?=[\\p{L}])`), ''],
  ],
  sv: [
    [re(`\\s*[–—-]?\\s*${W}säg\\s+ja\\s+(?:redan\\s+)?i\\s+dag${E}`), ''],
    [re(`,?\\s*${W}det\\s+här\\s+kommer\\s+(?:aldrig\\s+|inte\\s+)tillbaka${E}`), ''],
    [re(`${W}(?:exklusivt|exklusiva|fantastiskt|fantastiska)\\s+(?=[\\p{L}])`), ''],
    [re(`\\s+bara\\s+för\\s+dig${E}`), ''],
    [re(`${W}missa\\s+inte${E}!?`), ''],
  ],
  zh: [
    [/好消息来了[：:，,]?/gu, ''],
    [/史上最低价[，,]?/gu, ''],
    [/数量有限[，,]?/gu, ''],
    [/[，,]?(?:即刻行动|赶快行动|抓紧抢购|错过不再)[!！]?/gu, ''],
  ],
};

/** The sentence with every pressure phrase of its language dropped. */
export function withoutPressure(sentence: string, lang: Lang): string {
  let out = sentence;
  for (const [find, to] of PRESSURE[lang]) out = out.replace(new RegExp(find.source, find.flags.includes('g') ? find.flags : `${find.flags}g`), to);
  return out;
}

/** The sentence with the first swap that overlaps [from, to) applied, or null when none does. */
export function swapIn(sentence: string, from: number, to: number, lang: Lang): { text: string; note: string } | null {
  for (const swap of SWAPS[lang]) {
    const m = swap.match.exec(sentence);
    if (!m || m.index >= to || m.index + m[0].length <= from) continue;
    const replacement = typeof swap.to === 'string' ? swap.to : swap.to(m);
    const text = sentence.slice(0, m.index) + replacement + sentence.slice(m.index + m[0].length);
    return { text, note: swap.note };
  }
  return null;
}
