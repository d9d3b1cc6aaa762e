import type { Rule } from '../types.ts';

/**
 * Jargon: canned corporate lines that put distance between agent and customer. Constructions over
 * the classes CANNED_OPENER, CORPORATE_VALUE, DISTANCE_WORD, VALUED_THING, PRIORITY_WORD, FORWARD_VERB,
 * FEEDBACK_NOUN, VAGUE_TEAM and TEAM_NOUN (src/analysis/classes/en.ts).
 */
const common = {
  lang: 'en' as const,
  category: 'jargon' as const,
  severity: 'hint' as const,
  why: 'Customers skim past canned lines; plain words sound like a person who is helping.',
};

export const jargonRules: Rule[] = [
  {
    ...common,
    id: 'en.jargon.canned',
    kind: 'construction',
    message: 'Corporate stock phrase: it puts distance between you and the customer.',
    suggestions: [{ text: '[say it plainly, as you would to a friend]', note: 'Use your own words.' }],
    patterns: [
      '{CANNED_OPENER}',
      '{CORPORATE_VALUE}',
      '{DISTANCE_WORD}',
      '(?:your|the) (?:call|business|satisfaction|feedback|custom|safety|experience|trust) (?:is|are) (?:very |extremely |really |incredibly |so )?important to us',
      '(?:is|are) (?:very |extremely |really |incredibly |so )?important to us',
      'we take (?:this|these|it|that|your \\p{L}+|the \\p{L}+(?: of [\\p{L} ]{1,30}?)?|such \\p{L}+|\\p{L}+ \\p{L}+) (?:very |extremely |incredibly |really )?serious(?:ly)?',
      "we (?:truly |really |do )?care about your (?:concerns?|feedback|experience)",
      // The value statement as a construction: who is valued and how highly, in any of the stock wordings.
      "we (?:(?:truly|really|greatly|genuinely|sincerely|always|do|very much|highly) )*(?:value|cherish|treasure) (?:your|you as (?:a|our)|all (?:of )?our|our) (?:continued |ongoing |valued |loyal )?{VALUED_THING}",
      "your {VALUED_THING} (?:is|are|means|will always be|has always been|remains) (?:(?:very|extremely|greatly|really|truly|so|incredibly|always|highly|genuinely) )*(?:valued|valuable to us|of (?:great |the (?:utmost|greatest|highest) )?(?:value|importance) to us|everything to us|the world to us|a great deal to us|a lot to us|our (?:{PRIORITY_WORD} )?priority|(?:at )?the (?:heart|centre|center|core) of (?:everything|all) we do)",
      "(?<=(?:is|are|remains|remain|be|been) (?:always |still |now )?)(?:our|my|the company's|a) {PRIORITY_WORD} priorit(?:y|ies)",
      "(?:of|is) (?:the )?(?:utmost|paramount|the highest|the greatest) importance(?: to (?:us|our (?:team|company)))?",
      // Service standards held up instead of the service: "we pride ourselves on", "the level of service you have come to expect".
      '(?:we|i) (?:(?:really|truly|always|genuinely) )?(?:pride ourselves|pride myself|take (?:great |real )?pride) (?:on|in)',
      '(?:the )?(?:highest|high|exceptional|excellent|outstanding|first[- ]class|world[- ]class|five[- ]star) (?:standards?|levels?|quality) of (?:customer )?(?:service|care|support)',
      "(?:the )?(?:level|standard|quality) of (?:customer )?(?:service|care) (?:that )?(?:you|our (?:customers|guests|members|clients|passengers)) (?:have come to |would |should |rightly |can |deserve to )?(?:expect|deserve)",
      "(?:exceed|surpass|go beyond|exceeding|surpassing) (?:your|our (?:customers'|guests'|members'|clients')|customer|guest|all) expectations",
      // Feedback filed for training, lessons and service improvement: the complaint reply's stock close.
      "take (?:your|this|these|the|all|those|any|such) (?:[\\p{L}-]+ )?{FEEDBACK_NOUN} on board",
      // Not the call-recording notice of a legal footer ("calls may be recorded for training purposes").
      '(?<!(?:recorded|monitored)(?: and (?:recorded|monitored))? )(?:as|for) (?:a )?(?:training|coaching|learning|development) (?:opportunity|purposes|tool|exercise|point)',
      '(?:lessons|learnings) (?:will be|have been|are being|can be) (?:learned|learnt|taken)',
      '(?:in order )?to (?:better serve you|serve you better|better serve our (?:customers|guests|members|clients))',
      '(?:continuously|continually|constantly|always) (?:strive|striving|strives|working|work|looking|seeking|aiming) to (?:improve|enhance|better) (?:our )?(?:services?|the service|what we (?:do|offer)|the (?:customer |guest )?experience|our standards)',
    ],
    unless: (ctx, match) => {
      const phrase = ctx.lower.slice(match.start, match.end);
      // "leverage" as a plain technical word ("leverage ratio" in a finance product).
      if (/^leverag/.test(phrase) && /^\s*(?:ratio|ratios|limit|limits|setting)/.test(ctx.lower.slice(match.end))) return true;
      // "going forward with the order" is a plain verb phrase, not the buzzword.
      if (/^(?:going|moving) forward/.test(phrase) && /^\s*(?:with|to|on|your|the|my|our|it|this|that|a|an)\b/.test(ctx.lower.slice(match.end))) return true;
      return false;
    },
    examples: {
      flag: [
        { text: 'Please be advised that your ticket is closed.', span: 'Please be advised' },
        { text: 'Kindly be informed that the office is closed.', span: 'Kindly be informed' },
        { text: 'We value your business.', span: 'We value your business' },
        { text: 'Your call is important to us.', span: 'Your call is important to us' },
        { text: 'At this point in time we have no update.', span: 'At this point in time' },
        { text: 'Going forward, use the new portal.', span: 'Going forward' },
        { text: 'We take this very seriously.', span: 'We take this very seriously' },
        { text: 'Getting the expected performance from your iPhone is very important to us.', span: 'is very important to us' },
        { text: 'We appreciate your constructive feedback and are taking it under serious advisement.', span: 'under serious advisement' },
        { text: 'Thanks for your loyalty! It means the world to us.', span: 'Thanks for your loyalty' },
        { text: 'Per our records, the invoice was paid.', span: 'Per our records' },
        { text: 'Your satisfaction is our top priority.', span: 'Your satisfaction is our top priority' },
        { text: 'Please note that you may need a temporary account.', span: 'Please note that' },
        { text: 'Rest assured that our team is working on it.', span: 'Rest assured' },
        // Paraphrases.
        { text: 'Greetings for the day! I request you to contact the phone team.', span: 'Greetings for the day' },
        { text: 'We are closely monitoring the situation.', span: 'closely monitoring the situation' },
        { text: 'Our goal is to provide the best service possible.', span: 'Our goal is to provide' },
        { text: 'We will revert back to you shortly.', span: 'revert back to you' },
        { text: 'Your request will be actioned in a timely manner.', span: 'be actioned' },
        { text: "We can share your feedback as we're always looking to improve the customer experience.", span: 'always looking to improve the customer experience' },
        { text: 'The next available agent will be with you as soon as possible.', span: 'The next available agent' },
        { text: 'Pls provide the same within 24 hrs.', span: 'provide the same' },
        { text: 'We write to inform you that the branch will close.', span: 'We write to inform you' },
        { text: 'We appreciate your patience and understanding.', span: 'We appreciate your patience and understanding' },
        { text: 'Sadly your concern has been escalated to billing for review.', span: 'your concern has been escalated' },
        { text: 'Our team would like a chance to address this concern.', span: 'a chance to address this concern' },
        // Paraphrase.
        { text: 'Our managers welcome the opportunity to address your concerns.', span: 'the opportunity to address your concerns' },
        // The value statement, the service standard and the training close, as constructions.
        { text: "We truly value your feedback.", span: "We truly value your feedback" },
        { text: "We greatly value our loyal customers.", span: "We greatly value our loyal customers" },
        { text: "Your opinion is extremely valuable to us.", span: "Your opinion is extremely valuable to us" },
        { text: "Your safety will always be our number one priority.", span: "Your safety will always be our number one priority" },
        { text: "Customer wellbeing remains our utmost priority.", span: "our utmost priority" },
        { text: "This is of the utmost importance to us.", span: "of the utmost importance to us" },
        { text: "We pride ourselves on our customer service.", span: "We pride ourselves on" },
        { text: "We always provide the highest standard of customer service.", span: "the highest standard of customer service" },
        { text: "This is not the level of service you have come to expect from us.", span: "the level of service you have come to expect" },
        { text: "We always aim to exceed your expectations.", span: "exceed your expectations" },
        { text: "We will take your comments on board.", span: "take your comments on board" },
        { text: "Your complaint will be used as a training opportunity.", span: "as a training opportunity" },
        { text: "Lessons have been learned.", span: "Lessons have been learned" },
        { text: "We are making these changes to serve you better.", span: "to serve you better" },
        { text: "We are constantly striving to improve our services.", span: "constantly striving to improve our services" },
      ],
      pass: [
        'Calls may be recorded for training purposes.',
        'Pull the lever on the side to release the tray.',
        'The "Going Forward" playlist is back in your library.',
        'Per your request, I have closed the duplicate ticket.',
        'I have shared your screenshots with Priya, who built that screen; she will reply by Friday.',
        'Please note the new address: 12 High Street.',
        "We're going forward with the replacement today.",
        'Thanks for your patience while I checked the depot: your parcel is out for delivery.',
        'I am moving forward your delivery to Tuesday, as you asked.',
        "Let us know via a DM and we'll keep moving forward from there.",
        "Tell me more and I'll do my best to address your concern.",
        'The fault on your line has been logged with the engineers, who will visit on Tuesday.',
        "You can take it on board as hand luggage.",
        "We value the car at £4,000 based on the mileage.",
        "The first priority booking slot is at 9.",
        "I'm sorry the blender didn't meet your expectations; I've sent a replacement.",
        "Your security code is on the back of the card.",
      ],
    },
  },
  {
    ...common,
    id: 'en.jargon.relevant-team',
    kind: 'construction',
    message: '"The relevant team" tells the customer nothing about who will act or when.',
    suggestions: [{ text: "I've passed this to our [team name] team, who will [what they will do] by [when]", note: 'Name the team and what happens next.' }],
    patterns: [
      '(?:the|our|a|an) {VAGUE_TEAM} (?:[\\p{L}-]+ )?{TEAM_NOUN}',
      '(?:to|with) {VAGUE_TEAM} {TEAM_NOUN}',
      '{FORWARD_VERB} (?:on |along )?(?:(?:your|the|this|these|all|any|that) )?(?:[\\p{L}-]+ )?{FEEDBACK_NOUN}(?: (?:on|along|over|onto))? (?:to|with|onto) (?:the|our) (?:[\\p{L}&-]+ ){0,3}{TEAM_NOUN}',
    ],
    unless: (ctx, match) => {
      // The customer reporting abuse "to the appropriate team" is directions, not the agent's hand-off.
      if (/\breport\w*\b[^.!?]{0,40}$/.test(ctx.lower.slice(Math.max(0, match.start - 50), match.start))) return true;
      // A named person or a named outcome with a time makes the hand-off concrete ("…team, who will call you by 5 pm").
      const after = ctx.lower.slice(match.end, match.end + 80);
      return /^[,\s]*(?:who|and they|they)(?:'ll| will) (?:call|email|contact|reply|ship|send|refund|fix)[^.]*\b(?:today|tomorrow|by|within|on (?:monday|tuesday|wednesday|thursday|friday))/.test(after);
    },
    examples: {
      flag: [
        { text: 'We have escalated your concern to the relevant team.', span: 'escalated your concern to the relevant team' },
        { text: "We'll get this passed onto the right team.", span: 'the right team' },
        { text: 'We have shared your comments with our Marketing Team for review.', span: 'shared your comments with our Marketing Team' },
        // Paraphrases.
        { text: "We'll pass your thoughts on to the Customer Experience team.", span: 'pass your thoughts on to the Customer Experience team' },
        { text: 'Your request was routed to the appropriate department.', span: 'the appropriate department' },
        { text: 'I will forward your suggestion to our product folks.', span: 'forward your suggestion to our product folks' },
        { text: 'May we have the payment slip to forward to concerned department?', span: 'to concerned department' },
      ],
      pass: [
        "I've passed your kind words on to the Harbourside team, who I know will be delighted.",
        "I'll pass your praise on to the night team.",
        'I have shared your photos with our warehouse team, who will ship a new one today.',
        'Is this the right account? Please check.',
        "I've forwarded your feedback to Priya, who designed that page.",
      ],
    },
  },
  {
    ...common,
    id: 'en.jargon.kindly',
    kind: 'construction',
    message: '"Kindly" before a request sounds like a form letter; "please" says the same thing plainly.',
    suggestions: [{ text: 'Please', note: 'Plain and polite.' }],
    // Only where a request begins (sentence start, after a greeting's comma or "please"): "your neighbour kindly took it" is praise.
    patterns: ["(?<=^\\s*|[,;:!.)\\-]\\s*|please )kindly(?= (?!regards|yours)(?:please )?[\\p{L}])"],
    examples: {
      flag: [
        { text: 'Hi Loreen, kindly DM us the booking number.', span: 'kindly' },
        { text: 'Kindly visit this link for more info.', span: 'Kindly' },
        // Paraphrases.
        { text: 'Kindly top up some airtime to enable the reversal.', span: 'Kindly' },
        { text: 'Kindly please proceed with a new booking.', span: 'Kindly' },
      ],
      pass: ['Thank you kindly for the photos!', 'Your neighbour kindly took the parcel in.', 'She was very kindly helped by our driver.'],
    },
  },
];
