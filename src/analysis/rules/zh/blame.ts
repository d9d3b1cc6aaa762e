import type { Rule } from '../types.ts';

/** Chinese blame and condescension, as constructions over the classes in src/analysis/classes/zh.ts. */
const common = { lang: 'zh' as const, category: 'blame' as const, severity: 'warning' as const };

export const blameRules: Rule[] = [
  {
    ...common,
    id: 'zh.blame.as-i-said',
    kind: 'construction',
    message: 'Pointing back at an earlier message sounds impatient and blames the customer for not reading it.',
    why: 'Repeating the answer kindly costs one line; "我已经说过了" costs the relationship.',
    suggestions: [{ text: '简单再说明一下：[答案]', note: 'Just give the answer again.' }],
    patterns: [
      '我(?:们)?(?:{EARLIER})(?:已经)?(?:跟您|和您|给您|向您|跟你|和你|对您)?{SAID_BEFORE}(?:了|很多次|多次|好几次)?',
      '(?:{EARLIER})(?:已经)?(?:跟您|和您|给您|向您|跟你|和你)?(?:{SAID_BEFORE})(?:您|你)',
      '(?:正如|如同|就像)(?:我|我们)(?:{EARLIER})(?:多次|反复|一再)?(?:告知|说明|解释|提醒|强调|通知|告诉)(?:过)?(?:您|你)的(?:那样)?',
      '(?:正如|如)(?:我|我们)(?:之前|上次|刚才|前面|已经)(?:所说|所述|所讲|说过的|提到的)',
      '(?:再|又)说(?:一|最后一)遍',
      '(?:再|又)重复(?:一|最后一)遍',
      '(?:您|你)(?:已经)?(?:被)?告知过',
      '(?:不是|已经)(?:跟您|和您|给您)?说(?:过了|了)吗',
    ],
    examples: {
      flag: [
        { text: '我已经说过了，退款需要十天。', span: '我已经说过了' },
        { text: '正如我之前所说，订单已经发货。', span: '正如我之前所说' },
        { text: '我再说一遍，活动已经结束了。', span: '再说一遍' },
        { text: '我再重复一遍，退款需要 7 个工作日。', span: '再重复一遍' },
        // Paraphrases.
        { text: '上次邮件里我已经跟您解释过了。', span: '我已经跟您解释过了' },
        { text: '上封邮件已经提醒过您，页面上有尺码表。', span: '上封邮件已经提醒过您' },
        { text: '我们反复强调过很多次。', span: '我们反复强调过很多次' },
        { text: '不是跟您说过了吗', span: '不是跟您说过了吗' },
        { text: '正如我们早就告知您的那样，活动已经结束。', span: '正如我们早就告知您的那样' },
      ],
      pass: ['正如您所说，包裹到的时候是拆开的，我已经给您补发了。', '我已经把您的建议转给产品团队了。', '我之前答应过您今天回复，现在告诉您：包裹已经到了。'],
    },
  },
  {
    ...common,
    id: 'zh.blame.your-fault',
    kind: 'construction',
    message: 'This tells the customer they are at fault or talks down to them.',
    why: 'Even when the customer made a mistake, blaming them makes them defend themselves instead of solving it with you.',
    suggestions: [{ text: '看起来[发生了什么]，我们一起[下一步]', note: 'Describe what happened without blaming.' }],
    patterns: [
      '(?:{YOU_GUESS})?(?:您|你)(?:自己)?(?:{YOU_GUESS})?(?:是)?(?:自己)?{YOU_ERRED}',
      // When it happened may sit between ("您下单时没有备注").
      '(?:您|你)(?:自己)?(?:当时|下单时|购买时|付款时|填写时|注册时|操作时|收货时|之前)(?:自己)?{YOU_ERRED}',
      // "是您自己选择的", "您当时已经同意了协议": their own choice held against them.
      '是(?:您|你)自己(?:选择|选|同意|确认|下单|购买|填写|设置|操作|勾选)的',
      '(?:您|你)(?:当时|自己|之前|已经|下单时|注册时){1,3}(?:同意|确认|勾选|签署|接受)了?(?:该|这个|此|相关|我们的|平台的)?(?:{TERMS_DOC}|须知)',
      // The cause laid on them ("由于您未按要求操作", "这是由于您个人原因造成的").
      '(?:都是|就是|完全是|全是|这是)?(?:由于|因为|因)(?:您|你)(?:自己|个人)?(?:的)?{YOU_ERRED}',
      '(?:您|你)(?:提供|填写|输入|留|填)的[\\p{Script=Han}]{0,6}?(?:有误|错误|不正确|不对|不全|不完整)',
      '(?:{YOU_GUESS})(?:您|你)(?:自己)?[\\p{Script=Han}]{0,4}?(?:错了|错的)',
      '(?:您|你)(?:{SHOULD_HAVE})(?:[\\p{Script=Han}]{0,8}?)(?:{CHECK_VERB})',
      '(?:您|你)(?:自己)?(?:没有|没)(?:仔细|认真)?(?:看|阅读)(?:说明|条款|规则|公告|页面)',
      '显然(?:是)?(?:您|你)',
      '(?:请|麻烦)?(?:您|你)?(?:先)?{CALM_DOWN}',
      '(?:您|你)(?:要|需要|必须|得|应该)(?:理解|明白|清楚)(?:我们|一点|，|,)?',
      '{TERMS_DOC}(?:里|中|上|里面)?(?:已经)?{WRITTEN_CLEARLY}',
      '这是(?:您|你)(?:自己)?的(?:问题|责任|错)',
      '(?:请|麻烦)?(?:您|你)?下次(?:请|一定要|务必|记得)?{CHECK_VERB}',
      // "请您今后在收到短信时仔细阅读": a lesson for next time, with the occasion in between. The
      // customer is named ("今后我们会更加注意" is the agent's own promise).
      '(?:(?:请|麻烦)(?:您|你)?|(?:您|你))(?:下次|今后|以后|日后|往后)[^，。！？,!?；;]{0,10}?{CHECK_VERB}',
      // "您下单时就应该写清楚": what they ought to have done then. "您下单时应该收到了短信" (should have
      // received) is our promise, not their fault.
      '(?:您|你)(?:自己)?(?:当时|当初|下单时|购买时|付款时|填写时|注册时|预订时|订票时|出发前|之前|事先|提前)(?:就)?(?:{SHOULD_HAVE})(?!会|能|可以|已经|已|收到|看到|接到|得到|获得|享受|是|有)',
      '(?:是|属于|因为|由于)(?:您|你)(?:自己)?{YOU_ERRED}(?:导致|造成|引起)',
      '(?:怪|只能怪)(?:您|你)自己',
      // "如果您早点联系我们，就不会出现这种情况": the counterfactual that lays it on them.
      '如果(?:您|你)(?:早点|早些|及时|提前|当时|当初|仔细|认真)[^，。！？]{0,12}[，,]?(?:就|也就)(?:不会|不至于)',
      '(?:顾客|客户|您|你)自己(?:选错|填错|弄错|操作失误)[\\p{Script=Han}]{0,6}?(?:我们)?(?:是)?(?:不负责|概不负责|无关)',
    ],
    except: ['hypothetical', 'question'],
    examples: {
      flag: [
        { text: '您下单时没有备注颜色。', span: '您下单时没有备注' },
        { text: '您注册时已经同意了用户协议。', span: '您注册时已经同意了用户协议' },
        { text: '这都是因为您误操作。', span: '都是因为您误操作' },
        { text: '您肯定是操作错了。', span: '您肯定是操作错' },
        { text: '您应该先看清楚说明。', span: '您应该先看清楚' },
        { text: '请您冷静一下。', span: '请您冷静一下' },
        { text: '您要理解我们的难处。', span: '您要理解我们' },
        { text: '协议里写得很清楚。', span: '协议里写得很清楚' },
        // Paraphrases.
        { text: '链接在我们这边是正常的，应该是您自己复制错了。', span: '应该是您自己复制错了' },
        { text: '您本该在付款前仔细核对。', span: '您本该在付款前仔细核对' },
        { text: '您别激动，晚上就会好的。', span: '您别激动' },
        { text: '活动规则上标注得很清楚。', span: '活动规则上标注得很清楚' },
        { text: '您必须明白，这是规定。', span: '您必须明白，' },
        { text: '估计是您自己点错了。', span: '估计是您自己点错了' },
        { text: '请您下次认真阅读活动规则。', span: '请您下次认真阅读' },
        { text: '这是您自己操作失误导致的。', span: '是您自己操作失误导致' },
        { text: '屏幕碎裂属于您保管不当造成的。', span: '属于您保管不当造成' },
        { text: '这一点在商品页面上已有明确说明。', span: '商品页面上已有明确说明' },
        { text: '如果您早点联系我们，就不会出现这种情况。', span: '如果您早点联系我们，就不会' },
        { text: '请您以后收到验证码时看清楚再填写。', span: '请您以后收到验证码时看清楚' },
        { text: '您预订时就应当写明到店时间。', span: '您预订时就应当' },
      ],
      pass: [
        '如果您忘记了密码，可以点击找回。','麻烦您看一下是否收到了邮件？', '看起来付款没有成功。', '您需要重启一下手机。', '是我们弄错了地址，我已经重新发货。', '今后我们会更加注意核对地址。', '您下单时应该收到了一条确认短信。', '我们理解您的心情。'],
    },
  },
];
