/**
 * Sentences Tact offers to add for a signal the reply lacks (issue #9). An addition is only worth
 * a click when it is filled from the ticket (the customer's name, their complaint) or, holding a
 * placeholder, when the reply truly needs it: the customer reported a problem or asked for help,
 * and the reply neither closes the matter nor already gives them the step. Agents ignore and then
 * uninstall a coach that asks for "Next, [the concrete next step]." under a thank-you.
 */
import type { Lang, SignalId, Suggestion } from '../analysis/types.ts';
import type { Ticket } from './compose.ts';
import type { Register } from './register.ts';
import { readsAsClause } from './clause-check.ts';
import { SPECIFIC_APOLOGY, clashesWithReply } from './compose.ts';
import { feelingZh } from './problem-zh.ts';
import { acknowledgeRu, acknowledgeSv } from './feeling-intl.ts';
import { tagsOf } from './tags.ts';

/** What of the reply an addition has to fit. */
export interface ReplyShape {
  lang: Lang;
  /** The team's own greeting, filled in. */
  teamGreeting?: string;
  /** The reply already settles it: refunded, fixed, "you're all set", a link to the answer. */
  closesMatter: boolean;
  /** The reply already asks the customer for the next move ("DM us your order number"). */
  givesStep: boolean;
  /** The reply opens with a greeting of its own ("Hi there,", "Hello", "Maria,"). */
  greeted: boolean;
  /** That greeting's word when it names nobody ("Hi" of "Hi there,"): the name can go into it. */
  unnamedGreeting?: string;
  /** Looks like an e-mail (lines, a sign-off) rather than a chat or a tweet. */
  emailLike: boolean;
  /** The customer reported a problem or asked for help (unknown message: read from the reply). */
  problemSolving: boolean;
  /** The customer asked for help in words ("can you help", "please fix", "refund"). */
  askedHelp?: boolean;
  /** The reply already says sorry for something specific or recognises it ("I'm sorry it took us four days"). */
  acknowledges?: boolean;
  /** The reply gives a reason ("because", "due to"): a complaint of "no explanation" is disputed. */
  explains?: boolean;
  /** The agent's own words (no quoted history), to check what an addition says against. */
  own?: string;
}

/** A sentence to add when the reply lacks a signal; null when it would not be worth sending. */
export function additionFor(signal: SignalId, ticket: Ticket, register: Register, shape: ReplyShape): Suggestion | null {
  const name = ticket.firstName;
  const { lang } = shape;
  switch (signal) {
    case 'personal': {
      // No name, no greeting: "Hi [name]," only asks the agent to go and look it up.
      if (!name) return null;
      // A reply that already greets: the name goes into that greeting, in its own word (placeAddition
      // replaces the greeting); a greeting stacked on a greeting reads like a form letter.
      if (shape.unnamedGreeting) {
        const word = shape.unnamedGreeting;
        if (lang === 'ru') return { text: `${word}, ${name}!`, note: 'Добавьте имя в приветствие.' };
        if (lang === 'zh') return { text: `${name}，${word}！`, note: '在问候中加上对方的名字。' };
        return { text: `${word} ${name},`, note: lang === 'sv' ? 'Lägg till namnet i hälsningen.' : 'Put their name in your greeting.' };
      }
      if (shape.greeted) return null;
      if (shape.teamGreeting) return { text: shape.teamGreeting, note: "Your team's greeting, with their name." };
      if (lang === 'ru') return { text: `Здравствуйте, ${name}!`, note: 'Обратитесь по имени.' };
      if (lang === 'sv') return { text: `Hej ${name},`, note: 'Använd deras namn.' };
      if (lang === 'zh') return { text: `${name}，您好！`, note: '称呼对方的名字。' };
      // "Dear" belongs to a formal e-mail; on a chat or a tweet it reads like a letter from a bank.
      return { text: register.formal && shape.emailLike ? `Dear ${name},` : `Hi ${name},`, note: 'Use their name.' };
    }
    case 'acknowledgement': {
      if (ticket.thanksOnly || !ticket.problem) return null;
      const clause = ticket.problem.clause;
      // No clause read: a feeling projected onto a problem nobody named helps no one.
      if (!clause) return null;
      // A thank-you or praise read as the clause ("非常感谢…帮您解决了问题") is no hardship to feel for.
      if (THANKS_OR_PRAISE.test(clause)) return null;
      // A first-person verb left from their words ("что не хочу", "что вложила") reads as the agent's.
      if (lang === 'ru' && !clauseReadsRu(clause)) return null;
      if (lang === 'ru') return { text: acknowledgeRu(clause), note: 'Признаёт их ситуацию их словами.' };
      if (lang === 'sv') return { text: acknowledgeSv(clause), note: 'Bekräftar deras situation med deras ord.' };
      if (lang === 'zh') return { text: `${clause}，${feelingZh(ticket.problem)}。`, note: '用对方的话体谅其处境。' };
      // The reply already says sorry for, or recognises, what happened ("I'm sorry it took us four
      // days…"): a second acknowledgement was rated redundant every time.
      if (shape.acknowledges) return null;
      const plain = hardshipEn(ticket, shape);
      // "…cut off without any explanation" under a reply that gives the reason: the acknowledgement
      // would restate what the reply disputes.
      if (plain && shape.explains && UNEXPLAINED.test(plain)) return null;
      return plain ? { text: `I can see how ${feelingEn(plain)} it is that ${plain}.`, note: 'Recognise their situation in their words.' } : null;
    }
    case 'ownership': {
      // One placeholder sentence at most, and only where the reply leaves the customer with nothing.
      if (!needsStep(ticket, shape)) return null;
      // The complaint known and plain: the commitment names it, nothing left to fill in. An English
      // "I'll [what you will do]" was rated as adding nothing: without the complaint, no offer.
      if (lang === 'en') {
        const what = hardshipEn(ticket, shape);
        return what ? { text: `I'll look into why ${what} and get back to you.`, note: 'Commit to the next action yourself.' } : null;
      }
      // ru, sv, zh: not offered. "Я [что Вы сделаете]…" was rated as adding nothing, and the version
      // naming their thing ("Jag tar reda på vad som har hänt med din bokning…" under a refused name
      // change, "我会马上为您核实年费的情况…" where the reply already gave the fix) was rated as an
      // invented promise in 4 of 4 blind-review items: the reader cannot yet tell what the agent will do.
      return null;
    }
    case 'next-step':
      if (!needsStep(ticket, shape)) return null;
      // A blank "Дальше [следующий шаг]" is homework, not a sentence to send: only the agent knows the step.
      if (lang !== 'en') return null;
      // A blank step under an answer, a thank-you or banter adds nothing: only where they told of a
      // hardship or asked for help is "Next, [step]" a prompt worth filling in.
      // English too: "Next, [the concrete next step]." was rated 2 of 5 in every blind-review item
      // (an empty template adds nothing); only the agent knows the step, so nothing is offered.
      return null;
  }
}

// A first-person verb left from their words ("что не хочу", "что вложила") reads as the agent's.
function clauseReadsRu(clause: string): boolean {
  if (/(?<![\p{L}])\p{L}{3,}(?:аю|яю|ую)(?![\p{L}])/u.test(clause)) return false;
  return !(/^(?:не\s+)?\p{L}+(?:у|ю|ла|л)(?![\p{L}])/u.test(clause) && !/(?<![\p{L}])(?:Вы|Вам|Вас|Ваш\p{L}*)(?![\p{L}])/u.test(clause));
}

/**
 * The English complaint as a hardship said plainly, fit for "I can see how frustrating it is that …"
 * and "I'll look into why …"; null when their words would not read whole there.
 */
function hardshipEn(ticket: Ticket, shape?: ReplyShape): string | null {
  const clause = ticket.problem?.clause;
  if (!clause || ticket.thanksOnly) return null;
  // "It is that …" needs a plain clause: short, opening with who it happened to, nothing pasted.
  if (!plainClause(clause) || ticket.problem!.accusation) return null;
  // "…that we ignored it": an acknowledgement must not sign the customer's accusation.
  if (/^(?:we|our|we['’](?:ve|re|ll))\b/i.test(clause)) return null;
  // Said of something that did not go wrong ("you recently changed your password"), or an idiom
  // of delight ("you can't wait"), it is no complaint to sympathise with.
  if (!FAILURE_CUE.test(clause) || /can['’]?t\s+wait/i.test(clause)) return null;
  // Offered unasked, it must say a hardship plainly: something of theirs failed, or they are
  // kept from something. "you never order online", "you didn't ask for this" are no hardship.
  if (!hardship(clause) || ILLNESS.test(clause)) return null;
  // "…5 hours late" where the reply says 2 hours: a number the reply disputes is not said back.
  if (shape && clashesWithReply(clause, shape.own ?? '')) return null;
  // "…frustrating that you're not frustrated": a feeling they named is theirs to name.
  if (/(?<![\p{L}])(?:frustrat\w*|upset|sad|angry|mad|annoyed|happy)(?![\p{L}])/iu.test(clause)) return null;
  // A message that praises ("great airline. No fees to check bags") has no hardship in it, and
  // the clause must read whole after "that", pointing at nothing outside it.
  if (ticket.praised || !readsAsClause(clause, true)) return null;
  // "you cannot Download": a common word capitalised because it was quoted from an error goes lower-case.
  return clause.replace(/(?<=[\p{Ll},]\s+)(\p{Lu}\p{Ll}+)(?=\s+\p{Ll}|[.!?]?$)/gu, (w) => {
    const t = tagsOf(w.toLowerCase());
    // A common word ("Download", "Social"); a place or a name ("Leeds", unknown words) keeps its capital.
    return t.size && ![...t].some((x) => /Proper|Place|Region|City|Country|Person|Organization|Name/.test(x)) ? w.toLowerCase() : w;
  });
}

// Which feeling fits what happened: money or access at stake is worrying, a thing that came broken
// or wrong is disappointing, a wait or a block is frustrating. One word for everything read as a macro.
const WORRYING = /(?<![\p{L}])(?:charged|overcharged|double[\s-]charged|billed|debited|fees?|money|payments?|refunds?|hacked|compromised|locked|suspended|banned|blocked|deactivated|closed|stolen|missing|fraud\w*)(?![\p{L}])/iu;
const DISAPPOINTING = /(?<![\p{L}])(?:broken|broke(?!\s+down)|damaged|cracked|faulty|defective|fake|wrong|cold|stale|dirty|torn|scratched|dented|smashed|spilled|ruined|botched|cancell?ed)(?![\p{L}])/iu;

const UNEXPLAINED = /(?<![\p{L}])(?:without\s+(?:any\s+|an\s+|a\s+|prior\s+)?(?:explanation|reason|warning|notice|telling\s+you)|for\s+no\s+(?:apparent\s+)?reason|no\s+(?:explanation|reason\s+given))(?![\p{L}])/iu;
const EXPLAINS = /(?<![\p{L}])(?:because|due\s+to|as\s+a\s+result\s+of|the\s+reason|that['’]s\s+why|this\s+is\s+why|which\s+is\s+why|caused\s+by)(?![\p{L}])/iu;
// Illness, injury or a death: "I can see how frustrating it is that you had a fever" misreads a hardship that is no fault of anyone's.
const ILLNESS = /(?<![\p{L}])(?:fever|sick|ill|illness|hospital\w*|surgery|operation|covid|flu|injur\w*|died|passed\s+away|funeral|pregnan\w*|cancer|diagnos\w*)(?![\p{L}])/iu;

function feelingEn(clause: string): string {
  if (WORRYING.test(clause)) return 'worrying';
  if (DISAPPOINTING.test(clause)) return 'disappointing';
  return 'frustrating';
}

// The reply's own words, without a quoted customer message under it.
function ownWords(reply: string): string {
  return reply.split(/\n[ \t]*(?:On\s[^\n]{0,200}wrote:|>|-{2,}\s*Original)/u)[0]!;
}

// "I understand how stressful this has been", "I can see that your parcel…": recognised already.
const ALREADY_RECOGNISES = /(?<![\p{L}])(?:i\s+(?:can\s+)?(?:completely\s+|totally\s+|fully\s+)?(?:understand|see|imagine)\s+(?:how|why|that\s+(?:this|it|you)|your\s+frustration)|(?:that|this)\s+(?:must\s+(?:be|have\s+been)|sounds)\s+(?:so\s+|really\s+|very\s+)?(?:frustrating|stressful|worrying|upsetting|annoying|disappointing|awful|difficult|hard))(?![\p{L}])/iu;

function needsStep(ticket: Ticket, shape: ReplyShape): boolean {
  return shape.problemSolving && !ticket.thanksOnly && !ticket.praised && !shape.closesMatter && !shape.givesStep;
}

const THANKS_OR_PRAISE = /(?<![\p{L}])(?:thanks?|thank\s+you|thx|appreciate\w*|спасибо|благодар\p{L}*|tack|tacksam\p{L}*)(?![\p{L}])|谢谢|感谢|多谢|很高兴|太好了/iu;

const FAILURE_CUE = /(?<![\p{L}])(?:not|never|no|nothing|nobody|none|still|again|\p{L}+n['’]t|cannot|broken|broke|lost|missing|late|delayed|wrong|charged|overcharged|ignored|cancell?ed|damaged|cracked|failed|stuck|error|crash\w*|freez\w*|down|locked|blocked|deleted|disappeared|gone|refused|declined|twice)(?![\p{L}])/iu;

// Something failed: a thing (theirs, ours, "it") or nobody, as the subject.
const THING_SUBJECT = /^(?:your|our|the|it|it['’]s|its|no\s+one|nobody|nothing|they|this|these|those)(?![\p{L}])/iu;
// They are kept from something: cannot, are still waiting, never got it, were charged.
const THEY_ARE_BLOCKED = /^you(?:['’]re|\s+are|['’]ve|\s+have|\s+were|['’]ve\s+been|\s+have\s+been)?\s+(?:still\s+|now\s+|just\s+|even\s+|also\s+)*(?:can['’]?t|cannot|couldn['’]?t|unable|not\s+able|(?:have\s*n['’]?t|have\s+not|haven['’]t)\s+been\s+able|been\s+unable|keep\s+(?:getting|receiving|seeing|losing)|waiting|been\s+waiting|(?:(?:have|did|do)\s*n['’]?t|(?:have|did|do)\s+not|never)\s+(?:yet\s+|even\s+)?(?:got|gotten|get|receive|received|heard|hear)|getting\s+(?:an?\s+|this\s+|the\s+)?errors?|(?:being\s+)?(?:charged|overcharged|billed|double[\s-]charged)|had\s+no|lost\s+(?:your|all)|locked\s+out|stuck|kicked|logged\s+out|on\s+hold)(?![\p{L}])/iu;
// Read by us, a clause that is broken: a possessive before no noun, a doubled verb, a denial of a
// kind ("it was not a full flight"), a phrase left without its end.
const MISREAD = /(?<![\p{L}])(?:(?:your|our|the)\s+(?:from|its|it|to|of|and|is|are|was|were|that)|it['’]s\s+(?:does|did|is|was|has|can|will)|the\s+fact\s+that|ain['’]t)(?![\p{L}])|^(?:it|this|that)\s+(?:is|was)(?:n['’]t|\s+not)\s+(?:a|an|the)\s|(?<![\p{L}])(?:able|said|says|even|totally|get|got|put|when|because|if|than|is|are|was|were|or|nor)$/iu;

/** A hardship said plainly, fit for "I can see how frustrating it is that …". */
function hardship(clause: string): boolean {
  if (MISREAD.test(clause)) return false;
  return THING_SUBJECT.test(clause) || THEY_ARE_BLOCKED.test(clause);
}

function plainClause(clause: string): boolean {
  // A doubled word or a clause cut after "and"/"the" is a misread, not their words.
  if (/(?<![\p{L}])(\p{L}+)\s+\1(?![\p{L}])/iu.test(clause) || /(?<![\p{L}])(?:and|or|the|a|an|to|of|but|with|for)$/iu.test(clause.trim())) return false;
  return !/^about\b/.test(clause)
    && clause.split(/\s+/).length <= 11
    && /^(?:you|you're|you've|your|we|we've|our|it|it's|someone|nobody|no one|the)\b/i.test(clause)
    && !/[&?#/]|\b(?:problem|problems|issue|issues)\s+is\b/i.test(clause);
}

/** Placeholder additions after the first are dropped: one blank to fill is a prompt, three are homework. */
export function atMostOnePlaceholder<T extends { suggestion: Suggestion }>(additions: T[]): T[] {
  let seen = false;
  return additions.filter((a) => {
    if (!/\[[^\]]+\]/.test(a.suggestion.text)) return true;
    if (seen) return false;
    seen = true;
    return true;
  });
}

// The reply already settles it, per language: refunded, fixed, "you're all set", "glad it worked".
const CLOSES: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:(?:has|have)\s+(?:now\s+)?been\s+(?:resolved|fixed|sorted|refunded|processed|cancell?ed|completed|closed|credited|reversed|replaced|reinstated|restored|unlocked|reactivated|removed|updated|changed|shipped|sent|dispatched|issued|applied|added)|(?:is|are)\s+(?:now\s+)?(?:resolved|fixed|sorted|all\s+set|back\s+up|working\s+again|on\s+(?:its|their)\s+way)|you['’]re\s+all\s+(?:set|sorted|good)|all\s+sorted|glad\s+(?:it|that|we|i|you)\b|happy\s+to\s+(?:hear|help)|you['’]re\s+(?:very\s+|most\s+)?welcome|no\s+problem|any\s*time|enjoy|have\s+(?:a|an)\s+(?:great|good|nice|lovely|wonderful)|I['’]ve\s+(?:refunded|fixed|cancell?ed|credited|sent|replaced|reset|unlocked|removed|updated|changed|processed|issued|added|applied)|we['’]ve\s+(?:refunded|fixed|cancell?ed|credited|sent|replaced|reset|unlocked|removed|updated|changed|processed|issued|added|applied))(?![\p{L}])/iu,
  ru: /(?:решен[аоы]?|исправлен[аоы]?|возвращен[аоы]?|возвращены|зачислен[аоы]?|отправлен[аоы]?|отменен[аоы]?|отменён|рады,\s+что|всегда\s+рады|пожалуйста!)/iu,
  sv: /(?<![\p{L}])(?:är\s+(?:nu\s+)?(?:löst|åtgärdat|fixat|återbetald|återbetalt|skickad|skickat)|har\s+(?:nu\s+)?(?:återbetalats|åtgärdats|skickats|makulerats|krediterats)|varsågod|kul\s+att|skönt\s+att)(?![\p{L}])/iu,
  zh: /已(?:经)?(?:解决|处理|退款|修复|退还|寄出|发出|补发|取消|恢复)|不客气|很高兴/u,
};

// The reply already hands the customer the next move: a request, a link, "DM us", a number to call.
const GIVES_STEP: Record<Lang, RegExp> = {
  en: /(?:https?:\/\/|www\.|bit\.ly|\.com\/)|(?<![\p{L}])(?:dm|d\.m\.|direct\s+message|message|email|e-mail|call|contact|reach\s+out\s+to|reply\s+with|send|follow|visit|check\s+out|head\s+(?:to|over)|try|tap|click|go\s+to|let\s+(?:us|me)\s+know|could\s+you|can\s+you|would\s+you|please)(?![\p{L}])/iu,
  ru: /(?:https?:\/\/|www\.)|(?:пришлите|напишите|отправьте|позвоните|сообщите|укажите|перейдите|попробуйте|подскажите|пожалуйста,\s+\p{L}+те)/iu,
  sv: /(?:https?:\/\/|www\.)|(?<![\p{L}])(?:skicka|skriv|ring|kontakta|mejla|svara|hör\s+av\s+dig|prova|testa|gå\s+in\s+på|klicka|kan\s+du|meddela)(?![\p{L}])/iu,
  zh: /(?:https?:\/\/|www\.)|(?:请您?(?:提供|发送|私信|致电|联系|告知|点击|尝试|登录|回复)|麻烦您|拨打)/u,
};

// Asking for help in words, when no complaint clause was read.
const HELP: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:help|assist|fix|sort\s+(?:it|this)\s+out|refund|replace|cancel)(?![\p{L}])/iu,
  ru: /помог|помощ|верните|отмени|исправ/iu,
  sv: /(?<![\p{L}])(?:hjälp\w*|åtgärda|återbetal\w*|avbryt\w*)(?![\p{L}])/iu,
  zh: /帮|协助|退款|处理一下|怎么办/u,
};

// No customer message known: the reply's own apology or talk of a fault says a problem is being solved.
const REPLY_SAYS_PROBLEM: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:sorry|apolog\w*|issue|problem|trouble|error|fault|broken|damaged|missing|delay\w*|look\s+into|investigat\w*|unfortunately)(?![\p{L}])/iu,
  ru: /(?:извин|жаль|сожалени|проблем|ошибк|неудобств|задержк)/iu,
  sv: /(?<![\p{L}])(?:ursäkt|beklagar|problem\w*|fel\w*|tyvärr|försen\w*)(?![\p{L}])/iu,
  zh: /抱歉|歉意|不便|问题|故障|延误/u,
};

// A greeting opening the reply; group 1 is its word, group 2 whom it names ("there", "Maria").
const GREETING: Record<Lang, RegExp> = {
  en: /^\s*(hi|hello|hey|hiya|howdy|dear|good\s+(?:morning|afternoon|evening|day)|greetings)(?:[ \t]+([\p{L}][\p{L}'’.-]*))?/iu,
  ru: /^\s*(здравствуйте|добрый\s+(?:день|вечер)|доброе\s+утро|привет|уважаем\p{L}*)(?:[ \t]*,?[ \t]*([\p{Lu}][\p{L}-]*))?/iu,
  sv: /^\s*(hej|hallå|god\s+(?:morgon|dag|kväll))(?:[ \t]+([\p{L}][\p{L}-]*))?/iu,
  zh: /^\s*(?:([\p{L}]{1,6})[，,]?\s*)?(您好|你好)|^\s*(尊敬的|亲爱的)/u,
};
const NOT_A_NAME = /^(?:there|all|team|everyone|folks|guys|friend|friends|again|and|thanks|thank|sir|madam|вам|всем|alla|på|igen)$/iu;
// A name alone opening the reply ("Maria,\n…", "Sam, sorry…") greets too.
const NAME_OPENING = /^\s*[\p{Lu}][\p{Ll}'’-]+(?:\s+[\p{Lu}][\p{Ll}'’-]+)?\s*,/u;

const THANKS_LAST: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:thanks?|thank\s+you|thx|ty|cheers|appreciate\w*)(?![\p{L}])[^.!?]*[.!]*\s*\S{0,12}\s*$/iu,
  ru: /(?:спасибо|благодар\p{L}*)[^.!?]*[.!]*\s*$/iu,
  sv: /(?<![\p{L}])(?:tack)(?![\p{L}])[^.!?]*[.!]*\s*$/iu,
  zh: /(?:谢谢|感谢|多谢)[^。！？]*[。！]*\s*$/u,
};

const SIGN_OFF = /^\s*(?:thanks|thank\s+you|many\s+thanks|best|best\s+regards|kind\s+regards|regards|warm\s+regards|cheers|sincerely|yours\s+\w+|all\s+the\s+best|с\s+уважением|всего\s+(?:доброго|хорошего)|с\s+наилучшими\s+пожеланиями|med\s+vänliga\s+hälsningar|vänliga\s+hälsningar|hälsningar|mvh|此致|祝好)[\s,.!]*$/imu;

// A question the reply puts to the customer ("Which store was it?") is the next move, theirs:
// "I'll [what you will do]" beside it promises work that waits on their answer.
function asksThem(reply: string): boolean {
  const own = reply.split(/\n[ \t]*(?:On\s[^\n]{0,200}wrote:|>|-{2,}\s*Original|「原始邮件」)/u)[0]!;
  return /[?？](?:[\s)"'”’]|$)/u.test(own);
}

/** What the reply already does and what shape it has, for the additions. */
export function readShape(reply: string, ticket: Ticket, customerMessage: string | undefined, lang: Lang, teamGreeting?: string): ReplyShape {
  const head = reply.slice(0, 20_000);
  const message = customerMessage?.trim();
  const asked = !!message && HELP[lang].test(message.slice(0, 4000));
  // A message that ends by thanking, asking nothing, has been settled on their side.
  const signsOff = !!message && !asked && !/[?？]/u.test(message) && THANKS_LAST[lang].test(message.slice(-160));
  const problemSolving = message ? (!!ticket.problem?.clause || asked) && !signsOff : REPLY_SAYS_PROBLEM[lang].test(head);
  const top = head.slice(0, 200);
  const g = GREETING[lang].exec(top);
  let greeted = !!g;
  let unnamedGreeting: string | undefined;
  if (g && lang === 'zh') unnamedGreeting = g[2] && !g[1] ? g[2] : undefined;
  else if (g) unnamedGreeting = !g[2] || NOT_A_NAME.test(g[2]) || /^\p{Ll}/u.test(g[2]) ? g[1]!.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : undefined;
  // "Dear Sir or Madam," is a form of its own: the name replaces it whole, not inside it.
  if (unnamedGreeting && /^dear$/i.test(unnamedGreeting)) unnamedGreeting = 'Dear';
  if (!greeted) {
    const n = NAME_OPENING.exec(top);
    greeted = !!n && (!!ticket.firstName && n[0].includes(ticket.firstName) || /^\s*[\p{Lu}][\p{Ll}'’-]+\s*,[ \t]*\n/u.test(top));
  }
  return {
    lang,
    teamGreeting,
    closesMatter: CLOSES[lang].test(head),
    givesStep: GIVES_STEP[lang].test(head) || asksThem(head),
    greeted,
    unnamedGreeting,
    emailLike: /\n/.test(head.trim()) && (SIGN_OFF.test(head) || head.length > 280),
    problemSolving,
    askedHelp: asked,
    explains: EXPLAINS.test(ownWords(head)),
    own: ownWords(head),
    acknowledges: lang === 'en' && (SPECIFIC_APOLOGY.test(ownWords(head)) || ALREADY_RECOGNISES.test(ownWords(head))),
  };
}
