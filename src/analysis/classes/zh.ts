import type { ClassTable } from './types.ts';

/**
 * Chinese word classes. Chinese is written without spaces, so members are literal segments (no
 * `*` stems, no word boundaries: the zh pack is unbounded) and constructions join them directly.
 * Filled from how Chinese support agents write (e-commerce, telecom, airline and bank customer
 * service on Weibo and e-mail: the labeled replies in ../shared/corpus/replies.zh.jsonl), synonym
 * dictionaries (同义词词林 style neighbours, reviewed by hand) and the e-mails in corpus/ — never
 * from one example a rule has to pass.
 */
/**
 * An adverb often sits between the agent and what they did ("我已经直接联系了商家", "我已经亲自
 * 跟仓库确认"): a first-person member is also listed with each of these after its aspect word, so a
 * linguist writes "我已经联系" once.
 */
const BETWEEN = ['直接', '主动', '亲自', '第一时间', '专门', '特地', '特意', '也', '刚刚', '今天', '马上', '立即', '另外', '同时', '还'];
function withAdverbs(members: readonly string[]): string[] {
  const out = new Set(members);
  for (const m of members) {
    const first = /^(我们|我)(已经|已|会|将|马上|这就|来)?(.+)$/u.exec(m);
    if (!first) continue;
    const [, subj, aspect = '', rest] = first;
    for (const adv of BETWEEN) if (!rest!.startsWith(adv)) out.add(`${subj}${aspect}${adv}${rest}`);
  }
  return [...out];
}

export const chineseClasses: ClassTable = {
  // ── signals: acknowledgement (src/analysis/signals/acknowledgement/zh.ts) ─────────────────
  // From how Chinese agents recognise a customer's situation ("确实很让人着急", "这种心情我特别理解",
  // "换作是我也会很不舒服"), with near-synonyms of each seed.
  ZH_PERCEIVE: {
    doc: '客服表示理解客户处境的动词：理解、明白、体会、能想象。',
    members: ['理解', '明白', '体会', '体谅', '懂', '能想象', '可以想象', '想象得到', '感同身受', '知道这种感受', '了解您的心情'],
  },
  ZH_ACK_DEGREE: {
    doc: '评价前的程度词："确实很""真的非常"。',
    members: ['很', '挺', '太', '非常', '特别', '十分', '有点', '有些', '比较', '相当', '更', '真', '好', '格外', '实在', '多么'],
  },
  ZH_NEG_EVAL: {
    doc: '客服对客户处境的评价：麻烦、糟心、不舒服、辛苦。',
    members: [
      '麻烦', '糟糕', '不方便', '着急', '闹心', '糟心', '难受', '郁闷', '生气', '失望', '头疼', '心烦', '恼火', '崩溃', '无奈',
      '不舒服', '委屈', '烦', '窝火', '折腾', '不开心', '不愉快', '焦虑', '担心', '辛苦', '不容易', '扫兴', '添堵', '憋屈',
      '闹心', '上火', '揪心', '心急', '费劲', '耽误事', '影响心情', '影响', '不好受', '不是滋味', '让人生气', '气愤', '不安', '为难', '左右为难', '两难', '心累',
    ],
  },
  ZH_FEELING_NOUN: {
    doc: '客户的情绪名词："这种心情""您的感受"。',
    members: ['心情', '感受', '感觉', '心境', '处境', '情绪', '着急', '担心', '不满', '困扰', '焦急', '顾虑', '难处'],
  },
  // ── who speaks ────────────────────────────────────────────────────────────────────────────
  AGENT: {
    doc: 'The agent or their company as the subject of a clause.',
    members: ['我', '我们', '我这边', '我们这边', '这边', '客服', '本店', '我司', '本公司', '小编', '我们平台', '客服这边', '人工', '工作人员', '我们客服',
      // An institution speaking of itself ("我院收费处", "我行", "本中心").
      '我院', '本院', '我行', '本行', '我局', '本局', '我中心', '本中心', '我校', '本校', '我公司', '我部门', '本部门', '我处', '本处', '我店', '本平台'],
  },
  HEDGE: {
    doc: 'Softeners and adverbs that may sit between the subject and an inability.',
    members: ['也', '真的', '实在', '确实', '暂时', '目前', '暂', '还', '都', '就', '是', '恐怕', '非常遗憾地', '很遗憾', '遗憾的是', '这里', '这边'],
  },

  // ── deflection ────────────────────────────────────────────────────────────────────────────
  INABILITY: {
    doc: 'Saying the agent (or anyone) cannot do something, before the action.',
    members: ['无法', '不能', '没办法', '没有办法', '无权', '没有权限', '没权限', '无权限', '不可以', '不可能', '没法', '不予', '不方便', '不好', '做不到', '不再', '不便', '无从'],
  },
  SERVICE_ACTION: {
    doc: 'What a customer asks an agent to do. Looking-up verbs (查询, 查看) are not here: "暂时无法查询" is investigation.',
    members: [
      '退款', '退货', '退换', '退票', '退还', '返还', '更改', '修改', '变更', '取消', '撤销', '补偿', '赔偿', '干预', '解封', '解冻',
      '恢复', '延期', '改签', '补发', '重新开具', '重开', '更换', '调换', '调整', '免除', '减免', '豁免', '受理', '通融', '破例',
      '特殊处理', '额外处理', '人工处理', '人工解封', '帮您处理', '为您处理', '处理', '帮您', '帮助您', '协助您', '协助', '支持退款',
      '退费', '满足您的要求', '满足您的需求', '满足您的诉求', '满足', '答应', '同意您的', '加急', '催促',
      '转账', '报销', '赔付', '理赔', '核销', '开通', '关闭', '注销', '删除', '操作', '办理',
    ],
  },
  OTHER_PARTY: {
    doc: 'Someone other than the agent\'s team whom a customer is sent to, or a decision is handed to.',
    members: [
      '快递公司', '物流公司', '快递', '快递员', '物流', '银行', '发卡行', '发卡银行', '航空公司', '承运航空公司', '承运人', '厂家', '厂商',
      '生产厂家', '品牌方', '商家', '卖家', '第三方', '风控部门', '财务部门', '财务', '技术部门', '相关部门', '其他部门', '总部', '上级',
      '系统', '运营商', '平台方', '供应商', '当地客服', '归属地', '当地营业厅', '营业厅', '购买点', '购买的商家', '支付宝', '微信支付',
      '支付机构', '保险公司', '主办方', '酒店', '售后部门', '售后', '他们', '对方', '别人', '其他人', '门店', '专卖店', '经销商',
      '开户行', '开户银行', '收单行', '收单银行', '卡组织', '保险方', '船公司', '铁路部门', '12306', '出版社', '开发商',
      '物业公司', '地接社', '旅行社', '航司', '出票方', '代理商', '承保公司', '合作方',
    ],
  },
  PUBLIC_BODY: {
    doc: 'Public bodies. That one sets a rule or allocates places ("考试名额由车管所统一分配") is a fact of how things work; sending the customer there on their own ("请您自行联系医保局") is the deflection.',
    members: [
      '医保部门', '医保局', '医保经办机构', '社保局', '社保部门', '社保中心', '税务局', '税务部门', '海关', '交管部门', '车管所',
      '公安机关', '派出所', '民航局', '监管部门', '主管部门', '物价部门', '市场监管局', '街道办', '居委会', '工商部门', '消协',
    ],
  },
  HANDED_TO: {
    doc: 'What the other party is said to do with the matter ("由快递公司负责").',
    members: ['负责', '决定', '处理', '分配', '审核', '作出', '做出', '安排', '掌握', '管理', '确定', '裁定', '判定', '核定', '把控', '说了算', '操作',
      '规定', '制定', '设定', '核算', '审批', '批准', '定价', '结算', '认定', '评估'],
  },
  HANDED_HOW: {
    doc: 'Adverbs that stress the hand-off ("统一", "全权").',
    members: ['统一', '全权', '自行', '直接', '单独', '独立', '全部', '来'],
  },
  NOT_OURS: {
    doc: 'Saying a matter belongs to someone else or is out of the agent\'s power, said whole.',
    members: [
      '不是我的决定', '不是我们的决定', '不是我能决定的', '不是我们能决定的', '不是我能做主的', '不是我们能做主的', '不是我说了算的',
      '不是我们说了算的', '不是我能控制的', '不是我们能控制的', '不归我们管', '不归我管', '不是我们负责的', '不是我负责的',
      '不在我的权限范围内', '不在我的权限范围', '不在我们的权限范围内', '不在我们的权限范围', '不在我们的职责范围', '不在我的职责范围',
      '超出了我的权限', '超出我的权限', '超出了我们的权限', '超出我们的权限', '超出我们的能力范围', '不在我们的控制范围',
      '我们也很无奈', '我们也无可奈何',
      '做不了主', '说了不算', '无权干预', '无法干预', '不归我们处理', '不归我们部门', '不归本部门', '不属于我们部门', '不属于本部门', '我们这边管不了', '这边管不了', '我们管不了', '我管不了',
      '我没有权限', '我们没有权限', '我没有这个权限', '我们没有这个权限', '我没权限',
      '我们只是平台', '我们只是一个平台', '我们只是中间平台', '我们只是中介', '我们只是代售方', '我们只是代理商',
      '与我们无关', '与本店无关', '与我司无关', '与本公司无关', '与平台无关', '和我们无关', '跟我们无关', '跟我们没关系', '和我们没有关系', '与我们没有关系', '跟我们没有关系', '不是我们的责任', '不是我们的问题', '不属于我们的责任', '我们不承担', '不承担任何责任', '不承担责任', '概不负责', '恕不负责', '不予负责', '我们不负责', '本店不负责', '我们不负这个责任',
    ],
  },
  SCOPE: {
    doc: 'The range of what a team is responsible for, for "不在我们的处理范围内" (not 服务范围: a delivery or coverage area is a fact).',
    members: ['处理范围', '受理范围', '职责范围', '权限范围', '管辖范围', '负责范围', '工作范围', '责任范围'],
  },
  CANT_DO: {
    doc: 'A verb with its potential complement of inability ("处理不了", "改不了"): the refusal said in one word.',
    members: [
      '处理不了', '解决不了', '办理不了', '办不了', '退不了', '改不了', '换不了', '修改不了', '取消不了', '撤销不了', '恢复不了',
      '补偿不了', '操作不了', '受理不了', '通融不了', '处理不来', '解决不来', '做不到', '办不到', '退不回', '改不回', '管不了',
      '控制不了', '左右不了', '决定不了', '改变不了', '催不了', '干预不了', '加快不了', '帮不上', '负责不了',
    ],
  },
  POLICY_BARE: {
    doc: 'Rule nouns that mean the company\'s own rule even with no owner named ("按规定…").',
    members: ['规定', '政策', '制度', '规章制度', '相关规定', '有关规定', '硬性规定', '内部规定', '公司规定', '相关政策', '平台规则', '统一规定'],
  },
  POLICY_NOUN: {
    doc: 'A rule a company may hide behind.',
    members: ['规定', '政策', '制度', '规则', '硬性规定', '条款', '流程', '规章', '规章制度', '要求', '管理规定', '统一规定', '平台规则', '相关规定'],
  },
  OUR_RULE: {
    doc: 'Whose rule it is: the company\'s, the store\'s, the platform\'s (a customer\'s own insurance policy, 保单, is not one).',
    members: ['公司', '本公司', '我司', '平台', '店铺', '商家', '本店', '我们', '我们公司', '相关', '财务系统', '系统', '行业', '银行'],
  },
  DUE_TO: {
    doc: 'Phrases that put a rule in front as the reason ("根据公司规定").',
    members: ['根据', '按照', '按', '依据', '依照', '基于', '鉴于', '遵照', '遵循'],
  },
  SYSTEM: {
    doc: '"The system" blamed for a refusal.',
    members: ['系统', '后台', '电脑', '程序', '财务系统', '订单系统'],
  },
  SYSTEM_REFUSES: {
    doc: 'What a system is said not to let anyone do.',
    members: ['不允许', '不让', '不支持', '无法', '不能', '不给', '限制', '规定', '设置就是这样', '就是这样设置的', '自动', '锁定了', '不接受'],
  },
  NO_EXCEPTION: {
    doc: 'Declaring that the rule admits no change.',
    members: ['没有例外', '不能例外', '概无例外', '一律不', '概不退换', '概不退款', '恕不退换', '恕不退款', '恕不接受', '不予退换', '不予退款', '规定就是规定', '没有这样的先例', '没有这个先例', '没有先例', '无法更改', '不可更改', '不能更改', '不可撤销', '不得更改', '一律按规定', '无法为您破例', '不能为您破例', '不能破例', '无法破例', '不能开这个先例', '不能开先例', '不在保修范围内', '不在保修范围', '不属于保修范围', '不在三包范围', '不属于三包范围', '不在理赔范围', '不属于理赔范围', '不在退换范围', '不支持七天无理由', '不支持无理由退货', '不退不换', '未通过审核', '审核未通过', '未能通过审核', '审核不通过', '已被驳回', '被驳回', '已驳回', '不予通过', '不予批准', '不予受理', '申请未通过', '申请没有通过', '申请被拒绝', '申请已被拒绝', '申请已被拒'],
  },
  SEND_AWAY: {
    doc: 'Sending the customer to someone else on their own ("请您自行联系…").',
    members: ['自行联系', '自行咨询', '自行处理', '自行解决', '自己联系', '自己去找', '自己去联系', '自行与', '直接联系', '直接找', '去找', '去联系', '联系一下', '咨询一下', '联系', '咨询', '找', '询问', '得问', '去问', '问问'],
  },
  YOU_MUST: {
    doc: 'An obligation or suggestion put on the customer.',
    members: ['您只能', '你只能', '您需要', '你需要', '您得', '你得', '您必须', '你必须', '您要', '你要', '您可以', '建议您', '请您', '麻烦您', '只能', '需要', '必须', '请'],
  },

  // ── the named exceptions ─────────────────────────────────────────────────────────────────
  ENTITLED: {
    doc: 'What a rule grants the customer, said after it ("按照平台规定，您有权获得赔偿"): a rule cited in their favour is no deflection.',
    members: ['您可以', '你可以', '您有权', '有权获得', '有权要求', '可以获得', '可获得', '可以享受', '可享受', '您将获得', '可以申请', '可申请', '给予您', '为您提供', '免费', '全额退款', '无需支付', '不收取'],
  },
  NO_NEED: {
    doc: 'Telling the customer they need not do something: "您不需要再去联系酒店" is the opposite of sending them there.',
    members: ['不需要', '不用', '不必', '无需', '无须', '用不着', '不需', '免去', '省去', '不要再', '别再'],
  },
  REASON: {
    doc: 'Words that give the reason behind a rule.',
    members: ['因为', '由于', '为了保护', '为了保障', '为了您的', '是为了', '出于安全', '出于隐私', '这样可以', '这样能', '以免', '以防', '否则', '原因是', '是因为',
      // The reason said first and the refusal drawn from it ("房间还要打扫，所以八点入住没办法保证").
      '所以', '因此', '因而', '这样一来', '之所以'],
  },
  ALTERNATIVE: {
    doc: 'What the agent can do instead: a first-person offer or another option.',
    members: withAdverbs(['我可以', '我们可以', '我来', '我会', '我帮您', '我们会为您', '您也可以', '不过', '但我', '但是我', '另外', '作为替代', '改为', '作为补偿', '可以为您', '我已经为您', '我已为您', '我先为您', '我这边可以', '我给您',
      '我已经把', '我已把', '我已经帮您', '我已帮您', '可以获得', '可获得', '可以享受', '可享受', '可以免费', '可免费',
      // What the agent has already set in motion on the order ("我已经在订单上备注了…").
      '我已经在', '我已在', '我已经备注', '我已备注', '我已经安排', '我已安排', '我已经申请', '我已申请', '我已经登记', '我已登记',
      '我已经预留', '我已预留', '我已经提交', '我已提交', '我已经给您', '我已给您', '我已经替您', '我已替您',
      // "我能为您做的是…": the offer said with 能 rather than 可以.
      '我能为您做的是', '我们能为您做的是', '我能做的是', '我们能做的是', '我能为您办理', '我能为您申请', '我能帮您办理', '我能帮您申请', '我能为您安排', '我能帮您安排']),
  },
  HANDOFF_DONE: {
    doc: 'The agent doing the hand-off for the customer, or giving the exact route to the other party.',
    members: withAdverbs([
      '我已经帮您联系', '我已帮您联系', '我已经联系', '我已联系', '我已经转交', '我已转交', '我已经反馈给', '我已反馈给', '我来联系',
      '我帮您联系', '我会联系', '我马上联系', '我们已联系', '我们已经联系', '我已经为您', '我已为您', '我已经帮您', '我已帮您', '我来帮您',
      '我这就', '我将为您', '我会为您', '电话是', '电话为', '电话号码是', '电话号码为', '客服电话', '热线', '联系方式是', '联系方式为', 'http', '我已经把', '我已把', '已为您', '已帮您',
      '我去问', '我帮您问', '我来问', '我问一下', '我去联系', '我去找', '我帮您找', '我已经跟', '我已跟', '我已和', '我已经和',
    ]),
  },

  // ── apology ───────────────────────────────────────────────────────────────────────────────
  MISHAP_NOUN: {
    doc: 'What a vague apology is "for": a mishap named by no specific event. An apology whose object holds one of these and nothing specific is generic.',
    members: ['不便', '困扰', '麻烦', '不愉快', '不好的体验', '影响', '不适', '不周', '添麻烦', '不快', '困难', '不好的感受', '不好的购物体验', '购物体验', '失误', '疏忽', '疏漏', '差错', '故障', '系统故障', '此次事件', '事件', '出现的问题', '失望', '不愉快的经历', '损失', '不顺', '周折', '折腾', '糟糕的体验', '不佳的体验', '不良体验'],
  },
  REPLY_DELAY: {
    doc: 'The agent\'s own slow reply as what an apology is for ("让您久等了", "回复晚了"): it names nothing about the customer\'s case.',
    members: [
      '久等', '让您久等', '让您等待', '让您等候', '让您等了这么久', '让您等这么久', '回复晚了', '回复得晚了', '回复迟了', '回复不及时',
      '没有及时回复', '未能及时回复', '没能及时回复', '迟复', '晚回复', '这么晚才回复', '这么晚回复', '回复慢了', '回复较慢',
      '耽误您的时间', '耽误了您的时间', '耽误您的宝贵时间', '占用您的时间', '等待', '等候',
    ],
  },

  FEELING: {
    doc: 'An apology\'s object that is the customer\'s feeling, impression or a misunderstanding rather than what happened (makes it a non-apology).',
    members: ['感知', '感受', '心情', '情绪', '让您感到', '令您感到', '使您感到', '让您觉得', '令您觉得', '您觉得', '您感到', '您认为', '您这么认为', '您这样认为', '您这么想', '误会', '误解', '困惑', '有这样的感受', '有这种感觉', '不满意的地方',
      '如有冒犯', '若有冒犯', '有所冒犯', '冒犯之处', '如有得罪', '得罪之处', '您不满意', '让您不满', '令您不满', '您的不满', '不满情绪', '对我们的服务不满', '没有达到您的期望', '未能达到您的期望', '没有达到您的预期', '未达到您的预期', '未能达到您的预期', '不符合您的期望', '没能让您满意', '未能让您满意', '没有让您满意', '有什么地方做得不好', '做得不好的地方', '如有不周', '不周之处', '不到之处', '如有不到', '照顾不周'],
  },

  // ── blame ─────────────────────────────────────────────────────────────────────────────────
  SAID_BEFORE: {
    doc: 'Verbs of having already told the customer ("说过", "解释过").',
    members: ['说过', '讲过', '解释过', '说明过', '强调过', '告知过', '提醒过', '告诉过', '回复过', '答复过', '通知过', '提到过', '写过', '说得很清楚', '讲得很清楚'],
  },
  EARLIER: {
    doc: 'When it was said before.',
    members: ['已经', '之前', '刚才', '早就', '上次', '前面', '上封邮件', '上封邮件里', '上一封邮件', '上一封邮件里', '上次邮件', '上次邮件里', '之前的邮件', '之前的邮件里', '多次', '反复', '不止一次'],
  },
  YOU_ERRED: {
    doc: 'What the customer is said to have done wrong.',
    members: ['操作错', '弄错', '搞错', '输错', '看错', '填错', '选错', '复制错', '点错', '写错', '误操作', '没看', '没注意', '忘记', '忘了', '没有仔细看', '没仔细看', '没有按照', '没按照', '没有认真', '没认真', '操作失误', '操作不当', '使用不当', '人为损坏', '保管不当', '没有看清楚', '没看清楚', '没看清', '没有及时', '没及时', '未及时', '未按要求', '没有按要求', '没按要求', '未按照', '超过了', '逾期', '错过了', '没有备注', '未备注', '没有仔细核对', '操作有误', '填写有误', '填写错误', '输入错误', '选择错误', '个人原因', '疏忽'],
  },
  YOU_GUESS: {
    doc: 'A guess pinned on the customer ("应该是您", "肯定是您").',
    members: ['肯定是', '一定是', '显然是', '应该是', '估计是', '多半是', '明显是', '肯定', '一定', '显然'],
  },
  SHOULD_HAVE: {
    doc: 'Telling the customer what they ought to have done.',
    members: ['应该', '本应', '早该', '当初就应该', '应当', '本该', '早就应该', '理应'],
  },
  CHECK_VERB: {
    doc: 'What the customer "should have" done: read, check, look.',
    members: ['看清楚', '仔细阅读', '仔细看', '仔细核对', '核对', '注意', '看一下说明', '认真阅读', '认真看', '确认好', '看好', '查看清楚', '仔细确认'],
  },
  CALM_DOWN: {
    doc: 'Telling an upset customer to calm down.',
    members: ['冷静一下', '冷静点', '冷静一点', '请冷静', '您冷静', '你冷静', '别激动', '不要激动', '您别激动', '别生气了', '不要大吵大闹', '别嚷嚷', '不要无理取闹', '别无理取闹', '不要情绪化'],
  },
  TERMS_DOC: {
    doc: 'The page or terms quoted at the customer.',
    members: ['条款', '协议', '规则', '说明', '公告', '页面', '商品页面', '详情页', '活动规则', '购买须知', '用户协议', '服务协议', '合同'],
  },
  WRITTEN_CLEARLY: {
    doc: '"It says so clearly", pointed at the customer.',
    members: ['写得很清楚', '写得清清楚楚', '写得非常清楚', '写明了', '写明', '明确规定', '标注得很清楚', '标得很清楚', '注明了', '已经注明', '说得很清楚', '已有明确说明', '已明确说明', '已经明确说明', '有明确的说明', '已经写明', '写得很明白', '写得明明白白'],
  },

  // ── hype ──────────────────────────────────────────────────────────────────────────────────
  HYPE_PHRASE: {
    doc: 'Sales pressure said whole: urgency, fear of missing out, superlatives no support agent can promise.',
    members: [
      '手慢无', '千载难逢', '机不可失', '不容错过', '千万不要错过', '千万别错过', '不要错过', '别错过', '错过再等一年', '错过就没有了',
      '机会难得', '先到先得', '数量有限', '名额有限', '仅此一次', '一生仅此一次', '全网最低价', '全网最低', '史上最低', '史上最划算',
      '史上最便宜', '史上最优惠', '史上最强', '超级优惠', '超级划算', '超级实惠', '零风险', '无风险', '百分百满意', '百分之百满意',
      '保证满意', '包您满意', '包你满意', '满意保证', '保证效果', '做自己的老板', '当自己的老板', '收入翻倍', '躺着赚钱', '稳赚不赔',
      '双倍优惠', '买到就是赚到', '闭眼入', '赶快下单', '赶紧下单', '立即抢购', '马上抢购', '速来抢购', '即刻行动', '立即行动',
      '世界第一', '全球第一', '全国第一', '行业第一', '业界第一', '行业领先', '全球领先', '世界一流',
      '心动不如行动', '再等一年', '抓紧时间', '抓紧抢购', '抓紧下单', '赶快抢购', '仅剩最后', '最后几件', '即将售罄', '爆款', '直降', '超值好礼', '等你来拿', '立享', '您的最佳选择', '不二之选', '性价比之王', '销量第一', '销量冠军', '好评如潮', '错过不再', '过时不候', '抢完即止', '售完即止',
    ],
  },
  LIMITED: {
    doc: 'A deadline or scarcity put on the customer ("限时", "仅限今天").',
    members: ['限时', '仅限今天', '仅限今日', '仅限本周', '仅限今晚', '只限今天', '只限今日', '今天截止', '今晚截止', '最后一天', '最后机会', '倒计时'],
  },
  DEAL_NOUN: {
    doc: 'What hype sells.',
    members: ['抢购', '优惠', '特惠', '特价', '折扣', '秒杀', '免费', '活动', '福利', '专享', '发售', '首发', '提供', '价'],
  },
  EXCLUSIVE: {
    doc: 'Exclusivity claimed to flatter ("独家", "专属").',
    members: ['独家', '专属于', '尊享', '限量'],
  },
  TOTAL: {
    doc: 'Totalising intensifiers before "free" or "satisfied".',
    members: ['100%', '100 %', '百分百', '百分之百', '完全', '绝对', '全部', '统统'],
  },
  HYPE_OBJECT: {
    doc: 'What a totalising intensifier inflates.',
    members: ['免费', '满意', '有效', '保证', '正品保证', '无效退款', '物超所值', '超值'],
  },

  // ── jargon ────────────────────────────────────────────────────────────────────────────────
  CANNED: {
    doc: 'Official formulas and corporate words that put distance between agent and customer.',
    members: [
      '一如既往', '敬请关注', '敬请期待', '敬请留意', '高效合作', '合作共赢', '互利共赢', '双赢', '赋能', '抓手', '闭环', '打通壁垒', '颗粒度',
      '全链路', '全方位的服务', '全方位服务', '特此通知', '特此告知', '特此说明', '请知悉', '敬请知悉', '努力争取', '以客户为中心',
      '本着客户为中心', '诉求已收悉', '已收悉', '高度重视', '给您一个满意的答复', '给您满意的答复', '积极处理中',
      '正在积极处理', '感谢您的理解与支持', '感谢您的理解和支持', '感谢您的支持与理解', '宝贵意见', '宝贵建议', '宝贵的意见', '宝贵的建议',
      '小编已收到', '已收到您的反馈', '记录在案', '特此回复', '特此答复', '特此函告', '特此函复',
    ],
  },
  YOUR_VOICE: {
    doc: 'What a canned "… 对我们很重要" says matters.',
    members: ['您的意见', '您的反馈', '您的来电', '您的来信', '您的建议', '您的满意', '您的声音', '您的满意度', '每一位客户', '每位客户', '客户的满意', '您的体验', '您的支持'],
  },
  ROUTED: {
    doc: 'Verbs of the canned hand-off ("反馈至相关部门").',
    members: ['协调', '反馈至', '反馈给', '反馈到', '转交', '转交给', '转交至', '提交', '提交给', '提交至', '升级至', '升级到', '上报', '上报至', '转至', '流转至'],
  },
  RELEVANT_UNIT: {
    doc: 'The faceless "relevant department" of the canned hand-off.',
    members: ['相关部门', '相关负责部门', '相关人员', '相关工作人员', '专属部门', '专业部门', '对应部门', '有关部门', '相关专员', '后台人员'],
  },
  IMPROVE: {
    doc: 'Promises to "keep improving" that say nothing about this case.',
    members: ['完善', '改进', '改善', '加强', '提升', '提高', '优化', '推出', '开拓', '努力'],
  },
};
