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

const FAILURE = /没有?|未|无法|不能|不了|不到|不上|不开|不出|不行|不好|不对|不是|坏|损坏|破损?|错|丢|延迟|延误|迟迟|晚到|扣(?:了)?(?:两|二)次|重复扣|多扣|失败|问题|故障|闪退|崩溃|卡住|卡顿|打不开|收不到|登不上|用不了|退不了|漏|慢|差(?!点|不多|价)|烂|假货|少发|漏发|发错|寄错|湿|拒绝|超售|不热|不亮|不通|不灵|不准|没人|挂了|宕机|断网|断了|被扣|被收|多扣|多收|乱收|又收|才拿到|作废|泡了|进水|不赔|全没了|没了/gu;
const PERSISTENCE = /还|一直|又|再次|总是|老是|至今|仍然|依然|好几次|(?:几|好几|两|三|\d+)(?:天|周|个星期|个月)了/gu;
const REQUEST = /^(?:请问|请|麻烦|能不能|可以|怎么|如何|帮我|帮忙)/u;
const ACCUSATION = /骗|故意|欺诈|坑人|黑心|偷/u;
const LEAD = /^(?:你好|您好|喂|在吗|客服|亲|那个|我想问一下|请问|为什么|为啥|怎么|而且|但是|可是|可(?!以|能)|却|但|结果|然后|现在)+[，,！!：:\s]*/u;
const TRAIL = /(?:啊|呀|吧|呢|吗|了吗|么|嘛|哦|啦|？|\?|！|!|。|…)+$/u;

const THANKS = /谢谢|感谢|多谢|谢了|辛苦了|太棒了|点赞/u;
const RESOLVED = /(?:解决|修好|处理好|搞定|弄好)了/u;

const CUES: ComplaintCues = { failure: FAILURE, persistence: PERSISTENCE, request: REQUEST, accusation: ACCUSATION };

export function readProblemZh(message: string): Problem | null {
  const candidates: Candidate[] = [];
  const clean = cleanMessage(message);
  const parts = clean.split(/[，,。！!？?；;\n]|但是|可是|而且|结果/u);
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
  return withThing(firstShaped(candidates, shapeZh, CUES), clean, 'zh', FAILURE, ACCUSATION);
}

/** "我的快递一直没到" → "您的快递一直没到"; the company ("你们") is "我们". */
export function shapeZh(text: string): string | null {
  if ([...text].length > 20 || REQUEST.test(text) || ACCUSATION.test(text)) return null;
  // "说"发动机涉水险"没买所以…": their report of what someone said, quoted, is not ours to repeat.
  if (/["“”「」『』]|(?<!小|听)说(?!明|法)/u.test(text)) return null;
  // "又收了", "还没到": an adverb and a verb, whose subject is in a clause not read.
  if (/^(?:一直|还|又|也|都|再次|总是|老是|就)/u.test(text) && [...text].length < 6) return null;

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
  const s = text.replace(/你们|你|您/gu, '我们').replace(/我们们/gu, '我们').replace(/我(?!们)/gu, '您');
  // "我们的…" from their "你们的": keep it; but a customer's own "我们" (their family) was turned too.
  if (/^我们(?:家|全家)/u.test(text)) return null;
  return s;
}

