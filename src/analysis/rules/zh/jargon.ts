import type { Rule } from '../types.ts';

export const jargonRules: Rule[] = [
  {
    id: 'zh.jargon.canned',
    kind: 'phrase',
    lang: 'zh',
    category: 'jargon',
    severity: 'hint',
    message: 'Corporate stock phrase: it puts distance between you and the customer.',
    why: 'Customers skim past canned lines; plain words sound like a person who is helping.',
    suggestions: [{ text: '[用自己的话简单说]', note: 'Use your own words.' }],
    patterns: [
      '感谢您?(?:一直以来)?对(?:我们|我司|本公司|本店)?[\\p{Script=Han}A-Za-z]{0,8}?的(?:大力)?(?:支持|理解|配合|信任|厚爱|关注|关心)',
      '宝贵(?:的)?(?:意见|建议)',
      '(?:会|将|已|也已)?(?:不断|进一步|持续|继续|更加)(?:地)?(?:完善|改进|改善|加强|提升|提高|优化|推出|开拓|努力)',
      '为(?:您|客户|用户|广大用户)提供更(?:加)?(?:优质|好|完善|贴心|便捷)(?:贴心)?的?服务',
      '一如既往',
      '敬请(?:关注|期待|留意)',
      '(?:协调|反馈至?|转交|提交)(?:给)?相关部门',
      '高效合作|合作共赢|互利共赢|双赢|赋能|抓手|闭环|打通壁垒|颗粒度|全方位(?:的)?服务',
      '特此(?:通知|告知|说明)',
      '(?:我们|我司)(?:一直|始终)(?:非常|十分)?重视',
      '努力争取',
      '(?:以|本着)客户为中心',
    ],
    examples: {
      flag: [
        { text: '感谢您对中国联通的支持！', span: '感谢您对中国联通的支持' },
        { text: '我们会不断完善我们的产品。', span: '会不断完善' },
        { text: '非常感谢您的宝贵建议。', span: '宝贵建议' },
        { text: '我们期待与您高效合作。', span: '高效合作' },
        { text: '已将您的问题反馈至相关部门。', span: '反馈至相关部门' },
        { text: '有您的鼓励，我们会更加努力为客户提供更优质的服务！', span: '会更加努力' },
      ],
      pass: ['我已经把您的问题转给售后的王工，他明天会打电话给您。', '侧面的拉杆可以调整座椅高度。', '谢谢您告诉我们这个情况。'],
    },
  },
];
