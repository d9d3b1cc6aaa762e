import type { Rule } from '../types.ts';

/**
 * Chinese policy deflections as constructions over the word classes in src/analysis/classes/zh.ts.
 * Members are literal segments joined without spaces. A rule explained with its reason and an
 * alternative, a hand-off the agent does, a condition or a question are fine (shared conditions).
 */
const STANDARD_EXCEPTIONS = ['reason-and-alternative', 'agent-offers', 'hypothetical', 'question'] as const;
/** A rule cited in the customer's favour is no deflection (only the rule-citing constructions). */
const RULE_EXCEPTIONS = [...STANDARD_EXCEPTIONS, 'customer-benefit'] as const;

/** A desk or team of the agent's own institution, after 我院 / 我行 ("收费处", "信用卡中心"). */
const DESK = '(?:[\\p{Script=Han}]{1,4}?(?:处|科|室|中心|部门|部|组|团队))?';

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
    kind: 'construction',
    message: '"这是公司的政策" hides behind a rule without the reason or what you can do instead.',
    suggestions: [
      { text: '[原因]，所以[我能为您做的]', note: 'Give the reason and an alternative.' },
      { text: '因为[原因]我无法[X]，但我可以[替代方案]' },
    ],
    patterns: [
      '(?:这|那|这个)(?:是|就是|属于)(?:{OUR_RULE})?的?{POLICY_NOUN}(?!性)',
      '{OUR_RULE}的?{POLICY_NOUN}(?:就是这样的?|是这样的?|如此|不允许|不支持|不让)',
      '{DUE_TO}(?:{OUR_RULE})的?{POLICY_NOUN}',
      // A rule with no owner named is a deflection when the sentence goes on to refuse.
      '(?<![您你])(?:{DUE_TO}){POLICY_BARE}(?=[，,]?[^。！？!?；;]{0,24}?(?:{INABILITY}|{CANT_DO}))',
      // "我们只能按规定执行", "我们也是按流程办事": the rule held up as the whole answer.
      '(?:{AGENT})?(?:也|都)?(?:只能|也只能|只好|必须|也是|都是|一律)(?:{DUE_TO})(?:{POLICY_BARE}|流程|规则|程序|制度)(?:来)?(?:执行|办事|处理|办理|走|来)',
      // "按流程只能这样处理": the rule first, then the only way.
      '(?:{DUE_TO})(?:{POLICY_BARE}|流程|规则|程序|制度)(?:也|都|就)?只能(?:这样|如此|这么)?(?:处理|办理|执行|办)',
    ],
    except: [...RULE_EXCEPTIONS],
    examples: {
      flag: [
        { text: '工作人员也只能依照内部规定执行。', span: '工作人员也只能依照内部规定执行' },
        { text: '我们一律遵循有关规定处理。', span: '我们一律遵循有关规定处理' },
        { text: '这是公司的政策。', span: '这是公司的政策' },
        { text: '根据公司规定，已拆封商品不能退货。', span: '根据公司规定' },
        { text: '抱歉，公司规定就是这样的。', span: '公司规定就是这样的' },
        { text: '按照平台规则，我们不能修改地址。', span: '按照平台规则' },
        // Paraphrases.
        { text: '这是财务系统的硬性规定。', span: '这是财务系统的硬性规定' },
        { text: '依照本店制度，定制商品不退。', span: '依照本店制度' },
        { text: '银行的流程不允许加急。', span: '银行的流程不允许' },
        // The rule with no owner named.
        { text: '遵照相关规定，超过七天的订单不能退。', span: '遵照相关规定' },
        { text: '按规定，超过七天的订单是退不了的。', span: '按规定' },
        { text: '依据规章制度，赠品不予兑换现金。', span: '依据规章制度' },
        { text: '按程序也只能这么办。', span: '按程序也只能这么办' },
        { text: '基于相关政策也只能这样办理。', span: '基于相关政策也只能这样办理' },
      ],
      pass: ['您的保险保单已经续保成功。', '退款会原路返回，因为这样可以保障资金安全；我可以今天先为您发放一张代金券。', '隐私政策请见官网说明页面。', '您的保单号是TY-228170。', '按照规定，退款会在3个工作日内原路退回。', '按照平台规定，延迟发货可以获得10元补偿，我已经把补偿券发到您的账户。', '按照公司规定，您有权要求全额退款。'],
    },
  },
  {
    ...common,
    id: 'zh.policy.cannot',
    kind: 'construction',
    message: 'Saying you cannot do it, with no reason and nothing offered instead, is a flat refusal.',
    suggestions: [{ text: '因为[原因]我无法[X]，我能为您做的是[替代方案]', note: 'Give the reason and what is possible.' }],
    patterns: [
      // The agent may name their own desk after the institution ("我院收费处无权调整").
      `{AGENT}${DESK}(?:{HEDGE}){0,2}{INABILITY}(?:为您|给您|帮您|再)?{SERVICE_ACTION}`,
      '{SERVICE_ACTION}(?:的话)?(?:{AGENT})?(?:{HEDGE}){0,2}(?:是)?(?:做不到|办不到|不行|不可以|没办法)',
      '{AGENT}(?:{HEDGE}){0,2}(?:是)?{CANT_DO}',
      // "我们客服没有权限查看": no authority even to look.
      '{AGENT}(?:{HEDGE}){0,2}(?:没有权限|没权限|无权|无权限)(?:查看|查询|看到|访问|调取)',
      // "这个没办法改": the thing itself declared unchangeable by the agent.
      '(?:这个|这|那个)(?:{HEDGE}){0,2}(?:没办法|没法|无法)(?:再)?(?:改|换|退|{SERVICE_ACTION})',
      // "我们这边查不到相关信息": nothing to tell, nothing offered.
      '{AGENT}(?:{HEDGE}){0,2}(?:查不到|看不到|没有|无法提供|无法获取|不掌握)(?:相关|具体|更多|这方面的|该|此类)(?:信息|资料|数据|情况)',
    ],
    except: [...STANDARD_EXCEPTIONS],
    examples: {
      flag: [
        { text: '我们无法为您退款。', span: '我们无法为您退款' },
        { text: '这边也帮不了您，我们不能再更改了。', span: '我们不能再更改' },
        // Paraphrases.
        { text: '客服暂时无权解冻账户。', span: '客服暂时无权解冻' },
        { text: '本店不予退换。', span: '本店不予退换' },
        { text: '改签的话我们确实做不到。', span: '改签的话我们确实做不到' },
        { text: '取消的话客服这边是做不到的。', span: '取消的话客服这边是做不到' },
        { text: '我没有权限修改订单。', span: '我没有权限修改' },
        { text: '这个我们客服是处理不了的。', span: '我们客服是处理不了' },
        { text: '人工无法办理，请以系统为准。', span: '人工无法办理' },
        { text: '工作人员也撤销不了这笔订单。', span: '工作人员也撤销不了' },
        { text: '这个我们也控制不了。', span: '我们也控制不了' },
        { text: '我院没有权限查看。', span: '我院没有权限查看' },
        { text: '这个没办法改。', span: '这个没办法改' },
        { text: '这个真的没法加急。', span: '这个真的没法加急' },
        { text: '很遗憾，我司查不到相关信息。', span: '我司查不到相关信息' },
        { text: '很遗憾，我们无法满足您的要求。', span: '我们无法满足您的要求' },
        { text: '本行信用卡中心无法减免这笔年费。', span: '本行信用卡中心无法减免' },
      ],
      pass: ['我暂时无法查询到您的订单，请提供一下订单号。', '我们无法为您退款到其他卡，因为资金只能原路返回；不过我可以为您申请一张等额代金券。', '如果无法退款，我会第一时间告诉您。'],
    },
  },
  {
    ...common,
    id: 'zh.policy.not-my-call',
    kind: 'construction',
    message: 'Saying it is not your decision, or that someone else handles it, passes the problem back to the customer.',
    suggestions: [{ text: '这个我无法直接修改，我已经联系了[部门]，会在[时间]前答复您', note: 'Own the next step.' }],
    patterns: [
      '(?:这|那)?(?:个)?{NOT_OURS}',
      '由{OTHER_PARTY}(?:{HANDED_HOW})?{HANDED_TO}',
      '(?:是|要看|取决于|得看|全看){OTHER_PARTY}(?:那边|方面)?(?:决定|说了算|处理|审核)',
      '(?:要看|取决于|得看|全看){OTHER_PARTY}(?:那边|方面)?(?:怎么|如何|是否)(?:决定|处理|审核|安排|判定)',
      '(?:是|归){OTHER_PARTY}(?:那边|方面)?(?:负责|管理|掌握|把控|裁定|判定|定|制定|决定|规定|说了算)的',
      // "这属于银行的处理范围", "超出了我们的处理权限".
      '(?:属于|是|归){OTHER_PARTY}(?:那边|方面)?的?{SCOPE}',
      '超出(?:了)?(?:{AGENT})?的?(?:处理)?(?:权限|能力范围|{SCOPE})',
      '不(?:在|属于)(?:{AGENT})?的?{SCOPE}',
      // "这属于快递公司的责任": the matter declared someone else's. ("到账时间以银行为准" is a plain
      // fact in Chinese support replies, not a hand-off, so it is left alone.)
      '(?:属于|是){OTHER_PARTY}(?:那边|方面)?的(?:责任|问题|事情|事)',
    ],
    except: ['reason-and-alternative', 'agent-hands-off', 'agent-offers', 'hypothetical', 'question'],
    examples: {
      flag: [
        { text: '这是品牌方的问题。', span: '是品牌方的问题' },
        { text: '这不是我的决定。', span: '这不是我的决定' },
        { text: '这个不归我们管。', span: '这个不归我们管' },
        { text: '这个我没有这个权限。', span: '这个我没有这个权限' },
        { text: '该航线的座位由承运航空公司统一分配，我们无权干预。', span: '由承运航空公司统一分配' },
        // Paraphrases.
        { text: '滞纳金不在我的权限范围内。', span: '不在我的权限范围内' },
        { text: '该决定由风控部门作出。', span: '由风控部门作出' },
        { text: '到账时间要看发卡行处理。', span: '要看发卡行处理' },
        { text: '我们只是一个平台，能不能退要看卖家如何决定。', span: '我们只是一个平台' },
        { text: '退款审核是财务部门负责的，我们看不到进度。', span: '是财务部门负责的' },
        { text: '这个不在我们的处理范围内。', span: '不在我们的处理范围' },
        { text: '发票问题不属于客服的受理范围。', span: '不属于客服的受理范围' },
        { text: '赔多少全看保险公司怎么判定。', span: '全看保险公司怎么判定' },
        { text: '赔偿标准是保险公司定的。', span: '是保险公司定的' },
        { text: '这属于开户行的管辖范围。', span: '属于开户行的管辖范围' },
        { text: '这个超出了我们的处理权限。', span: '超出了我们的处理权限' },
        { text: '这已超出本店的责任范围。', span: '超出本店的责任范围' },
      ],
      pass: [
        '考试名额由车管所按报名顺序分配，您现在排在第 12 位，预计下周可以约上。',
        '具体到账时间以银行为准，一般为三到五个工作日。','这是我的决定，退款已经批准了。', '我已经为您开通了权限。', '配送由快递公司负责，我已经帮您联系了他们，明天给您回复。', '您的小区不在我们的服务范围内，我已经帮您转给了合作的同城快递，明天上午送到。'],
    },
  },
  {
    ...common,
    id: 'zh.policy.nothing-to-do',
    kind: 'construction',
    message: '"我们也没有办法" ends the conversation without a way forward.',
    suggestions: [{ text: '我能为您做的是[替代方案]', note: 'Say what is possible.' }],
    patterns: [
      '{AGENT}(?:{HEDGE}){0,2}(?:没有|没)(?:什么|任何|别的)?(?:办法|法子)(?:了)?',
      '{AGENT}(?:{HEDGE}){0,2}(?:帮不了|无法帮助|没法帮|帮不上忙|帮不上)(?:您|你)?',
      '{AGENT}(?:{HEDGE})?(?:没有|没)什么可以(?:做|帮)的',
      '{AGENT}(?:{HEDGE})?{INABILITY}(?:再)?(?:为您)?做(?:任何|更多)',
      '(?:{AGENT})?(?:{HEDGE}){0,2}(?:无能为力|爱莫能助|无可奈何)',
    ],
    except: [...STANDARD_EXCEPTIONS],
    examples: {
      flag: [
        { text: '我们也没有办法。', span: '我们也没有办法' },
        { text: '这件事我们也无能为力。', span: '我们也无能为力' },
        { text: '我帮不了你。', span: '我帮不了你' },
        // Paraphrases.
        { text: '这边实在帮不上忙。', span: '这边实在帮不上忙' },
        { text: '客服确实没什么可以做的。', span: '客服确实没什么可以做的' },
        { text: '我司无法再为您做更多。', span: '我司无法再为您做更多' },
        { text: '小编也没什么办法了。', span: '小编也没什么办法了' },
        { text: '这个真的爱莫能助。', span: '真的爱莫能助' },
        { text: '对此本店也无能为力。', span: '本店也无能为力' },
      ],
      pass: ['还有什么可以帮您的吗？', '您不需要做任何操作，退款已经在路上了。'],
    },
  },
  {
    ...common,
    id: 'zh.policy.system-says-no',
    kind: 'construction',
    message: 'Blaming "the system" hides who decided and what can be done.',
    suggestions: [{ text: '系统里我无法[X]，但我可以[替代方案]', note: 'Own it and offer what is possible.' }],
    patterns: ['{SYSTEM}(?:{HEDGE})?(?:不允许|不让|不支持人工|规定|设置就是这样|就是这样设置的|不接受|锁定了|限制了|设定如此|设置如此|默认如此|就是这么设定的|就是这样设定的)'],
    except: [...STANDARD_EXCEPTIONS],
    examples: {
      flag: [
        { text: '系统不允许这样操作。', span: '系统不允许' },
        // Paraphrases.
        { text: '后台就是这样设置的。', span: '后台就是这样设置的' },
        { text: '程序不支持人工解封。', span: '程序不支持人工' },
        { text: '后台暂时锁定了。', span: '后台暂时锁定了' },
        { text: '电脑设定如此，我们也没法操作。', span: '电脑设定如此' },
      ],
      pass: ['应用暂时不支持深色模式，我已经记录您的建议，上线后通知您。', '系统已经为您恢复了订单。'],
    },
  },
  {
    ...common,
    id: 'zh.policy.unchangeable',
    kind: 'construction',
    message: 'Declaring that something cannot be changed, with no reason or way forward, closes the door on the customer.',
    suggestions: [{ text: '[X]无法更改，因为[原因]；我能为您做的是[替代方案]' }],
    patterns: [
      '{NO_EXCEPTION}',
      // "已使用的天数不予退费": the refusal with no one deciding.
      '(?<![如若])不予(?:{SERVICE_ACTION})',
      '(?:一经|一旦)(?:售出|开具|出票|提交|确认|支付|使用|下单|生效|发货|签收|激活)(?:，|,)?(?:就|后|便)?(?:概不|不予|无法|不能|不可)',
      '(?:任何人|谁)(?:都|也)(?:{CANT_DO}|无法更改|无法修改|不能更改)',
    ],
    except: [...STANDARD_EXCEPTIONS],
    examples: {
      flag: [
        { text: '发票一经开具无法更改。', span: '一经开具无法' },
        { text: '规定就是规定，没有例外。', span: '规定就是规定' },
        // Paraphrases.
        { text: '特价商品恕不退换。', span: '恕不退换' },
        { text: '门票一经售出，不予退换。', span: '一经售出，不予' },
        { text: '以前从来没有这样的先例。', span: '没有这样的先例' },
        { text: '订单一旦提交就无法修改。', span: '一旦提交就无法' },
        { text: '这是平台统一的规则，任何人都改不了。', span: '任何人都改不了' },
        { text: '规则适用于所有用户，无法为您破例。', span: '无法为您破例' },
        { text: '已使用的天数不予退费。', span: '不予退费' },
        { text: '您的申请未通过。', span: '申请未通过' },
        // "我能为您做的不多" offers nothing: the door stays closed.
        { text: '我能为您做的不多，订单一旦提交就无法修改。', span: '一旦提交就无法' },
      ],
      pass: ['地址还可以修改，我已经帮您改好了。', '订单无法更改是因为已经出库，不过我可以在您收货后马上为您办理退货。',
        // The limit said with what the agent can do instead (a rewrite of this rule, applied).
        '机票出票后不能更改，因为航司已经确认了乘机人；我能为您做的是申请退票后按新名字重新出票。', '订单提交后不能更改；我能为您办理取消后重新下单。'],
    },
  },
  {
    ...common,
    id: 'zh.policy.go-elsewhere',
    kind: 'construction',
    message: 'Sending the customer elsewhere with no help makes them start over.',
    suggestions: [{ text: '我已经把您的情况转给[部门]，他们会在[时间]前联系您', note: 'Do the hand-off for them.' }],
    patterns: [
      '(?:{YOU_MUST})?(?:自己)?(?:去|到)?{SEND_AWAY}(?:一下)?(?:您的|你的)?(?:{OTHER_PARTY}|{PUBLIC_BODY})',
      '这(?:个)?(?:问题)?(?:您|你)?(?:得|要|需要)?(?:去)?找(?:他们|别人|其他人)',
      // "这个需要您自己跟商家沟通": the customer left to sort it out with the other party.
      '(?:{YOU_MUST}|自己|自行)(?:自己|自行)?(?:去)?(?:跟|和|与|同){OTHER_PARTY}(?:那边)?(?:沟通|协商|联系|确认|交涉|反映)',
      // "请您自行前往医保经办机构咨询": the customer sent off on their own, wherever to.
      '(?:{YOU_MUST})?(?:自己|自行)(?:前往|去|到)[^，。！？,!?；;]{1,12}?(?:咨询|办理|处理|反映|申诉|申请|交涉|解决|投诉|查询)',
    ],
    except: ['agent-hands-off', 'reason-and-alternative', 'hypothetical', 'question', 'no-need'],
    examples: {
      flag: [
        { text: '您必须自己跟供应商协商。', span: '您必须自己跟供应商协商' },
        { text: '你需要自行与生产厂家沟通。', span: '你需要自行与生产厂家沟通' },
        { text: '您好,您的号码是江西的,建议您联系一下当地客服。', span: '建议您联系一下当地客服' },
        { text: '建议您可以在购买的时候咨询一下购买点的。', span: '咨询一下购买点' },
        { text: '这个问题您得去找厂家。', span: '您得去找厂家' },
        // Paraphrases.
        { text: '这个问题请您自行联系快递公司处理。', span: '请您自行联系快递公司' },
        { text: '您只能直接找发卡行。', span: '您只能直接找发卡行' },
        { text: '有疑问的话麻烦您自行到车管所办理。', span: '麻烦您自行到车管所办理' },
        { text: '异议请咨询医保局。', span: '请咨询医保局' },
        { text: '此类问题请询问您的收单行。', span: '请询问您的收单行' },
      ],
      pass: ['您不需要自己再去联系酒店，钱已经退回了。', '您需要联系银行解除冻结，我已经为您准备好证明材料，今天发到您的邮箱。', '请私信联系我们，谢谢！', '我已经联系商家重做一份，20分钟内出餐。'],
    },
  },
];
