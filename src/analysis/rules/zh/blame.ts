import type { Rule } from '../types.ts';

const common = { lang: 'zh' as const, category: 'blame' as const, severity: 'warning' as const };

export const blameRules: Rule[] = [
  {
    ...common,
    id: 'zh.blame.as-i-said',
    kind: 'phrase',
    message: 'Pointing back at an earlier message sounds impatient and blames the customer for not reading it.',
    why: 'Repeating the answer kindly costs one line; "我已经说过了" costs the relationship.',
    suggestions: [{ text: '简单再说明一下：[答案]', note: 'Just give the answer again.' }],
    patterns: [
      '我(?:们)?(?:已经|之前|刚才|早就|上次|前面)(?:已经)?(?:跟您|和您|给您|向您|跟你|和你)?(?:说过|讲过|解释过|说明过|强调过|告知过|告诉过(?:您|你))(?:了|很多次|多次|好几次)?',
      '(?:正如|如)(?:我|我们)(?:之前|上次|刚才|前面|已经)(?:所说|所述|所讲|说过的|提到的)',
      '(?:再|又)说(?:一|最后一)遍',
      '(?:您|你)(?:已经)?(?:被)?告知过',
    ],
    examples: {
      flag: [
        { text: '我已经说过了，退款需要十天。', span: '我已经说过了' },
        { text: '正如我之前所说，订单已经发货。', span: '正如我之前所说' },
        { text: '我再说一遍，活动已经结束了。', span: '再说一遍' },
      ],
      pass: ['正如您所说，包裹到的时候是拆开的，我已经给您补发了。', '我已经把您的建议转给产品团队了。'],
    },
  },
  {
    ...common,
    id: 'zh.blame.your-fault',
    kind: 'phrase',
    message: 'This tells the customer they are at fault or talks down to them.',
    why: 'Even when the customer made a mistake, blaming them makes them defend themselves instead of solving it with you.',
    suggestions: [{ text: '看起来[发生了什么]，我们一起[下一步]', note: 'Describe what happened without blaming.' }],
    patterns: [
      '(?:您|你)(?:肯定|一定|显然)是?(?:自己)?(?:操作错|弄错|搞错|输错|看错|填错|选错|误操作|没看|没注意|忘记|忘了)',
      '(?:您|你)(?:应该|本应|早该|当初就应该)(?:先)?(?:看清楚|仔细阅读|仔细看|注意|看一下说明)',
      '(?:您|你)(?:自己)?(?:没有|没)(?:仔细)?(?:看|阅读)(?:说明|条款|规则|公告)',
      '显然(?:是)?(?:您|你)',
      '(?:请|麻烦)?(?:您|你)?(?:先)?冷静(?:一下|一点)',
      '(?:您|你)(?:要|需要|必须|得)(?:理解|明白)(?:我们)?',
      '(?:条款|协议|规则|说明)(?:里|中|上)(?:已经)?(?:写得?很清楚|写明了?|明确规定)',
      '这是(?:您|你)(?:自己)?的(?:问题|责任|错)',
      '(?:怪|只能怪)(?:您|你)自己',
    ],
    examples: {
      flag: [
        { text: '您肯定是操作错了。', span: '您肯定是操作错' },
        { text: '您应该先看清楚说明。', span: '您应该先看清楚' },
        { text: '请您冷静一下。', span: '请您冷静一下' },
        { text: '您要理解我们的难处。', span: '您要理解我们' },
        { text: '协议里写得很清楚。', span: '协议里写得很清楚' },
      ],
      pass: ['麻烦您看一下是否收到了邮件？', '看起来付款没有成功。', '您需要重启一下手机。'],
    },
  },
];
