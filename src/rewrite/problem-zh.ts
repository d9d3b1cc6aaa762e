/**
 * The complaint read from a Chinese customer's message, ready to follow "很抱歉": "我的订单还没到"
 * → "您的订单还没到". Chinese has no articles and no verb agreement, so the work is choosing the
 * clause (what failed, not the greeting, the question or what they did normally), turning the
 * person (我 → 您, 你们 → 我们), and dropping question words and final particles.
 */
import type { Problem } from './problem.ts';
import { cleanMessage } from './problem.ts';
import { withThing } from './thing-intl.ts';
import { byScore, type Candidate, type ComplaintCues, firstShaped, scoreClause } from './complaint-cues.ts';

const FAILURE = /没有?|未|无法|不能|不了|不到|不上|不开|不出|不行|不好|不对|不是|坏|损坏|破损?|错|丢|延迟|延误|迟迟|晚到|扣(?:了)?(?:两|二)次|重复扣|多扣|失败|问题|故障|闪退|崩溃|卡住|卡顿|打不开|收不到|登不上|用不了|退不了|漏|慢|(?<!出)差(?!点|不多|价)|扣了|要收|收了\s*\d|烂|假货|少发|漏发|发错|寄错|湿|拒绝|超售|不热|不亮|不通|不灵|不准|没人|挂了|宕机|断网|断了|被扣|被收|多扣|多收|乱收|又收|才拿到|作废|泡了|进水|不赔|全没了|没了/gu;
const PERSISTENCE = /还|一直|又|再次|总是|老是|至今|仍然|依然|好几次|(?:几|好几|两|三|\d+)(?:天|周|个星期|个月)了/gu;
const REQUEST = /^(?:请问|请|麻烦|能不能|可以|怎么|如何|帮我|帮忙)/u;
const ACCUSATION = /骗|故意|欺诈|坑人|黑心|偷/u;
const LEAD = /^(?:你好|您好|喂|在吗|客服|亲|那个|我想问一下|请问|为什么|为啥|怎么|而且|但是|可是|可(?!以|能)|却|但|结果|然后|现在|回来(?:才)?发现|(?:才|后来)?发现)+[，,！!：:\s]*/u;
const TRAIL = /(?:啊|呀|吧|呢|吗|了吗|么|嘛|哦|啦|？|\?|！|!|。|…)+$/u;

const THANKS = /谢谢|感谢|多谢|谢了|辛苦了|太棒了|点赞/u;
const RESOLVED = /(?:解决|修好|处理好|搞定|弄好)了/u;

const CUES: ComplaintCues = { failure: FAILURE, persistence: PERSISTENCE, request: REQUEST, accusation: ACCUSATION };

export function readProblemZh(message: string): Problem | null {
  const candidates: Candidate[] = [];
  const clean = cleanMessage(message);
  // "1,080 元": a comma between digits is part of the number.
  const parts = clean.split(/[，。！!？?；;\n]|,(?!\d{3})|但是|可是|而且|结果/u);
  for (const [i, part] of parts.entries()) {
    let p = (part ?? '').trim();
    for (let k = 0; k < 3; k++) p = p.replace(LEAD, '').replace(TRAIL, '').trim();
    if ([...p].length < 3) continue;
    // "非常感谢你们帮我解决了问题": a thank-you, or a problem already solved, is nothing to apologise for.
    if (THANKS.test(p) || (RESOLVED.test(p) && !/没|未|不|还/u.test(p))) continue;
    const scored = scoreClause(p, i, CUES, true);
    if (scored) candidates.push(scored);
  }
  candidates.sort(byScore);
  // "APP打不开，一直闪退": a clause opening with an adverb has its subject in the clause before.
  const top = candidates[0];
  if (top && /^(?:一直|还|又|总是|老是|经常|也|都|再次)/u.test(top.text)) {
    const before = candidates.find((c) => c.index === top.index - 1);
    if (before) candidates.unshift({ text: `${before.text}，${top.text}`, score: top.score, index: top.index });
  }
  const read = withThing(firstShaped(candidates, shapeZh, CUES), clean, 'zh', FAILURE, ACCUSATION);
  return read?.clause ? withSubjectZh(read, clean) : read;
}

// A verdict on our staff ("态度特别差", "不耐烦"): what they went through is said, never the verdict as fact.
const JUDGEMENT = /态度|不耐烦|敷衍|爱答不理|不理人|不搭理|素质|太差|很差|特别差|真差|服务差|凶|骂/u;
// A clause whose subject was in a clause not read: it opens with a verb, a negation or an adverb.
const NO_SUBJECT = /^(?:收了|扣了|要收|这个月|上个月|本月|这周|最近|等|排队|又|还|一直|总是|老是|没|不|被|才|就|全|都|也|下不了|听不了|用不了|打不开|进不去|登不上|约不上|收不到|找不到|拿不到|联系不上|打不通|昨天|今天|前天|上周|刚|已经|一|把|回家后|开机|结果)/u;

/**
 * The clause made to say who it happened to (blind review: "昨天App一更新全没了" has no subject, "等到
 * 11点20才拿到车" leaves the person unclear; "在线客服态度特别差" repeats a verdict as fact). A wait
 * takes 您 ("您等到11点20才拿到车"); something of theirs gone takes the thing the sentence names
 * ("昨天App一更新，您下载的歌曲全没了"); a verdict on our staff becomes what they went through. A
 * clause that still has no subject is not pasted: the apology names the thing instead.
 */
export function withSubjectZh(problem: Problem, message: string): Problem {
  const c = problem.clause!;
  if (JUDGEMENT.test(c)) return { ...problem, clause: '这次的经历让您很不愉快', framed: true };
  // "你们又发错尺码了" → "又发错尺码了": our act, said without its subject as Chinese lets it.
  // "昨天下午我们的云盘服务挂了…": the subject after a time word is still its subject.
  const afterTime = c.replace(/^(?:昨天|今天|前天|上周|上个月|这个月|本月|这周|最近)(?:上午|下午|晚上|早上|中午|夜里)?/u, '');
  if (!NO_SUBJECT.test(c) || /^(?:您|我们)/u.test(afterTime) || /^(?:你们|你)(?!的)/u.test(problem.source ?? '')) return problem;
  if (/^(?:等|排队)/u.test(c)) return { ...problem, clause: `您${c}` };
  // "这个月被扣了300元年费" → "这个月您被扣了300元年费".
  const when = /^(这个月|上个月|本月|这周|上周|最近|昨天|今天|前天)((?:又|还)?被)/u.exec(c);
  if (when) return { ...problem, clause: `${when[1]}您${c.slice(when[1]!.length)}` };
  // "收了 180 元": what was charged, said of them (被), admitting nothing.
  if (/^(?:收了|扣了)/u.test(c)) return { ...problem, clause: `您被${c}` };
  // "昨天App一更新全没了": what is gone is the thing their sentence names nearest before it.
  const gone = /(全|都)?(?:没了|不见了|丢了|消失了)$/u.exec(c);
  const at = problem.source ? message.indexOf(problem.source) : -1;
  const owned = at > 0 ? GONE_THINGS.map(([find, name]) => ({ i: message.slice(0, at).search(find), name })).filter((x) => x.i >= 0).sort((a, b) => b.i - a.i)[0] : undefined;
  if (gone && owned) return { ...problem, clause: `${c.slice(0, gone.index).replace(/[，,]$/u, '')}${gone.index ? '，' : ''}${owned.name}${c.slice(gone.index)}`, topic: owned.name };
  return { ...problem, clause: null };
}

// What of theirs can be gone, as the reply names it.
const GONE_THINGS: Array<[RegExp, string]> = [
  [/下载了?[^，。！？]{0,8}歌|离线下载|歌曲/u, '您下载的歌曲'], [/照片|相片/u, '您的照片'], [/文件/u, '您的文件'], [/模板/u, '您的模板'],
  [/数据|记录/u, '您的数据'], [/积分/u, '您的积分'], [/余额/u, '您的余额'], [/优惠券/u, '您的优惠券'], [/订单/u, '您的订单'], [/聊天记录/u, '您的聊天记录'],
];

/** What the acknowledgement feels with them: 不愉快 for how they were treated, 着急 for a wait… */
export function feelingZh(problem: Problem): string {
  const said = `${problem.clause ?? ''} ${problem.source ?? ''}`;
  if (/不愉快/u.test(problem.clause ?? '')) return '我能理解您的心情';
  if (/等|没到|还没|迟迟|延误|延迟|晚点|约不上|没人来|没发货|没送|久/u.test(said)) return '我能理解您有多着急';
  if (/扣|收费|多收|费|账单|钱|元/u.test(said)) return '我能理解这让您很困扰';
  if (/没了|丢|坏|损坏|破|断|裂|湿|泡|进水|报错|故障|挂了|宕机|闪退|打不开|用不了|听不了|不热|不亮|漏/u.test(said)) return '我能理解这有多让人烦心';
  return '我能理解这给您带来了不少麻烦';
}

/** "我的快递一直没到" → "您的快递一直没到"; the company ("你们") is "我们". */
export function shapeZh(input: string): string | null {
  let text = input;
  if ([...text].length > 20 || REQUEST.test(text) || ACCUSATION.test(text)) return null;
  // "说"发动机涉水险"没买所以…": their report of what someone said, quoted, is not ours to repeat.
  if (/["“”「」『』]|(?<!小|听)说(?!明|法)/u.test(text)) return null;
  // "又收了", "还没到": an adverb and a verb, whose subject is in a clause not read.
  if (/^(?:一直|还|又|也|都|再次|总是|老是|就)/u.test(text) && [...text].length < 6) return null;

  // A question still asking ("是不是", "能不能", "怎么") is no statement of what failed.
  if (/是不是|能不能|有没有|怎么|什么|哪/u.test(text)) return null;
  // "你们把我五月的话费扣了两次" → "您五月的话费被扣了两次": what happened to theirs, admitting nothing.
  const ba = /^(?:(?:你们|你)(?!的))?把(我的?|我们的?)?([^，,把]{1,10}?)(扣|收|发|寄|退|取消|删|停|关|升级|改|弄丢|弄坏)(.*)$/u.exec(text);
  if (ba && !/[你我]/u.test(`${ba[2]}${ba[4]}`)) return `${ba[1] ? '您' : ''}${ba[2]}被${ba[3]}${ba[4]}`;
  // "我们楼的电梯…": their building, their estate, said as theirs.
  text = text.replace(/^我们(?=楼|小区|家|单位)/u, '我').replace(/^我楼/u, '我那栋楼');
  // Their own "我们" (their family, their team) cannot be told apart from ours once turned.
  if (/我们/u.test(text.replace(/你们/gu, ''))) return null;
  // "你们又发错尺码了": the subject goes, as Chinese lets it — what happened, not who is to blame;
  // "你们没经过我同意就给我升级了套餐" → "没经过您同意就给您升级了套餐".
  if (/^(?:你们|你)(?!的)/u.test(text) && !/^(?:你们|你)[^我]{0,8}?我(?!们|的)/u.test(text.replace(/^(?:你们|你)(?:没有?|未|不)[^我]{0,3}我/u, ''))) return text.replace(/^(?:你们|你)/u, '').replace(/我(?!们)/gu, '您');
  // "…，不是个人": the other half of a contrast names nothing that failed.
  if (/^不是.{1,4}$/u.test(text)) return null;
  // A question still asking ("是不是", "能不能", "怎么") is no statement of what failed.
  if (/是不是|能不能|有没有|怎么|什么|哪/u.test(text)) return null;
  // "你们重复扣了我两次钱" → "您被重复扣了两次钱": what happened to them, without admitting who did it.
  const done = /^(?:你们|你)([^把给对跟和我]{1,8}?)我(?!们|的)(.*)$/u.exec(text);
  if (done) return `您被${done[1]}${done[2]}`.replace(/你们|你|您(?!被)/gu, '我们');
  const s = text.replace(/根本|明明|[，,]?(?:没有任何|没有|没给)(?:任何)?(?:解释|说明)|无缘无故(?:地)?|莫名其妙(?:地)?/gu, '').replace(/你们|你|您/gu, '我们').replace(/我们们/gu, '我们').replace(/我(?!们)/gu, '您');
  // "我们的…" from their "你们的": keep it; but a customer's own "我们" (their family) was turned too.
  if (/^我们(?:家|全家)/u.test(text)) return null;
  return s;
}

