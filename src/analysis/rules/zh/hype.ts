import type { Rule } from '../types.ts';

export const hypeRules: Rule[] = [
  {
    id: 'zh.hype.pressure',
    kind: 'construction',
    lang: 'zh',
    category: 'hype',
    severity: 'hint',
    message: 'Sales pressure and superlatives read as marketing, not help.',
    why: 'A customer with a problem hears an advert; plain facts are more believable.',
    suggestions: [{ text: '[直接说明事实：价格和截止时间]', note: 'State the fact plainly.' }],
    patterns: [
      '{TOTAL} ?{HYPE_OBJECT}',
      '免费[！!]{2,}',
      '{HYPE_PHRASE}',
      '{LIMITED}(?:{DEAL_NOUN})?',
      '{EXCLUSIVE}(?:的)?(?:{DEAL_NOUN})',
      '(?:即刻|立即|立刻|马上|赶快|赶紧|速来)(?:行动|抢购|下单|购买|抢|订购)',
      '(?:保证|包您|包你)满意|满意(?:保证|度保证)',
      '(?:史上|全网|全国)最(?:低|优惠|划算|便宜|实惠|强|好)',
      '(?:赢取|赢|抽|拿到?)大奖|(?:就|都)有机会中奖',
    ],
    examples: {
      flag: [
        { text: '100% 免费！', span: '100% 免费' },
        { text: '即刻行动，名额有限！', span: '即刻行动' },
        { text: '本品由我们独家提供。', span: '独家提供' },
        { text: '保证满意，不满意全额退款。', span: '保证满意' },
        { text: '这是史上最低价！', span: '史上最低' },
        { text: '机不可失，赶快下单！', span: '机不可失' },
        { text: '不参与又怎知不会拿到大奖呢？多参加就有机会中奖啦！', span: '拿到大奖' },
        // Paraphrases.
        { text: '百分之百有效！', span: '百分之百有效' },
        { text: '仅限今日，错过再等一年！', span: '仅限今日' },
        { text: '老用户专属于您的尊享福利。', span: '尊享福利' },
        { text: '数量有限，先到先得！', span: '数量有限' },
        { text: '绝对满意。', span: '绝对满意' },
        { text: '限时特价。', span: '限时特价' },
        { text: '绝对物超所值！', span: '绝对物超所值' },
      ],
      pass: [
        '我们会为您免费更换新的耳机。',
        '运费满99元免运费，您的订单符合条件。',
        '产品享受两年保修，这个问题在保修范围内。',
        '您说新主题"独家提供"的感觉很好，谢谢您！',
      ],
    },
  },
];
