import type { SignalConstruction } from '../construction.ts';

/**
 * Chinese acknowledgement: the agent recognises the customer's feeling or situation in words.
 * Constructions over the classes in classes/zh.ts ("signals: acknowledgement" block), matched on
 * the text without word boundaries.
 */
export const chineseAcknowledgement: readonly SignalConstruction[] = [
  {
    doc: '我/我们 + 理解/体会 (+ 您的心情)：客服设身处地。',
    pattern: '(?:非常|完全|很|能够?|可以|特别|十分|真的)?理解(?:您|你)(?:的)?(?:{ZH_FEELING_NOUN})?|(?:我|我们)(?:都)?(?:能|可以|非常|完全|特别|十分|真的|很|也){0,2}(?:{ZH_PERCEIVE})|(?:这个|这种|这样的|您的|你的|您这种|这份)(?:{ZH_FEELING_NOUN})(?:，)?(?:我|我们)?(?:都)?(?:非常|完全|特别|十分|很|真的|也){0,2}(?:{ZH_PERCEIVE})',
    examples: {
      hit: ['这种感觉我特别理解，先别急着放弃。', '老人想尽快躺下歇一歇，这个心情很理解。', '我们非常理解您的心情。', '我能体会您现在的处境。'],
      pass: ['请理解我们的规定。', '这个情况需要您理解一下我们的流程。'],
    },
  },
  {
    doc: '确实/一定 + (很) + 着急/麻烦…；让人/令人 + 失望…：客服评价客户的处境。',
    pattern: '(?:确实|真的|实在|一定|肯定|难免|的确|当然|换谁都|谁都|本来就)(?:会|是)?(?:觉得|感到|感觉)?(?:{ZH_ACK_DEGREE}){0,2}(?:让人|令人|让您|叫人)?(?:{ZH_NEG_EVAL})|(?:让人|令人|叫人)(?:{ZH_ACK_DEGREE})?(?:{ZH_NEG_EVAL})|(?:换作|换做|换成|如果是|要是|换了)(?:是)?(?:我|谁|任何人|别人)(?:都|也)',
    examples: {
      hit: ['带两岁的宝宝赶早班机确实辛苦。', '这种情况确实很让人着急。', '换作是我也会很不舒服。', '这实在令人失望。', '出差回来还要交超时费，换谁都会觉得憋屈。'],
      pass: ['确实可以退款，请提交申请。'],
    },
  },
  {
    doc: '认同与共情的惯用说法：您说得对、辛苦您了、说不过去、不应该。',
    pattern: '您说得(?:也)?(?:是|对|很对|有道理|非常有道理)|让您久等了|辛苦(?:您)?了|唉|也是[.。…]|说不过去|(?:确实|真的|实在)不应该|失去耐心|不应该(?:让您|发生)|(?:任何人|谁)都不(?:希望|想|愿意)',
    examples: {
      hit: ['您说得对，这个流程太繁琐了。', '这种事确实不应该发生。', '谁都不希望假期第一天就遇到这种事。', '您又要照顾母亲又要跑理赔，辛苦了。'],
      pass: ['您说明一下订单号即可。'],
    },
  },
];
