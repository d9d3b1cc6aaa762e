/**
 * The complaint read from a Russian customer's message, turned to the Вы-form so it can follow
 * "Мне очень жаль, что …": "мой заказ до сих пор не пришёл" → "Ваш заказ до сих пор не пришёл",
 * "я не могу войти" → "Вы не можете войти", "вы списали с меня деньги дважды" → "с Вас списали
 * деньги дважды" (the impersonal plural: what happened, without admitting who did it).
 */
import type { Problem } from './problem.ts';
import { cleanMessage } from './problem.ts';
import { withThing } from './thing-intl.ts';
import { type ComplaintCues, firstShaped, rankSentenceClauses } from './complaint-cues.ts';

const W = '(?<![\\p{L}])';
const E = '(?![\\p{L}])';

// What failed: negation, breakage, loss, delay, money taken.
const FAILURE = new RegExp(`${W}(?:не|нет|ни|никак|никогда|невозможно|нельзя|слома\\p{L}*|сломан\\p{L}*|разбит\\p{L}*|поврежд\\p{L}*|пропал\\p{L}*|потерял\\p{L}*|потеря\\p{L}*|задерж\\p{L}*|опозда\\p{L}*|списал\\p{L}*|списан\\p{L}*|дважды|ошибк\\p{L}*|ошибочн\\p{L}*|заблокир\\p{L}*|завис\\p{L}*|вылета\\p{L}*|тормозит|глючит|проблем\\p{L}*|неправильн\\p{L}*|не\\s+тот|брак\\p{L}*|сбой\\p{L}*|отмен\\p{L}*|украл\\p{L}*|испорч\\p{L}*|протека\\p{L}*|протек\\p{L}*|промок\\p{L}*|мокр\\p{L}*|медленно|сняли\\s+с|овербукинг\\p{L}*|не\\s+пришл\\p{L}*|затопил\\p{L}*|отказыва\\p{L}*|отказал\\p{L}*|удержал\\p{L}*|нахамил\\p{L}*|перенесл\\p{L}*|перенес[её]н\\p{L}*)${E}`, 'giu');
const PERSISTENCE = new RegExp(`${W}(?:до\\s+сих\\s+пор|всё\\s+ещё|все\\s+еще|опять|снова|постоянно|уже\\s+\\d+|который\\s+(?:день|раз))${E}`, 'giu');
const REQUEST = new RegExp(`^(?:подскажите|помогите|пожалуйста|скажите|можно\\s+ли|можете\\s+ли|как\\s+(?:мне|можно)|что\\s+делать)${E}`, 'iu');
const ACCUSATION = new RegExp(`${W}(?:обман\\p{L}*|мошенни\\p{L}*|специально|нарочно|воруете|жулики?)${E}`, 'iu');
const LEAD = new RegExp(`^(?:(?:здравствуйте|добрый\\s+(?:день|вечер)|доброе\\s+утро|привет|ну|вообще|короче|кстати|слушайте|извините|и|а|но|так\\s+вот|почему|зачем)${E}[\\s,!.:-]*)+`, 'iu');
const SPLIT = new RegExp(`\\s*(?:[;()"«»–—]|:(?!\\d)|,|\\s-\\s|${W}(?:но|а|хотя|потому\\s+что|так\\s+как|поэтому|однако)${E})\\s*`, 'iu');

// The customer's "я", "мой" become "Вы", "Ваш"; their "вы", "ваш" (the company) become "мы", "наш".
const PERSON: Record<string, string> = {
  я: 'Вы', меня: 'Вас', мне: 'Вам', мной: 'Вами',
  мой: 'Ваш', моя: 'Ваша', моё: 'Ваше', мое: 'Ваше', мои: 'Ваши', моего: 'Вашего', моей: 'Вашей', моему: 'Вашему', моим: 'Вашим', моих: 'Ваших', мою: 'Вашу', моими: 'Вашими',
  вы: 'мы', вас: 'нас', вам: 'нам', ваш: 'наш', ваша: 'наша', ваше: 'наше', ваши: 'наши', вашего: 'нашего', вашей: 'нашей', вашему: 'нашему', вашим: 'нашим', ваших: 'наших', вашу: 'нашу',
};

// First person singular present → Вы-form; the common ones, then the regular endings.
const PRESENT_1SG: Record<string, string> = {
  могу: 'можете', хочу: 'хотите', жду: 'ждёте', вижу: 'видите', плачу: 'платите', сижу: 'сидите', иду: 'идёте', еду: 'едете', знаю: 'знаете', понимаю: 'понимаете',
  смогу: 'сможете', буду: 'будете', пойду: 'пойдёте', получу: 'получите', приду: 'придёте', найду: 'найдёте', верну: 'вернёте',
  получаю: 'получаете', пытаюсь: 'пытаетесь', звоню: 'звоните', пишу: 'пишете', стою: 'стоите', являюсь: 'являетесь', нахожу: 'находите', захожу: 'заходите',
  езжу: 'ездите', хожу: 'ходите', прихожу: 'приходите', ухожу: 'уходите', выхожу: 'выходите', ношу: 'носите', прошу: 'просите', вожу: 'водите', сплю: 'спите', люблю: 'любите',
  куплю: 'купите', трачу: 'тратите', живу: 'живёте', боюсь: 'боитесь', сдаю: 'сдаёте', даю: 'даёте', встаю: 'встаёте', беру: 'берёте', возьму: 'возьмёте', пользуюсь: 'пользуетесь',
  надеюсь: 'надеетесь', оплачу: 'оплатите', заплачу: 'заплатите', верю: 'верите', говорю: 'говорите', смотрю: 'смотрите', слышу: 'слышите', лежу: 'лежите', держу: 'держите',
};
// A first-person form the table and the endings below do not turn: the clause is not pasted.
const FIRST_PERSON_LEFT = /(?<![\p{L}])(?:\p{L}{2,}(?:аю|яю|ую|ею|аюсь|яюсь|уюсь|еюсь)|могу|хочу|жду|вижу|буду|смогу|езжу|хожу|прошу|живу|сижу|пишу|иду|еду|знаю)(?![\p{L}])/iu;
// Past tense after a vowel ("заказала", "получил", "записалась") or one of the few after a consonant.
const PAST = /^(?:\p{L}*[аеиоуыяё](?:л|ла|ло)(?:ся|сь)?|\p{L}*(?:шла|шёл|шел|смогла|смог|могла|мог|легла|лёг|нашла|нёс|несла|вёз|везла))$/iu;
// Words of that shape that are no verbs.
const NOT_PAST = /^(?:дела|села|сила|стола|пола|угла|числа|масла|зла|тела|мела|мало|было|ало|пила|вилла|била)$/iu;

function verbAfterI(token: string): string {
  // The token may carry its comma: only the word changes.
  const [, word = token, tail = ''] = /^([\p{L}-]+)(.*)$/u.exec(token) ?? [];
  return conjugateI(word) + tail;
}

function conjugateI(word: string): string {
  const w = word.toLowerCase();
  if (PRESENT_1SG[w]) return PRESENT_1SG[w]!;
  // Past tense agrees in number only: получил / получила → получили; -лся / -лась → -лись.
  if (/(?:лся|лась)$/u.test(w)) return w.replace(/(?:лся|лась)$/u, 'лись');
  if (/(?:л|ла|ло)$/u.test(w) && w.length > 3) return w.replace(/(?:ла|ло|л)$/u, 'ли');
  // "мог", "смог", "шёл": the past without its "л".
  if (/^(?:с)?мог$/u.test(w)) return `${w}ли`;
  if (/(?:шёл|шел)$/u.test(w)) return w.replace(/(?:шёл|шел)$/u, 'шли');
  if (/(?:аю|яю|ую|ею)$/u.test(w)) return `${w.slice(0, -1)}ете`;
  if (/(?:аюсь|яюсь)$/u.test(w)) return `${w.slice(0, -3)}етесь`;
  return word;
}

// "вы не отвечаете" → "мы не отвечаем": the company's present plural, now ours.
function verbAfterWe(word: string): string {
  return word.replace(/ете$/u, 'ем').replace(/ёте$/u, 'ём').replace(/ите$/u, 'им');
}

const OBJECT_PRONOUN = /^(?:её|ее|его|их|ей|ему|им|ими|это|этого|всё|все|тут|там|здесь|сюда|туда|никуда|нигде|ничего|никому|дома)[,]?$/u;
const TIME_WORD = /^(?:недел\p{L}*|дн\p{L}*|день|час\p{L}*|месяц\p{L}*|минут\p{L}*|раз[аы]?|сегодня|вчера|давно|уже|целый|целую|целых)$/u;
const ADVERBS = new Set(['не', 'уже', 'всё', 'все', 'ещё', 'еще', 'никак', 'до', 'сих', 'пор', 'так', 'и', 'опять', 'снова', 'никогда', 'даже', 'просто', 'вообще', 'тоже']);

/** "я до сих пор не получил мой заказ" → "Вы до сих пор не получили Ваш заказ". */
export function toVyForm(clause: string): string {
  const tokens = clause.split(/(\s+)/);
  let subject: 'i' | 'we' | null = null;
  let seenVerb = false;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (/^\s+$/.test(tok) || !tok) {
      out.push(tok);
      continue;
    }
    const lower = tok.toLowerCase();
    const swapped = PERSON[lower];
    if (swapped) {
      if (lower === 'я') { subject = 'i'; seenVerb = false; }
      if (lower === 'вы') { subject = 'we'; seenVerb = false; }
      out.push(swapped);
      continue;
    }
    if (subject && !seenVerb && !ADVERBS.has(lower) && !/^\d+$/u.test(lower) && !TIME_WORD.test(lower) && !OBJECT_PRONOUN.test(lower)) {
      out.push(subject === 'i' ? verbAfterI(tok) : verbAfterWe(tok));
      seenVerb = true;
      continue;
    }
    // "я её не подключала и никуда не езжу": every verb of theirs turns, not only the first.
    if (subject === 'i' && seenVerb) {
      const word = /^[\p{L}-]+/u.exec(lower)?.[0] ?? '';
      if (PRESENT_1SG[word] || /^\p{L}{2,}(?:аю|яю|ую|аюсь|яюсь|уюсь)$/u.test(word) || (PAST.test(word) && !NOT_PAST.test(word) && /(?:ла|лась)$/u.test(word))) {
        out.push(verbAfterI(tok));
        continue;
      }
    }
    out.push(tok);
  }
  return out.join('');
}

const CUES: ComplaintCues = { failure: FAILURE, persistence: PERSISTENCE, request: REQUEST, accusation: ACCUSATION };

export function readProblemRu(message: string): Problem | null {
  const clean = cleanMessage(message);
  return withThing(firstShaped(rankSentenceClauses(clean, SPLIT, LEAD, CUES), shape, CUES), clean, 'ru', FAILURE, ACCUSATION);
}

function shape(text: string): string | null {
  const words = text.split(/\s+/);
  if (words.length > 14 || REQUEST.test(text) || ACCUSATION.test(text)) return null;
  // "…пишут, что приём отменён": the clause after their own "что" goes after ours, without a second one.
  let s = text.replace(/^(?:что|чтобы)\s+/iu, '');
  // "вы списали с меня деньги": the company's past act, said without "вы" — the impersonal plural.
  const accused = new RegExp(`^вы\\s+((?:не\\s+|уже\\s+|опять\\s+|снова\\s+|дважды\\s+)*[\\p{L}]+ли)${E}`, 'iu').exec(s);
  if (accused) s = s.slice(accused[0].length - accused[1]!.length);
  // Shouting is theirs: a word in capitals ("ОПЯТЬ") is written as a word.
  s = toVyForm(s).replace(/(?<![\p{L}])(\p{Lu}{3,})(?![\p{L}])/gu, (w) => w.toLowerCase());
  // "неужели всё пропало": a question or a fear is not what happened; "не дождавшись": no clause at all.
  if (/^(?:неужели|разве|как|когда|почему|зачем|куда|где|ли)(?![\p{L}])/iu.test(s) || /^(?:не\s+)?\p{L}+(?:вшись|вши|ясь|учи|ючи)(?![\p{L}])/iu.test(s)) return null;
  // "платить смысла нет": a choice of theirs, not a failure; "не получается" alone names nothing.
  if (/смысла\s+нет|нет\s+смысла|(?<![\p{L}])(?:хочется|хотелось|хочу|хотим|хотите)(?![\p{L}])/iu.test(s) || (/^не\s/iu.test(s) && s.split(/\s+/).length <= 3)) return null;
  // A pronoun pointing back into their message ("Вы её не подключали") points at nothing in ours.
  if (/(?<![\p{L}])(?:её|ее|его|их|ей|ему|неё|него|них|ней|нём|она|он|они)(?![\p{L}])/iu.test(s)) return null;
  // Their verb with its subject dropped ("вложила 45 000 рублей"): whose it is, is not sure.
  const head = /^(?:(?:не|уже|всё|все|ещё|еще|так|и|до\s+сих\s+пор|опять|снова|никак)\s+)*([\p{L}-]+)/iu.exec(s)?.[1]?.toLowerCase() ?? '';
  if ((PAST.test(head) && !NOT_PAST.test(head) && /(?:ла|лась|л|лся)$/u.test(head)) || PRESENT_1SG[head] || FIRST_PERSON_LEFT.test(head)) return null;
  if (FIRST_PERSON_LEFT.test(s)) return null;
  // Only the customer's own clause with a verb reads after "что": it must name someone or something.
  if (/(?<![\p{L}])(?:я|меня|мне|мой|моя|мои)(?![\p{L}])/iu.test(s)) return null;
  if (!/[\p{L}]{2,}/u.test(s)) return null;
  // A verb left in the first person after "Вы" ("Вы не смогу") is a sentence no agent would send.
  if (/(?<![\p{L}])Вы\s+(?:не\s+|уже\s+|ещё\s+|еще\s+|опять\s+|никак\s+)*\p{L}+[ую](?![\p{L}])/u.test(s)) return null;
  // "а не на меня лично": the other half of a contrast, no verb, nothing that failed.
  if (/^не\s+(?:на|в|во|для|к|ко|о|об|у|с|со|от|из|за|по)\s/iu.test(s)) return null;
  // Lower-case start (the sentence goes after "что,"), but Вы and Ваш keep their capital.
  if (!/^(?:Вы|Вас|Вам|Ваш)/u.test(s)) s = s[0]!.toLowerCase() + s.slice(1);
  // "без объяснений": their reading of our silence, which the reply may answer; "даже": their sarcasm.
  s = s.replace(/,?\s*без\s+(?:каких-либо\s+|всяких\s+|никаких\s+)?(?:объяснени\p{L}*|предупреждени\p{L}*)(?![\p{L}])/giu, '').replace(/(?<![\p{L}])даже\s+/giu, '');
  return s.replace(/\s+/g, ' ').trim();
}

