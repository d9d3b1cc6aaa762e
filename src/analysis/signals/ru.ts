import type { RuleMatch, SentenceContext } from '../rules/types.ts';
import type { SentenceSignals, SignalDetector } from './types.ts';
import { allMatches, matcher } from './match.ts';
import { compileConstructions } from './construction.ts';
import { russianAcknowledgement } from './acknowledgement/ru.ts';
import { russianClasses } from '../classes/ru.ts';
import type { Sentence } from '../engine/segment.ts';
import type { TicketContext } from '../types.ts';
import { findApologies } from '../rules/ru/apology-clause.ts';

// Constructions over the classes in classes/ru.ts: see signals/acknowledgement/ru.ts.
const ACKNOWLEDGEMENT = compileConstructions(russianAcknowledgement, russianClasses, true);

const OWNERSHIP = matcher([
  'я (?:сейчас |уже |лично |сразу |сегодня |обязательно |немедленно )?(?:проверю|посмотрю|узнаю|уточню|передам|отправлю|верну|оформлю|исправлю|свяжусь|позвоню|напишу|сообщу|прослежу|разберусь|помогу|сделаю|добавлю|закажу|изменю|отменю|заменю|вышлю|прикреплю|подготовлю|займусь|выясню|поговорю|перезвоню|буду)',
  'я (?:уже |только что |сейчас |сегодня |лично )?(?:проверил[\\p{L}]*|посмотрел[\\p{L}]*|передал[\\p{L}]*|отправил[\\p{L}]*|вернул[\\p{L}]*|оформил[\\p{L}]*|исправил[\\p{L}]*|связал[\\p{L}]*|сделал[\\p{L}]*|добавил[\\p{L}]*|изменил[\\p{L}]*|отменил[\\p{L}]*|заменил[\\p{L}]*|выслал[\\p{L}]*|создал[\\p{L}]*|нашёл|нашел|нашла|уточнил[\\p{L}]*|продлил[\\p{L}]*|начислил[\\p{L}]*|записал[\\p{L}]*|зарегистрировал[\\p{L}]*|поговорил[\\p{L}]*|написал[\\p{L}]* (?:в|коллегам|курьеру|на склад))',
  'мы (?:уже |сейчас |сегодня |обязательно )?(?:проверим|передадим|отправим|вернём|вернем|оформим|исправим|свяжемся|перезвоним|вышлем|заменим|начислим|разберёмся|разберемся|проверили|передали|отправили|вернули|оформили|исправили|заменили|выслали|начислили)',
  'я (?:сейчас |уже )?(?:проверяю|смотрю|занимаюсь|разбираюсь|уточняю|оформляю|готовлю)',
  'давайте я',
  '(?:я )?(?:возьму|беру) (?:это|ваш вопрос|ваш заказ|ваше обращение)? ?(?:на себя|под (?:свой |личный )?контроль)',
  'позвольте (?:мне )?(?:проверить|уточнить|помочь|исправить)',
  '(?:я )?(?:буду|готов[\\p{L}]*) (?:рад[\\p{L}]* )?(?:помочь|держать вас в курсе)',
  // Any action the agent has done, in the first-person past ("я уже перенесла бронь"): a commitment kept.
  // Verbs of perceiving, thinking or being are not actions taken for the customer.
  'я (?:уже |только что |сейчас |сегодня |сама |сам |лично |также |тоже |ещё |еще )?(?!понял|поняла|подумал|подумала|увидел|увидела|прочитал|прочитала|заметил|заметила|слышал|слышала|хотел|хотела|был|была|мог|могла|знал|знала|видел|видела|ждал|ждала|забыл|забыла|ошиб)[\\p{L}]{3,}(?:л|ла|ёс|ёз)(?![\\p{L}])',
  '(?:я )?могу (?:прислать|показать|отправить|оформить|перенести|заменить|вернуть|продлить|записать|помочь)',
]);

const NEXT_STEP = matcher([
  'https?://\\S+',
  'www\\.\\S+',
  '(?:пожалуйста,? )?(?:пришлите|пришлите|отправьте|напишите|сообщите|укажите|уточните|подскажите|проверьте|попробуйте|перезагрузите|обновите|зайдите|перейдите|откройте|нажмите|выберите|введите|позвоните|свяжитесь|ответьте|приложите|прикрепите|сделайте|загрузите|установите|удалите|очистите|включите|выключите|отключите|подключите|используйте|заполните|следуйте|посмотрите|дайте знать|сохраните|покажите|опишите|назовите)(?![\\p{L}])',
  '(?:я|мы) (?:\\p{L}+ )?(?:проверю|посмотрю|передам|отправлю|верну|оформлю|исправлю|свяжусь|перезвоню|напишу|сообщу|вышлю|проверим|передадим|отправим|вернём|вернем|оформим|исправим|свяжемся|перезвоним|вышлем|заменим|начислим)',
  '(?:я|мы) (?:уже |только что |сегодня )?(?:отправил[\\p{L}]*|передал[\\p{L}]*|вернул[\\p{L}]*|оформил[\\p{L}]*|исправил[\\p{L}]*|заменил[\\p{L}]*|выслал[\\p{L}]*|начислил[\\p{L}]*|создал[\\p{L}]*|отменил[\\p{L}]*|изменил[\\p{L}]*)',
  '(?:в течение|через|за) (?:\\d+|одного|одной|двух|трёх|трех|пяти|нескольк[\\p{L}]*|суток|часа|дня|недели)(?:[-–]\\d+)? ?(?:минут[\\p{L}]*|час[\\p{L}]*|дн[\\p{L}]*|дней|суток|сут|недел[\\p{L}]*|рабочих дн[\\p{L}]*)?',
  '(?:до|к|в|не позднее) (?:понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|завтра|конца (?:дня|недели))',
  '(?:сегодня|завтра) (?:до|к|в) ',
  '(?:вы )?(?:получите|сможете|увидите|можете|можно) (?:\\p{L}+ )?(?:получить|оформить|вернуть|отследить|забрать|выбрать|изменить|отменить|проверить|скачать|найти|обратиться)?',
  '(?:рекомендую|рекомендуем|советую|советуем|предлагаю|предлагаем)',
  '(?:не могли бы|можете ли|могли бы) вы',
  '[^?]{2,160}\\?',
]);

const GENERIC_OFFER = /^(?:если (?:у вас )?(?:остались|возникнут|будут|появятся) (?:ещё |еще |какие-(?:то|либо) )?вопросы|обращайтесь|будем рады помочь|рады помочь|хорошего дня)/u;

function acknowledgement(ctx: SentenceContext): RuleMatch[] {
  const out = allMatches(ACKNOWLEDGEMENT, ctx.lower);
  for (const a of findApologies(ctx)) {
    if (a.kind === 'specific' && !/ответ|задержк[\p{L}]* с ответом|ожидани/u.test(a.object.toLowerCase())) out.push({ start: a.start, end: a.end });
  }
  return out;
}

function nextStep(ctx: SentenceContext): RuleMatch[] {
  if (GENERIC_OFFER.test(ctx.lower.replace(/^[\p{L}]+,\s*/u, ''))) return [];
  return allMatches(NEXT_STEP, ctx.lower);
}

const GREETING = /^(?:здравствуйте|добрый (?:день|вечер)|доброе утро|доброй ночи|привет|приветствую|уважаем(?:ый|ая|ые)|дорог(?:ой|ая))[,!]?\s+([\p{L}][\p{L}-]+)/iu;
const NOT_A_NAME = new Set(['коллеги', 'клиент', 'покупатель', 'друзья', 'пользователь', 'абонент', 'все', 'всем', 'спасибо', 'благодарим', 'вас', 'вам', 'мы', 'я']);

function nameSpans(text: string, sentences: Sentence[], context: TicketContext): RuleMatch[] {
  const out: RuleMatch[] = [];
  for (const s of sentences) {
    const g = GREETING.exec(s.text);
    if (g && /^[\p{Lu}][\p{Ll}-]+$/u.test(g[1]!) && !NOT_A_NAME.has(g[1]!.toLowerCase())) {
      const at = s.start + g[0].length - g[1]!.length;
      out.push({ start: at, end: at + g[1]!.length });
    }
  }
  const known = (context.customerName ?? '').split(/\s+/).filter((w) => w.length > 1);
  for (const name of known) {
    // Russian names inflect ("Марии", "Марию"): match the name's stem plus an ending.
    const base = name.length > 4 ? name.slice(0, -1) : name;
    const re = new RegExp(`(?<![\\p{L}])${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\p{L}]{0,3}(?![\\p{L}])`, 'giu');
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const DETAIL = /(?:№\s?|#\s?)\d{3,}|(?<![\p{L}])(?:заказ[\p{L}]*|номер[\p{L}]*|заявк[\p{L}]*|обращени[\p{L}]*|договор[\p{L}]*|счёт[\p{L}]*|счет[\p{L}]*|трек[\p{L}-]*)\s*(?:№\s?|#\s?)?[A-ZА-Я0-9-]*\d[A-ZА-Я0-9-]{2,}/giu;

const COMMON = new Set([
  'здравствуйте', 'спасибо', 'пожалуйста', 'помочь', 'помогите', 'вопрос', 'проблема', 'проблемы', 'можно', 'нужно', 'очень',
  'сегодня', 'завтра', 'вчера', 'когда', 'почему', 'который', 'которые', 'только', 'теперь', 'сейчас', 'ничего', 'ответ',
  'ответа', 'поддержка', 'поддержки', 'компания', 'компании', 'клиент', 'клиента', 'сообщение', 'написал', 'написала', 'писал',
  'может', 'могу', 'можете', 'будет', 'было', 'были', 'была', 'если', 'чтобы', 'этот', 'этого', 'этом', 'этой', 'есть', 'нету',
  'ваш', 'ваше', 'ваши', 'вашего', 'вашей', 'вашу', 'мой', 'моя', 'мои', 'моего', 'моей', 'мою', 'свой', 'свою', 'также',
  'всего', 'всех', 'всем', 'уже', 'ещё', 'еще', 'опять', 'снова', 'просто', 'вообще', 'здесь', 'тут', 'там', 'очень', 'время',
]);

function contentStems(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const re = /[\p{L}\p{N}]+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const w = m[0].toLowerCase();
    if (w.length < 5 && !/\p{N}/u.test(w)) continue;
    if (COMMON.has(w)) continue;
    const stem = /\p{N}/u.test(w) ? w : w.slice(0, Math.max(4, w.length - 3));
    if (!out.has(stem)) out.set(stem, m.index);
  }
  return out;
}

function personal(text: string, sentences: Sentence[], context: TicketContext): RuleMatch[] {
  const out = nameSpans(text, sentences, context);
  DETAIL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DETAIL.exec(text))) out.push({ start: m.index, end: m.index + m[0].length });
  if (context.customerMessage) {
    const theirs = contentStems(context.customerMessage.replace(/https?:\/\/\S+|@\S+/g, ' '));
    const ours = text.replace(/https?:\/\/\S+/g, (u) => ' '.repeat(u.length));
    const re = /[\p{L}\p{N}]+/gu;
    while ((m = re.exec(ours))) {
      const w = m[0].toLowerCase();
      if ((w.length < 5 && !/\p{N}/u.test(w)) || COMMON.has(w)) continue;
      const stem = /\p{N}/u.test(w) ? w : w.slice(0, Math.max(4, w.length - 3));
      if (theirs.has(stem)) out.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

export const russianSignals: SignalDetector = {
  sentence(ctx): SentenceSignals {
    return {
      acknowledgement: acknowledgement(ctx),
      ownership: allMatches(OWNERSHIP, ctx.lower),
      'next-step': nextStep(ctx),
    };
  },
  reply(text, sentences, context): SentenceSignals {
    return { personal: personal(text, sentences, context) };
  },
};
