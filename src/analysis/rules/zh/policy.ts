import type { Rule, SentenceContext } from '../types.ts';

const REASON = /因为|由于|为了(?:保护|保障|您的)|是为了|出于(?:安全|隐私)|这样(?:可以|能)/u;
const ALTERNATIVE = /我可以|我们可以|我来|我会|我帮您|我们会为您|您也可以|不过|但是?我|另外|作为替代|改为/u;

function explained(ctx: SentenceContext): boolean {
  const window = `${ctx.text}${ctx.next}`;
  return REASON.test(window) && ALTERNATIVE.test(window);
}

function offersHelp(ctx: SentenceContext): boolean {
  return /我(?:已经?|来|会|马上|这就|将)(?:帮您|为您|给您)?(?!不断|进一步)|已(?:为您|帮您)|(?:电话|号码)(?:是|为)[:：]?\s?\d|地址(?:是|为)[:：]|https?:/u.test(`${ctx.text}${ctx.next}`);
}

const common = {
  lang: 'zh' as const,
  category: 'policy-deflection' as const,
  severity: 'warning' as const,
  why: 'Hiding behind a rule or another team leaves the customer stuck; explain why and say what you can do.',
};

export const policyRules: Rule[] = [
  {
    ...common,
    id: 'zh.policy.company-policy',
    kind: 'phrase',
    message: '"这是公司的政策" hides behind a rule without the reason or what you can do instead.',
    suggestions: [
      { text: '[原因]，所以[我能为您做的]', note: 'Give the reason and an alternative.' },
      { text: '因为[原因]我无法[X]，但我可以[替代方案]' },
    ],
    patterns: [
      '(?:这|那|这个)(?:是|就是|属于)(?:我们)?(?:公司|本公司|我司|平台|店铺|商家|本店)?的?(?:规定|政策|制度|规则)(?!性)',
      '(?:公司|我司|平台|本店|店铺)(?:的)?(?:规定|政策|制度|规则)(?:就是这样的?|是这样的?|如此|不允许|不支持)',
      '(?:根据|按照|按|依据|依照)(?:公司|本公司|我司|平台|店铺|相关)的?(?:规定|政策|制度|规则)',
      '规定就是规定',
      '没有(?:这样的|这个)先例',
    ],
    unless: (ctx) => explained(ctx),
    examples: {
      flag: [
        { text: '这是公司的政策。', span: '这是公司的政策' },
        { text: '根据公司规定，已拆封商品不能退货。', span: '根据公司规定' },
        { text: '抱歉，公司规定就是这样的。', span: '公司规定就是这样的' },
        { text: '按照平台规则，我们不能修改地址。', span: '按照平台规则' },
      ],
      pass: [
        '您的保险保单已经续保成功。',
        '退款会原路返回，因为这样可以保障资金安全；我可以今天先为您发放一张代金券。',
        '隐私政策请见官网说明页面。',
      ],
    },
  },
  {
    ...common,
    id: 'zh.policy.not-my-call',
    kind: 'phrase',
    message: 'Saying it is not your decision passes the problem back to the customer.',
    suggestions: [{ text: '这个我无法单独决定，我已经转给[团队]，会在[时间]前回复您', note: 'Own the next step.' }],
    patterns: [
      '这(?:个)?不是我(?:们)?(?:的决定|能决定的|能做主的|说了算的|能控制的)',
      '(?:这|那)(?:个)?不(?:是|归)我(?:们)?(?:负责|管)(?:的)?',
      '不归我们管',
      '我(?:们)?(?:也)?(?:没有|没)(?:这个)?(?:权限|权利|权力)',
      '(?:我|我们)(?:也)?做不了主',
      '(?:这|那)(?:个)?(?:不在|超出了?)(?:我|我们)的?(?:权限|职责|控制)(?:范围)?(?:之内|内)?',
    ],
    examples: {
      flag: [
        { text: '这不是我的决定。', span: '这不是我的决定' },
        { text: '这个不归我们管。', span: '这个不归我们管' },
        { text: '我没有权限修改订单。', span: '我没有权限' },
      ],
      pass: ['这是我的决定，退款已经批准了。', '我已经为您开通了权限。'],
    },
  },
  {
    ...common,
    id: 'zh.policy.nothing-to-do',
    kind: 'phrase',
    message: '"我们也没有办法" ends the conversation without a way forward.',
    suggestions: [{ text: '我能做的是[替代方案]', note: 'Say what is possible.' }],
    patterns: [
      '(?:我|我们)(?:这边)?(?:也|真的|实在)?(?:没有|没)(?:什么|任何|别的)?(?:办法|法子)(?:了)?',
      '(?:我|我们)(?:也|实在)?无能为力',
      '爱莫能助',
      '(?:我|我们)(?:也|实在)?(?:帮不了|无法帮助|没法帮)(?:您|你)',
      '(?:我|我们)(?:也)?(?:没有|没)什么可以(?:做|帮)的',
      '(?:我|我们)(?:也)?无法(?:再)?(?:为您)?做(?:任何|更多)',
    ],
    unless: (ctx) => explained(ctx),
    examples: {
      flag: [
        { text: '我们也没有办法。', span: '我们也没有办法' },
        { text: '这件事我们也无能为力。', span: '我们也无能为力' },
        { text: '我帮不了你。', span: '我帮不了你' },
      ],
      pass: ['还有什么可以帮您的吗？', '您不需要做任何操作，退款已经在路上了。'],
    },
  },
  {
    ...common,
    id: 'zh.policy.system-says-no',
    kind: 'phrase',
    message: 'Blaming "the system" hides who decided and what can be done.',
    suggestions: [{ text: '系统里我无法[X]，但我可以[替代方案]', note: 'Own it and offer what is possible.' }],
    patterns: ['系统(?:不允许|不让|规定|设置就是这样|就是这样设置的)'],
    unless: (ctx) => explained(ctx),
    examples: {
      flag: [{ text: '系统不允许这样操作。', span: '系统不允许' }],
      pass: ['应用暂时不支持深色模式，我已经记录您的建议，上线后通知您。'],
    },
  },
  {
    ...common,
    id: 'zh.policy.go-elsewhere',
    kind: 'phrase',
    message: 'Sending the customer elsewhere with no help makes them start over.',
    suggestions: [{ text: '我已经把您的情况转给[部门]，他们会在[时间]前联系您', note: 'Do the hand-off for them.' }],
    patterns: [
      '(?:您|你)?(?:只能|需要|得|必须|要|可以)?(?:自己)?(?:去|到)?(?:联系|咨询|找|询问)(?:一下)?(?:当地|归属地|购买点|购买的商家|卖家|商家|厂家|厂商|其他部门|相关部门|快递公司|银行|运营商)',
      '这(?:个)?(?:问题)?(?:您|你)?(?:得|要|需要)?(?:去)?找(?:他们|别人|其他人)',
    ],
    unless: (ctx) => offersHelp(ctx),
    examples: {
      flag: [
        { text: '您好,您的号码是江西的,建议您联系一下当地客服。', span: '您联系一下当地' },
        { text: '建议您可以在购买的时候咨询一下购买点的。', span: '咨询一下购买点' },
        { text: '这个问题您得去找厂家。', span: '您得去找厂家' },
      ],
      pass: ['您需要联系银行解除冻结，我已经为您准备好证明材料，今天发到您的邮箱。', '请私信联系我们，谢谢！'],
    },
  },
];
