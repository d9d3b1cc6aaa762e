import type { Rule } from '../types.ts';

/**
 * Deflection: hiding behind a rule, the system, a lack of power or another party instead of
 * explaining why and saying what can be done. Each construction combines word classes
 * (src/analysis/classes/en.ts) and drops its match under the named conditions
 * (src/analysis/conditions.ts): a reason with an alternative, the agent offering something
 * themselves, the agent doing the hand-off, or a hypothetical ("if we can't…").
 */
const common = {
  lang: 'en' as const,
  category: 'policy-deflection' as const,
  severity: 'warning' as const,
  why: 'Hiding behind a rule or another team leaves the customer stuck; explain why and say what you can do.',
};

const STANDARD_EXCEPTIONS = ['reason-and-alternative', 'agent-offers', 'hypothetical', 'question'] as const;

/**
 * "I'm so sorry it's too late", "sorry your laptop is out of warranty": the limit named as what the
 * agent is sorry about (the apology's object, no "but" or comma between) is the customer's trouble
 * acknowledged, not a wall put up.
 */
const LAMENTED = /(?:sorry|apologi[sz]e|apologi[sz]ing|regret|a shame|a pity)(?: that)?(?: (?!but |however |although )[\p{L}\p{N}'’-]+){0,4} $/u;
const lamented = (ctx: { lower: string }, match: { start: number }) => LAMENTED.test(ctx.lower.slice(Math.max(0, match.start - 60), match.start));

export const policyRules: Rule[] = [
  {
    ...common,
    id: 'en.policy.company-policy',
    kind: 'construction',
    message: 'Pointing at a policy hides behind a rule without the reason or what you can do instead.',
    suggestions: [{ text: "I can't [do what they asked] because [the reason], but what I can do is [alternative]" }],
    patterns: [
      "(?:it's|it is|that's|that is|this is|these are|those are)(?: (?:just|simply|unfortunately|still))? {OUR_RULE}(?: [\\p{L}-]+)? {POLICY_NOUN}(?! (?:number|page|holder|document|renewal|details|is (?:done|renewed|active|valid)))",
      "{OUR_RULE}(?: [\\p{L}-]+)? {POLICY_NOUN} (?:states?|says?|dictates?|stipulates?|mandates?|only allows?|(?:does not|doesn't|won't|will not|do not|don't) (?:allow|let|permit)|prevents? (?:us|me)|prohibits? (?:us|me)|stops? (?:us|me)|forbids? (?:us|me)|requires? (?:us|that)|(?:is|are) (?:very )?(?:clear|strict|firm))",
      "{DUE_TO} {OUR_RULE}(?: [\\p{L}-]+)? {POLICY_NOUN}(?! (?:number|page|holder|document|renewal|details))",
      // The bare rule as the subject: "Policy prevents us from sharing that."
      "^{POLICY_NOUN} (?:{HEDGE} )?(?:prevents?|stops?|forbids?|prohibits?|bars?) (?:us|me|our (?:team|agents|staff))",
      "(?:as per|per|in line with|in accordance with|in compliance with|pursuant to|to comply with|as required by) (?:current |local |uk |eu |us |government |federal |state )?(?:legislation|regulations?|the law|law|policy|protocol|procedure)(?! (?:number|page|holder|document|renewal|details))",
      '(?:booking|company|store|our|these|the) rules (?:apply|(?:do not|don\'t) allow)',
      // The rule pointed at instead of explained: "this is clearly stated in our terms".
      "(?:it's|it is|this is|that's|that is|it was|this was|which is) (?:{HEDGE} )?(?:clearly |all |also )?(?:stated|outlined|set out|explained|written|specified|detailed|noted|mentioned|laid out|covered) in (?:{OUR_RULE} )?(?:[\\p{L}-]+ )?{POLICY_NOUN}",
      '(?:we )?(?:just |simply )?(?:have|need|has) to {FAIRNESS}(?: (?:of )?our (?:guests|customers|members|users|passengers))?',
      '(?:this|that) is how (?:it|things) (?:works?|is done|are done) (?:here|at \\p{L}+)',
      // "It's a rule that applies to everyone."
      "(?:a|the|our|this|that) (?:[\\p{L}-]+ )?(?:rule|policy|requirement|restriction)s? (?:that |which )?(?:{HEDGE} )?appl(?:y|ies) (?:equally )?to (?:everyone|everybody|all (?:of )?(?:our )?(?:customers|guests|passengers|members|users|travellers|travelers|bookings|orders|accounts))",
      // The way things are, offered as the whole answer: "I'm afraid that's simply the way it works".
      // Only with a shrug ("just", "simply", "unfortunately" before it): a plain "that's how it works" closes an explanation.
      "(?:(?<=(?:unfortunately|sadly|regrettably|afraid|sorry)[^.!?]{0,24})(?:it's|it is|that's|that is|this is) |(?:it's|it is|that's|that is|this is) (?:just|simply|sadly|unfortunately|regrettably),? (?:just |simply )?)(?:(?:the way|how) (?:it|things|this|that) (?:works?|is|are|goes|go|has always worked|has always been)|(?:our |the )(?:process|procedure|practice))(?=\\s*(?:[.!,;…]|$))",
      "(?:it's|it is|that's|that is|this is) (?:{HEDGE} )?(?:our |the )?(?:standard|normal|usual) (?:process|procedure|practice)(?=\\s*(?:[.!,;…]|$)| (?:here|for us|across the industry|in the industry|with us)(?![\\p{L}]))",
      // The rule as an obligation the agent is under: "we have to follow the guidelines set by the government".
      "(?:we|i)(?: (?:{HEDGE} )?(?:have to|must|need to|are (?:{HEDGE} )?(?:required|obliged|bound|obligated) to|am (?:{HEDGE} )?(?:required|obliged|bound|obligated) to)|(?:'re|'m) (?:{HEDGE} )?(?:required|obliged|bound|obligated) to) (?:{HEDGE} )?(?:follow|abide by|adhere to|comply with|stick to|go by|obey|respect|enforce|uphold|apply) (?:(?:the|our|their|these|those|all|any) (?:[\\p{L}-]+ )?(?:{POLICY_NOUN}|rules?|requirements?|restrictions?|conditions?|instructions from [\\p{L} ]+)|(?:it|them)(?=\\s*(?:[.!,;…]|$)))",
    ],
    except: [...STANDARD_EXCEPTIONS, 'customer-benefit'],
    // "According to our refund policy, you can request a refund": the policy is the way in, not a wall.
    unless: (ctx) => /(?<![\p{L}])you(?:'re| are) (?:still )?eligible|(?<![\p{L}])you (?:can|may) (?:still |also )?(?:request|get|ask|apply|choose|claim|cancel)/u.test(`${ctx.lower} ${ctx.next.toLowerCase()}`),
    examples: {
      flag: [
        // Issue #8: the rule as the subject that stops the agent, and a rule said to bind everyone.
        { text: 'Company policy prevents me from doing that.', span: 'Company policy prevents me' },
        { text: 'Regulations stop us from releasing the funds early.', span: 'Regulations stop us' },
        { text: "It's a rule that applies to everyone.", span: 'a rule that applies to everyone' },
        { text: 'The baggage policy applies equally to all passengers.', span: 'The baggage policy applies equally to all passengers' },
        { text: "It's company policy.", span: "It's company policy" },
        { text: 'As per our policy, we cannot refund opened items.', span: 'As per our policy' },
        { text: "I'm afraid that's our refund policy and there is nothing else to discuss.", span: "that's our refund policy" },
        { text: 'We just have to be fair to all of our guests, hence booking rules apply.', span: 'We just have to be fair to all of our guests' },
        { text: 'However, due to our policy terms and conditions, we will need to discuss this with the account holder.', span: 'due to our policy terms and conditions' },
        { text: "Our return policy doesn't allow returns after 30 days.", span: "Our return policy doesn't allow" },
        // Paraphrases: members of DUE_TO, POLICY_NOUN, OUR_RULE and FAIRNESS found in no other example.
        { text: 'In accordance with the store guidelines, opened software is not returnable.', span: 'In accordance with the store guidelines' },
        { text: 'Owing to our internal procedures, this request is declined.', span: 'Owing to our internal procedures' },
        { text: 'We need to treat everyone the same, so no.', span: 'We need to treat everyone the same' },
        { text: 'That is the company protocol.', span: 'That is the company protocol' },
        { text: 'Carrier bags carry a 5p charge as per legislation.', span: 'as per legislation' },
        { text: 'As set out in our booking conditions, the deposit is kept.', span: 'As set out in our booking conditions' },
        { text: 'We have to follow the guidelines set by the government.', span: 'We have to follow the guidelines' },
        { text: 'Those are the terms you agreed to when booking.', span: 'Those are the terms' },
        { text: 'This is clearly stated in our terms of service.', span: 'This is clearly stated in our terms of service' },
        { text: "It's outlined in the fare rules you accepted.", span: "It's outlined in the fare rules" },
        { text: "Unfortunately this is a rule set by the airline and we're obliged to abide by it.", span: "we're obliged to abide by it" },
        { text: 'We are legally obliged to comply with the health and safety regulations.', span: 'We are legally obliged to comply with the health and safety regulations' },
        // The way things are, with a shrug, as the whole answer.
        { text: "I'm afraid that's simply the way it works.", span: "that's simply the way it works" },
        { text: "Unfortunately, that's the process.", span: "that's the process" },
        { text: "That is normal practice here.", span: "That is normal practice" },
      ],
      pass: [
        'Our rule that applies to all bookings is simple: free changes up to 24 hours before, and I have changed yours.',
        'The policy prevents fraud, so I have sent the code to your registered phone instead.',
        'Your insurance policy renewal is done.',
        'Refunds go back to the original card because that way nobody else can redirect your money; I can send a voucher today instead.',
        'Our privacy policy page lists every cookie we set: https://example.com/privacy',
        'The policy number on your renewal letter is PX-22.',
        'Under the terms of your warranty the repair is free, and I have booked it for Tuesday.',
        'As per your request, I have cancelled the second order.',
        'We need to follow up with the courier first; I will message you by 5 pm.',
        'You have to follow the steps in the guide to reset it.',
        "It's explained in our refund policy, and I've already started your refund so you don't need to do anything.",
        'According to our refund policy (https://example.com/refunds) you can request a refund within 14 days.',
        "Our policy changed last month, because card fraud rose; what I can do is refund this one to your original card today.",
        "You scan the code at the gate and the doors open. That's how it works!",
        "Once you upload the photo, we review it within a day. That's the process.",
        // customer-benefit: the rule is cited in the customer's favour (ENTITLED after it).
        "Our terms say the warranty runs for two years from purchase, so you're covered until March 2028.",
        'As per our price promise policy, drops within 14 days are refunded, and yours falls within that window.',
        'In line with our returns policy, collection from your home is free of charge.',
      ],
    },
  },
  {
    ...common,
    id: 'en.policy.cannot',
    kind: 'construction',
    message: 'Saying you cannot do it, without the reason or what you can do instead, leaves the customer stuck.',
    suggestions: [{ text: "I can't [do what they asked] because [the reason], but what I can do is [alternative]" }],
    patterns: [
      '{AGENT} (?:{HEDGE} )?{INABILITY} (?:{HEDGE} )?{SERVICE_ACTION}(?! but(?! we| i))',
      '{OTHER_AGENT} (?:{HEDGE} )?{INABILITY} (?:{HEDGE} )?{SERVICE_ACTION}(?! but)',
      // Any named unit as the subject: "the billing office is not in a position to withdraw an invoice".
      "(?:the|our|this|that) (?:[\\p{L}&-]+ ){0,2}{ORG_UNIT} (?:is |are |here )?(?:{HEDGE} )?{INABILITY} (?:{HEDGE} )?{SERVICE_ACTION}(?! but)",
      // Information said not to reach the agent: "that information isn't available to us", "we're not given details".
      "(?:that|this|the|such|those|these|any|your) (?:[\\p{L}-]+ )?(?:information|info|details|data) (?:isn't|is not|aren't|are not|wouldn't be|would not be) (?:{HEDGE} )?(?:available|accessible|visible|shared|provided|given|passed on|disclosed) (?:(?:to|with) (?:us|me|our team|the team|this team|agents|our agents|support)|here|on our end|on our side|from our end)",
      "(?:(?:i|we)(?:'re| are|'m| am) (?:{HEDGE} )?not|we aren't) (?:given|told|sent|provided with|made aware of|privy to|informed of|party to|notified of)(?: (?:that|this|those|these|any|the|such))? (?:[\\p{L}-]+ )?(?:information|info|details?|data|reasons?|specifics)",
      "(?:i|we)(?:'re| are|'m| am) (?:{HEDGE} )?not privy to",
      // A kind of request refused for this channel: "we don't handle billing over social media".
      "{AGENT} (?:{HEDGE} )?(?:don't|do not|doesn't|does not) (?:handle|deal with|cover|process|manage|look after|discuss|take care of|support) (?:[\\p{L}'-]+ ){0,4}{CHANNEL}(?![\\p{L}])",
      "{AGENT} (?:{HEDGE} )?(?:won't|will not|wouldn't|would not|are not|aren't|am not|not) (?:be )?(?:offering|providing|issuing|extending|refunding|accepting|honou?ring|compensating|reimbursing|granting|approving|making (?:any )?exceptions?|offer|provide|issue|extend|refund|accept|honou?r|compensate|reimburse|grant|approve|make (?:any )?exceptions?|taking (?:any )?(?:further |more )?action|taking (?:this|it|the matter|your (?:complaint|claim|case)) (?:any )?further|pursuing (?:this|it|the matter|your (?:complaint|claim|case)) (?:any )?further|responding (?:any )?further)",
      // Information withheld as a standing rule: "we don't disclose the reasons for account closures".
      // Only the company's own reasons and details, never "your details": "we never share your data" reassures.
      "{AGENT} (?:{HEDGE} )?(?:don't|do not|never|won't|will not|doesn't|does not) (?:{HEDGE} )?(?:share|disclose|release|divulge|reveal|give out|hand out|pass on|discuss|comment on|go into) (?:(?:the|any|that|this|such|those|these|our|specific|further|more|exact|individual|internal) )*(?:(?:reasons?|reasoning|specifics|criteria|details|information|info|outcomes?)(?! with (?:anyone|anybody|third|other|any|advertisers|partners))|(?:that|this|it)(?=\\s*(?:[.!,;…]|$)))",
      "(?:there's|there is|i have|we have) no (?:further|more|other|additional) (?:information|info|details) (?:that )?(?:i|we) (?:can|could|am able to|are able to|'m able to|'re able to) (?:give|share|provide|offer|pass on|release)",
      // A service said not to exist, as the whole answer: "we no longer offer that service".
      "{AGENT} (?:{HEDGE} )?(?:no longer|don't|do not) (?:{HEDGE} )?(?:offer|provide|support|run|have) (?:that|this|such a|this kind of|that kind of|this type of|that type of|any such) (?:service|option|feature|facility|scheme)(?! (?:yet|at the moment|right now|just yet)[^.!?]{0,40}(?:but|however))",
      "{AGENT} (?:{HEDGE} )?(?:do not|don't) (?:make (?:any )?exceptions?|offer (?:refunds|compensation|exchanges|exceptions|credits|gestures)|provide (?:refunds|compensation|exceptions|credits)|issue (?:refunds|compensation|credits)|refund|compensate|reimburse)",
      "{AGENT} (?:{HEDGE} )?{DONT_HAVE}",
      // A remedy refused as a standing rule: "we don't accept returns on sale items", "we don't price match".
      "{AGENT} (?:{HEDGE} )?(?:do not|don't) (?:{HEDGE} )?(?:accept|allow|permit|do|offer|provide|issue|give|grant|honou?r|process|carry out) (?:any )?{REMEDY_NOUN}",
      "{AGENT} (?:{HEDGE} )?(?:do not|don't) (?:{HEDGE} )?price[ -]match",
      '{NOT_SOMETHING} (?:{HEDGE} )?(?:{SERVICE_ACTION}|do|control|change|allow|make)',
      '{NOT_OFFERED}',
      "(?:it is not|it's not|it isn't|it would not be|it wouldn't be|it won't be|it will not be|it was not|it wasn't) (?:{HEDGE} )?possible for (?:me|us|our team|the team|support|our agents) to (?:{HEDGE} )?{SERVICE_ACTION}",
      "there(?:'s| is) no way for (?:me|us|our team|the team) to (?:{HEDGE} )?{SERVICE_ACTION}",
      // The bare refusal, nothing after it but the end of the clause: "I'm afraid that's not possible.",
      // "Unfortunately, we can't." What would be done is left out, and so is any way forward.
      "(?:that|this|it)(?:'s| is| was) (?:{HEDGE} )?(?:not|no longer) (?:{HEDGE} )?(?:possible|doable|an option|feasible)(?=\\s*(?:[.!,;…]|$)|\\s+(?:on our end|from our end|on our side|from our side|on my end|from my end|on my side|from my side|here|at this time|at the moment|right now|for us|i'm afraid|unfortunately|in this case|on this occasion)(?![\\p{L}]))",
      "(?:that|this|it) (?:can't|cannot|can not|won't|will not|couldn't|could not) (?:{HEDGE} )?be done(?=\\s*(?:[.!,;…]|$)|\\s+(?:on our end|from our end|on our side|from our side|here|at this time|at the moment|right now|for us|i'm afraid|unfortunately|in this case|on this occasion|i'm sorry|sorry)(?![\\p{L}]))",
      "(?:that|this|it)(?: isn't| wasn't| won't be| will not be| wouldn't be| would not be| isn't going to be| is not going to be| can't be| cannot be) (?:{HEDGE} )?(?:possible|doable|an option|feasible)(?=\\s*(?:[.!,;…]|$)|\\s+(?:on our end|from our end|on our side|from our side|on my end|from my end|on my side|from my side|here|at this time|at the moment|right now|for us|i'm afraid|unfortunately|in this case|on this occasion)(?![\\p{L}]))",
      "{AGENT} (?:{HEDGE} )?(?:can't|cannot|can not|unable to|not able to|not in a position to|not authori[sz]ed to|not allowed to|not permitted to|won't be able to|will not be able to|are unable to|am unable to|is unable to|are not able to|am not able to|aren't able to|isn't able to)(?=\\s*(?:[.!…]|$))",
      // Impersonal: nobody named, the same wall ("it is not possible to downgrade an account").
      "(?:it|that|this)(?: is not|'s not| isn't| is currently not|'s currently not| would not be| wouldn't be| will not be| won't be) (?:{HEDGE} )?possible to (?:{HEDGE} )?{SERVICE_ACTION}",
      "(?:it|that|this)(?: is|'s|'d be| would be) (?:{HEDGE} )?impossible (?:for (?:me|us) )?to (?:{HEDGE} )?{SERVICE_ACTION}",
    ],
    except: [...STANDARD_EXCEPTIONS, 'customer-option', 'agent-asks'],
    unless: (ctx, match) => {
      const after = ctx.lower.slice(match.end, match.end + 40);
      // "I can't help but smile", "we can't thank you enough", "we can't access it until you verify": not refusals.
      if (/^ but (?:notice|smile|laugh|think|wonder|feel)/.test(after)) return true;
      // "We don't have any info on that yet" is news not in yet, not a wall (unless it says "here").
      if (/(?:have|info|information|details|updates?|timelines?|eta|news)(?:$| (?:is|are)(?:n't)? )/.test(ctx.lower.slice(match.start, match.end)) && !/\bhere\b/.test(after) &&
        (/^[^.!?]{0,40}\b(?:yet|right now|at the moment|at this time|at present|so far)\b/.test(after) || /\b(?:stay tuned|keep an eye|as soon as|once we (?:have|know|hear)|we(?:'ll| will) (?:let you know|update|share|post))\b/.test(ctx.next.toLowerCase()))) return true;
      // An inability about the customer's own data that the agent then asks for is a question, not a wall.
      return /^[^.!?]{0,40}\b(?:without|until|unless) (?:you|your|the|a|an)\b/.test(after);
    },
    examples: {
      flag: [
        // Issue #8: the bare refusal "from our side", and "that can't be done".
        { text: "Unfortunately that's not possible from our side.", span: "that's not possible" },
        { text: "That can't be done, sorry.", span: "That can't be done" },
        { text: "I'm afraid this cannot be done on this occasion.", span: 'this cannot be done' },
        { text: "We aren't able to interfere with the carrier's process.", span: "We aren't able to interfere" },
        { text: "I'm not authorised to make that decision.", span: "I'm not authorised to make that decision" },
        { text: "This channel can't help with billing.", span: "This channel can't help with" },
        { text: 'Unfortunately, we are not able to assist with this request.', span: 'we are not able to assist' },
        { text: "I'm sorry, but we're unable to make exceptions to the 30 day wait for username changes.", span: "we're unable to make exceptions" },
        { text: "We can't access your account via Twitter. For assistance, please reach us here: https://t.co/x", span: "We can't access" },
        { text: 'Hi, we can not speculate on the reasoning why they are not.', span: 'we can not speculate' },
        { text: "I'm afraid we don't have that information here.", span: "we don't have that information" },
        { text: 'I am sorry to hear that Polly, however we would not offer a gesture for complaints of this nature.', span: 'we would not offer' },
        { text: "Right now, we're not extending funds past their original expiration date.", span: "we're not extending" },
        { text: 'While standard Customer Support will be sure our servers are properly functioning, they are unable to assist with customers\' content.', span: 'they are unable to assist' },
        // Paraphrases: other members of AGENT, HEDGE, INABILITY, SERVICE_ACTION, DONT_HAVE.
        { text: 'Our team is not in a position to reimburse the fee.', span: 'Our team is not in a position to reimburse' },
        { text: "I'm currently not authorised to waive the charge.", span: "I'm currently not authorised to waive" },
        { text: 'We have no way to reinstate deleted playlists.', span: 'We have no way to reinstate' },
        { text: 'We have no visibility of orders placed with resellers.', span: 'We have no visibility' },
        { text: 'Sadly, we do not make exceptions.', span: 'we do not make exceptions' },
        { text: "Our team doesn't have any additional timelines to share.", span: "Our team doesn't have any additional timelines" },
        { text: 'That department is regrettably unable to reverse the fee.', span: 'That department is regrettably unable to reverse' },
        { text: 'Our billing system is unable to backdate a plan change.', span: 'Our billing system is unable to backdate' },
        { text: "We aren't permitted to divulge another guest's details.", span: "We aren't permitted to divulge" },
        { text: "Price matching isn't something we can do for marketplace sellers.", span: "isn't something we can do" },
        { text: 'Gift wrapping is not something we currently offer.', span: 'not something we currently offer' },
        { text: 'We do not accept returns on sale items.', span: 'We do not accept returns on' },
        { text: "Our staff don't process cancellations by phone.", span: "Our staff don't process cancellations" },
        { text: "Sadly we don't price match.", span: "we don't price match" },
        { text: 'It is not possible for us to expedite the delivery.', span: 'It is not possible for us to expedite' },
        { text: "It's not possible to downgrade a family plan.", span: "It's not possible to downgrade" },
        { text: 'Sadly it would be impossible to unmerge the two profiles.', span: 'it would be impossible to unmerge' },
        { text: "Sadly there's no way for us to rebook that fare.", span: "there's no way for us to rebook" },
        // Verbs of going ahead or getting involved refuse just as "do" does.
        { text: 'We are not able to take any further action on this claim.', span: 'We are not able to take any further action' },
        { text: "Unfortunately we aren't able to make any changes to your order once it's been placed.", span: "we aren't able to make any changes" },
        { text: "I've checked your booking and we won't be able to proceed with the refund.", span: "we won't be able to proceed" },
        // The bare refusal: nothing named, nothing offered.
        { text: "I'm afraid that's not possible.", span: "that's not possible" },
        { text: 'Sorry, this is currently no longer an option on our end.', span: 'this is currently no longer an option' },
        { text: "Unfortunately that won't be possible.", span: "that won't be possible" },
        { text: 'Unfortunately, we cannot.', span: 'we cannot' },
        { text: "We're sorry, but our team is not able to.", span: 'our team is not able to' },
        // A unit nobody listed as the subject; information said not to reach the agent; a request refused for this channel.
        { text: 'The billing office is not in a position to withdraw an invoice.', span: 'The billing office is not in a position to withdraw' },
        { text: 'Our claims panel is unable to reopen the file.', span: 'Our claims panel is unable to reopen' },
        { text: "That information isn't available to us.", span: "That information isn't available to us" },
        { text: 'Sadly such details are not shared with our team.', span: 'such details are not shared with our team' },
        { text: "We aren't given that information.", span: "We aren't given that information" },
        { text: "We're not told the reasons for individual holds.", span: "We're not told the reasons" },
        { text: "I'm afraid we're not privy to that.", span: "we're not privy to" },
        { text: "We don't handle billing over social media.", span: "We don't handle billing over social media" },
        { text: 'Our team does not discuss refunds on Twitter.', span: 'Our team does not discuss refunds on Twitter' },
        // No further action, information withheld as a rule, a service said not to exist, other verbs of refusing.
        { text: "We will not be taking any further action on your complaint.", span: "We will not be taking any further action" },
        { text: "We do not disclose the details of our fraud checks.", span: "We do not disclose the details" },
        { text: "For security reasons we don't share the reasons for account closures.", span: "we don't share the reasons" },
        { text: "There's no further information I can give you.", span: "There's no further information I can give" },
        { text: "We no longer offer that service.", span: "We no longer offer that service" },
        { text: "I can't bend the rules.", span: "I can't bend the rules" },
        { text: "I am not able to progress this further.", span: "I am not able to progress" },
        { text: "We're powerless to change the fare.", span: "We're powerless to change" },
        { text: "Unfortunately that's not something we support.", span: "not something we support" },
      ],
      pass: [
        "That can't be done from the app, but I've done it for you here.",
        'If it cannot be done online, the branch will do it while you wait.',
        "I can't find an order under that email. Could you DM me the order number?",
        "We can't refund opened items because they can't be resold; what I can do is send a replacement today.",
        "If we can't fix it remotely, I'll send a technician on Monday.",
        "I can't help but smile at your photo!",
        "We can't wait to hear how the trip goes.",
        "We couldn't reproduce the crash on our side; could you send the log?",
        "I can't refund the ticket myself, but I can offer a voucher for the full amount right now.",
        "We're unable to view account details via Twitter. What's the tracking number shown on your receipt?",
        "We understand how this feels, but we're unable to change your billing date. If you'd like, you can cancel and resubscribe on the date you prefer.",
        "Unfortunately we don't have any information on this. Please stay tuned: we'll post the date as soon as we have it.",
        "You can't be charged twice for one order; I've checked and the second charge is a pending hold that drops off in 3 days.",
        "That's not something we can ignore, so I've refunded the fee today.",
        "It isn't possible for us to see your card number, which keeps it safe; I can check the last four digits with you instead.",
        'The system is unable to connect while the router is off, so please restart it first.',
        "I've checked your booking and I can make that change for you now.",
        "We can't proceed without the verification code, so reply with it here when it arrives.",
        "That's not possible, but I can move the booking to Friday for free.",
        "If that's not possible, please let us know and we'll find another slot.",
        'Is that not possible on the app?',
        "It's not possible for the app to delete your photos, so they should be in the Hidden album.",
        "Do everything you can and we'll do everything we can.",
        "That information isn't available to us yet; we'll post it as soon as we have it.",
        "We don't handle billing over social media, so I've passed your message to the billing team and they will email you today.",
        'The team is unable to reproduce the crash; could you send a screen recording?',
        "We never share your personal details with third parties.",
        "We don't share your data with advertisers.",
        "We don't offer that service yet, but I've added your vote to the request.",
      ],
    },
  },
  {
    ...common,
    id: 'en.policy.channel-limit',
    kind: 'construction',
    message: 'Saying this channel or service is not for them sends the customer away without help.',
    suggestions: [{ text: "I can't [do it] here because [reason], so I've [what you did to move it on]" }],
    patterns: [
      '{SERVICE_NOUN}(?: {CHANNEL})? (?:is|are) (?:{HEDGE} )?{LIMITED_TO}',
      '{SERVICE_NOUN} (?:here |on (?:twitter|social(?: media)?|facebook) )?(?:is|are) (?:{HEDGE} )?(?:only )?(?:via|through|by) (?:dm|direct messages?|messages|private messages?|phone|email|chat) only',
    ],
    except: [...STANDARD_EXCEPTIONS, 'agent-hands-off'],
    examples: {
      flag: [
        { text: 'Please note that phone support is only available to admins on our Dropbox Business teams.', span: 'phone support is only available to' },
        { text: 'This platform is limited to technical support only. Please call the phone team.', span: 'This platform is limited to' },
        { text: 'Support on twitter is via messages only, use the link below.', span: 'Support on twitter is via messages only' },
        // Paraphrases.
        { text: 'Live chat is reserved for Premium members.', span: 'Live chat is reserved for' },
        { text: 'Callback is restricted to business accounts.', span: 'Callback is restricted to' },
        { text: 'The support over social media is limited to technical solution only.', span: 'support over social media is limited to' },
        { text: 'Chat support is presently reserved for Business plans.', span: 'Chat support is presently reserved for' },
      ],
      pass: [
        'The offer is only available to new customers, and your account qualifies.',
        "Phone support is only available to admins, so I've asked your admin, Dana, to call us; I'll update you tomorrow.",
        'Our team is available 24/7 here.',
      ],
    },
  },
  {
    ...common,
    id: 'en.policy.not-ours',
    kind: 'construction',
    message: 'Saying it is not your decision or out of your hands passes the problem back to the customer.',
    suggestions: [{ text: "I can't change [X] myself, so I've asked [team] and I'll update you by [when]" }],
    patterns: [
      '{NOT_OURS}',
      '(?:out of|beyond|outside(?: of)?) (?:my|our) {CONTROL}',
      "(?:out of|beyond|outside(?: of)?) (?:what|anything) (?:i|we) (?:can|could|are able to|'re able to|am able to) (?:help (?:you )?with|assist (?:you )?with|do|handle|offer)",
      '(?:my|our) hands are tied',
      "(?:i|we) (?:{HEDGE} )?(?:don't|do not|didn't|did not) (?:make|set|take|decide) (?:the|those|these|that|this|any|such) (?:rules?|decisions?|policies|policy|calls?|prices)",
      // "That's handled by…": a pattern cannot begin inside "that's", so the contracted verb comes with its subject.
      "(?:is|are|was|were|(?:it|that|this|which|what)'s) (?:{HEDGE} )?(?:entirely |completely |solely |ultimately )?{HANDED_TO} (?:{OTHER_PARTY}|{OTHER_TEAM}|(?:our|the|a separate|a different|another|a dedicated) (?:[\\p{L}&-]+ ){0,3}{ORG_UNIT}|(?:each|every|the individual|individual|the local|your local) {OUTLET})",
      "(?:falls?|fell|comes?|came) (?:{HEDGE} )?under (?:the )?(?:responsibility|remit|jurisdiction|authority|control) of (?:{OTHER_PARTY}|(?:the|your|a|another) (?:[\\p{L}&-]+ ){0,3}(?:{ORG_UNIT}|council|authority|company|provider|insurer|bank))",
      "(?:sits|sit|lies|lie|rests|rest|falls|fall) (?:entirely |solely |squarely |completely |wholly |ultimately )?(?:with|to|under) (?:{OTHER_PARTY}|(?:our|the|a separate|a different|another) (?:[\\p{L}&-]+ ){0,3}{ORG_UNIT}|(?:each|every|the individual|individual) {OUTLET})",
      // The discretion or decision is someone else's: "at the bank's discretion", "our fraud team made this decision".
      "(?:is|are|was|were|(?:it|that|this)'s) (?:{HEDGE} )?(?:entirely |solely |wholly )?at (?:the |each )?(?:[\\p{L}&-]+ ){0,2}(?:[\\p{L}&-]+(?:'s|s')|their) (?:sole |own )?discretion",
      "(?:{OTHER_PARTY}|{OTHER_TEAM}|(?:our|the) (?:[\\p{L}&-]+ ){0,3}{ORG_UNIT}) (?:{HEDGE} )?(?:made|make|makes|took|take|takes|reached) (?:this|that|the|these|those|all|such|any) (?:final )?decisions?(?! to (?:refund|reimburse|give|offer|approve|grant|waive|accept|replace|upgrade|compensate|credit|honou?r|extend))",
      "(?:depends|depend|will depend|is dependent|are dependent) (?:entirely |solely |wholly |completely )?(?:up)?on {OTHER_PARTY}",
      // Each outlet runs itself: "our stores are independently owned", "each restaurant sets its own prices".
      "(?:{OUTLET}) (?:are|is) (?:all )?(?:independently|individually|privately|separately) (?:owned|operated|run|managed)",
      "(?:each|every|the individual|individual|our) {OUTLET} (?:{HEDGE} )?(?:sets?|decides?|determines?|manages?|chooses?|makes?|has|have|runs?) (?:its|their) own (?:prices|pricing|price|policies|policy|rules|menus?|hours|stock|promotions|offers|decisions?|terms|procedures)",
      "(?:something|one|a decision|a choice|a call) (?:that )?(?:our|the|each|every|individual) {OUTLET} (?:decide|make|set|choose|determine)s? (?:individually|independently|themselves|on their own|locally)",
      "(?:it's|it is|that's|that is|this is|it was|that was) (?:{HEDGE} )?for {OTHER_PARTY} to (?:decide|determine|say|confirm|approve|judge|assess|rule on|sort out|resolve|handle|deal with)",
      "(?:it's|it is|that's|that is|this is|it was|that was) (?:{HEDGE} )?{OTHER_PARTY}'s (?:decision|call|choice|responsibility|policy|rules?|remit|problem)",
      'not in (?:my|our) gift',
      "(?:the|this|that|our|my) (?:decision|rule|outcome|answer|policy|ruling|verdict)(?: of (?:the|our) (?:[\\p{L}&-]+ ){0,2}{ORG_UNIT})? (?:is|was|will be|remains) (?:final|binding|irreversible|not open to (?:discussion|negotiation|appeal))",
      "(?:the|this|that|our|my) (?:decision|ruling|outcome|position|answer|charge|fee|fine|penalty) (?:stands|will stand|remains (?:unchanged|the same|final)|has not changed|hasn't changed|is unchanged|(?:has been|was|will be) (?:upheld|maintained))(?=\\s*[.!,;]|\\s*$)",
      // The complaint closed from our side: "this is our final response", "we now consider this matter closed".
      "(?:this|that|it) (?:is|was|remains) (?:our|my|the company's) final (?:response|position|answer|word|decision)",
      "(?:we|i) (?:{HEDGE} )?(?:now |therefore |will now )?(?:consider|deem|regard) (?:this|the|that|your) (?:matter|complaint|case|issue|query|correspondence|dispute) (?:to be |as )?(?:now )?(?:closed|concluded|at an end|finalised|finalized)(?=\\s*(?:[.!…]|$))",
      "(?:will|would|may|can) not (?:be )?(?:responded|replied) to|(?:won't|will not) (?:receive|get) (?:a |any )?(?:further )?(?:response|reply)",
      // Responsibility disowned: "we cannot be held responsible for items left on board", "we accept no liability".
      "(?:{AGENT}|(?:the|our) company) (?:{HEDGE} )?(?:not|are not|aren't|am not|is not|isn't|cannot be held|can't be held|can not be held|won't be held|will not be held|are not held|is not held) (?:{HEDGE} )?(?:held )?(?:responsible|liable|accountable)(?: for|(?=\\s*(?:[.!,;…]|$)| (?:once|when|after|if|where|unless|should|in (?:the event|cases?)|here)(?![\\p{L}])))",
      // Said of the other party in the company's stead: "the airline is not liable for delays outside its control".
      "{OTHER_PARTY} (?:is|are|was|were|will be|would be) (?:{HEDGE} )?not (?:{HEDGE} )?(?:held )?(?:responsible|liable|accountable) for",
      "(?:{AGENT}|(?:the|our) company) (?:{HEDGE} )?(?:accepts?|takes?|bears?|assumes?|holds?) no (?:responsibility|liability)|(?:{AGENT}|(?:the|our) company) (?:{HEDGE} )?(?:don't|do not|does not|doesn't|cannot|can't|won't|will not) (?:accept|take|assume|bear) (?:any )?(?:responsibility|liability)",
      // Only someone else can act: "only the account holder can make changes", "refunds can only be approved by a manager".
      "(?<![\\p{L}])only (?:{OTHER_PARTY}|{OTHER_TEAM}|(?:the|a|an|your) (?:[\\p{L}&-]+ ){0,2}{ORG_UNIT}) (?:{HEDGE} )?(?:can|could|is able to|are able to|will be able to|would be able to|(?:has|have) the (?:power|authority|ability|access|right) to|(?:is|are) (?:authori[sz]ed|allowed|permitted|in a position) to|may)",
      "(?:can|could|will|may|must) only be (?:{IMMUTABLE}|done|requested|authori[sz]ed|actioned|handled|arranged|approved) by (?:{OTHER_PARTY}|{OTHER_TEAM}|(?:the|a|an|your) (?:[\\p{L}&-]+ ){0,2}(?:{ORG_UNIT}|manager|supervisor|person|people|passenger|holder|owner|payer|booker|customer|member))",
      "(?:we|i) (?:will |must |have to )?(?:stand|stick) by (?:our|the|my) (?:original )?(?:decision|ruling)",
      // "The store manager has the final say, not us."
      "(?:{OTHER_PARTY}|{OTHER_TEAM}|{DECIDER}|(?:the|our|each|every) (?:[\\p{L}&-]+ ){0,2}(?:{ORG_UNIT}|{OUTLET})) (?:{HEDGE} )?(?:has|have|gets?|holds?) the (?:final|last|ultimate) (?:say|word|decision)",
      "(?:rules are rules|policy is policy|(?:those|these) are the rules|the rules are the rules)",
      "it is what it is",
      // "That's not something our team deals with."
      "not (?:something|a thing|an area|a matter|a request|a query|an issue) (?:that )?(?:(?:our|this|the) (?:[\\p{L}-]+ )?(?:team|department|desk|staff|agents|office)|we|i) (?:{HEDGE} )?(?:handles?|deals? with|covers?|looks? after|manages?|takes? care of|oversees?|controls?|decides?|gets? involved (?:in|with))(?![\\p{L}])",
      // The company as a mere go-between: "we're only the payment processor", "we only sell the tickets".
      "(?:we|we're|we are|i'm|i am) (?:{HEDGE} )?(?:only|just|simply|merely|purely) (?:the|a|an) (?:[\\p{L}-]+ )?{GO_BETWEEN}(?![\\p{L}])",
      "(?:we|i) (?:{HEDGE} )?(?:only|just|simply|merely) (?:sell|resell|list|host|advertise) (?:the )?(?:tickets|rooms|listings|properties|holidays|packages)(?![\\p{L}])",
    ],
    except: ['reason-and-alternative', 'agent-hands-off', 'agent-offers', 'hypothetical', 'question'],
    unless: (ctx, match) => {
      // "It's not your fault" is kindness, and "not our fault" only deflects when nothing follows.
      const phrase = ctx.lower.slice(match.start, match.end);
      return /^not (?:my|our) fault/.test(phrase) && /(?:^|\s)(?:i|we)(?:'ll| will|'ve| have)\s/.test(ctx.lower);
    },
    examples: {
      flag: [
        // Issue #8: responsibility disowned with no "for", or for the other party; the decision of a named
        // unit final; someone else's remit or final say; the company as a mere go-between.
        { text: "Unfortunately we can't be held responsible once the courier has delivered the parcel.", span: "we can't be held responsible" },
        { text: 'Our staff cannot be held liable for valuables left in rooms.', span: 'Our staff cannot be held liable for' },
        { text: 'The airline is not liable for delays outside its control.', span: 'The airline is not liable for' },
        { text: 'The decision of the claims team is final.', span: 'The decision of the claims team is final' },
        { text: 'That falls under the responsibility of your local council.', span: 'falls under the responsibility of your local council' },
        { text: 'That would fall under your home insurance.', span: 'fall under your home insurance' },
        { text: "We're only the payment processor.", span: "We're only the payment processor" },
        { text: "I'm just the messenger here.", span: "I'm just the messenger" },
        { text: 'We are simply the marketplace.', span: 'We are simply the marketplace' },
        { text: 'We only sell the tickets; the event itself is run by the organiser.', span: 'We only sell the tickets' },
        { text: 'The store manager has the final say, not us.', span: 'The store manager has the final say' },
        { text: 'Head office has the last word on refunds.', span: 'Head office has the last word' },
        { text: 'Our directors have the final say on goodwill payments.', span: 'Our directors have the final say' },
        { text: 'Each franchise holds the final decision on pricing.', span: 'Each franchise holds the final decision' },
        { text: "That's not something our team deals with.", span: "not something our team deals with" },
        { text: 'Customs charges are the responsibility of the recipient.', span: 'are the responsibility of the recipient' },
        { text: "That's not my decision.", span: 'not my decision' },
        { text: 'My hands are tied here.', span: 'My hands are tied' },
        { text: "I've read your e-mail carefully, but I'm afraid my hands are tied.", span: 'my hands are tied' },
        { text: 'These delays are out of our control, but we do work with Network Rail.', span: 'out of our control' },
        { text: "Sadly that's beyond what we can assist with.", span: 'beyond what we can assist with' },
        { text: 'The contract is between you and the seller!', span: 'is between you and the seller' },
        { text: 'After testing, there is an issue with the servers right now; it is not on our end.', span: 'not on our end' },
        // Paraphrases.
        { text: 'Refund timing is entirely up to your bank.', span: 'is entirely up to your bank' },
        { text: 'That falls outside our remit.', span: 'outside our remit' },
        { text: 'Seat changes are at the discretion of the operating airline.', span: 'are at the discretion of the operating airline' },
        { text: 'Our decision is final.', span: 'Our decision is final' },
        { text: 'Compensation for delays is decided by the train operator.', span: 'is decided by the train operator' },
        { text: 'Refund approval is handled by our resolutions team.', span: 'is handled by our resolutions team' },
        { text: 'Address changes are dealt with by a separate logistics unit.', span: 'are dealt with by a separate logistics unit' },
        { text: 'Responsibility for the parcel now lies with the courier company.', span: 'lies with the courier company' },
        { text: 'It is generally for the copyright holder to decide whether the video stays down.', span: 'It is generally for the copyright holder to decide' },
        { text: "That's the airline's decision, not ours.", span: "That's the airline's decision" },
        { text: "That isn't our call to make.", span: "isn't our call" },
        { text: 'A goodwill credit is not in my gift.', span: 'not in my gift' },
        { text: 'We stand by our original decision.', span: 'We stand by our original decision' },
        { text: "We don't make that decision, the developers do.", span: "We don't make that decision" },
        { text: 'Sadly we do not set the prices.', span: 'we do not set the prices' },
        { text: 'The outcome stands.', span: 'The outcome stands' },
        // The matter handed to a unit nobody listed, to each outlet, or to someone's discretion.
        { text: "That's handled by a separate team.", span: "That's handled by a separate team" },
        { text: "Cancellation fees are decided by the Patient Finance Panel.", span: 'are decided by the Patient Finance Panel' },
        { text: 'Opening hours are up to each store.', span: 'are up to each store' },
        { text: "Decisions on cancelling 'did not attend' fees rest with the Outpatient Finance Panel.", span: 'rest with the Outpatient Finance Panel' },
        { text: 'The final say lies with each franchise.', span: 'lies with each franchise' },
        { text: "The refund is at the bank's discretion.", span: "is at the bank's discretion" },
        { text: 'Our fraud team made this decision.', span: 'Our fraud team made this decision' },
        { text: 'The review panel took the decision last week.', span: 'The review panel took the decision' },
        { text: 'Whether you get a refund depends on the airline.', span: 'depends on the airline' },
        { text: 'Our stores are independently owned and operated.', span: 'stores are independently owned' },
        { text: 'Each restaurant sets its own prices.', span: 'Each restaurant sets its own prices' },
        { text: 'This is something that our stores decide individually.', span: 'something that our stores decide individually' },
        // Responsibility disowned, only someone else able to act, the matter closed from our side.
        { text: "We are not responsible for delays caused by the courier.", span: "We are not responsible for" },
        { text: "We cannot be held responsible for items left on board.", span: "We cannot be held responsible for" },
        { text: "The company accepts no liability for third-party websites.", span: "The company accepts no liability" },
        { text: "Only the bank can tell you why the payment was declined.", span: "Only the bank can" },
        { text: "Refunds over £50 can only be approved by a manager.", span: "can only be approved by a manager" },
        { text: "This is our final response.", span: "This is our final response" },
        { text: "We now consider this complaint closed.", span: "We now consider this complaint closed" },
        { text: "Any further correspondence on this matter will not be responded to.", span: "will not be responded to" },
        { text: "Our position remains unchanged.", span: "Our position remains unchanged" },
        { text: "The penalty has been upheld.", span: "The penalty has been upheld" },
      ],
      pass: [
        "We can't be held responsible for the weather, but we've rebooked you on the first flight tomorrow.",
        "We're only the payment processor, so I've contacted the shop for you and they'll refund you by Friday.",
        'You have the final say on which date we deliver.',
        "I'm just the person to help with that; I've refunded it.",
        "It's not something our team deals with often, but I'll find the answer and email you today.",
        "That's my decision to make, and I've approved the refund.",
        "It's up to you: I can refund it or send a new one today.",
        'The delay was beyond our control, so I have booked you on the 6 pm train at no cost.',
        'The contract is between you and the seller, so I have opened a claim with them for you and will update you on Friday.',
        'The refund is handled by our finance team, and I have asked them to send it today; you will have it by Friday.',
        "Your parcel is with the courier and arrives tomorrow.",
        'This form is for the account owner to sign.',
        "It's at your discretion whether to keep the spare part.",
        'Delivery times depend on your location.',
        'The store manager made the decision to refund you in full.',
        "Each restaurant sets its own prices, so I'd be happy to look up your local one if you send me the address.",
        "The refund is at the bank's discretion, so I've called them and they agreed to release it today.",
        "Only you can see your password.",
        "Your complaint has been upheld and I've refunded the £40.",
        "You're not responsible for the return postage; I've sent a prepaid label.",
        "Only the account holder can make changes, so I've emailed Dana a link to approve it; I'll update you once she does.",
        "We consider this matter closed now that the refund has arrived; thank you for your patience.",
      ],
    },
  },
  {
    ...common,
    id: 'en.policy.nothing-to-do',
    kind: 'construction',
    message: '"Nothing I can do" ends the conversation without a way forward.',
    suggestions: [{ text: 'What I can do is [alternative]', note: 'Say what is possible.' }],
    patterns: [
      "(?:there's|there is) (?:{HEDGE} )?nothing (?:more |else |further )?(?:that )?(?:i|we) (?:can|could) (?:do|offer|change)",
      "there(?: isn't| is not|'s not) (?:anything|much) (?:more |else |further )?(?:that )?(?:i|we) (?:can|could) (?:do|offer)",
      'nothing (?:more|else|further) (?:that )?(?:i|we) (?:can|could) (?:do|offer)',
      '(?:i|we) {INABILITY} do (?:anything|much) (?:more|else|further|about (?:it|this|that))',
      "(?:i|we) (?:can't|cannot|can not) help (?:you )?(?:with (?:that|this)|any further|further)",
      "(?:i|we)(?:'ve| have) done (?:all|everything) (?:that )?(?:i|we) can",
      "(?:there's|there is) no way (?:around|to get around) (?:it|this|that)",
      // The limit of help stated as the answer: "that's all we can do", "there's little we can do".
      "(?:that's|that is|this is|it's|it is) (?:{HEDGE} )?(?:all|as much as|everything) (?:that )?(?:i|we) (?:can|could|are able to|'re able to|am able to|'m able to) (?:do|offer)(?: (?:for you|here|on this|at this (?:time|stage)|on our (?:end|side)|right now|for now|i'm afraid))?(?=\\s*(?:[.!,;…]|$))",
      "(?:there's|there is) (?:{HEDGE} )?(?:not a lot|not a great deal|very little|little|only so much) (?:more |else |further )?(?:that )?(?:i|we) (?:can|could|are able to) (?:do|offer)",
      "(?:i|we) (?:{HEDGE} )?have nothing (?:more|further|else|additional) to (?:add|offer|say)",
    ],
    except: ['reason-and-alternative', 'agent-offers', 'hypothetical', 'question'],
    examples: {
      flag: [
        { text: "There's nothing more I can do.", span: "There's nothing more I can do" },
        { text: "We do apologise for this but there's unfortunately, there's nothing more we can do.", span: "there's nothing more we can do" },
        { text: "Unfortunately we can't help you with that.", span: "we can't help you with that" },
        // Paraphrases.
        { text: "We've done everything we can.", span: "We've done everything we can" },
        { text: 'I am not able to do anything more.', span: 'I am not able to do anything more' },
        { text: "Sadly there's no way around it.", span: "there's no way around it" },
        { text: 'There is regrettably nothing further we can offer.', span: 'There is regrettably nothing further we can offer' },
        // The limit of help stated as the answer.
        { text: "Unfortunately that's all we can do.", span: "that's all we can do" },
        { text: "I'm afraid there's little we can do.", span: "there's little we can do" },
        { text: "We have nothing further to add.", span: "We have nothing further to add" },
      ],
      pass: [
        'Is there anything else I can help with?', "There's nothing you need to do: the refund is on its way.", "There's nothing more we can do remotely, so I've booked an engineer for Thursday.",
        "That's all we need from you, thanks!",
        "We have nothing to hide: here is the full breakdown of the fee.",
      ],
    },
  },
  {
    ...common,
    id: 'en.policy.system-says-no',
    kind: 'construction',
    message: 'Blaming "the system" hides who decided and what can be done.',
    suggestions: [{ text: "I can't [do X] in our tool, but I can [alternative]", note: 'Own it and offer what is possible.' }],
    patterns: [
      "(?:our|the|this) (?:[\\p{L}-]+ )?{SYSTEM} (?:{HEDGE} )?(?:doesn't|does not|don't|do not|won't|will not|can't|cannot|isn't able to|is unable to|aren't able to|are unable to|wouldn't|would not|isn't set up to|is not set up to|aren't set up to|are not set up to|isn't designed to|is not designed to) (?:allow|let|permit|accept|give)",
      // The wall named as a property of the software: "that's a system limitation", "a limitation of our booking tool".
      "(?:it's|it is|that's|that is|this is|it was|this was) (?:{HEDGE} )?(?:an? |one )?(?:(?:known|current|technical) )?(?:{SYSTEM} (?:limitation|restriction|constraint)s?|(?:limitation|restriction|constraint)s? (?:of|in|on|with) (?:the|our) (?:[\\p{L}-]+ )?{SYSTEM})",
      '(?:is|are|was|were) (?:{HEDGE} )?(?:made|decided|determined|set|generated|controlled|calculated|applied|imposed|enforced) (?:automatically )?by (?:the|our|an) (?:automated |[\\p{L}-]+ )?{SYSTEM}',
      "(?:it's|it is|this is|that is|that's|this was|it was) (?:{HEDGE} )?(?:an? )?(?:automated|automatic|system-generated|system generated) (?:decision|process|block|restriction|rule|charge|fee|cancellation)",
      "(?:that's|this is|it's|that is|it is) (?:just |simply )?how (?:the|our) (?:system|process|software|tool|policy|computer) works",
      '(?:(?:i|we) {INABILITY}|(?:the|our) system {INABILITY}) override',
      // The software's limit as the whole answer: "our system only allows one change per booking".
      "(?:our|the|this) (?:[\\p{L}-]+ )?{SYSTEM} (?:{HEDGE} )?only (?:allows?|lets?|permits?|accepts?|supports?|takes?|lets us|allows us to)",
      'the (?:system|computer) (?:says|said) no',
    ],
    except: [...STANDARD_EXCEPTIONS],
    examples: {
      flag: [
        { text: "Our system doesn't allow that.", span: "Our system doesn't allow" },
        { text: "That's just how the system works, I can't override it.", span: "That's just how the system works" },
        // Paraphrases.
        { text: "The booking system won't let me change it.", span: "The booking system won't let" },
        { text: 'Sorry, the computer says no.', span: 'the computer says no' },
        { text: 'The reservations platform will not accept a second name change.', span: 'The reservations platform will not accept' },
        { text: 'Late fees are applied by our billing software, so I am afraid the amount stands.', span: 'are applied by our billing software' },
        { text: 'Unfortunately this is an automated decision.', span: 'this is an automated decision' },
        { text: 'The checkout technically won\'t let a second voucher through.', span: 'The checkout technically won\'t let' },
        { text: "Our systems don't allow us to reinstate a cancelled booking.", span: "Our systems don't allow" },
        { text: "Unfortunately that's a system limitation.", span: "that's a system limitation" },
        { text: 'It is currently a limitation of our booking platform.', span: 'It is currently a limitation of our booking platform' },
        { text: 'Our system only allows one change per booking.', span: 'Our system only allows' },
        { text: 'The ordering portal technically only accepts one voucher.', span: 'The ordering portal technically only accepts' },
      ],
      pass: [
        "The app doesn't support dark mode yet; I've added your vote to the request and you'll hear from me when it ships.",
        'Our system allows two devices per account, and you have one free.',
        'The fee is calculated by our billing system from the weight, so I have re-weighed the parcel and refunded the difference.',
        "That's a known system limitation, so I've changed the date by hand for you.",
        'Is this a limitation of the app or of my phone?',
        'Our system only allows one change per booking online, so I have made the second change for you by hand.',
      ],
    },
  },
  {
    ...common,
    id: 'en.policy.go-elsewhere',
    kind: 'construction',
    message: 'Sending the customer elsewhere with no help makes them start over.',
    suggestions: [{ text: "I've passed your case to [team] with the details, and they'll contact you by [when]", note: 'Do the hand-off for them.' }],
    patterns: [
      '{MUST} (?:{HEDGE} )?{CONTACT_VERB} (?:{OTHER_PARTY}|{OTHER_TEAM})',
      '(?:this|that|it)(?: would be|\'d be| is|\'s) (?:a question|something|one|a matter) for {OTHER_TEAM}',
      '(?:this|that|it)(?: would be|\'d be| is|\'s) (?:a question|something|one|a matter) for {OTHER_PARTY}',
      "(?:this|that|it)(?: would be|'d be| is|'s) (?:a question|something|one|a matter) for (?:our|the|your) (?:[\\p{L}&-]+ ){0,3}(?:team|department|dept|desk|folks|people|colleagues|office|unit)",
      '(?:{OTHER_PARTY}|{OTHER_TEAM})(?: (?:at|on) [\\p{N}() +-]{6,20})? (?:should|will|would|\'d) be (?:able|happy|glad|best placed) to (?:assist|help|advise|sort|resolve|answer|deal with|look into|take care of|arrange|process)',
      "you(?:'ll| will| would|'d)? (?:have|need) to (?:contact|call|reach out to|get in touch with|speak (?:to|with)|go to|visit)(?! (?:us|me|our|my|this|the link|the steps|the page|the website|the settings|settings|www|https?))",
      // The same order in softer modals: "you should contact AT&T", "you may want to reach out to the developer".
      "you(?: should| must| may want to| might want to|'ll want to| will want to|'d want to| would want to| may need to| might need to|'re going to need to| are going to need to|'ll probably need to| will probably need to|'d probably need to| would probably need to) (?:{HEDGE} )?(?:contact|call|reach out to|get in touch with|speak (?:to|with)|talk to|email)(?! (?:us|me|our|my|this|the link|the steps|the page|the website|the settings|settings|www|https?|them here|someone here)(?![\\p{L}]))",
      '(?:we|i) (?:cannot|can\'t|can not|don\'t|do not) (?:assist|help) with (?:this|that|these|those|any|account|travel|billing) (?:[\\p{L}-]+ )?(?:here|requests?|questions?|queries|inquiries|enquiries|issues?)',
      "(?:that's|that is|this is|it's|it is) not (?:handled|something (?:we|i) (?:handle|deal with))",
      '(?:please )?reach out to them',
      // The matter sent away in the passive: "any return must be arranged with them directly", "this would need to go through your insurer".
      "(?:must|should|will need to|would need to|will have to|would have to|needs to|need to|has to|have to) be (?:arranged|raised|directed|submitted|filed|lodged|taken up|addressed|handled|dealt with|resolved|sorted out|settled|referred|pursued) (?:directly )?(?:to|with|through|via|by) (?:{OTHER_PARTY}|(?:the|your) (?:[\\p{L}&-]+ ){0,2}(?:company|firm|provider|supplier|operator|seller|retailer|manufacturer|bank|insurer))",
      "(?:would|will|'ll|'d) (?:need|have) to go (?:directly )?through {OTHER_PARTY}|(?:must|has to|have to|needs? to) go (?:directly )?through {OTHER_PARTY}",
      // "Your best bet would be to give your bank a call."
      "{MUST} (?:{HEDGE} )?give (?:{OTHER_PARTY}|{OTHER_TEAM}) a (?:call|ring|bell|shout|message|email)",
      // Anyone named, sent to directly with nothing done: "you'll want to reach out to Microsoft for that".
      "{MUST} (?:{HEDGE} )?{CONTACT_VERB} (?!(?:us|me|our|my|this|the link|the steps|the page|the website|the settings|settings|www|https?|here|them here)(?![\\p{L}]))(?:[\\p{L}&'.-]+(?: [\\p{L}&'.-]+){0,2}?)(?= (?:directly|for (?:that|this|help with (?:that|this)|further (?:help|assistance|support)|assistance|support)|about (?:that|this|it))\\s*(?:[.!,;…]|$))",
      // The hand-off as advice: "I'd recommend contacting the seller directly". Only to another party:
      // "we'd recommend contacting our Sales team on: <link>" gives the route and passed the readers.
      "(?:i|we)(?:'d| would)? (?:{HEDGE} )?(?:recommend|suggest|advise) (?:that you )?(?:contacting|reaching out to|getting in touch with|calling|phoning|ringing|speaking (?:to|with)|talking to|emailing|writing to|checking with|getting hold of|raising (?:this|it) with|taking (?:this|it) up with) {OTHER_PARTY}",
      // "Any refund would need to come from the seller", "refunds for marketplace items must be requested from the seller".
      "(?:{REMEDY_NOUN}|{REMEDY_ONE})(?: (?:for |on )?(?:[\\p{L}-]+ ){0,2}[\\p{L}-]+)? (?:would|will|must|should|has to|have to|needs? to|would need to|will need to|would have to|will have to) (?:{HEDGE} )?(?:come|be (?:requested|claimed|sought|issued|processed|approved|paid)) (?:directly )?(?:from|by) {OTHER_PARTY}",
      // Someone else told to act, with nothing done for them: "try contacting the app developer", "you'd be better off speaking to your bank".
      "(?:^|(?<=[,;] ))(?:(?:maybe|perhaps|please) )?try (?:contacting|reaching out to|getting in touch with|calling|phoning|speaking (?:to|with)|talking to|asking|emailing|messaging) {OTHER_PARTY}",
      "you(?:'d| would|'ll| will)? (?:{HEDGE} )?be better off (?:contacting|reaching out to|getting in touch with|calling|phoning|speaking (?:to|with)|talking to|asking|emailing|going to|going through) {OTHER_PARTY}",
      // "Your bank is best placed to help with this", "the seller is the one who can help you here".
      "{OTHER_PARTY} (?:is|are) (?:{HEDGE} )?(?:best placed|better placed|better equipped|best equipped|the (?:ones?|people|team) (?:who|that) (?:can|could|will be able to)) (?:to )?(?:assist|help|advise|answer|sort|resolve|deal)",
      '{MUST} (?:{HEDGE} )?take (?:it|this|that|the matter|this matter|your (?:concern|complaint|issue)) up (?:directly )?with',
      "^(?:(?:unfortunately|sadly|so|instead|i'm afraid|i am afraid|we're afraid)[,]? )?(?:contact|call|phone|ring|reach out to|get in touch with|speak to|speak with|talk to|email|write to|take it up with|check with|get hold of|consult) {OTHER_PARTY}",
    ],
    except: ['agent-hands-off', 'reason-and-alternative', 'hypothetical', 'question'],
    unless: (ctx, match) =>
      // "the options you have to contact…" / "when you need to contact…" are not orders.
      /(?:options|ways|where|when|if|whenever|how)\s+$/.test(ctx.lower.slice(Math.max(0, match.start - 12), match.start)),
    examples: {
      flag: [
        { text: 'You should contact AT&T about the charge.', span: 'You should contact' },
        { text: 'You might want to reach out to Spotify.', span: 'You might want to reach out to' },
        // Issue #8: other modal and advice forms of the same hand-off.
        { text: "You'd have to speak with our crew on board about that.", span: "You'd have to speak with our crew" },
        { text: 'Your best bet would be to give your bank a call.', span: 'Your best bet would be to give your bank a call' },
        { text: 'Any claims need to go through the courier.', span: 'need to go through the courier' },
        { text: "I'd recommend contacting the seller directly.", span: "I'd recommend contacting the seller directly" },
        { text: 'We suggest getting in touch with your letting agent.', span: 'We suggest getting in touch with your letting agent' },
        { text: 'Your bank is best placed to help with this.', span: 'Your bank is best placed to help' },
        { text: 'The seller is the one who can help you here.', span: 'The seller is the one who can help' },
        { text: 'Any refund would need to come from the seller.', span: 'refund would need to come from the seller' },
        { text: 'Exchanges for marketplace items must be requested from the vendor.', span: 'Exchanges for marketplace items must be requested from the vendor' },
        { text: 'Try contacting the app developer.', span: 'Try contacting the app developer' },
        { text: "You'd be better off speaking to your bank.", span: "You'd be better off speaking to your bank" },
        { text: "You'll want to reach out to Microsoft for that.", span: "You'll want to reach out to Microsoft" },
        { text: 'Your local branch will be able to sort that for you.', span: 'Your local branch will be able to sort' },
        { text: 'Best to ask at the front desk when you arrive.', span: 'Best to ask at the front desk' },
        { text: 'You will have to contact the manufacturer.', span: 'You will have to contact the manufacturer' },
        { text: "I'm sorry Kevin, but you need to contact Kuwait Airways.", span: 'you need to contact' },
        { text: 'For all travel questions, please visit our site. We cannot assist with travel inquiries over social media.', span: 'We cannot assist with travel inquiries' },
        { text: 'There is an issue with their servers right now. Please reach out to them for updates.', span: 'Please reach out to them' },
        // Paraphrases.
        { text: 'Your best bet is to take it up with the retailer.', span: 'Your best bet is to take it up with the retailer' },
        { text: 'You may need to check with your card issuer.', span: 'You may need to check with your card issuer' },
        { text: 'You will have to personally call the venue.', span: 'You will have to personally call the venue' },
        { text: 'I suggest you to please contact HP phone support for further assistance.', span: 'I suggest you to please contact HP phone support' },
        { text: 'This would be a question for your local store. Thanks for your time!', span: 'This would be a question for your local store' },
        { text: "That's a question for our billing folks.", span: "That's a question for our billing folks" },
        { text: 'Our customer service reps at 800-892-4357 should be able to assist with that.', span: 'Our customer service reps at 800-892-4357 should be able to assist' },
        { text: 'You would need to speak with our Holidays team, Tracey.', span: 'You would need to speak with our Holidays team' },
        { text: "You're going to have to liaise with your travel agent.", span: "You're going to have to liaise with your travel agent" },
        { text: 'Unfortunately, get in touch with the tour operator.', span: 'Unfortunately, get in touch with the tour operator' },
        { text: "You'll need to file a claim with the delivery company.", span: "You'll need to file a claim with the delivery company" },
        { text: "You'd need to take this up with Northwind directly.", span: "You'd need to take this up with" },
        // The matter sent away in the passive, or by "direct your complaint to".
        { text: "Any return must be arranged with the seller directly.", span: "must be arranged with the seller directly" },
        { text: "Please direct your complaint to the seller.", span: "Please direct your complaint to the seller" },
        { text: "This would need to go through your insurer.", span: "would need to go through your insurer" },
        { text: "This is something you'll need to discuss with your provider.", span: "you'll need to discuss with your provider" },
      ],
      pass: [
        'You should contact us any time it happens again.',
        'You may want to call them here: the number is on your card, and I have already told them about your case.',
        "We'd recommend contacting our Sales team on: https://example.com/sales",
        "I'd recommend contacting the seller directly, so I've sent them your order details and they'll reply within a day.",
        'Please contact us directly about this.',
        "You'll want to restart the router for that.",
        'Your bank is best placed to help with this, and their number is 0800 123 456.',
        "You'll need to contact your bank to release the hold; I'll send you the letter they ask for today, and their number is 0800 123.",
        'You will need to restart the router after the update.',
        "You'll need to contact us from the email on the account so we can verify it's you.",
        "You can contact the seller from the order page, and if they don't answer in 2 days I'll step in.",
        "I've passed this to our billing team, and they should be able to help by Friday.",
        "The refund will go through your bank in 3-5 days.",
        "The payment must be made to the seller before they ship.",
      ],
    },
  },
  {
    ...common,
    id: 'en.policy.send-away',
    kind: 'construction',
    message: 'Pointing to another channel instead of helping makes the customer start over.',
    suggestions: [{ text: "I've [what you did for them]; if you'd rather, [the other route] also works" }],
    patterns: [
      "^(?:(?:hi|hello|hey)[^,.!?]{0,20}, )?(?:for|regarding|to get|to receive|to find) (?:(?:all|any|your|further|more|additional) )?(?:[\\p{L}-]+ )?{HELP_TOPIC}(?: (?:with|on|about|regarding|related to|concerning|relating to|of|in) [^,.!?]{1,40})?,? {SEND_AWAY}(?! us (?:a |in |via |by )?(?:dm|direct message|private message))",
    ],
    except: ['agent-hands-off', 'agent-offers', 'hypothetical'],
    examples: {
      flag: [
        { text: 'For technical help, please visit our Help site https://help.minecraft.net', span: 'For technical help, please visit' },
        { text: 'For all travel questions or concerns, please visit https://example.com/trips for information.', span: 'For all travel questions or concerns, please visit' },
        // Paraphrases.
        { text: 'For billing enquiries, contact our accounts team at https://example.com/billing.', span: 'For billing enquiries, contact' },
        { text: 'Regarding account issues, please head over to our support portal.', span: 'Regarding account issues, please head over to' },
        // The topic led by "to get …" or narrowed by "concerning …": the same hand-off in other words.
        { text: 'To get assistance concerning a refund, you can contact our payments desk.', span: 'To get assistance concerning a refund, you can contact' },
        // The topic narrowed by "of …": "For refund requests of …, please reach out to …".
        { text: 'For refund requests of Minecraft Windows 10 Edition, please reach out to Xbox Live Support here: https://example.com/xbox', span: 'For refund requests of Minecraft Windows 10 Edition, please reach out to' },
      ],
      pass: [
        'For help with this, please DM us your order number and I will look into it.',
        // A route to the party that owns the product, after saying why, passed the readers (replies.en.jsonl).
        'BHIM is not developed by Apple. For support for this app, reach out to the developer here: https://example.com/apps',
        "Thanks for your help, please visit again soon!",
        "For faster help next time, you can also use our chat; I've already refunded this order.",
      ],
    },
  },
  {
    ...common,
    id: 'en.policy.unchangeable',
    kind: 'construction',
    message: 'Declaring that something cannot be changed, with no reason or way forward, closes the door on the customer.',
    suggestions: [{ text: "[X] can't be changed because [reason]; what I can do is [alternative]" }],
    patterns: [
      "(?:can't|cannot|can not|won't|will not|couldn't|could not|isn't able to|is not able to|are not able to|aren't able to|is unable to|are unable to|can no longer|will no longer) (?:{HEDGE} )?be {IMMUTABLE}",
      "(?:is|are|'s|was|were) (?:{HEDGE} )?(?:strictly |completely |entirely |totally |always )?{NOT_ALLOWED_ADJ}",
      "(?:we|i) (?:{HEDGE} )?(?:have|had) no (?:choice|option|alternative) but to",
      // A refusal announced as a verdict, nothing said of why: "the answer is still no", "your claim has been declined".
      "(?:(?<=(?:unfortunately|sadly|regrettably|afraid|sorry)[^.!?]{0,24})(?:the|my|our) answer (?:is|remains|has to be|will have to be) |(?:the|my|our) answer (?:is|remains|has to be|will have to be) {HEDGE} )no(?=\\s*(?:[.!…]|$))",
      "(?:we|i)(?:'ll| will| must| have to| need to|'re going to have to| are going to have to|'m going to have to| am going to have to) (?:{HEDGE} )?(?:respectfully |politely )?decline(?= (?:your|this|that|the) (?:request|claim|appeal|application)|\\s*(?:[.!,;…]|$))",
      "(?:your|the|this|that) (?:request|claim|appeal|application)(?: for (?:a |an )?[\\p{L}-]+(?: [\\p{L}-]+)?)? (?:has been|have been|was|were|is|will be|has unfortunately been|has regrettably been) (?:{HEDGE} )?(?:declined|rejected|refused|denied|turned down)",
      "you(?:'re| are|'ll be| will be) (?:{HEDGE} )?only (?:able|allowed|permitted|entitled|eligible) to",
      // The same limit said of the agent: "we can only assist with orders placed online".
      "{AGENT} (?:{HEDGE} )?(?:can|could) only (?:{HEDGE} )?{SERVICE_ACTION}",
      "{AGENT} (?:{HEDGE} )?only (?:able|allowed|permitted|authori[sz]ed) to (?:{HEDGE} )?{SERVICE_ACTION}",
      "you(?:'re| are|'ll be| will be) (?:{HEDGE} )?not (?:allowed|permitted|entitled) to|you aren't (?:allowed|permitted|entitled) to",
      "{NO_EXCEPTION} (?:can|will|could) be (?:made|granted|given)",
      "there(?: are| is|'s) (?:{HEDGE} )?{NO_EXCEPTION}",
      // The rule itself declared closed: "the rules are set in stone", "that policy isn't up for discussion".
      "(?:is|are|'s|'re|remains?|was|were) (?:{HEDGE} )?(?:set in stone|non-negotiable|not negotiable|not up for (?:discussion|negotiation|debate)|not open (?:to|for) (?:discussion|negotiation|debate))(?![\\p{L}])",
      "(?:isn't|aren't|wasn't|weren't) (?:{HEDGE} )?(?:up for|open (?:to|for)) (?:discussion|negotiation|debate)",
      // A remedy held to one narrow case: "refunds are only available within 14 days".
      "(?:{REMEDY_NOUN}|(?:a|an) {REMEDY_ONE}) (?:is|are|can be|will be) (?:{HEDGE} )?only (?:available|offered|possible|given|issued|granted|accepted|permitted|allowed|processed|provided|made)(?![\\p{L}])",
      "(?:we|i) (?:{HEDGE} )?(?:don't|do not) have {NO_EXCEPTION}",
      "you (?:are|'re|will be) (?:{HEDGE} )?(?:required to|subject to)",
      "(?:this|that|it) is not (?:something|anything) (?:that )?(?:can|we can|i can) (?:change|alter|override|amend)",
      // A remedy declared unavailable: "price matching isn't available on online orders", "a refund is not possible".
      "(?:{REMEDY_NOUN}|(?:a|an|any) {REMEDY_ONE}) (?:{HEDGE} )?(?:isn't|is not|aren't|are not|won't be|will not be|wouldn't be|would not be) (?:{HEDGE} )?(?:available|offered|possible|permitted|allowed|an option|given|provided|issued|granted|accepted|honou?red|entertained)(?![^.!?]{0,30}(?<![\\p{L}])(?:until|unless)(?![\\p{L}]))",
      // "There are no refunds on sale items": the remedy denied by saying it does not exist.
      "there (?:are|will be) (?:{HEDGE} )?no {REMEDY_NOUN}(?! (?:fees?|charges?|costs?|needed|required|necessary|pending|due|outstanding|to (?:process|make|do)))",
      '^no (?:refunds?|returns?|exchanges?|exceptions?|cancell?ations?|compensation|credits?)(?: (?:are|is|can be|will be) (?:given|offered|issued|made|possible|allowed))?(?=\\s*[.!]|\\s*$)',
    ],
    except: [...STANDARD_EXCEPTIONS],
    unless: (ctx, match) =>
      /^\s*(?:(?:by|for) (?:anyone|anybody|other|someone)|without your)/.test(ctx.lower.slice(match.end)) ||
      // "We can only help once you send the order number" asks for what the agent needs; it is no wall.
      (/^(?:i|we|our|the team|support|customer)\b[^.!?]* only /.test(ctx.lower.slice(match.start, match.end) + ' ') &&
        /^[^.!?]{0,40}\b(?:if|once|when|after|as soon as) (?:you|we|i)\b/.test(ctx.lower.slice(match.end))),
    examples: {
      flag: [
        // Issue #8: the rule declared closed, and a remedy held to one narrow case.
        { text: 'The rules are set in stone.', span: 'are set in stone' },
        { text: "That policy isn't up for discussion.", span: "isn't up for discussion" },
        { text: "There's no flexibility on this, I'm afraid.", span: "There's no flexibility" },
        { text: 'The fee remains non-negotiable.', span: 'remains non-negotiable' },
        { text: 'Refunds are only available within 14 days.', span: 'Refunds are only available' },
        { text: 'An upgrade is only possible at the airport.', span: 'An upgrade is only possible' },
        { text: 'Credits can be only issued once per order.', span: 'Credits can be only issued' },
        { text: 'Once an account has been created the Online ID can\'t be changed. https://example.com/faq', span: "can't be changed" },
        { text: 'Your booking cannot be refunded.', span: 'cannot be refunded' },
        // Paraphrases.
        { text: 'Points are not able to be transferred between accounts.', span: 'are not able to be transferred' },
        { text: 'Our staff can only refund purchases made in store.', span: 'Our staff can only refund' },
        { text: "We're only authorised to rebook flights on the same route.", span: "We're only authorised to rebook" },
        { text: 'No exceptions can be made.', span: 'No exceptions can be made' },
        { text: 'Gift cards cannot currently be exchanged.', span: 'cannot currently be exchanged' },
        { text: 'There is no workaround.', span: 'There is no workaround' },
        { text: "If the damage wasn't reported within 7 days, we don't have any flexibility on this.", span: "we don't have any flexibility" },
        { text: 'Otherwise, you are subject to fees.', span: 'you are subject to' },
        { text: 'No refunds. Read the FAQ next time.', span: 'No refunds' },
        { text: 'Suspensions can no longer be overturned.', span: 'can no longer be overturned' },
        { text: 'Sale items are strictly non-returnable.', span: 'are strictly non-returnable' },
        { text: 'Water damage is not covered by the warranty.', span: 'is not covered by the warranty' },
        { text: 'We had no choice but to cancel your order.', span: 'We had no choice but to' },
        { text: 'There is no room for manoeuvre on the deadline.', span: 'There is no room for manoeuvre' },
        // A remedy declared unavailable, plural or singular.
        { text: "Sorry, but price matching isn't available on online orders.", span: "price matching isn't available" },
        { text: 'A price adjustment is not possible on this fare.', span: 'A price adjustment is not possible' },
        { text: 'Cash refunds are not currently offered for gift cards.', span: 'Cash refunds are not currently offered' },
        { text: "You're only able to have one personal item under the seat with this fare.", span: "You're only able to" },
        { text: 'You are typically not entitled to a second voucher.', span: 'You are typically not entitled to' },
        // A refusal announced as a verdict; a remedy said not to be accepted or not to exist.
        { text: "I have checked with my supervisor and unfortunately the answer is still no.", span: "the answer is still no" },
        { text: "I'm afraid we must decline your request.", span: "we must decline" },
        { text: "Regrettably, your request for a refund has been declined.", span: "your request for a refund has been declined" },
        { text: "Returns are not accepted after 30 days.", span: "Returns are not accepted" },
        { text: "There are no refunds on sale items.", span: "There are no refunds on" },
      ],
      pass: [
        "The date isn't set in stone yet, so I've pencilled you in for Tuesday.",
        "Refunds are only available within 14 days, and you're still within that window, so I've started yours.",
        'Is there any flexibility on the date?',
        "The Online ID can't be changed once created, because it is tied to your purchases; what I can do is set up a new display name for you now.",
        'Your data cannot be accessed by anyone outside our team.',
        'The password cannot be changed without your confirmation, which keeps the account safe.',
        "You're required to show ID at pickup so nobody else can collect your parcel; I can add a second collector for you now.",
        "The ticket is non-refundable because it was a saver fare, but I can move it to any date this month at no cost.",
        'Accidental damage is not covered by the warranty, so I have added AppleCare for you at no charge.',
        "You're only able to see the code after you log in, so I have emailed it to you as well.",
        'We can only look into it once you send us the order number, so reply here with it when you can.',
        "A refund isn't possible until the parcel is back with us, so please post it with the label in your inbox.",
        'Exchanges are not available online, but I can swap it for you here right now.',
        'Is a refund not possible for this one?',
        "The answer is no, you don't need to do anything else.",
        "I'll decline the old card and add the new one.",
        "There are no refunds pending on your account.",
        "Returns are accepted within 30 days, so you're well within time.",
        "Your claim has been rejected because the photo was missing; send it here and I'll reopen it today.",
      ],
    },
  },
  {
    ...common,
    id: 'en.policy.wrong-person',
    kind: 'construction',
    message: 'Saying you are not the right person or team hands the problem back to the customer.',
    suggestions: [{ text: "I've passed this to [the team that handles it] with your details, so you won't need to explain it again" }],
    patterns: [
      // "I'm not the right person for this", "we aren't the best team to help".
      "(?:{AGENT} (?:{HEDGE} )?not|(?:we|they) aren't|(?:this|our|that) (?:team|department|desk|office) isn't) (?:{HEDGE} )?(?:the|a) {RIGHT_ONE} {HANDLER_NOUN}(?= (?:to|for|who|that|here|in)|\\s*(?:[.!,;…]|$))",
      // "We're not the ones who handle refunds."
      "{AGENT} (?:{HEDGE} )?not (?:the ones?|the people|the team|the department|the company|the ones that|the people that) (?:who |that |which )?(?:{HEDGE} )?(?:handles?|deals? with|decides?|makes? (?:that|this|the|those|these) (?:decisions?|calls?)|sets?|manages?|looks? after|controls?|processes|approves?|issues?)",
      // "I'm not the person to speak to about that."
      "{AGENT} (?:{HEDGE} )?not (?:the|a) (?:person|people|team|department|one|ones|place) (?:to (?:speak|talk) (?:to|with)|to ask|to contact|to go to|(?:who|that) (?:can|could) help|(?:who|that) (?:handles?|deals? with))",
      // "You've reached the wrong department."
      "you(?:'ve| have)? (?:reached|contacted|come to|got through to|been put through to|written to|messaged|emailed|tweeted) the wrong (?:team|department|person|people|place|desk|office|channel|account|company)",
      // "That's above my pay grade."
      "(?:above|over|beyond) (?:my|our) (?:pay ?grade|paygrade|pay scale|pay band|level of authority|authority level|clearance)",
      // "We don't handle refunds" (said as the whole answer: who does is left to the customer).
      "{AGENT} (?:{HEDGE} )?(?:don't|do not|doesn't|does not) (?:{HEDGE} )?(?:handle|deal with|look after|manage|oversee|take care of|cover|deal in) (?:any )?{REMEDY_NOUN}",
    ],
    except: ['agent-hands-off', 'agent-offers', 'reason-and-alternative', 'hypothetical', 'question'],
    examples: {
      flag: [
        { text: "I'm not the person to speak to about that.", span: "I'm not the person to speak to" },
        { text: "I'm not the right person for this.", span: "I'm not the right person" },
        { text: "I'm afraid we're not the appropriate department to deal with your complaint.", span: "we're not the appropriate department" },
        { text: "Our team is not the correct team for account recovery.", span: "Our team is not the correct team" },
        { text: "Unfortunately I'm not the best placed person to answer that.", span: "I'm not the best placed person" },
        { text: "We're not the ones who decide on compensation.", span: "We're not the ones who decide" },
        { text: "You've reached the wrong department for billing questions.", span: "You've reached the wrong department" },
        { text: "That's above my pay grade, I'm afraid.", span: "above my pay grade" },
        { text: "We don't handle refunds, that's the billing team.", span: "We don't handle refunds" },
        // Paraphrases: other members of AGENT, HEDGE, RIGHT_ONE, HANDLER_NOUN, REMEDY_NOUN.
        { text: 'I am simply not the relevant contact for warranty claims.', span: 'I am simply not the relevant contact' },
        { text: "The team is honestly not the proper place for this.", span: 'The team is honestly not the proper place' },
        { text: "Customer service does not deal with cancellations.", span: 'Customer service does not deal with cancellations' },
      ],
      pass: [
        "I'm not the person to speak to about that, so I've passed it to Dana, who'll email you today.",
        "I'm not the right person for this, so I've passed it to Dana in billing, who will email you today.",
        "I'm the right person to help, and I've already refunded it.",
        "You've reached the right team; I'll sort it now.",
        "We don't handle refunds here ourselves, but I can ask the billing team to call you back today.",
        'Is this not the right place to ask?',
        "We're not the right fit for every business, and that's okay.",
        "You're not the only one who asked, so here is the fix for everyone.",
      ],
    },
  },
  {
    ...common,
    id: 'en.policy.their-responsibility',
    kind: 'construction',
    message: 'Naming someone else as responsible, and stopping there, leaves the customer to chase them.',
    suggestions: [{ text: "[The other party] handles this, so they're the ones who can help with this; I can send you their contact details" }],
    patterns: [
      // "The carrier is responsible for damaged parcels."
      "{OTHER_PARTY} (?:is|are|was|were|remains|remain|(?:would|will) (?:{HEDGE} )?be) (?:{HEDGE} )?(?:solely |entirely |fully |wholly |directly |ultimately |completely )?(?:the ones? )?(?:responsible|liable|accountable) for",
      // "That's a matter for you to take up with the seller."
      "(?:is|are|'s|would be|'d be) (?:{HEDGE} )?(?:a matter|an issue|a dispute|something|one|a question) (?:for you )?(?:to (?:take up|raise|resolve|sort out|settle|pursue|discuss|deal with) )?with {OTHER_PARTY}",
      // "This is a matter between you and the seller."
      "(?:a matter|an issue|a dispute|a question|something|one) (?:{HEDGE} )?(?:solely |strictly |purely |entirely )?between you and {OTHER_PARTY}",
      // "It's down to the retailer to sort it out."
      "(?:it's|it is|that's|that is|this is|it was|it will be) (?:{HEDGE} )?(?:down to|up to|on) {OTHER_PARTY} to (?:{HEDGE} )?(?:sort|resolve|fix|deal with|handle|refund|replace|decide|arrange|process|approve|reimburse|compensate)",
    ],
    except: ['agent-hands-off', 'agent-offers', 'reason-and-alternative', 'hypothetical', 'question'],
    // "As the seller is responsible for the courier, they can claim…": said as the reason for what follows, not as the answer.
    unless: (ctx, match) => lamented(ctx, match) || /(?:^|[^\p{L}])(?:as|since|because|given that|seeing as|now that|while|whilst|although|though)\s+$/u.test(ctx.lower.slice(Math.max(0, match.start - 14), match.start)),
    examples: {
      flag: [
        { text: 'This is a matter between you and the seller.', span: 'a matter between you and the seller' },
        { text: 'The carrier is responsible for damaged parcels.', span: 'The carrier is responsible for' },
        { text: 'Unfortunately the airline is solely liable for lost luggage.', span: 'the airline is solely liable for' },
        { text: 'That is a matter for you to take up with the merchant.', span: 'is a matter for you to take up with the merchant' },
        { text: "It's down to the retailer to sort that out.", span: "It's down to the retailer to sort" },
        // Paraphrases: other members of OTHER_PARTY and HEDGE.
        { text: 'Your insurer would normally be responsible for the excess.', span: 'Your insurer would normally be responsible for' },
        { text: "This is something to discuss with the landlord.", span: 'is something to discuss with the landlord' },
        { text: "It's up to the organiser to refund the tickets.", span: "It's up to the organiser to refund" },
      ],
      pass: [
        "This is a matter between you and the seller, so I've opened a claim with them on your behalf.",
        "The carrier is responsible for the delay, so I've filed a claim with them for you.",
        "You're responsible for nothing here; I've handled it.",
        "We are responsible for the parcel until it reaches you, so I've sent a new one today.",
        "The courier is responsible for the last mile, and I've asked them to redeliver tomorrow.",
        'Who is responsible for the damage?',
        'Our team is responsible for keeping your account safe.',
        'As the seller is responsible for the courier, they can claim for lost items from them.',
      ],
    },
  },
  {
    ...common,
    id: 'en.policy.out-of-scope',
    kind: 'construction',
    message: 'Saying the request falls outside your scope or cover, and nothing more, closes the door on the customer.',
    suggestions: [{ text: "This isn't covered because [the reason], but what I can do is look at the options with you now" }],
    patterns: [
      // "This falls outside what our team is able to help with."
      "(?:out of|outside(?: of)?|beyond) (?:what|anything) {AGENT} (?:{HEDGE} )?(?:can|could|(?:is |are |am )?able to|(?:is |are |am )?in a position to) (?:{HEDGE} )?(?:help (?:you )?with|assist (?:you )?with|support|cover|do|handle|offer|deal with)",
      // "This is outside the scope of our support", "out of scope for this team".
      "(?:(?:is|are|(?:it|that|this)'s|falls?|fell|sits?|lies|was|were) (?:{HEDGE} )?)?(?:out of|outside(?: of)?|beyond|not (?:within|in|part of)) (?:the )?scope of (?:what|(?:our|my|the|this|your|their) (?:[\\p{L}-]+ )?(?:support|service|services|team|department|help|assistance|agreement|contract|warranty|guarantee|policy|plan|coverage|cover|role|remit|work|job|channel|subscription|membership|repair|repairs))(?![\\p{L}])|(?:is|are|(?:it|that|this)'s|falls?|fell|sits?|lies|was|were) (?:{HEDGE} )?(?:out of|outside(?: of)?|beyond) (?:our |my |the )?scope(?! of)",
      // "This is not within our team's remit."
      "(?:out of|outside(?: of)?|beyond|not (?:within|in|part of)) (?:my|our|the|this) (?:team's|department's|company's|store's|support team's|unit's|team|department|support team) {CONTROL}",
      // "Your device is out of warranty", "that falls outside the 30-day returns window".
      "(?:is|are|'s|'re|was|were|falls?|fell|sits?|lies|now) (?:{HEDGE} )?(?:(?:now|well|just|already|slightly|long) ){0,2}(?:out of|outside(?: of)?|beyond|past) (?:the |our |your |its |their |his |her |this |that )?(?:[\\p{L}\\p{N}-]+ )?{COVER_NOUN}(?![\\p{L}])",
      // "This isn't covered by our warranty", "unfortunately that isn't covered."
      "(?:isn't|aren't|wasn't|weren't|won't be|wouldn't be|is not|are not|was not|were not|will not be|would not be) (?:{HEDGE} )?(?:be )?covered(?= (?:by|under|as part of|with|in) (?:the |our |your |this |its |their |any )?(?:[\\p{L}\\p{N}-]+ )?{COVER_NOUN}(?![\\p{L}])|\\s*(?:[.!,;…]|$)| (?:i'm afraid|unfortunately|here)(?![\\p{L}]))",
    ],
    except: [...STANDARD_EXCEPTIONS, 'agent-hands-off', 'customer-benefit'],
    unless: lamented,
    examples: {
      flag: [
        { text: 'This falls outside what our team is able to help with.', span: 'outside what our team is able to help with' },
        { text: 'Unfortunately this is outside the scope of our support.', span: 'is outside the scope of our support' },
        { text: "I'm afraid that's out of scope for us.", span: "that's out of scope" },
        { text: "This is not within our team's remit.", span: "not within our team's remit" },
        { text: 'Your device is out of warranty.', span: 'is out of warranty' },
        { text: "I'm sorry, but your device is out of warranty.", span: 'is out of warranty' },
        { text: 'That falls outside of our returns window.', span: 'falls outside of our returns window' },
        { text: "This isn't covered by our warranty.", span: "isn't covered" },
        { text: "Sadly, cosmetic damage isn't covered.", span: "isn't covered" },
        // Paraphrases: other members of AGENT, HEDGE, CONTROL and COVER_NOUN.
        { text: 'Sadly this sits beyond anything we are in a position to offer.', span: 'beyond anything we are in a position to offer' },
        { text: "That's outside the department's jurisdiction.", span: "outside the department's jurisdiction" },
        { text: 'Your order is now well past the 14-day cooling-off period.', span: 'is now well past the 14-day cooling-off period' },
        { text: 'Accidental drops are not currently covered under your protection plan.', span: 'are not currently covered' },
      ],
      pass: [
        'This is covered by your warranty.',
        "Good news: this is covered, and I've booked the repair.",
        'Your device is still under warranty, so I have arranged a free repair.',
        "It's out of warranty, but I've arranged a free repair as a goodwill gesture.",
        "That's outside the scope of this guide, so here are the full steps: https://example.com/setup",
        "This isn't covered in the manual, so here's how to do it: hold the power button for ten seconds.",
        'Is this covered by my plan?',
        "I'm sorry your laptop is out of warranty after only a year.",
        "Don't worry, the fee isn't covered by you: we pay it.",
        "The repair isn't covered by the warranty because the seal was broken, but I can offer it at half price.",
      ],
    },
  },
  {
    ...common,
    id: 'en.policy.end-point',
    kind: 'construction',
    message: 'Declaring it too late, no longer possible or simply the way it is ends the talk without a way forward.',
    suggestions: [{ text: "It's too late to change this now because [the reason], but what I can do is look at the options with you" }],
    patterns: [
      // "It's too late to cancel the order."
      "(?:it's|it is|it was|that's|that is|it'd be|it would be|it will be|this is|we're|we are) (?:{HEDGE} )?(?:now |already |much |far |a bit |slightly |just |simply )?too late(?= (?:to|for|now|at this)(?![\\p{L}])|\\s*(?:[.!,;…]|$))",
      // "The cancellation window has already passed."
      "(?:the |your |our |this |that )(?:[\\p{L}\\p{N}-]+ )?(?:{COVER_NOUN}|deadline|cut-off|cutoff|window) (?:for (?:[\\p{L}-]+ ){1,3})?(?:has|had) (?:{HEDGE} )?(?:now |already |long |unfortunately )?(?:passed|closed|expired|lapsed|ended|run out)",
      // "Changing the date is no longer possible."
      "(?:[\\p{L}-]+ )(?:is|are|will be|would be) (?:{HEDGE} )?no longer (?:{HEDGE} )?(?:possible|an option|doable|feasible|permitted|allowed)(?![\\p{L}])",
      // "I'm afraid not.": the bare no as the whole sentence, nothing said of why or what else
      // ("I'm afraid not, this set comes pre-determined" gives the reason and passed the readers).
      "(?:i'm|i am|we're|we are) (?:{HEDGE} )?afraid not(?=\\s*(?:[.!…]|$))|^(?:unfortunately|sadly|regrettably),? (?:not|no)(?=\\s*(?:[.!…]|$))",
      // "This app is no longer supported."
      "(?:is|are) (?:{HEDGE} )?no longer (?:{HEDGE} )?(?:supported|offered|serviced|honou?red|accepted)(?![\\p{L}])",
      // "That's the way it is."
      "(?:it's|it is|that's|that is|this is) (?:just |simply |sadly |unfortunately )?(?:the way|how) (?:it|things|this|that) (?:is|are|has always been|have always been|stands)(?=\\s*(?:[.!,;…]|$))",
      // "Refunds aren't something we do."
      "(?:{REMEDY_NOUN}|(?:a|an) {REMEDY_ONE}) (?:isn't|is not|aren't|are not) (?:{HEDGE} )?(?:something|anything|a thing|a service|an option|a practice) (?:that )?(?:we|i|our (?:team|company|store)|the company) (?:{HEDGE} )?(?:do|does|offer|offers|provide|provides|give|gives|allow|allows|have|has|support|supports|issue|issues)(?![\\p{L}])",
      // "This option isn't available to us."
      "(?:that|this|the|such an?|this kind of|that kind of|any such) (?:option|service|feature|facility|choice|possibility|function|functionality|tool|setting|ability|override) (?:isn't|is not|'s not|aren't|are not|wasn't|was not) (?:{HEDGE} )?(?:available|open|accessible|given) to (?:us|me|agents|our (?:team|agents|staff)|the team|support|this team|customer (?:service|support))(?![\\p{L}])",
      "(?:that|this)(?:'s not| isn't| is not) (?:{HEDGE} )?(?:available|open) to (?:us|me|agents|our (?:team|agents|staff)|the team|support)(?![\\p{L}])",
      // "Management has decided not to extend the deadline."
      "(?:{DECIDER}|(?:our|the) (?:[\\p{L}&-]+ ){0,2}{ORG_UNIT}) (?:has|have|had) (?:{HEDGE} )?(?:decided|chosen|opted|elected|made the decision|taken the decision|made a decision|determined) not to",
      "(?:it|a decision|the decision) (?:has|had|was) (?:{HEDGE} )?(?:been )?(?:made|taken|decided|reached)(?: by [^.!?,]{1,30})? not to",
      // "The fee applies to all bookings without exception."
      "(?:appl(?:y|ies|ied)|charged|enforced|final|stands|binding|mandatory|required|non-refundable)(?![\\p{L}])[^.!?]{0,40}(?:without|with no) (?:any )?exceptions?",
    ],
    except: [...STANDARD_EXCEPTIONS, 'agent-hands-off', 'customer-benefit'],
    unless: lamented,
    examples: {
      flag: [
        { text: "That isn't available to us.", span: "That isn't available to us" },
        { text: "It's too late to cancel the order.", span: "It's too late" },
        { text: 'Unfortunately, the cancellation window has already passed.', span: 'the cancellation window has already passed' },
        { text: 'Changing the date is no longer possible.', span: 'date is no longer possible' },
        { text: "That's the way it is.", span: "That's the way it is" },
        { text: "Refunds aren't something we do.", span: "Refunds aren't something we do" },
        { text: "This option isn't available to us.", span: "This option isn't available to us" },
        { text: 'Management has decided not to extend the deadline.', span: 'Management has decided not to' },
        { text: 'A decision was made not to reopen the store.', span: 'A decision was made not to' },
        { text: 'The cancellation fee applies to all bookings without exception.', span: 'applies to all bookings without exception' },
        // Paraphrases: other members of HEDGE, COVER_NOUN, REMEDY_NOUN, REMEDY_ONE, DECIDER, ORG_UNIT.
        { text: "I'm afraid it is simply too late now.", span: 'it is simply too late' },
        { text: "Sorry, it's too late to change the name on the ticket.", span: "it's too late" },
        { text: 'Your grace period had unfortunately expired.', span: 'Your grace period had unfortunately expired' },
        { text: 'Name changes are currently no longer permitted.', span: 'changes are currently no longer permitted' },
        { text: 'Exchanges are not something our store currently provides.', span: 'Exchanges are not something our store currently provides' },
        { text: "A rain check isn't an option we have.", span: "A rain check isn't an option we have" },
        { text: 'Head office has chosen not to run the promotion again.', span: 'Head office has chosen not to' },
        { text: "Sorry, I'm afraid not.", span: "I'm afraid not" },
        { text: 'Unfortunately not.', span: 'Unfortunately not' },
        { text: 'Good afternoon William, unfortunately this app is no longer supported.', span: 'is no longer supported' },
        { text: 'The claims panel has regrettably opted not to pay out.', span: 'The claims panel has regrettably opted not to' },
      ],
      pass: [
        "That isn't available to us yet, but I've asked for it and I'll tell you when it is.",
        "It's not too late to change your plan.",
        "It's never too late to ask!",
        "That's the way it is meant to work, and it's fixed now.",
        'This option is available to you in the app under Settings.',
        "It's too late to change the flight, but I can move your hotel night for free.",
        'If it is too late to cancel, we will refund the difference.',
        "The returns window hasn't closed yet, so you can still send it back.",
        'Is it too late to change my order?',
        'We reply to every message without exception within a day.',
        'Management has decided to refund everyone affected, including you.',
        "The deadline has passed, so I've extended it for you by a week.",
        "I'm so sorry it's too late for the concert.",
        "I'm afraid not yet, but we'll post the date here as soon as we have it.",
        "Unfortunately not, but I can send you a new code right away.",
        "I'm afraid not, Jenni, this set comes pre-determined.",
      ],
    },
  },
];
