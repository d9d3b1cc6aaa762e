import type { Rule } from '../types.ts';

export const hypeRules: Rule[] = [
  {
    id: 'en.hype.pressure',
    kind: 'phrase',
    lang: 'en',
    category: 'hype',
    severity: 'hint',
    message: 'Sales pressure and superlatives read as marketing, not help.',
    why: 'A customer with a problem hears an advert; plain facts are more believable.',
    suggestions: [
      { text: '[the plain fact: what it costs and when it ends]', note: 'State the fact plainly.' },
    ],
    patterns: [
      '(?:100 ?%|totally|absolutely|completely|entirely) free',
      'free(?: [\\p{L}]+)?!{2,}',
      '(?:today|tonight|this week(?:end)?) only',
      'save big',
      'huge savings',
      'last chance',
      'best price guaranteed',
      'act (?:now|fast|today|quickly)',
      "(?:hurry|don't wait|do not wait|don't delay)(?: up)?!*",
      'limited[- ]time(?: only| offer| deal)',
      "(?:amazing|incredible|unbelievable|unbeatable|insane|awesome|great|fantastic|crazy|massive|exclusive|special|best|hottest) (?:#?\\w+ )?(?:deals?|offers?|prices?|bargains?|discounts?|savings)",
      '(?:guaranteed|unconditional) satisfaction|satisfaction guaranteed|guaranteed results|results guaranteed',
      '(?:exclusive|special|secret) (?:offer|deal|access|invitation)',
      'be your own boss',
      '(?:double|triple) your (?:income|money|earnings|sales|profits?)',
      'risk[- ]free',
      '(?:(?:some of )?the )?best (?:\\w+ )?in the (?:world|universe|market|industry|business|country|galaxy|land|town)',
      'second to none',
      '(?:unbeatable|unrivall?ed|unmatched|unparalleled) (?:quality|service|value|prices?|experience)',
      '(?:the )?(?:absolute )?best (?:deal|offer|value|price) (?:ever|around|anywhere|in town)',
      'world[- ]class',
      'once[- ]in[- ]a[- ]lifetime',
      "(?:don't|do not) miss (?:out|this|it)",
      '(?:buy|order|call|click|sign up|subscribe|register|upgrade) (?:now|today)!+',
      '(?:buy|order|sign up|upgrade) now',
      'while (?:stocks|supplies) last',
      'no strings attached',
      'lowest prices? (?:ever|guaranteed|anywhere)',
      "you won't believe",
      'instant (?:access|results|approval)',
      '(?:earn|make) (?:extra )?(?:cash|money) (?:fast|quickly|from home)',
    ],
    unless: (ctx, match) => {
      const phrase = ctx.lower.slice(match.start, match.end);
      // "Don't wait on hold", "don't miss out on the update notes" read as service, not pressure.
      // "This limited-time offer ended on 11/02" is a fact about the past, not pressure.
      if (/^limited/.test(phrase) && /^\s*(?:ended|expired|has ended|is over|was|expires on)/.test(ctx.lower.slice(match.end))) return true;
      if (/^(?:don't|do not) (?:wait|delay)/.test(phrase) && /^\s*(?:for|on|until|to)\b/.test(ctx.lower.slice(match.end))) return true;
      return false;
    },
    examples: {
      flag: [
        { text: "It's 100% free!", span: '100% free' },
        { text: 'Act now! This offer ends soon.', span: 'Act now' },
        { text: 'Get 50% off today only!', span: 'today only' },
        { text: 'FREE shipping!!! Order today.', span: 'FREE shipping!!!' },
        { text: 'Limited time only: upgrade to Pro.', span: 'Limited time only' },
        { text: 'This is an amazing deal for you.', span: 'amazing deal' },
        { text: 'Guaranteed satisfaction or your money back.', span: 'Guaranteed satisfaction' },
        { text: 'We have an exclusive offer for loyal customers.', span: 'exclusive offer' },
        { text: 'Be your own boss with our reseller plan.', span: 'Be your own boss' },
        { text: 'Double your income in a month.', span: 'Double your income' },
        { text: 'Try it risk-free for 30 days.', span: 'risk-free' },
        { text: 'Our support is the best in the world.', span: 'the best in the world' },
        { text: 'We have some of the best crew in the business.', span: 'some of the best crew in the business' },
        { text: 'Our service is second to none.', span: 'second to none' },
        { text: 'This is a once in a lifetime chance.', span: 'once in a lifetime' },
        { text: 'We want to help you with this great #TMobileTuesday deal!', span: 'great #TMobileTuesday deal' },
        {
          text: 'Hi Sam,\n\nThanks for your question about the annual plan. Upgrade now and get three months FREE!\n\nCheers,\nLee',
          span: 'Upgrade now',
        },
      ],
      pass: [
        'Feel free to reply if anything else comes up.',
        'The replacement is free of charge.',
        'You said the new theme is "amazing", which made our day.',
        'The 2-year guarantee covers this.',
        "Shipping is free on orders over $50, and yours qualifies.",
        "Don't wait on hold: reply here and I'll call you back.",
      ],
    },
  },
];
