import type { RuleMatch, SentenceContext } from '../types.ts';

/**
 * Reads each Chinese apology in a sentence, clause by clause (Chinese puts what the apology is
 * for before or after the cue: "给您带来的不便我们深表歉意", "很抱歉您的包裹还没到"), and says
 * whether it names a problem (specific), names nothing (generic) or apologises for the customer's
 * feelings (non-apology).
 */
import type { ApologyKind } from '../apology-parts.ts';
import { chineseClasses } from '../../classes/zh.ts';
import { classSource } from '../../classes/expand.ts';
export type { ApologyKind };

export interface Apology extends RuleMatch {
  kind: ApologyKind;
  object: string;
}

const CLAUSE = /[^,，;；:：.。!！?？~～\s、…]+/gu;
const CUE = /抱歉|歉意|(?:表示|深表|深感|很|非常|十分)遗憾|对不起|不好意思|致歉|道歉|(?:敬请|还请|烦请|恳请|请|望|希望)您?(?:能|多多)?(?:谅解|见谅|原谅|包涵)/u;
const FORGIVE_ONLY = /^(?:敬请|还请|烦请|恳请|请|望|希望)/u;
const NOT_AN_APOLOGY = /(?:不用|无需|不必|没必要|不需要)(?:向我们)?(?:道歉|抱歉)/u;
// Where the words after the cue stop belonging to the apology and a new statement begins.
const NEW_STATEMENT = /已经|已将|已为|已|我们|我司|我会|我来|我这边|小编|请您|请|麻烦(?=您|你)|目前|现在|稍后|马上|这边|关于|如您|您可以|目前/u;

// Everything an apology can say without naming a problem.
const FILLER = new RegExp(
  [
    '非常', '十分', '真的', '真是', '实在', '深表', '深感', '深深', '表示', '致以', '诚挚', '诚恳', '真诚地', '真诚', '万分', '特别', '再次',
    '首先', '在此', '同时', '对此', '为此', '由此', '因此', '本公司', '我们的', '我们', '我司', '本店', '小编', '小沃', '小U', '小u',
    '小翼', '小v', '沃妹', '您好', '你们', '大家', '各位', '亲爱的', '可能', '带来', '带去', '造成', '引起', '产生', '不便', '困扰',
    '麻烦', '不愉快', '影响', '不适', '不好', '体验', '这种', '这个', '这样', '情况', '问题', '事情', '此事', '一切', '任何', '所有',
    '一些', '诸多', '这边', '敬请', '烦请', '恳请', '还请', '谅解', '原谅', '见谅', '包涵', '理解', '抱歉', '歉意', '道歉', '致歉',
    '对不起', '不好意思', '感到', '使用', '方面', '的话', '如有', '如果', '多多', '希望', '之处', '不周', '添了', '很', '我', '您', '你',
    '亲', '给', '为', '对', '让', '令', '使', '此', '这', '所', '了', '的', '地', '得', '啊', '呢', '哦', '噢', '哈', '呀', '啦', '吧',
    '嘛', '哟', '也', '都', '还', '又', '再', '望', '请', '能', '添', '上', '中', '之', '其', '深', '有', '是', '若', '向', '致', '表',
    // Joining words that link two vague mishaps ("困扰和不便") or introduce one ("由于…").
    '以及', '和', '及', '与', '因', '由于', '于', '这么', '才', '此次', '出现', '工作',
  ].join('|'),
  'gu',
);

// The vague mishaps an apology can be "for" and the customer's feelings are word classes
// (src/analysis/classes/zh.ts: MISHAP_NOUN, FEELING), so a linguist extends them there.
const GENERIC_OBJECT = new RegExp(classSource(chineseClasses, 'MISHAP_NOUN'), 'u');
const GENERIC_ALL = new RegExp(classSource(chineseClasses, 'MISHAP_NOUN'), 'gu');
// An adverb may sit between the customer and the feeling ("如果您因此感到被误导"), and an
// impression may be what the customer "got" ("让您产生了乱收费的想法").
const FEELING = new RegExp(
  `${classSource(chineseClasses, 'FEELING')}|(?:让|令|使)您?(?:感到|觉得)|您对[^，,。]{0,12}不满|您(?:因此|由此|对此|可能|也许|或许|会|有些|有点|多少|一度|当时|似乎)(?:感到|觉得|认为|感觉)|(?:让|令|使|给)您(?:产生|留下|形成|造成)了?[^，,。]{0,12}(?:想法|印象|误会|误解|感觉|看法|疑虑|顾虑)`,
  'u',
);
// Our own slow reply as the object ("让您久等了", "回复晚了"): it names nothing about the case.
const REPLY_DELAY = new RegExp(classSource(chineseClasses, 'REPLY_DELAY'), 'gu');
// A clause that only names the customer ("王先生") says nothing about what went wrong.
const ADDRESS = /^(?:[\p{Script=Han}]{1,3}(?:先生|女士|小姐|老师)|亲爱的[\p{Script=Han}]{0,6})$/u;
// A bare "很抱歉" next to bad news is an apology for that news ("很抱歉，目前没有相关信息").
const BAD_NEWS = /没有|无法|不能|不支持|暂不|暂无|暂时没|不了|不可以|不可|只能|没法|不行|办不到|未能|失败/u;

interface Clause {
  start: number;
  end: number;
  text: string;
}

function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  CLAUSE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE.exec(text))) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

// Openings of a clause that starts something other than the apology's object: the agent's own
// statement, a request, thanks or a wish ("很抱歉，请您稍等", "很抱歉，感谢您的耐心").
const NOT_AN_EVENT = /^(?:请|麻烦|烦请|如需|如有|如果|若|感谢|谢谢|希望|祝|欢迎|辛苦|稍等|我们?|这边|客服|小编|给您|对此|由此|为此|敬请|还请)/u;

// "我们给了您两个不同的答复" / "我们发错了货": a clause about our side is the agent's own statement,
// unless it tells what we got wrong, and then it is what the apology is for.
const OUR_MISTAKE = /^(?:我们?|这边)(?:之前|刚才|上次|此前|先前|上封邮件里?|上一封邮件里?|之前的邮件里?)?(?:给了您|给您[^，。]{0,8}了|[^，。]{0,4}(?:错|漏|忘|重复|延误|耽误)|(?:把|将)[^，。]{1,12}(?:错|漏|忘|丢|重复)|没有?|未能?)/u;

/** A clause that says what happened to the customer rather than starting a new statement. */
function describesEvent(clause: string): boolean {
  const text = clause.trim();
  if (OUR_MISTAKE.test(text)) return true;
  if (NOT_AN_EVENT.test(text) || NEW_STATEMENT.exec(text)?.index === 0) return false;
  if (ADDRESS.test(text)) return false;
  return leftover(text).length >= 3;
}

function leftover(object: string): string {
  FILLER.lastIndex = 0;
  REPLY_DELAY.lastIndex = 0;
  return object.replace(REPLY_DELAY, '').replace(GENERIC_ALL, '').replace(FILLER, '').replace(/[^\p{L}\p{N}\[\]]/gu, '');
}

export function findApologies(ctx: SentenceContext): Apology[] {
  const out: Apology[] = [];
  const parts = clauses(ctx.text);
  for (let i = 0; i < parts.length; i++) {
    const c = parts[i]!;
    const cue = CUE.exec(c.text);
    if (!cue || NOT_AN_APOLOGY.test(c.text)) continue;
    const before = c.text.slice(0, cue.index);
    let after = c.text.slice(cue.index + cue[0].length);
    const cut = OUR_MISTAKE.test(after) ? -1 : after.search(NEW_STATEMENT);
    if (cut >= 0) after = after.slice(0, cut);
    const object = before + after;
    const end = c.start + cue.index + cue[0].length + after.length;
    const rest = leftover(object);
    const forgiveOnly = FORGIVE_ONLY.test(cue[0]);
    // The feeling may run past where the object is cut ("很抱歉您对我们的服务不满意").
    if (FEELING.test(object) || FEELING.test(before + c.text.slice(cue.index + cue[0].length))) {
      out.push({ start: c.start, end, kind: 'non-apology', object });
      continue;
    }
    if (rest) {
      if (!forgiveOnly) out.push({ start: c.start, end, kind: 'specific', object });
      continue;
    }
    if (GENERIC_OBJECT.test(object)) {
      out.push({ start: c.start, end, kind: 'generic', object });
      continue;
    }
    // A bare apology: what it is for may sit in the clause before ("给您带来了不便，十分抱歉").
    const prev = parts[i - 1];
    const next = parts[i + 1];
    if (prev && FEELING.test(prev.text)) {
      out.push({ start: prev.start, end, kind: 'non-apology', object: prev.text });
      continue;
    }
    if (prev && GENERIC_OBJECT.test(prev.text) && !leftover(prev.text)) {
      out.push({ start: prev.start, end, kind: 'generic', object: prev.text });
      continue;
    }
    // What went wrong said just before ("让您等了十天还没发货，真的很抱歉") or announced after a
    // colon ("非常抱歉：三月账单被扣了两次") is what the bare apology is for.
    const endsClause = c.text.slice(cue.index + cue[0].length).trim() === '';
    if (endsClause && prev && leftover(prev.text).length >= 3 && !ADDRESS.test(prev.text) && !/^(?:请|麻烦|烦请|如需|如有)/u.test(prev.text)) {
      out.push({ start: c.start, end, kind: 'specific', object: prev.text });
      continue;
    }
    if (endsClause && next && /^[:：]/u.test(ctx.text.slice(c.end)) && leftover(next.text).length >= 3) {
      out.push({ start: c.start, end, kind: 'specific', object: next.text });
      continue;
    }
    // "很抱歉，您的空气炸锅到手时外壳开裂": a bare apology whose next clause, after a comma,
    // goes on to describe what happened (not a new statement by the agent, not a request) is
    // an apology for that event.
    if (endsClause && !forgiveOnly && next && /^\s*[,，]/u.test(ctx.text.slice(c.end)) && describesEvent(next.text)) {
      out.push({ start: c.start, end, kind: 'specific', object: next.text });
      continue;
    }
    if (forgiveOnly) continue; // "敬请谅解" after a stated reason is not an apology for nothing.
    if ((prev && BAD_NEWS.test(prev.text)) || (next && BAD_NEWS.test(next.text))) {
      out.push({ start: c.start, end, kind: 'specific', object: (prev?.text ?? '') + (next?.text ?? '') });
      continue;
    }
    out.push({ start: c.start, end, kind: 'generic', object: '' });
  }
  return out;
}
