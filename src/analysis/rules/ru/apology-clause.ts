import type { RuleMatch, SentenceContext } from '../types.ts';
import { leadStart, readObjectClause, stemClassifier, type ApologyKind } from '../apology-parts.ts';
import { russianClasses } from '../../classes/ru.ts';
import { classSource } from '../../classes/expand.ts';

/**
 * Reads each Russian apology in a sentence and says what it apologises for: nothing specific
 * ("извините за неудобства"), the customer's feelings or a condition ("извините, если вас это
 * задело"), or something that went wrong ("извините, что посылка задержалась").
 */
export type { ApologyKind };

export interface Apology extends RuleMatch {
  kind: ApologyKind;
  object: string;
}

const CUE = /(?<![\p{L}])(?:извинени[\p{L}]*|прощени[\p{L}]*|извин(?:ите|и|яемся|яюсь)|прост(?:ите|и)|жаль|сожале(?:ем|ю))(?![\p{L}])/gu;

// "не за что извиняться", "не нужно извиняться", "прости(те), а ..." are handled by the cue list
// (infinitives are not cues); "жаль" in "не жаль" is not an apology.
const NOT_AN_APOLOGY = /(?<![\p{L}])(?:не|ничуть не|нисколько не)\s+$/u;

const LEAD_WORDS = new Set([
  'приносим', 'приношу', 'примите', 'прошу', 'просим', 'выражаем', 'выражаю', 'наши', 'мои', 'свои', 'искренние',
  'глубокие', 'глубочайшие', 'самые', 'вам', 'мы', 'я', 'очень', 'так', 'мне', 'нам', 'искренне', 'ещё', 'еще', 'раз',
  'правда', 'действительно', 'крайне', 'нам', 'пожалуйста', 'весьма', 'ужасно', 'бесконечно', 'снова', 'также', 'тоже',
  'и', 'хотим', 'хотели', 'бы', 'хочу', 'хотела', 'хотел',
]);

// An apology's object may continue past a comma only into a clause that describes it.
const CONTINUES = /^,\s*(?:что|чтобы|если|когда|которы[\p{L}]*|котор[\p{L}]*|вызванн[\p{L}]*|связанн[\p{L}]*|причин[её]нн[\p{L}]*|возникш[\p{L}]*|произошедш[\p{L}]*|случивш[\p{L}]*|доставленн[\p{L}]*|как)(?![\p{L}])/u;
const HARD_END = /[.!?;:…()«»"]|\s[–—-]\s|[–—]|https?:|,/u;
const SOFT_END = /\s(?=(?:но|однако|хотя|поскольку|потому|так как|мы|я|сейчас|пожалуйста|и (?:мы|я|уже|сейчас|постараемся|надеемся|благодарим|обещаем|будем))(?![\p{L}]))/u;

// The vague mishaps an apology can be "for" are the MISHAP_NOUN class (src/analysis/classes/ru.ts).
const GENERIC_STEMS = russianClasses.MISHAP_NOUN!.members.map((m) => m.replace(/\*$/, ''));

const FUNCTION_WORDS = new Set([
  'за', 'что', 'чтобы', 'в', 'во', 'с', 'со', 'и', 'а', 'но', 'по', 'на', 'к', 'ко', 'о', 'об', 'от', 'у', 'из', 'для', 'при',
  'это', 'этот', 'эта', 'эти', 'этого', 'этих', 'этому', 'этим', 'этой', 'эту', 'этом', 'тот', 'та', 'те', 'то', 'того', 'так',
  'такие', 'такой', 'такая', 'таких', 'такое', 'такую', 'все', 'всё', 'всех', 'весь', 'вся', 'всю', 'вам', 'вас', 'вы', 'ваш',
  'ваше', 'ваши', 'вашего', 'вашей', 'вашим', 'ваших', 'вашу', 'мы', 'нам', 'нас', 'наш', 'наши', 'нашей', 'нашего', 'я', 'мне',
  'меня', 'он', 'она', 'оно', 'они', 'их', 'его', 'ее', 'её', 'им', 'ним', 'было', 'был', 'была', 'были', 'быть', 'будет',
  'может', 'могли', 'могло', 'мог', 'могла', 'бы', 'ли', 'же', 'уже', 'ещё', 'еще', 'очень', 'снова', 'опять', 'вновь', 'тут',
  'здесь', 'там', 'сейчас', 'который', 'которые', 'которое', 'которая', 'которых', 'которым', 'как', 'когда', 'если', 'вот',
  'такое', 'тем', 'чем', 'всем', 'нашей', 'стороны', 'сторон', 'стороне', 'свои', 'своё', 'свое', 'этой', 'весьма', 'столько',
  'пожалуйста', 'действительно', 'правда', 'искренне', 'слишком', 'всего', 'доставили', 'причинили', 'вызвали', 'принесли',
  'пришлось', 'столкнуться', 'столкнулись', 'испытать', 'испытали', 'пережить', 'иметь', 'дело', 'тому', 'сегодня', 'итак',
]);

const FEELING_OBJECT = [
  /^\s*,?\s*если(?![\p{L}])/u,
  // The customer's feelings and impressions (class FEELING).
  new RegExp(`(?<![\\p{L}])${classSource(russianClasses, 'FEELING')}(?![\\p{L}])`, 'u'),
  /(?<![\p{L}])вы (?:так |это |этим )*(?:восприняли|почувствовали|чувствуете|считаете|думаете|расстроены|расстроились|огорчены|огорчились|недовольны|разочарованы|обиделись|остались недовольны|обижены)/u,
  /(?<![\p{L}])(?:вас|вам) (?:это |так )?(?:задело|обидело|расстроило|огорчило|показалось|не понравилось)/u,
  /(?<![\p{L}])(?:ваше|вашего|ваши|ваших|вашу|вашим) (?:[\p{L}]+(?:ые|ое|ую|ых|ее|ие|ие) )?(?:разочаровани[\p{L}]*|недовольств[\p{L}]*|расстройств[\p{L}]*|чувств[\p{L}]*|эмоци[\p{L}]*|переживани[\p{L}]*|ощущени[\p{L}]*|впечатлени[\p{L}]*)/u,
  /(?<![\p{L}])(?:разочаровани[\p{L}]*|недовольств[\p{L}]*|непонимани[\p{L}]*|путаниц[\p{L}]*) (?:у вас|которое вы|которую вы)/u,
];

// A condition clause right before the apology ("если вас это задело, …") and the feelings it may name.
const FEELING_CONDITION_BEFORE = /(?:^|[.!?;:—–]\s*|,\s*)если\s+([^.!?;,]{1,80}),\s*$/u;
const FEELINGS = FEELING_OBJECT.slice(1);

// Our own slow reply alone (the REPLY_DELAY class) names nothing about the case.
const REPLY_DELAY = new RegExp(`(?<![\\p{L}])${classSource(russianClasses, 'REPLY_DELAY')}(?![\\p{L}])`, 'gu');
const { isGenericWord, classify } = stemClassifier(FUNCTION_WORDS, GENERIC_STEMS, FEELING_OBJECT, REPLY_DELAY);

const NAME_LIKE = /^[\p{Lu}][\p{Ll}-]+$/u;

export function findApologies(ctx: SentenceContext): Apology[] {
  const out: Apology[] = [];
  const { text, lower } = ctx;
  CUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUE.exec(lower))) {
    const cueStart = m.index;
    let cueEnd = m.index + m[0].length;
    if (NOT_AN_APOLOGY.test(lower.slice(Math.max(0, cueStart - 16), cueStart))) continue;
    // "Приносим извинения вам за ...": words that belong to the apology itself.
    const tail = /^(?:\s+(?:вам|наши|свои|мои|искренние|глубочайшие))+/u.exec(lower.slice(cueEnd));
    if (tail) cueEnd += tail[0].length;
    const start = leadStart(ctx, cueStart, LEAD_WORDS);
    const object = readObject(text, cueEnd, ctx.customerName);
    const end = cueEnd + object.replace(/[\s,]+$/u, '').length;
    // "Приношу извинения: счёт списался дважды" / "jag ber om ursäkt: fakturan drogs två gånger":
    // an apology that stops at a colon apologises for what the colon announces.
    const announced = object.trim() ? '' : /^\s*:\s*([^.!?…]+)/u.exec(text.slice(cueEnd))?.[1] ?? '';
    let kind = announced && classify(announced) === 'specific' ? 'specific' : classify(object);
    // "Вам ответили шаблоном и ничего не объяснили — простите за это": "это" points back at the
    // clause before it in the same sentence, and a clause telling what went wrong is what it names.
    if (kind === 'generic' && POINTS_BACK.test(object)) {
      const antecedent = ANAPHORIC_LEAD.exec(lower.slice(0, start))?.[1];
      if (antecedent && TELLS_A_FAULT.test(antecedent) && classify(antecedent) === 'specific') kind = 'specific';
    }
    // "Если Вас это задело, приносим извинения": the condition on a feeling comes first.
    const condition = kind === 'generic' ? FEELING_CONDITION_BEFORE.exec(lower.slice(0, start)) : null;
    if (condition && FEELINGS.some((re) => re.test(condition[1]!))) {
      kind = 'non-apology';
      out.push({ start: condition.index + condition[0].indexOf('если'), end, kind, object: condition[1]! });
      continue;
    }
    out.push({ start, end, kind, object: (object.trim() || announced).trim() });
  }
  return out;
}

// An object that only points back: "за это", "за всё это", "за то" (or none at all).
const POINTS_BACK = /^\s*(?:(?:нас|меня)\s+)?(?:за\s+(?:это|всё\s+это|все\s+это|это\s+всё|это\s+все|то|этот\s+случай|эту\s+ошибку|эту\s+оплошность)\s*)?$/u;
// The clause before "— простите за это" / ", и мы просим прощения за это" in the same sentence.
const ANAPHORIC_LEAD = /^(.{12,}?)(?:\s+[–—-]\s*|[,;:]\s*(?:и\s+|за\s+что\s+)?|\s+и\s+)(?:(?:мы|я|очень|искренне|ещё|еще|раз)\s+)*$/su;
// A clause that tells of something that went wrong: a verb in the past ("ответили", "перепутал")
// or a negation ("не объяснили"), not a present feeling ("понимаю, как это неприятно — простите").
const TELLS_A_FAULT = /(?<![\p{L}])(?:[\p{L}]{2,}(?:л|ла|ло|ли|лся|лась|лось|лись)|не)(?![\p{L}])/u;

const CLAUSE_LEAD = /^,?\s*(?:за то,?\s*)?что\s+(?=(?:мы|я)\s)/u;

function readObject(text: string, from: number, customerName?: string): string {
  let rest = text.slice(from);
  // "Извините, пожалуйста, что…" / "Простите, Мария, за…": skip the interjection but not into a new clause.
  const skip = /^(?:,?\s*пожалуйста)?(?:,\s*[\p{Lu}][\p{Ll}-]+(?=\s*,))?/u.exec(rest);
  let offset = 0;
  if (skip && skip[0] && (/пожалуйста/u.test(skip[0]) || isName(skip[0].replace(/^[\s,]+/, ''), customerName))) {
    offset = skip[0].length;
    rest = rest.slice(offset);
  }
  // "Извините, что мы дважды ответили…": after "что" a clause follows, and its subject ("мы", "я")
  // starts it instead of ending the object.
  const lead = CLAUSE_LEAD.exec(rest)?.[0] ?? '';
  const object = lead + readObjectClause(rest.slice(lead.length), HARD_END, SOFT_END, CONTINUES);
  const trimmed = trimVocative(object, customerName);
  return text.slice(from, from + offset) + trimmed;
}

function trimVocative(object: string, customerName?: string): string {
  const m = /^(.*?)[\s,]+([\p{Lu}][\p{L}-]+)\s*$/u.exec(object);
  if (m && isName(m[2]!, customerName)) return m[1]!;
  return object;
}

function isName(word: string, customerName?: string): boolean {
  if (!NAME_LIKE.test(word)) return false;
  if (customerName && customerName.toLowerCase().split(/\s+/).includes(word.toLowerCase())) return true;
  return !isGenericWord(word.toLowerCase());
}

