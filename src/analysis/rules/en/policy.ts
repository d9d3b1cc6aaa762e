import type { Rule, SentenceContext } from '../types.ts';

/**
 * A policy explained with its reason and an alternative is good service, not a deflection:
 * "Refunds go to the original card so nobody can redirect your money; I can send a voucher today."
 */
const REASON = /(?<![\p{L}])(?:because|since|so that|so nobody|so no one|so your|so you|so we|in order to|to protect|to keep|for (?:your )?(?:security|safety|privacy|protection)|for security reasons|the reason (?:is|being)|which means|that way)(?![\p{L}])/u;
const ALTERNATIVE = /(?<![\p{L}])(?:i can|i could|i'll|i will|i've|i have|let me|we can|we could|we'll|what i can do|what we can do|instead|another option|alternatively|the (?:good|best) news|you can still|happy to)(?![\p{L}])/u;

function explained(ctx: SentenceContext): boolean {
  const window = `${ctx.lower} ${ctx.next.toLowerCase()}`;
  return REASON.test(window) && ALTERNATIVE.test(window);
}

function offersHelp(ctx: SentenceContext): boolean {
  return /(?<![\p{L}])(?:i'll|i will|i've|i have|let me|i can|we'll|we will|i'd be happy|here is|here's|their number is|the number is|you can reach them)(?![\p{L}])/u.test(
    `${ctx.lower} ${ctx.next.toLowerCase()}`,
  );
}

const common = {
  lang: 'en' as const,
  category: 'policy-deflection' as const,
  severity: 'warning' as const,
  why: 'Hiding behind a rule or another team leaves the customer stuck; explain why and say what you can do.',
};

export const policyRules: Rule[] = [
  {
    ...common,
    id: 'en.policy.company-policy',
    kind: 'phrase',
    message: '"It\'s our policy" hides behind a rule without the reason or what you can do instead.',
    suggestions: [
      { text: '[the reason behind it], so [what I can do for you instead]', note: 'Give the reason and an alternative.' },
      { text: "I can't [do X] because [reason], but I can [alternative]" },
    ],
    patterns: [
      "(?:it's|it is|that's|that is|this is)(?: (?:just|simply|unfortunately))? (?:our|the|company|store|the company's|a company|company's)(?: \\w+)? polic(?:y|ies)",
      "(?:company|store|our|the company's)(?: (?:return|refund|cancellation|exchange|returns|shipping|booking|company|store))? (?:polic(?:y|ies)|rules) (?:is|are|states?|says?|does not|doesn't|won't|will not|do not|don't|prevents?|prohibits?|requires?|only allows?)",
      "(?:as per|per|due to|according to|in line with|in accordance with|against|under) (?:our|the company's|company|the|store)(?: \\w+)? (?:polic(?:y|ies)|rules|guidelines)(?: (?:terms(?: and conditions)?))?",
      "(?:booking|company|store|our) rules (?:apply|don't allow|do not allow)",
      "(?:we )?(?:just )?(?:have|need|has) to be fair to (?:all|everyone|everybody)(?: (?:of )?our (?:guests|customers))?",
      "(?:this|that) is how (?:it|things) (?:works?|is done) here",
    ],
    unless: (ctx) => explained(ctx) || /(?<![\p{L}])you (?:can|may) (?:still |also )?(?:request|get|ask|apply|choose|claim)|you(?:'re| are) (?:still )?eligible/u.test(ctx.lower),
    examples: {
      flag: [
        { text: "It's company policy.", span: "It's company policy" },
        { text: 'As per our policy, we cannot refund opened items.', span: 'As per our policy' },
        { text: "I'm afraid that's our refund policy and there is nothing else to discuss.", span: "that's our refund policy" },
        { text: 'We just have to be fair to all of our guests, hence booking rules apply.', span: 'We just have to be fair to all of our guests' },
        { text: 'However, due to our policy terms and conditions, we will need to discuss this with the account holder.', span: 'due to our policy terms and conditions' },
        { text: "Our return policy doesn't allow returns after 30 days.", span: "Our return policy doesn't" },
      ],
      pass: [
        'Your insurance policy renewal is done.',
        'Refunds go back to the original card because that way nobody else can redirect your money; I can send a voucher today instead.',
        'Our privacy policy page lists every cookie we set: https://example.com/privacy',
        'The policy number on your renewal letter is PX-22.',
      ],
    },
  },
  {
    ...common,
    id: 'en.policy.not-my-call',
    kind: 'phrase',
    message: 'Saying it is not your decision passes the problem back to the customer.',
    suggestions: [
      { text: "I can't change [X] myself, so I've asked [team] and I'll update you by [when]", note: 'Own the next step.' },
    ],
    patterns: [
      "(?:that's|that is|it's|it is|this is) not (?:my|our) (?:decision|call|department|problem|responsibility|fault)",
      "(?:that's|that is|it's|it is) not up to (?:me|us)",
      "(?:it's|it is|this is|that's|that is) (?:out of|beyond) (?:my|our) (?:hands|control)",
      "(?:are|is) (?:out of|beyond) (?:my|our) control",
      "(?:my|our) hands are tied",
      "(?:i'm|i am|we're|we are) not (?:authori[sz]ed|allowed|permitted) to",
      "(?:i|we) (?:don't|do not) make (?:the|those|these) (?:rules|decisions)",
      "(?:that's|this is|it's|that is|it is) (?:just |simply )?how (?:the|our) (?:system|process|software|tool|policy) works",
      "(?:i|we) (?:can't|cannot|can not|am not able to|are not able to) override",
      'it is what it is',
    ],
    examples: {
      flag: [
        { text: "That's not my decision.", span: "That's not my decision" },
        { text: 'My hands are tied here.', span: 'My hands are tied' },
        { text: "I'm not authorized to change the delivery address.", span: "I'm not authorized to" },
        { text: 'These delays are out of our control, but we do work with Network Rail.', span: 'are out of our control' },
        { text: "That's just how the system works, I can't override it.", span: "That's just how the system works" },
      ],
      pass: ["That's my decision to make, and I've approved the refund.", 'I made sure the authorized user list now includes Sam.'],
    },
  },
  {
    ...common,
    id: 'en.policy.nothing-to-do',
    kind: 'phrase',
    message: '"Nothing I can do" ends the conversation without a way forward.',
    suggestions: [
      { text: "What I can do is [alternative]", note: 'Say what is possible.' },
    ],
    patterns: [
      "(?:there's|there is) (?:unfortunately )?nothing (?:more |else |further )?(?:that )?(?:i|we) can (?:do|offer)",
      "there(?: isn't| is not|'s not) (?:anything|much) (?:more |else |further )?(?:that )?(?:i|we) can (?:do|offer)",
      "nothing (?:more|else|further) (?:that )?(?:i|we) can (?:do|offer)",
      "(?:i|we) (?:can't|cannot|can not) do anything (?:more|else|further|about (?:it|this|that))",
      "(?:i|we) (?:can't|cannot) help (?:you )?(?:with (?:that|this)|any further)(?! (?:today|right now|here)[,;] but)",
    ],
    unless: (ctx) => explained(ctx),
    examples: {
      flag: [
        { text: "There's nothing more I can do.", span: "There's nothing more I can do" },
        { text: "We do apologise for this but there's unfortunately, there's nothing more we can do.", span: "there's nothing more we can do" },
        { text: "Unfortunately we can't help you with that.", span: "we can't help you with that" },
      ],
      pass: ["Is there anything else I can help with?", "There's nothing you need to do: the refund is on its way."],
    },
  },
  {
    ...common,
    id: 'en.policy.system-says-no',
    kind: 'phrase',
    message: 'Blaming "the system" hides who decided and what can be done.',
    suggestions: [{ text: "I can't [do X] in our tool, but I can [alternative]", note: 'Own it and offer what is possible.' }],
    patterns: [
      "(?:our|the) (?:system|software|computer|tool) (?:doesn't|does not|won't|will not|can't|cannot) (?:allow|let|permit|accept|support)",
      "the system won't let (?:me|us)",
    ],
    unless: (ctx) => explained(ctx),
    examples: {
      flag: [{ text: "Our system doesn't allow that.", span: "Our system doesn't allow" }],
      pass: ["The app doesn't support dark mode yet; I've added your vote to the request and you'll hear from me when it ships."],
    },
  },
  {
    ...common,
    id: 'en.policy.go-elsewhere',
    kind: 'phrase',
    message: 'Sending the customer elsewhere with no help makes them start over.',
    suggestions: [{ text: "I've passed your case to [team] with the details, and they'll contact you by [when]", note: 'Do the hand-off for them.' }],
    patterns: [
      "you(?:'ll| will| would|'d)? (?:have|need) to (?:contact|call|reach out to|get in touch with|speak (?:to|with)|visit|go to)",
      "you (?:must|should) (?:contact|call|reach out to|get in touch with) (?:them|the|your|their)",
      "(?:we|i) (?:cannot|can't|can not|don't|do not) (?:assist|help) with (?:this|that|these|those|any) (?:here|requests?|questions?|queries)",
      "this (?:platform|channel|account) is (?:limited|only) (?:to|for)",
      "(?:that's|that is|this is) not (?:handled|something (?:we|i) (?:handle|deal with))",
      "it(?:'s| is) not on our end",
    ],
    unless: (ctx, match) =>
      offersHelp(ctx) ||
      // "contact us" is help, and "the options you have to contact…" / "when you need to contact…" are not orders.
      /^\s*(?:us|me|our|my)(?![\p{L}])/u.test(ctx.lower.slice(match.end)) ||
      /(?:options|ways|where|when|if|whenever|how)\s+$/.test(ctx.lower.slice(Math.max(0, match.start - 12), match.start)),
    examples: {
      flag: [
        { text: 'You will have to contact the manufacturer.', span: 'You will have to contact' },
        { text: "I'm sorry Kevin, but you need to contact Kuwait Airways.", span: 'you need to contact' },
        { text: 'This platform is limited to technical support only. Please call the phone team.', span: 'This platform is limited to' },
      ],
      pass: [
        "You'll need to contact your bank to release the hold; I'll send you the letter they ask for today.",
        'You will need to restart the router after the update.',
      ],
    },
  },
];
