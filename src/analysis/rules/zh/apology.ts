import type { Rule } from '../types.ts';
import { findApologies } from './apology-clause.ts';

export const apologyRules: Rule[] = [
  {
    id: 'zh.apology.generic',
    kind: 'checker',
    lang: 'zh',
    category: 'generic-apology',
    severity: 'warning',
    message: 'This apology names no problem: it could be pasted into any ticket.',
    why: 'Customers hear a script when the apology does not say what went wrong; naming it shows you read their message.',
    suggestions: [
      { text: '很抱歉[出了什么问题]', note: 'Name what went wrong, in their words.' },
      { text: '很抱歉您的[订单/问题][发生了什么]', note: 'Say what happened to them.' },
    ],
    check: (ctx) => findApologies(ctx).filter((a) => a.kind === 'generic'),
    examples: {
      flag: [
        { text: '给您带来不便，敬请谅解。', span: '给您带来不便，敬请谅解' },
        { text: '对此造成的不便深表歉意。', span: '对此造成的不便深表歉意' },
        { text: '您好，很抱歉给您带来不便，请问现在使用情况如何了？', span: '很抱歉给您带来不便' },
        { text: '抱歉给您带来不便了，您现在使用是否还会出现这个状况？', span: '抱歉给您带来不便了' },
        { text: '您好，给您造成的不便我们深表歉意，我们会尽快处理。', span: '给您造成的不便我们深表歉意' },
        { text: '您好,给您带来了不便,十分抱歉,请您告知我们您之前进行了哪些操作？', span: '给您带来了不便,十分抱歉' },
        { text: '您好,真的很抱歉,请问工作人员是怎么说明的呢？', span: '真的很抱歉' },
        { text: '非常抱歉已经转交工作人员检修了。', span: '非常抱歉' },
        { text: '亲，给您带来的不愉快烦请您谅解！', span: '给您带来的不愉快烦请您谅解' },
        // Paraphrases: other members of MISHAP_NOUN.
        { text: '由此给您带来的困扰，我们深感抱歉。', span: '由此给您带来的困扰，我们深感抱歉' },
        { text: '抱歉给您添麻烦了。', span: '抱歉给您添麻烦了' },
        { text: '对此我们深表遗憾。', span: '对此我们深表遗憾' },
        // A bare apology followed by a request or the agent's own statement still names nothing.
        { text: '非常抱歉，请您耐心等待。', span: '非常抱歉' },
        { text: '很抱歉，我们会尽快处理。', span: '很抱歉' },
      ],
      pass: [
        '很抱歉您的包裹还没到，我已经联系快递了。',
        '很抱歉，目前没有相关信息，无法确定结束时间。',
        '抱歉发错了颜色，我马上给您补发。',
        '由于系统升级，服务暂停两小时，敬请谅解。',
        '不用道歉，我们很乐意帮忙。',
        '很抱歉[出了什么问题]。',
        '让您等了十天还没发货，真的很抱歉。',
        '您说得对，非常抱歉：账单被扣了两次，我已经退回了一笔。',
        // What went wrong, told in the clause after the comma.
        '真的很抱歉，您的空气炸锅到手时外壳开裂，我已经安排换新。',
        '很抱歉，订单里的充电器漏发了，今天下午补寄。',
      ],
    },
  },
  {
    id: 'zh.apology.non-apology',
    kind: 'checker',
    lang: 'zh',
    category: 'non-apology',
    severity: 'warning',
    message: 'This apologises for how the customer feels, not for what happened.',
    why: 'Apologising for feelings reads as blaming the customer for being upset.',
    suggestions: [{ text: '很抱歉我们[做错了什么]', note: 'Own what happened instead of how they feel.' }],
    check: (ctx) => findApologies(ctx).filter((a) => a.kind === 'non-apology'),
    examples: {
      flag: [
        { text: '如果让您感到不满，我们深表歉意。', span: '如果让您感到不满，我们深表歉意' },
        { text: '抱歉给您不愉快的使用感知。', span: '抱歉给您不愉快的使用感知' },
        { text: '很抱歉让您有这样的感受。', span: '很抱歉让您有这样的感受' },
        // Paraphrases from the FEELING class.
        { text: '如有误会，敬请谅解。', span: '如有误会，敬请谅解' },
        { text: '抱歉您这么认为。', span: '抱歉您这么认为' },
        { text: '员工的态度如有冒犯，敬请见谅。', span: '员工的态度如有冒犯，敬请见谅' },
        { text: '如果我们的回复让您不满，深表歉意。', span: '如果我们的回复让您不满，深表歉意' },
        { text: '很抱歉您对我们的服务不满意。', span: '很抱歉您对' },
        { text: '对于您的不愉快感受，我们表示遗憾。', span: '对于您的不愉快感受，我们表示遗憾' },
        // An adverb between the customer and the feeling; an impression the customer "got".
        { text: '若您由此觉得受到了怠慢，我们深感抱歉。', span: '若您由此觉得受到了怠慢，我们深感抱歉' },
        { text: '抱歉给您留下了服务敷衍的印象。', span: '抱歉给您留下了服务敷衍的印象' },
      ],
      pass: ['很抱歉我们给了您两个不同的答复。', '抱歉包裹里少了充电器，我已经单独寄出。', '很抱歉给您产生了额外的运费，我已经全额退回。'],
    },
  },
];
