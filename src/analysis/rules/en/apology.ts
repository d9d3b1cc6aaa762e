import type { Rule } from '../types.ts';
import { findApologies } from './apology-clause.ts';

export const apologyRules: Rule[] = [
  {
    id: 'en.apology.generic',
    kind: 'checker',
    lang: 'en',
    category: 'generic-apology',
    severity: 'warning',
    message: 'This apology names no problem: it could be pasted into any ticket.',
    why: 'Customers hear a script when the apology does not say what went wrong; naming it shows you read their message.',
    suggestions: [
      { text: "I'm sorry [what went wrong for them]", note: 'Name what went wrong, in their words.' },
      { text: "I'm sorry your [order/issue] [what happened]", note: 'Say what happened to them.' },
    ],
    check: (ctx) => findApologies(ctx).filter((a) => a.kind === 'generic'),
    examples: {
      flag: [
        { text: 'Sorry for any inconvenience.', span: 'Sorry for any inconvenience' },
        { text: 'We apologize for the inconvenience caused.', span: 'We apologize for the inconvenience caused' },
        { text: 'Sorry for the trouble!', span: 'Sorry for the trouble' },
        { text: 'We regret any inconvenience this may have caused.', span: 'We regret any inconvenience this may have caused' },
        { text: 'Hi Maria, sorry to hear that! Please send me your order number.', span: 'sorry to hear that' },
        { text: "We're sorry to hear about the trouble, Jasmany. I'll check it now.", span: "We're sorry to hear about the trouble" },
        { text: "I'm so sorry Rach :( Were you able to check out?", span: "I'm so sorry" },
        { text: 'We apologise for the delay in our response.', span: 'We apologise for the delay in our response' },
        // Paraphrases: MISHAP_NOUN members no other example uses.
        { text: 'Apologies for the hassle.', span: 'Apologies for the hassle' },
        { text: 'So sorry about the hiccup!', span: 'So sorry about the hiccup' },
        { text: 'My apologies for any issues you are currently having.', span: 'My apologies for any issues you are currently having' },
        { text: 'Please accept our apologies for any trouble you are having with this.', span: 'Please accept our apologies for any trouble you are having with this' },
        { text: "Sorry to hear you're still having trouble – we recommend the steps below.", span: "Sorry to hear you're still having trouble" },
        { text: "I'm sorry we let you down! Tell me more here.", span: "I'm sorry we let you down" },
        { text: 'Sorry for any mix-up!', span: 'Sorry for any mix-up' },
        { text: 'I apologize that your experience did not meet your expectations.', span: 'I apologize that your experience did not meet your expectations' },
        {
          text: 'Dear Mr. Jensen,\n\nThank you for contacting Acme Support regarding your account.\n\nWe sincerely apologize for any inconvenience this situation may have caused you. Our team reviewed the request and the change is now live.\n\nBest regards,\nAnna',
          span: 'We sincerely apologize for any inconvenience this situation may have caused you',
        },
        // A comma starts a new clause unless a word carries the object on ("which…", "caused by…").
        { text: 'Sorry for any inconvenience, kindly note the policy.', span: 'Sorry for any inconvenience' },
        { text: 'Apologies for the trouble, attached is the form you asked for.', span: 'Apologies for the trouble' },
        { text: 'We apologise for the hassle, Maria will call you back tomorrow.', span: 'We apologise for the hassle' },
        // "that" pointing back at no fault, only at a feeling, still names nothing.
        { text: "I understand, and I'm sorry for that.", span: "I'm sorry for that" },
      ],
      pass: [
        "I'm sorry your order arrived damaged.",
        'Sorry to hear the app keeps crashing on login.',
        "I'm so sorry for the late delivery, Kimmie!",
        'Our apologies for the delay.',
        "We're sorry to hear you're having trouble connecting to the VPN.",
        "I'm sorry for the trouble with your Marketplace content after syncing your account.",
        "I don't feel sorry for spammers.",
        'No need to apologize, Tom! Happy to help.',
        "You won't regret the upgrade.",
        "Please accept our apologies for any inconvenience the change of your seat reservation has caused.",
        'Sorry about the [what happened], Maria.',
        'Sorry to bother you, but could you send a photo of the label?',
        'We apologize for the inconvenience of the outage on Tuesday.',
        'Sorry the print quality was poor on your photo book.',
        // A softener judged with the clause after it (a deflection rule may flag that clause).
        "I'm sorry, but we cannot provide any account information here.",
        "We apologize but aren't understanding the issue at hand. Please DM us.",
        'Sorry for the trouble, which I know cost you a day off work.',
        'Sorry for the inconvenience, caused by the storm that closed the depot.',
        // "that" points back at the fault told just before it in the same sentence.
        "The parcel went to the wrong depot, and I'm sorry for that.",
        "We charged you twice, and we're very sorry about that.",
      ],
    },
  },
  {
    id: 'en.apology.non-apology',
    kind: 'checker',
    lang: 'en',
    category: 'non-apology',
    severity: 'warning',
    message: 'This apologises for how the customer feels, or only "if" something happened, not for what happened.',
    why: 'Apologising for feelings or on a condition reads as blaming the customer for being upset.',
    suggestions: [
      { text: "I'm sorry we [what we got wrong]", note: 'Own what happened instead of how they feel.' },
      { text: "I'm sorry that [what happened]", note: 'Name the event, not their reaction.' },
    ],
    check: (ctx) => findApologies(ctx).filter((a) => a.kind === 'non-apology'),
    examples: {
      flag: [
        { text: "I'm sorry you feel that way.", span: "I'm sorry you feel that way" },
        { text: 'We apologize if you were offended.', span: 'We apologize if you were offended' },
        { text: 'Sorry for any confusion you may have experienced.', span: 'Sorry for any confusion you may have experienced' },
        { text: "We're sorry to hear you're disappointed. Let us know if we can help.", span: "We're sorry to hear you're disappointed" },
        { text: 'We sincerely apologize for your disappointment.', span: 'We sincerely apologize for your disappointment' },
        { text: "Our service should be consistent, Stuart. So sorry if you experienced otherwise.", span: 'So sorry if you experienced otherwise' },
        { text: 'I truly regret the frustration we have caused you.', span: 'I truly regret the frustration we have caused you' },
        { text: 'We are sorry that you are not satisfied with our service.', span: 'We are sorry that you are not satisfied with our service' },
        { text: 'I apologize if anything I said came across as rude.', span: 'I apologize if anything I said came across as rude' },
        // Paraphrases: FEELING_NOUN members as the whole object.
        { text: "I'm sorry for the frustration! Please send us your details.", span: "I'm sorry for the frustration" },
        { text: 'My apologies for any frustrations or inconvenience.', span: 'My apologies for any frustrations or inconvenience' },
        { text: 'Our sincere apologies for any rudeness.', span: 'Our sincere apologies for any rudeness' },
      ],
      pass: [
        "I'm sorry we confused you with two different answers.",
        "I'm sorry your order arrived damaged.",
        'I feel sorry for anyone who has to wait that long, so I have moved your booking up.',
      ],
    },
  },
  {
    id: 'en.apology.inconvenience-caused',
    kind: 'phrase',
    lang: 'en',
    category: 'generic-apology',
    severity: 'warning',
    message: '"The inconvenience caused" names no problem: it could be pasted into any ticket.',
    why: 'A stock phrase about "inconvenience" tells the customer nobody read their message.',
    suggestions: [{ text: '[what went wrong for them]', note: 'Name what actually happened.' }],
    patterns: [
      "(?:(?:the|any|all) )?inconveniences? (?:(?:that|this|which|it) )?(?:(?:we|this|it|that) )?(?:(?:has|have|may have|might have|may've) )?(?:been )?caused",
      "(?:(?:any|the) )?inconvenience (?:this|that) (?:has|may have) (?:caused|created)",
    ],
    unless: (ctx, match) => /sorry|apolog|regret/i.test(ctx.lower.slice(Math.max(0, match.start - 60), match.start)),
    examples: {
      flag: [{ text: '…anxiety, frustration, and inconvenience that we have caused.', span: 'inconvenience that we have caused' }],
      pass: ['The outage caused delays for everyone on the east coast, and I have credited your account for the two days.'],
    },
  },
];
