/**
 * What of the customer's the complaint is about, named in the reply's grammar, for when their own
 * clause cannot be turned to the agent's voice with certainty: "проблема с Вашим заказом", "din
 * beställning", "您的订单". Naming the thing is always grammatical; pasting a clause whose person or
 * gender was not changed ("Вы её не подключала") never is. Only things a support customer writes
 * about are listed, each with the forms it takes after "с" (Russian instrumental), with its Swedish
 * possessive (din/ditt by gender), or as the Chinese noun.
 */
import type { Lang } from '../analysis/types.ts';
import type { Problem } from './problem.ts';

/** A thing: how to find it in the message (any case form), and how the reply names it. */
type Thing = [find: RegExp, name: string];

const W = '(?<![\\p{L}])';
const th = (stem: string, name: string): Thing => [new RegExp(`${W}${stem}`, 'iu'), name];

// Russian: the stem matches every case ("заказ", "заказа", "заказом"); the name is the instrumental after "с".
const RU: Thing[] = [
  th('заказ(?:а|у|ом|е|ы|ов|ами|ах)?(?![\\p{L}])', 'Вашим заказом'),
  th('посылк(?:а|и|у|ой|е)(?![\\p{L}])', 'Вашей посылкой'),
  th('(?:отправлени[еяюи]|отправлением)(?![\\p{L}])', 'Вашим отправлением'),
  th('доставк(?:а|и|у|ой|е)(?![\\p{L}])', 'доставкой'),
  th('(?:багаж(?:а|у|ом|е)?|чемодан(?:а|у|ом|е)?)(?![\\p{L}])', 'Вашим багажом'),
  th('(?:брон(?:ь|и|ью)|бронировани(?:е|я|ем|ю))(?![\\p{L}])', 'Вашим бронированием'),
  th('(?:списани(?:е|я|ем|ю)|спис(?:али|ано|ана))(?![\\p{L}])', 'списанием'),
  th('(?:возврат(?:а|у|ом|е)?)(?![\\p{L}])', 'возвратом'),
  th('(?:оплат(?:а|ы|у|ой|е)|плат[её]ж(?:а|у|ом|е)?)(?![\\p{L}])', 'оплатой'),
  th('(?:карт(?:а|ы|у|ой|е)|карточк(?:а|и|у|ой|е))(?![\\p{L}])', 'Вашей картой'),
  th('(?:аккаунт(?:а|у|ом|е)?|учётн(?:ая|ой|ую)\\s+запис(?:ь|и|ью)|учетн(?:ая|ой|ую)\\s+запис(?:ь|и|ью)|личн(?:ый|ого|ом|ым)\\s+кабинет(?:а|е|ом)?)(?![\\p{L}])', 'Вашим аккаунтом'),
  th('(?:подписк(?:а|и|у|ой|е))(?![\\p{L}])', 'Вашей подпиской'),
  th('(?<!в\\s)(?:интернет(?:а|у|ом|е)?|связ(?:ь|и|ью))(?![\\p{L}])', 'связью'),
  th('(?:приложени(?:е|я|ем|ю)|сайт(?:а|у|ом|е)?)(?![\\p{L}])', 'приложением'),
  th('(?:пароль|пароля|паролем|вход(?:а|ом)?\\s+в)(?![\\p{L}])', 'входом в аккаунт'),
  th('(?:сч[её]т(?:а|у|ом|е)?\\s+(?:за|по)|квитанци(?:я|и|ю|ей))(?![\\p{L}])', 'Вашим счётом'),
  th('(?:запис(?:ь|и|ью)\\s+(?:к|на)|при[её]м(?:а|у|ом|е)?)(?![\\p{L}])', 'Вашей записью'),
  th('(?:полис(?:а|у|ом|е)?|страховк(?:а|и|у|ой|е))(?![\\p{L}])', 'Вашим полисом'),
  th('(?:квартир(?:а|ы|у|ой|е))(?![\\p{L}])', 'Вашей квартирой'),
  th('(?:машин(?:а|ы|у|ой|е)|автомобил(?:ь|я|ем|е))(?![\\p{L}])', 'Вашим автомобилем'),
  th('(?:прогресс(?:а|у|ом|е)?|персонаж(?:а|у|ем|е)?)(?![\\p{L}])', 'Вашим прогрессом'),
  th('(?<!в\\s)(?:курс(?:а|у|ом|е)?|обучени(?:е|я|ем|ю))(?![\\p{L}])', 'Вашим обучением'),
  th('(?:билет(?:а|у|ом|е|ы|ов)?|рейс(?:а|у|ом|е)?)(?![\\p{L}])', 'Вашим рейсом'),
  th('(?:товар(?:а|у|ом|е)?|покупк(?:а|и|у|ой|е))(?![\\p{L}])', 'Вашей покупкой'),
];

// Swedish: the possessive agrees with the noun's gender (en → din, ett → ditt).
const SV: Thing[] = [
  th('(?:beställning(?:en)?|order(?:n)?)(?![\\p{L}])', 'din beställning'),
  th('(?:paket(?:et)?|försändelse(?:n)?)(?![\\p{L}])', 'ditt paket'),
  th('(?:leverans(?:en)?)(?![\\p{L}])', 'din leverans'),
  th('(?:bokning(?:en)?|biljett(?:en)?)(?![\\p{L}])', 'din bokning'),
  th('(?:faktura(?:n)?|\\p{L}*räkning(?:en)?|avgift(?:en)?)(?![\\p{L}])', 'din faktura'),
  th('(?:debitering(?:en)?|dragning(?:en)?|betalning(?:en)?)(?![\\p{L}])', 'din betalning'),
  th('(?:återbetalning(?:en)?)(?![\\p{L}])', 'din återbetalning'),
  th('(?:kortet|(?:mitt|ditt)\\s+kort|\\p{L}+kort(?:et)?)(?![\\p{L}])', 'ditt kort'),
  th('(?:konto(?:t)?)(?![\\p{L}])', 'ditt konto'),
  th('(?:abonnemang(?:et)?|prenumeration(?:en)?)(?![\\p{L}])', 'ditt abonnemang'),
  th('(?:pension(?:en)?)(?![\\p{L}])', 'din pension'),
  th('(?:webbshop(?:en)?|hemsida(?:n)?|sajt(?:en)?)(?![\\p{L}])', 'din webbshop'),
  th('(?:tv(?::n)?|tv-\\p{L}+)(?![\\p{L}])', 'din tv'),
  th('(?:internet|bredband(?:et)?|uppkoppling(?:en)?)(?![\\p{L}])', 'din uppkoppling'),
  th('(?:app(?:en)?)(?![\\p{L}])', 'appen'),
  th('(?:försäkring(?:en)?)(?![\\p{L}])', 'din försäkring'),
  th('(?:lägenhet(?:en)?)(?![\\p{L}])', 'din lägenhet'),
  th('(?:bil(?:en)?)(?![\\p{L}])', 'din bil'),
  th('(?:sophämtning(?:en)?|tömning(?:en)?)(?![\\p{L}])', 'sophämtningen'),
  th('(?:tid(?:en)?\\s+(?:hos|på)|besök(?:et)?)(?![\\p{L}])', 'ditt besök'),
];

// Chinese: the noun as written; no articles, "您的" before it.
const ZH: Thing[] = (
  [
    ['订单', '您的订单'], ['快递', '您的快递'], ['包裹', '您的包裹'], ['物流', '您的快递'], ['退款', '您的退款'], ['退货', '您的退货'],
    ['账户', '您的账户'], ['账号', '您的账号'], ['信用卡', '您的信用卡'], ['银行卡', '您的银行卡'], ['年费', '您的年费'], ['扣费', '这笔扣费'], ['宽带', '您的宽带'], ['网速', '您的宽带'],
    ['机票', '您的机票'], ['航班', '您的航班'], ['行李', '您的行李'], ['预约', '您的预约'], ['证书', '您的证书'], ['会员', '您的会员'], ['保单', '您的保单'], ['理赔', '您的理赔'],
    ['取车', '您的取车订单'], ['云盘', '云盘服务'], ['报表', '您的报表'], ['下载', '您的下载内容'], ['机器人', '您的机器人'], ['燃气', '您的燃气业务'], ['入住', '您的入住'],
  ] as const
).map(([find, name]) => [new RegExp(find, 'u'), name] as Thing);

const THINGS: Record<Exclude<Lang, 'en'>, Thing[]> = { ru: RU, sv: SV, zh: ZH };

/** The first thing of theirs the message names (by position), in the reply's form; null when none. */
export function thingIntl(message: string, lang: Exclude<Lang, 'en'>): string | null {
  let best: { at: number; name: string } | null = null;
  for (const [find, name] of THINGS[lang]) {
    const m = find.exec(message);
    if (m && (!best || m.index < best.at)) best = { at: m.index, name };
  }
  return best?.name ?? null;
}

/**
 * The problem read by a language's reader, with the thing it is about: searched in the clause the
 * reader chose, then in the whole message. With no clause read, a thing named beside a failure cue
 * is still a problem: the reply names the thing ("с Вашим заказом") rather than a placeholder.
 */
export function withThing(problem: Problem | null, message: string, lang: Exclude<Lang, 'en'>, failure: RegExp, accusation: RegExp): Problem | null {
  const topic = (problem?.source ? thingIntl(problem.source, lang) : null) ?? thingIntl(message, lang);
  if (problem) return { ...problem, topic };
  failure.lastIndex = 0;
  if (!topic || !failure.test(message)) return null;
  return { clause: null, source: null, keywords: [], accusation: accusation.test(message), topic };
}
