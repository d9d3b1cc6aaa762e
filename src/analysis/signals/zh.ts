import type { RuleMatch, SentenceContext } from '../rules/types.ts';
import type { SentenceSignals, SignalDetector } from './types.ts';
import { allMatches } from './match.ts';
import { compileConstructions } from './construction.ts';
import { chineseAcknowledgement } from './acknowledgement/zh.ts';
import { chineseClasses } from '../classes/zh.ts';
import type { Sentence } from '../engine/segment.ts';
import type { TicketContext } from '../types.ts';
import { findApologies } from '../rules/zh/apology-clause.ts';

// Constructions over the classes in classes/zh.ts: see signals/acknowledgement/zh.ts.
const ACKNOWLEDGEMENT = compileConstructions(chineseAcknowledgement, chineseClasses, false);

const PERSONA = '(?<![与和跟给向被让请])(?:我们|我|小编|小沃|小U|小u|小翼|小v|小V|小D|沃妹|游游|这边|本人)';
// A first-person action already done, in any verb: 我(已经|已) … 了 within one clause
// ("我已经在后台帮您通过了退货申请", "我已为两位各发放了…"), not knowing, receiving or having said.
const DONE_BY_ME = `${PERSONA}(?:这边|也|今天|刚刚|刚)*(?:已经|已(?!经))(?!(?:收到|了解|知道|看到|注意到|说过|讲过|解释过|告知过|提醒过|强调过|跟您说|和您说))[^，。！？,!?；;：:]{1,24}?(?<!过|说|解释|告诉|提醒|收到|看到)了`;

const OWNERSHIP = new RegExp(
  `${DONE_BY_ME}|${PERSONA}(?:这边|马上|立即|立刻|尽快|会|将|已经|已|这就|正在|来|先|也)*(?:在私信中|私信)?(?:为您|帮您|给您|替您)?(?!不断|进一步|继续|持续|更加|努力|会不断)(?:备注|核实|核查|查询|查看|处理|跟进|登记|反馈|转交|联系|回复|催促|催|加急|发|私信|解答|测试|记录|安排|修复|退款|补发|解决|确认|检查|协调|提交|申请|办理|开通|取消|更换|寄|补|升级|通知)|${PERSONA}(?:会|将|来)(?:为您|帮您|给您)|以便${PERSONA}(?:为您|帮您)?|${PERSONA}(?:会|将)(?!不|进一步|更加|继续|持续|努力|一如既往)|${PERSONA}(?:也)?(?:能|可以)?(?:帮助|帮忙|为您|帮您)|${PERSONA}(?:这边|马上|立即|已经|已|也|先|今天|刚刚|刚|可以|能|会|现在)*(?:把|将)[^，。！？,!?]{1,16}?(?:退|寄|发|换|改|转|反馈|取消|补|修改|预约|安排|处理|送|关闭|加|记)|${PERSONA}(?:这边|已经|已|也|先|今天|刚刚|刚)*(?:预约|附上|改为|寄出|退回|查了|订|关闭|开通|登记|联系了|问了|找到)|${PERSONA}(?:这边|已经|已|也|先|今天|刚刚|刚|现在|可以|会|马上|稍后)+(?:(?:为|帮|给|替)(?:您|你|两位|您们|你们|贵司)?)?(?:在[^，。！？,!?]{1,24}?)?(?:(?:为|帮|给|替)(?:您|你|两位|您们|你们|贵司))?(?:把[^，。！？,!?]{1,16}?)?(?:各)?(?:备注|通过|核对|处理|登记|提交|申请|安排|预约|修改|恢复|补发|开通|关闭|同步|标注|发放|报销|办|退回|退还|寄出|寄|发送|联系|改)|${PERSONA}(?:这边)?(?:已经|已|刚刚|刚)(?!收到|看到|了解|知道|注意到|明白|理解|说过|告诉过|提醒过|说明过|解释过|强调过|回复过)[^，。！？,!?]{1,14}?(?<!过|说|解释|告诉|提醒|收到|看到)了|由我(?:来|负责)|交给我|我(?:来)?负责(?:跟进|处理|到底)|我(?:会)?(?:亲自|全程)跟进`,
  'gu',
);

// "我们已将您的诉求反馈至相关部门" hands the case to an unnamed unit: a canned line, not ownership.
const HANDED_TO_UNIT = /(?:反馈|转交|提交|转达)(?:至|到|给)(?:相关|有关|对应)(?:部门|人员|同事)/u;

// An action the agent has already taken for the customer is the resolution itself ("我已经把6.5元
// 差价退给您了", "我附上了一张截图"): the same first-person done action ownership reads.
const DONE_STEP = new RegExp(`${DONE_BY_ME}|${PERSONA}(?:这边|也|已经|已)*附上了`, 'gu');

const NEXT_STEP = /https?:\/\/\S+|www\.\S+|(?<![敬申邀])请(?:您)?(?!不要|放心|谅解|理解|关注|耐心|一如既往)|建议(?:您|你|先|尝试|可以|使用|重启|更换)|吗(?=[\s。.!！~…]*$)|麻烦您|烦请|您?可以?(?:尝试|试试|试一下|重启|登录|登陆|点击|进入|拨打|私信|联系|提供|更新|升级|更换|关闭|打开|清除|卸载|安装|删除)|(?:尝试|试试|试一下|看看是否|观察一下)|私信|拨打|热线|设置-|能否|是否|[？?]|稍后|尽快|马上|第一时间|(?:\d+|[一二三两四五六七])(?:个)?(?:小时|天|个工作日|工作日|分钟)(?:内|后)|(?:已|已经)(?:为您|帮您|给您)?(?:把|将)?[^,，。.]{0,10}?(?:转交|反馈|处理|修复|退款|补发|安排|退回|退给|退到|寄出|预约|改为|换到|关闭|发出|补偿|开通|取消|更换)|(?:周[一二三四五六日天]|明天|后天|今天|下周|今晚)[^，。,]{0,8}?(?:到|送达|送到|到账|上门|发出|回复)|(?:会|将)(?:尽快|在)?(?:给您|为您|帮您)?(?:联系|回复|核实|处理)|(?:明天|今天|今晚|下午|上午|稍后)可(?:作为|以用|用于)|即可/gu;

function acknowledgement(ctx: SentenceContext): RuleMatch[] {
  const out = allMatches(ACKNOWLEDGEMENT, ctx.text);
  for (const a of findApologies(ctx)) {
    if (a.kind === 'specific' && a.object.replace(/[\s，。,.!！]/gu, '').length > 2 && !/久等|回复|答复|晚了/u.test(a.object) && !/没有|无法|不能/u.test(a.object)) out.push({ start: a.start, end: a.end });
  }
  return out;
}

const GREETING = /(?:^|[\s,，!！。])([\u4e00-\u9fff]{1,2})(?:先生|女士|小姐|同学|老师)(?=[\s,，!！。]|您好|你好|$)/gu;
const NOT_A_SURNAME = /^(?:各位|这位|那位|亲爱|尊敬)$/u;

function nameSpans(text: string, context: TicketContext): RuleMatch[] {
  const out: RuleMatch[] = [];
  GREETING.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = GREETING.exec(text))) {
    if (NOT_A_SURNAME.test(m[1]!)) continue;
    const at = m.index + m[0].indexOf(m[1]!);
    out.push({ start: at, end: at + m[1]!.length + 2 });
  }
  const name = (context.customerName ?? '').trim();
  if (name.length > 1) {
    let from = 0;
    for (;;) {
      const i = text.indexOf(name, from);
      if (i < 0) break;
      out.push({ start: i, end: i + name.length });
      from = i + name.length;
    }
  }
  return out;
}

const DETAIL = /(?<![\p{L}\p{N}])[A-Za-z]{0,3}\d{4,}(?![\p{N}])|[A-Za-z][A-Za-z0-9]*\d[A-Za-z0-9]*|订单号?[:：]?\s?[A-Za-z0-9-]{4,}/gu;

// Two-character pieces too common in helpdesk talk to show the reply read this customer's message.
const COMMON = new Set(
  '电话 办理 浏览 您好 你好 请问 谢谢 感谢 客服 我们 你们 问题 情况 这个 那个 什么 怎么 为什么 可以 没有 不是 就是 还是 但是 如果 因为 所以 已经 现在 一下 一直 时候 知道 需要 可能 不能 无法 帮助 解决 处理 联系 提供 反馈 私信 中国 联通 电信 移动 公司 服务 工作 人员 一个 自己 是否 能否 的话 这样 那么 然后 之前 以后 之后 今天 明天 昨天 还有 而且 真的 非常 使用 出现 进行 告诉 建议 方便 麻烦 不会 不了 不到 下载 手机 我的 你的 您的 号码 业务 系统'.split(' '),
);

function hanBigrams(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const re = /[\u4e00-\u9fff]{2,}|[A-Za-z][A-Za-z0-9]{1,}|\d{3,}/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const run = m[0];
    if (!/[\u4e00-\u9fff]/.test(run)) {
      const key = run.toLowerCase();
      if (!out.has(key)) out.set(key, m.index);
      continue;
    }
    for (let i = 0; i + 2 <= run.length; i++) {
      const bi = run.slice(i, i + 2);
      if (COMMON.has(bi) || /[的了是在我您你他她它们这那有和也都就还吗呢吧啊哦]/.test(bi)) continue;
      if (!out.has(bi)) out.set(bi, m.index + i);
    }
  }
  return out;
}

function personal(text: string, sentences: Sentence[], context: TicketContext): RuleMatch[] {
  void sentences;
  const out = nameSpans(text, context);
  DETAIL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DETAIL.exec(text))) out.push({ start: m.index, end: m.index + m[0].length });
  if (context.customerMessage) {
    const theirs = hanBigrams(context.customerMessage.replace(/https?:\/\/\S+|@[^\s@,，:：]+/g, ' '));
    for (const [bi, at] of hanBigrams(text)) {
      if (theirs.has(bi)) out.push({ start: at, end: at + bi.length });
    }
  }
  return out;
}

export const chineseSignals: SignalDetector = {
  sentence(ctx): SentenceSignals {
    return {
      acknowledgement: acknowledgement(ctx),
      ownership: allMatches(OWNERSHIP, ctx.text).filter((m) => !HANDED_TO_UNIT.test(ctx.text.slice(m.start, m.end + 24))),
      'next-step': [...allMatches(NEXT_STEP, ctx.text), ...allMatches(DONE_STEP, ctx.text)],
    };
  },
  reply(text, sentences, context): SentenceSignals {
    return { personal: personal(text, sentences, context) };
  },
};
