import type { Rule } from '../types.ts';

export const jargonRules: Rule[] = [
  {
    id: 'zh.jargon.canned',
    kind: 'construction',
    lang: 'zh',
    category: 'jargon',
    severity: 'hint',
    message: 'Corporate stock phrase: it puts distance between you and the customer.',
    why: 'Customers skim past canned lines; plain words sound like a person who is helping.',
    suggestions: [{ text: '[用自己的话简单说]', note: 'Use your own words.' }],
    patterns: [
      '感谢您?(?:一直以来)?对(?:我们|我司|本公司|本店)?[\\p{Script=Han}A-Za-z]{0,8}?的(?:大力)?(?:支持|理解|配合|信任|厚爱|关注|关心)',
      '(?:会|将|已|也已)?(?:不断|进一步|持续|继续|更加)(?:地)?{IMPROVE}',
      '为(?:您|客户|用户|广大用户)提供更(?:加)?(?:优质|好|完善|贴心|便捷)(?:贴心)?的?服务',
      '{CANNED}',
      '{ROUTED}{RELEVANT_UNIT}',
      '(?:我们|我司)(?:一直|始终)(?:非常|十分)?重视',
      '(?:以|本着)客户为中心',
      '{YOUR_VOICE}对(?:我们|我司|本公司|本店)(?:来说)?(?:都)?(?:非常|很|十分|极其|至关|相当)?重要',
    ],
    examples: {
      flag: [
        { text: '感谢您对中国联通的支持！', span: '感谢您对中国联通的支持' },
        { text: '我们会不断完善我们的产品。', span: '会不断完善' },
        { text: '非常感谢您的宝贵建议。', span: '宝贵建议' },
        { text: '我们期待与您高效合作。', span: '高效合作' },
        { text: '已将您的问题反馈至相关部门。', span: '反馈至相关部门' },
        // Paraphrases.
        { text: '您反映的问题已升级至相关负责部门。', span: '升级至相关负责部门' },
        { text: '您的诉求已收悉。', span: '诉求已收悉' },
        { text: '我们高度重视您的反馈。', span: '高度重视' },
        { text: '后续将持续优化。', span: '将持续优化' },
        { text: '特此通知，请知悉。', span: '特此通知' },
        { text: '有您的鼓励，我们会更加努力为客户提供更优质的服务！', span: '会更加努力' },
        { text: '您的意见对我们非常重要。', span: '您的意见对我们非常重要' },
        { text: '每一位客户对我司来说都十分重要。', span: '每一位客户对我司来说都十分重要' },
      ],
      pass: ['我已经把您的问题转给售后的王工，他明天会打电话给您。', '侧面的拉杆可以调整座椅高度。', '谢谢您告诉我们这个情况。'],
    },
  },
];
