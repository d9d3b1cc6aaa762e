import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import type { Lang } from '../../src/analysis/types.ts';

// Ownership is a first-person commitment: an action the agent has taken or will take for the
// customer, in any verb, not only the few listed — and not the agent's perceiving or thinking.
describe('ownership in ru, sv and zh', () => {
  it.each([
    ['ru', 'Я уже перенесла вашу бронь в домик № 6.'],
    ['ru', 'Могу прислать вам условия обеих гарантий.'],
    ['sv', 'Jag har redan beställt en ny rem till din adress.'],
    ['sv', 'Jag har flyttat din bokning till stuga 6.'],
    ['sv', 'Jag bifogar en skärmbild som visar var.'],
    ['zh', '今天我已经把第二笔399元退回。'],
    ['zh', '我已经预约了周二上门取回。'],
    // Any verb, with the place, the beneficiary or the object between (我已经…了).
    ['zh', '我已经在后台通过了您的申请。'],
    ['zh', '我已为两位乘客各发放了一张代金券。'],
    ['zh', '我已经把备份恢复到了贵公司的账号下。'],
  ] as Array<[Lang, string]>)('%s: %s', (lang, text) => {
    expect(analyze(text, { lang }).signals.ownership.present).toBe(true);
  });

  it.each([
    ['ru', 'Я поняла ваш вопрос.'],
    ['ru', 'Я видела ваше письмо.'],
    ['sv', 'Jag har förstått problemet.'],
    ['sv', 'Jag har läst ditt mejl.'],
    ['zh', '快递公司已经把包裹退回仓库。'],
    ['zh', '我已经收到了您的邮件。'],
    ['zh', '我已经说过了，退款需要十天。'],
  ] as Array<[Lang, string]>)('%s: not %s', (lang, text) => {
    expect(analyze(text, { lang }).signals.ownership.present).toBe(false);
  });
});

// English: the writer's own commitment counts; a team promise that waits on the customer does not.
describe('ownership in English', () => {
  it.each([
    'I found the order and re-sent the label this morning.',
    'Please send us a DM so I can assist.',
    'We have received your DM and will follow up there.',
    "We've refunded the second charge to your card.",
    // "Let me…" is the taxonomy's own example of ownership.
    'Let me see what we can do for you.',
    'Sorry for this. Let me request the expert to look into this today.',
    "We're going to forward this to our leadership team.",
    'I can help with the box trouble.',
    'Please DM me and I can help you.',
    'I will be glad to assist you with the refund.',
    'We absolutely want you back and we will find a solution today.',
    "We'll work on this together.",
    'I pinged your modem several times and saw no packet loss.',
    'I ran a line test this morning and it came back clean.',
    'Is it alright if I send a refresh to your equipment?',
  ])('%s', (text) => {
    expect(analyze(text, { lang: 'en' }).signals.ownership.present).toBe(true);
  });

  it.each([
    'Could you provide us with more information and we will look into it.',
    "Send us a DM with your email address and we'll follow up.",
    'I saw your tweet about the delay.',
    'Let me know if the reset works.',
    "Our system won't let me apply a code to a placed order.",
    'Is there anything else I can help you with?',
    "We're going to need your order number.",
    "Connect with us through the help page and we'll be in touch.",
    "If the suspension was a mistake, you can file an appeal and we'll take a closer look.",
    'I ran into the same problem on my own phone last year.',
    'Is it alright if I ask what browser you use?',
  ])('not: %s', (text) => {
    expect(analyze(text, { lang: 'en' }).signals.ownership.present).toBe(false);
  });
});

// Chinese: an action done for the customer in any word order ("我已经在您的订单上备注了…"), not an
// explanation repeated or a case handed to an unnamed unit.
describe('ownership in Chinese', () => {
  it.each(['我已经在您的订单 HL20261220-88 上备注了提前入住需求。', '我已经帮你预约了助教这周四晚上8点的答疑。', '我已经把快照恢复到了贵公司的账号下。'])('%s', (text) => {
    expect(analyze(text, { lang: 'zh' }).signals.ownership.present).toBe(true);
  });
  it.each(['上次邮件里我已经跟您解释过了。', '我们已将您的诉求反馈至相关部门。'])('not: %s', (text) => {
    expect(analyze(text, { lang: 'zh' }).signals.ownership.present).toBe(false);
  });
});

// A Chinese action already taken for the customer is the resolution: it is a next step too.
describe('next step in Chinese: an action already taken', () => {
  it.each(['我已经把6.5元差价退给您了。', '我附上了一张截图标出了位置。'])('%s', (text) => {
    expect(analyze(text, { lang: 'zh' }).signals['next-step'].present).toBe(true);
  });
  it('not an explanation repeated', () => {
    expect(analyze('上次邮件里我已经跟您解释过了。', { lang: 'zh' }).signals['next-step'].present).toBe(false);
  });
});

describe('next step in Swedish: an action already taken', () => {
  it.each(['Jag har flyttat din bokning till stuga 6.', 'Jag bifogar en skärmbild som visar var.'])('%s', (text) => {
    expect(analyze(text, { lang: 'sv' }).signals['next-step'].present).toBe(true);
  });
  it('not having read or explained', () => {
    expect(analyze('Jag har läst ditt mejl.', { lang: 'sv' }).signals['next-step'].present).toBe(false);
  });
});
