/**
 * The complaint read from a Russian customer's message, turned to the Вы-form so it can follow
 * "Мне очень жаль, что …": "мой заказ до сих пор не пришёл" → "Ваш заказ до сих пор не пришёл",
 * "я не могу войти" → "Вы не можете войти", "вы списали с меня деньги дважды" → "с Вас списали
 * деньги дважды" (the impersonal plural: what happened, without admitting who did it).
 */
import type { Problem } from './problem.ts';
import { cleanMessage } from './problem.ts';
import { type ComplaintCues, firstShaped, rankSentenceClauses } from './complaint-cues.ts';

const W = '(?<![\\p{L}])';
const E = '(?![\\p{L}])';

// What failed: negation, breakage, loss, delay, money taken.
const FAILURE = new RegExp(`${W}(?:не|нет|ни|никак|никогда|невозможно|нельзя|слома\\p{L}*|сломан\\p{L}*|разбит\\p{L}*|поврежд\\p{L}*|пропал\\p{L}*|потерял\\p{L}*|потеря\\p{L}*|задерж\\p{L}*|опозда\\p{L}*|списал\\p{L}*|списан\\p{L}*|дважды|ошибк\\p{L}*|ошибочн\\p{L}*|заблокир\\p{L}*|завис\\p{L}*|вылета\\p{L}*|тормозит|глючит|проблем\\p{L}*|неправильн\\p{L}*|не\\s+тот|брак\\p{L}*|сбой\\p{L}*|отмен\\p{L}*|украл\\p{L}*|испорч\\p{L}*|протека\\p{L}*|протек\\p{L}*|промок\\p{L}*|мокр\\p{L}*|медленно|сняли\\s+с|овербукинг\\p{L}*|не\\s+пришл\\p{L}*)${E}`, 'giu');
const PERSISTENCE = new RegExp(`${W}(?:до\\s+сих\\s+пор|всё\\s+ещё|все\\s+еще|опять|снова|постоянно|уже\\s+\\d+|который\\s+(?:день|раз))${E}`, 'giu');
const REQUEST = new RegExp(`^(?:подскажите|помогите|пожалуйста|скажите|можно\\s+ли|можете\\s+ли|как\\s+(?:мне|можно)|что\\s+делать)${E}`, 'iu');
const ACCUSATION = new RegExp(`${W}(?:обман\\p{L}*|мошенни\\p{L}*|специально|нарочно|воруете|жулики?)${E}`, 'iu');
const LEAD = new RegExp(`^(?:(?:здравствуйте|добрый\\s+(?:день|вечер)|доброе\\s+утро|привет|ну|вообще|короче|кстати|слушайте|извините|и|а|но|так\\s+вот|почему|зачем)${E}[\\s,!.:-]*)+`, 'iu');
const SPLIT = new RegExp(`\\s*(?:[;:()"«»–—]|,|\\s-\\s|${W}(?:но|а|хотя|потому\\s+что|так\\s+как|поэтому|однако)${E})\\s*`, 'iu');

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
};

function verbAfterI(token: string): string {
  // The token may carry its comma: only the word changes.
  const [, word = token, tail = ''] = /^([\p{L}-]+)(.*)$/u.exec(token) ?? [];
  return conjugateI(word) + tail;
}

function conjugateI(word: string): string {
  const w = word.toLowerCase();
  if (PRESENT_1SG[w]) return PRESENT_1SG[w]!;
  // Past tense agrees in number only: получил / получила → получили; -лся / -лась → -лись.
  if (/(?:л|ла|ло)$/u.test(w) && w.length > 3) return w.replace(/(?:ла|ло|л)$/u, 'ли');
  if (/(?:лся|лась)$/u.test(w)) return w.replace(/(?:лся|лась)$/u, 'лись');
  if (/(?:аю|яю|ую|ею)$/u.test(w)) return `${w.slice(0, -1)}ете`;
  if (/(?:аюсь|яюсь)$/u.test(w)) return `${w.slice(0, -3)}етесь`;
  return word;
}

// "вы не отвечаете" → "мы не отвечаем": the company's present plural, now ours.
function verbAfterWe(word: string): string {
  return word.replace(/ете$/u, 'ем').replace(/ёте$/u, 'ём').replace(/ите$/u, 'им');
}

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
    if (subject && !seenVerb && !ADVERBS.has(lower) && !/^\d+$/u.test(lower) && !TIME_WORD.test(lower)) {
      out.push(subject === 'i' ? verbAfterI(tok) : verbAfterWe(tok));
      seenVerb = true;
      continue;
    }
    out.push(tok);
  }
  return out.join('');
}

const CUES: ComplaintCues = { failure: FAILURE, persistence: PERSISTENCE, request: REQUEST, accusation: ACCUSATION };

export function readProblemRu(message: string): Problem | null {
  return firstShaped(rankSentenceClauses(cleanMessage(message), SPLIT, LEAD, CUES), shape, CUES);
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
  // Only the customer's own clause with a verb reads after "что": it must name someone or something.
  if (/(?<![\p{L}])(?:я|меня|мне|мой|моя|мои)(?![\p{L}])/iu.test(s)) return null;
  if (!/[\p{L}]{2,}/u.test(s)) return null;
  // A verb left in the first person after "Вы" ("Вы не смогу") is a sentence no agent would send.
  if (/(?<![\p{L}])Вы\s+(?:не\s+|уже\s+|ещё\s+|еще\s+|опять\s+|никак\s+)*\p{L}+[ую](?![\p{L}])/u.test(s)) return null;
  // "а не на меня лично": the other half of a contrast, no verb, nothing that failed.
  if (/^не\s+(?:на|в|во|для|к|ко|о|об|у|с|со|от|из|за|по)\s/iu.test(s)) return null;
  // Lower-case start (the sentence goes after "что,"), but Вы and Ваш keep their capital.
  if (!/^(?:Вы|Вас|Вам|Ваш)/u.test(s)) s = s[0]!.toLowerCase() + s.slice(1);
  return s.replace(/\s+/g, ' ').trim();
}

