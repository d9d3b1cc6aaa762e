import type { ClassTable } from './types.ts';

/**
 * English word classes. Filled from how agents really write (the unlabeled replies in
 * ../shared/corpus, read in bulk), from thesaurus neighbours of each seed (WordNet, reviewed by
 * hand) and from support-writing experience — never from one example a rule has to pass.
 * Text is matched in lower case with straight apostrophes.
 */
export const englishClasses: ClassTable = {
  // ── signals: acknowledgement (src/analysis/signals/acknowledgement/en.ts) ─────────────────
  // Filled from the acknowledgements agents write in the unlabeled replies and the labeled e-mails,
  // with thesaurus neighbours of each seed, reviewed by hand.
  ACK_ADVERB: {
    doc: 'Softeners and intensifiers between "I/we" and a verb of perceiving ("I can totally see how…").',
    members: [
      'can', 'do', 'completely', 'totally', 'fully', 'definitely', 'truly', 'really', 'certainly', 'absolutely', 'only',
      'perfectly', 'entirely', 'genuinely', 'honestly', 'sincerely', 'very much', 'well', 'can only', '100%', 'clearly',
      'understandably', 'also', 'too', 'can definitely', 'can certainly', 'can totally', 'can completely', 'can really',
      'can fully', 'can absolutely', 'can truly', 'can easily', 'all', 'both',
    ],
  },
  PERCEIVE_VERB: {
    doc: 'Verbs by which the agent shows they take in what the customer is going through: "I see how…", "we can imagine why…".',
    members: [
      'see', 'understand', 'imagine', 'know', 'get', 'appreciate', 'recogni*', 'reali*', 'can tell', 'sympathi*', 'empathi*',
      'can only imagine', 'hear', 'feel', 'sense', 'gather', 'grasp', 'acknowledge',
    ],
  },
  UNDERSTAND_VERB: {
    doc: 'Verbs that take the customer\'s situation as their object ("we understand you are not able to…"): stricter than PERCEIVE_VERB, whose "see"/"know" often introduce a plain fact.',
    members: ['understand', 'appreciate that', 'recogni*', 'reali*', 'acknowledge', 'empathi* that', 'sympathi* that', 'can imagine', 'can only imagine', 'imagine'],
  },
  ACK_INTENSIFIER: {
    doc: 'Degree words before an evaluation ("so frustrating", "incredibly stressful", "a bit of a pain").',
    members: [
      'so', 'very', 'really', 'incredibly', 'super', 'quite', 'definitely', 'certainly', 'truly', 'absolutely', 'such', 'beyond',
      'extremely', 'terribly', 'pretty', 'rather', 'a bit', 'a little', 'somewhat', 'understandably', 'totally', 'just',
      'especially', 'particularly', 'hugely', 'deeply', 'immensely', 'genuinely', 'awfully', 'seriously', 'unbelievably',
      'clearly', 'undoubtedly', 'obviously very', 'super duper', 'massively', 'insanely', 'doubly', 'a real', 'a bit of',
      'a little bit', 'kind of', 'sort of', 'frankly', 'honestly', 'most', 'all the more', 'even more', 'equally', 'real', 'total',
      'absolute', 'proper', 'complete',
    ],
  },
  NEG_EVAL: {
    doc: 'How the situation is for the customer, said by the agent ("that sounds frustrating", "what a pain"): adjectives and evaluative noun phrases.',
    members: [
      'frustrating', 'annoying', 'stressful', 'awful', 'terrible', 'rough', 'upsetting', 'disappointing', 'confusing', 'worrying',
      'worrisome', 'scary', 'frightening', 'difficult', 'inconvenient', 'maddening', 'infuriating', 'exhausting', 'concerning',
      'odd', 'weird', 'strange', 'heartbreaking', 'heart breaking', 'heart-breaking', 'unbelievable', 'crazy', 'unacceptable',
      'unfair', 'tough', 'hard', 'painful', 'alarming', 'troubling', 'irritating', 'aggravating', 'disheartening', 'distressing',
      'unsettling', 'nerve-wracking', 'nerve wracking', 'unpleasant', 'horrible', 'dreadful', 'tedious', 'tiresome',
      'overwhelming', 'sad', 'saddening', 'bad', 'horrendous', 'frustrating to hear', 'stressful to deal with', 'exasperating',
      'discouraging', 'demoralizing', 'demoralising', 'bewildering', 'baffling', 'puzzling', 'perplexing', 'vexing', 'galling',
      'a bummer', 'a pain', 'a nightmare', 'a hassle', 'a shame', 'a headache', 'a letdown', 'a let-down', 'a let down',
      'a disappointment', 'a drag', 'a nuisance', 'a worry', 'a blow', 'an ordeal', 'a struggle', 'a mess', 'a frustration',
      'a frustrating experience', 'a lot to deal with', 'a real pain', 'a real shame', 'a big disappointment', 'no fun',
      'not fun', 'not much fun', 'no good', 'not good', 'not great', 'not ideal', 'far from ideal', 'less than ideal',
      'not ok', 'not okay', 'not right', 'not fair', 'not acceptable', 'not cool', 'not what you expected',
      'not what you were expecting', "not what you'd expect", 'not what you would expect', 'not how it should be',
      'not how it should work', 'not the way it should be', 'the last thing you need', 'the last thing you want',
      'the last thing you wanted', 'a terrible experience', 'a bad experience', 'an awful experience',
    ],
  },
  POS_EVAL: {
    doc: 'What a situation should be, negated by the agent in "that doesn\'t sound right".',
    members: ['good', 'right', 'ideal', 'great', 'fun', 'fair', 'okay', 'ok', 'acceptable', 'normal', 'like fun', 'like much fun', 'pleasant', 'like the experience'],
  },
  NEG_NOUN: {
    doc: 'Nouns for a bad situation after "what a…" / "sounds like a…" ("what a headache").',
    members: [
      'nightmare', 'hassle', 'pain', 'headache', 'ordeal', 'bummer', 'shame', 'letdown', 'let-down', 'mess', 'drag',
      'disappointment', 'nuisance', 'palaver', 'saga', 'frustrating', 'stressful', 'rough', 'tough', 'awful', 'terrible',
      'horrible', 'annoying', 'frustration', 'worry', 'scare', 'fright', 'shock', 'mix-up', 'mixup', 'thing to come home to',
      'way to start', 'way to end', 'runaround', 'run-around', 'faff', 'rigmarole',
    ],
  },
  EVENT_NOUN: {
    doc: 'Neutral nouns for what the customer lived through: negative only with a NEG_NOUN_HEAD ("what a long wait", "a rough week").',
    members: ['day', 'week', 'weekend', 'morning', 'evening', 'night', 'experience', 'situation', 'start', 'journey', 'wait', 'trip', 'time', 'process', 'flight', 'delivery', 'few days', 'few weeks'],
  },
  NEG_NOUN_HEAD: {
    doc: 'Adjectives that make "what a…" negative when the noun alone is neutral ("what a frustrating day").',
    members: ['frustrating', 'stressful', 'rough', 'tough', 'awful', 'terrible', 'horrible', 'long', 'annoying', 'bad', 'disappointing', 'miserable', 'rotten', 'nasty', 'lousy', 'unlucky', 'unfortunate', 'sad', 'crazy', 'strange', 'weird', 'odd', 'difficult', 'worrying', 'scary', 'upsetting', 'confusing', 'unpleasant', 'horrid'],
  },
  CUSTOMER_FEELING: {
    doc: 'How the customer feels, named by the agent ("you must be frustrated", "I\'d be upset too").',
    members: [
      'frustrated', 'upset', 'annoyed', 'disappointed', 'worried', 'stressed', 'stressed out', 'confused', 'angry', 'concerned',
      'anxious', 'fed up', 'unhappy', 'let down', 'irritated', 'inconvenienced', 'exhausted', 'tired', 'worn out', 'shaken',
      'furious', 'livid', 'gutted', 'devastated', 'heartbroken', 'nervous', 'scared', 'frightened', 'panicked', 'puzzled',
      'baffled', 'bewildered', 'mad', 'cross', 'displeased', 'dissatisfied', 'discouraged', 'overwhelmed', 'out of pocket',
      'in a tough spot', 'in a difficult position', 'in a bind', 'stuck', 'stranded',
    ],
  },
  SITUATION_NOUN: {
    doc: 'The customer\'s position as the object of "I understand your…" (besides FEELING_NOUN): it names their case, not a canned "concern".',
    members: ['situation', 'predicament', 'position', 'point', 'point of view', 'perspective', 'dilemma', 'struggle*', 'urgency', 'plight', 'disappointment*', 'need to', 'wish to', 'desire to'],
  },
  JUSTIFIED: {
    doc: 'What the agent grants a feeling ("your frustration is understandable").',
    members: ['understandable', 'completely understandable', 'totally understandable', 'valid', 'justified', 'warranted', 'fair', 'reasonable', 'natural', 'only natural', 'no surprise', 'completely fair', 'totally fair', 'fully justified', 'entirely justified', 'completely valid', 'totally valid'],
  },
  ACK_INTERJECTION: {
    doc: 'Words that react to the customer\'s news the way a person does ("Oh no!", "Yikes").',
    members: ['oh no', 'oh nooo', 'oh noo', 'oh my', 'oh dear', 'oh man', 'oh wow', 'oh goodness', 'oh gosh', 'oh boy', 'uh oh', 'uh-oh', 'yikes', 'ugh', 'argh', 'arg', 'eek', 'bummer', 'wow', 'whoa', 'ouch', 'oof', 'good grief', 'goodness', 'gosh', 'oh, no', 'oh, dear', 'oh, my', 'oh, man', 'oh, wow', 'drat', 'dang', 'darn'],
  },
  GLAD: {
    doc: 'The agent\'s own feeling about the customer\'s news ("glad to hear", "sad to see").',
    members: ['glad', 'happy', 'pleased', 'thrilled', 'delighted', 'sad', 'saddened', 'upset', 'concerned', 'worried', 'relieved', 'stoked', 'disappointed', 'troubled', 'alarmed', 'dismayed', 'gutted'],
  },
  // ── who speaks ────────────────────────────────────────────────────────────────────────────
  AGENT: {
    doc: "The agent or the agent's company as the subject of a clause, with the verb 'to be' where English fuses it.",
    members: [
      'i', 'we', "i'm", "we're", 'i am', 'we are', 'our team', 'our team is', 'the team', 'the team is', 'support',
      'our support team', 'customer support', 'customer service', 'our agents', 'our staff', 'we as a company', 'this team',
    ],
  },
  OTHER_AGENT: {
    doc: 'A third party named as the subject of an inability ("they are unable to", "that team can\'t").',
    members: ['they', "they're", 'they are', 'that team', 'that team is', 'this department', 'that department', 'that department is', 'this department is', 'our agents here', 'standard customer support', 'customer support'],
  },
  HEDGE: {
    doc: 'Adverbs and softeners that may sit between the subject and an inability without changing it.',
    members: [
      'unfortunately', 'currently', 'sadly', 'still', 'simply', 'just', 'really', 'presently', 'at this time', 'at the moment',
      'right now', 'regrettably', 'also', 'not currently', 'personally', 'actually', 'even',
      'ourselves', 'myself', 'directly', 'technically', 'officially',
    ],
  },

  // ── deflection ────────────────────────────────────────────────────────────────────────────
  INABILITY: {
    doc: 'Saying the agent cannot do something: modal, adjectival and "no way to" forms (after the subject).',
    members: [
      "can't", 'cannot', 'can not', 'cant', 'unable to', 'not able to', "won't be able to", 'will not be able to',
      "wouldn't be able to", 'would not be able to', 'will be unable to', 'would be unable to', "aren't able to",
      "couldn't", 'could not', 'not in a position to', 'not authorized to', 'not authorised to', 'not allowed to',
      'not permitted to', "don't have the ability to", 'do not have the ability to', 'have no way to', 'have no way of',
      "don't have a way to", 'do not have a way to', "don't have the means to", 'not equipped to', 'no longer able to',
      'unable to be', 'not set up to', "don't have the authority to", 'do not have the authority to', 'have no authority to',
      "don't have permission to", 'do not have permission to', "isn't able to", 'is not able to', 'is unable to',
      "am not able to", 'are not able to', 'are unable to', 'am unable to',
    ],
  },
  REFUSAL: {
    doc: 'A decision not to do something, stated as the company\'s will rather than inability ("we won\'t", "we\'re not").',
    members: [
      "won't", 'will not', "wouldn't", 'would not', 'do not', "don't", 'not', "aren't", 'no longer',
    ],
  },
  SERVICE_ACTION: {
    doc: 'What a customer asks an agent to do; refusing one of these without reason and alternative is a deflection. Perception verbs (see, find, locate) are not here: "I can\'t find your order" is investigation.',
    members: [
      'assist*', 'help with', 'help you with', 'help any further', 'help further', 'help you further', 'help you any further',
      'help you', 'help', 'provid*', 'offer*', 'make an exception', 'make exceptions', 'make any exceptions', 'make any exception',
      'extend*', 'remov*', 'refund*', 'issu*', 'chang*', 'comment*', 'speculat*', 'discuss*', 'address*', 'access*',
      'process*', 'accept*', 'honor*', 'honour*', 'overrid*', 'waiv*', 'grant*', 'approv*', 'revers*', 'cancel*',
      'transfer*', 'disclos*', 'releas*', 'reinstat*', 'restor*', 'unlock*', 'unban*', 'look into', 'investigat*',
      'interven*', 'do anything', 'compensat*', 'reimburs*', 'replac*', 'exchang*', 'handl*', 'action', 'authoriz*',
      'authoris*', 'share*', 'give*', 'guarantee*', 'confirm*', 'amend*', 'modify', 'edit*', 'recover*', 'retriev*',
      'support with', 'escalat*', 'delet*', 'merg*', 'credit*', 'adjust*', 'resend', 'reissu*', 'rebook*', 'upgrad*',
      'move*', 'unsuspend*', 'lift*', 'deal with', 'answer*', 'respond to', 'reply to', 'take care of', 'sort*',
      'fix*', 'resolv*', 'view*', 'pull up', 'check on', 'verify', 'match*', 'price match*', 'accommodat*', 'arrange*',
    ],
  },
  CHANNEL: {
    doc: 'This conversation\'s channel, named when an agent says they cannot help *here*.',
    members: [
      'here', 'over social', 'over social media', 'on social', 'on social media', 'via social', 'via social media',
      'on twitter', 'via twitter', 'over twitter', 'through twitter', 'on this platform', 'through this platform',
      'via this platform', 'on this channel', 'through this channel', 'via this channel', 'in this forum',
      'through this forum', 'via this forum', 'on this forum', 'publicly', 'in public', 'over dm', 'via dm', 'over chat',
      'via chat', 'over the phone', 'via email', 'over email', 'by email', 'on chat', 'in chat', 'via tweet', 'in a tweet',
      'on facebook', 'via facebook', 'via messenger', 'on here', 'from here', 'from our end', 'on our end', 'from this end',
    ],
  },
  SERVICE_NOUN: {
    doc: 'A support service or channel whose limits an agent may hide behind ("phone support is only available to…").',
    members: [
      'support', 'phone support', 'chat support', 'email support', 'live chat', 'twitter support', 'support on twitter',
      'this platform', 'this channel', 'this account', 'this handle', 'this forum', 'this team', 'our team', 'our twitter team',
      'our social team', 'this service', 'the service', 'help', 'assistance', 'our phone team', 'our chat team', 'that option',
      'this option', 'that feature', 'our social media team', 'social media support', 'callback',
    ],
  },
  LIMITED_TO: {
    doc: 'Saying a service is reserved for someone or somewhere else.',
    members: [
      'only available to', 'only available for', 'only available via', 'only available through', 'available only to', 'available only for', 'available only via', 'limited to', 'only for',
      'reserved for', 'restricted to', 'only offered to', 'only offered for', 'only provided to', 'via messages only',
      'via dm only', 'by phone only', 'by email only', 'only handled by', 'only handled via', 'only provided by',
      'only accessible to', 'only open to',
    ],
  },
  OTHER_PARTY: {
    doc: 'Someone other than the agent\'s team whom a customer is sent to or whom a decision is handed to.',
    members: [
      'the seller', 'your seller', 'the retailer', 'your retailer', 'the store', 'the merchant', 'the vendor', 'the manufacturer',
      'the developer', 'the developers', 'the publisher', 'your bank', 'the bank', 'your card issuer', 'the card issuer',
      'your provider', 'the provider', 'your carrier', 'the carrier', 'your network', 'your isp', 'your internet provider',
      'the airline', 'the operating airline', 'the operating carrier', 'the courier', 'the post office', 'your local post office',
      'the venue', 'the organiser', 'the organizer', 'the event organiser', 'the event organizer', 'the promoter',
      'your administrator', 'your admin', 'your it department', 'your it team', 'your it admin', 'the account holder',
      'the account owner', 'the owner', 'your employer', 'the hotel', 'the property', 'the host', 'the restaurant',
      'the app store', 'the play store', 'apple', 'google', 'your local store', 'the local store', 'the shop', 'them',
      'their support', 'their support team', 'their customer service', 'their team', 'the third party', 'a third party',
      'the third-party', 'the content provider', 'the network', 'the authorities', 'the police', 'local authorities',
      'the franchise', 'the franchisee', 'the dealer', 'your dealer', 'the dealership', 'the installer', 'the landlord',
      'the insurer', 'your insurer', 'the insurance company', 'another department', 'a different department',
      'a different team', 'another team', 'the other team', 'the relevant team', 'the relevant department',
      'the appropriate team', 'the appropriate department', 'the right team', 'the responsible team', 'head office',
      'corporate', 'our corporate office', 'the corporate office', 'your local branch', 'the branch', 'a branch',
    ],
  },
  CONTACT_VERB: {
    doc: 'Sending someone to get help elsewhere.',
    members: [
      'contact', 'call', 'phone', 'ring', 'reach out to', 'get in touch with', 'speak to', 'speak with', 'talk to', 'talk with',
      'email', 'write to', 'visit', 'go to', 'head to', 'take it up with', 'raise it with', 'raise this with', 'check with',
      'ask', 'direct your question to', 'direct your query to', 'direct your concerns to', 'refer to', 'reach',
    ],
  },
  MUST: {
    doc: 'An obligation put on the customer ("you\'ll need to", "you have to").',
    members: [
      "you'll need to", 'you will need to', 'i suggest you to', 'we suggest you to', 'i suggest you to please',
      'we suggest you to please', 'i request you to', 'i request you to please', 'i would request you to', 'i advise you to',
      'we would recommend that you', 'we recommend that you', 'i suggest that you', 'we suggest that you', 'i recommend that you', 'you would need to', "you'd need to", 'you need to', "you'll have to",
      'you will have to', 'you would have to', "you'd have to", 'you have to', 'you must', 'you should', 'you may need to',
      'you might need to', 'your best bet is to', 'it would be best to', 'it would be best if you', 'it is best to',
      "it's best to", 'best to', 'please', 'kindly', 'we suggest you', 'we recommend you', 'we advise you to', 'we would advise you to',
    ],
  },
  OTHER_TEAM: {
    doc: "Another team of the agent's own company that a customer is sent to (\"our phone support\", \"our Holidays team\").",
    members: [
      'phone support', 'our phone support', 'hp phone support', 'telephone support', 'our phone team', 'the phone team',
      'the phone support team', 'our phone support team', 'our billing team', 'the billing team', 'billing', 'our sales team',
      'the sales team', 'sales', 'our accounts team', 'the accounts team', 'our holidays team', 'the holidays team',
      'our chat team', 'the chat team', 'our chat agents', 'our customer service reps', 'our customer service team',
      'customer service', 'customer care', 'our customer care team', 'our reservations team', 'reservations',
      'our bookings team', 'our refunds team', 'our returns team', 'our claims team', 'our baggage team', 'baggage services',
      'our commercial support team', 'our commercial team', 'our business team', 'our technical team', 'technical support',
      'our technical support team', 'tech support', 'our tech support team', 'our web team', 'our experts', 'our specialists',
      'our answer desk team', 'the answer desk', 'our artist support team', 'our support team', 'the support team',
      'our help desk', 'the help desk', 'our helpdesk', 'the helpdesk', 'our care team', 'our service team', 'our warranty team',
      'the warranty team', 'our financial services group', 'our colleagues', 'my colleagues', 'our store', 'your local store',
      'the store', 'a store', 'the manager', 'a manager', 'management', 'store management', 'the station staff', 'station staff',
      'the crew', 'the flight attendants', 'a financial center', 'a branch', 'the front desk', 'reception',
    ],
  },
  HANDED_TO: {
    doc: 'A decision or matter placed with someone else ("handled by", "up to").',
    members: [
      'handled by', 'managed by', 'decided by', 'determined by', 'set by', 'controlled by', 'made by', 'owned by',
      'up to', 'down to', 'a matter for', 'the responsibility of', 'the decision of', 'at the discretion of',
      'dealt with by', 'processed by', 'governed by', 'in the hands of', 'between you and',
    ],
  },
  POLICY_NOUN: {
    doc: 'A rule a company may hide behind.',
    members: [
      'policy', 'policies', 'rules', 'guidelines', 'terms', 'terms and conditions', 'terms of service', 't&cs', 't&c',
      'procedure', 'procedures', 'protocol', 'protocols', 'regulations', 'policy terms and conditions', 'policy terms',
      'guidelines and policies', 'standard procedure', 'standard practice', 'legislation', 'regulation', 'regulations',
      'the law', 'law', 'code of conduct', 'community guidelines', 'fare rules', 'ticket rules', 'booking conditions',
    ],
  },
  OUR_RULE: {
    doc: 'Whose rule it is: ours, the company\'s, the store\'s (a policy of the customer, such as their insurance policy, is not).',
    members: ['our', 'the', 'company', "the company's", "company's", 'store', 'the store', 'our company', 'our internal', 'internal', 'current', 'our current'],
  },
  DUE_TO: {
    doc: 'Phrases that put a rule in front as the reason ("as per our policy").',
    members: [
      'as per', 'per', 'due to', 'according to', 'in line with', 'in accordance with', 'against', 'because of',
      'owing to', 'in keeping with', 'based on', 'in compliance with', 'as a result of', 'pursuant to', 'per the',
    ],
  },
  IMMUTABLE: {
    doc: 'A thing declared impossible to change (the passive of a changing verb after an inability).',
    members: [
      'changed', 'altered', 'modified', 'edited', 'reversed', 'undone', 'waived', 'overridden', 'extended', 'transferred',
      'refunded', 'cancelled', 'canceled', 'exchanged', 'returned', 'reinstated', 'restored', 'recovered', 'made', 'granted',
      'removed', 'amended', 'adjusted', 'updated', 'merged', 'moved', 'reissued', 'renamed', 'deleted', 'unlocked', 'unbanned',
      'reactivated', 're-activated', 'issued', 'honored', 'honoured', 'accepted', 'approved', 'processed', 'combined',
    ],
  },
  CONTROL: {
    doc: 'The reach of the agent\'s power, for "out of our control" and its paraphrases.',
    members: [
      'control', 'hands', 'power', 'remit', 'reach', 'authority', 'jurisdiction', 'scope', 'area', 'department',
      'responsibility', 'purview', 'capacity',
    ],
  },
  NOT_OURS: {
    doc: 'Saying a matter belongs to someone else.',
    members: [
      'not my decision', 'not our decision', 'not my call', 'not our call', 'not my department', 'not our department',
      'not my area', 'not our area', 'not my responsibility', 'not our responsibility', 'not something we handle',
      'not something i handle', 'not something we deal with', 'not something we can help with', 'not something i can help with',
      'not handled by us', 'not handled by our team', 'not on our end', 'not on our side', 'not our fault', 'not up to me',
      'not up to us', 'not in my hands', 'not in our hands', 'not something we control', 'not something we can control',
      'not something we have control over', 'not something i have control over', 'on their end', 'on their side',
      'not a decision i can make', 'not a decision we can make', 'not my place', 'not within my remit', 'not within our remit',
    ],
  },
  DONT_HAVE: {
    doc: 'Saying the agent lacks information or access, so the customer is on their own.',
    members: [
      "don't have that information", 'do not have that information', "don't have any information", 'do not have any information',
      "don't have information", 'do not have information', 'have no information', "don't have access to", 'do not have access to',
      'have no access to', "don't have visibility", 'do not have visibility', 'have no visibility', "don't have any visibility",
      "don't have any control over", 'do not have any control over', 'have no control over', "don't have control over",
      "don't have any details", 'do not have any details', "don't have details", "don't have any insight",
      'have no insight', "don't have any further information", 'do not have any further information',
      "don't have any more information", 'do not have any more information', "don't have those details", 'do not have those details',
      "don't have that info", "don't have any info", "don't have info", 'have no info', "don't have the ability",
      "don't have any say", 'have no say', "don't have any influence", 'have no influence',
    ],
  },
  NO_EXCEPTION: {
    doc: 'Declaring that the rule admits no change.',
    members: [
      'no exceptions', 'no exception', 'no way around', 'no workaround', 'no other way', 'no other option', 'no other options',
      'no alternative', 'no alternatives', 'not negotiable', 'non-negotiable', 'set in stone', 'no flexibility',
      'any flexibility', 'no leeway', 'any leeway', 'no discretion', 'any discretion', 'no wiggle room',
    ],
  },
  FAIRNESS: {
    doc: 'Hiding a refusal behind fairness to other customers.',
    members: [
      'be fair to all', 'be fair to everyone', 'be fair to everybody',
      'be consistent with all', 'treat all customers the same', 'treat everyone the same', 'treat everyone equally',
      'treat all our customers', 'apply to everyone', 'applies to everyone', 'applies to all', 'apply to all',
      'consistent for everyone', 'same for everyone', 'same rules for everyone',
    ],
  },
  HELP_TOPIC: {
    doc: 'What a customer asks about, in the "For X help, please visit …" hand-off.',
    members: [
      'help', 'assistance', 'support', 'questions', 'queries', 'inquiries', 'enquiries', 'concerns', 'issues',
      'technical help', 'technical support', 'technical assistance', 'account help', 'account support', 'billing help',
      'further help', 'further assistance', 'further support', 'more help', 'more assistance', 'additional help',
      'additional assistance', 'any questions', 'all questions', 'all travel questions or concerns', 'travel questions',
      'account questions', 'billing questions', 'account-specific questions', 'account specific questions',
      'specific questions', 'account related questions', 'account-related questions', 'account inquiries', 'any issues',
      'technical issues', 'account issues', 'any further questions', 'any other questions', 'all other questions',
      'the best possible support', 'the best support', 'faster support', 'quicker support', 'faster assistance',
    ],
  },
  SEND_AWAY: {
    doc: 'Pointing the customer to another route instead of helping ("please visit", "please contact").',
    members: [
      'please visit', 'please contact', 'please reach out to', 'please reach', 'please call', 'please go to', 'please head to',
      'please head over to', 'please check', 'please refer to', 'please get in touch with', 'please email', 'please submit',
      'you can visit', 'you can contact', 'you can reach', 'you can call', 'you may contact', 'you may visit', 'visit',
      'contact', 'reach out to', 'call', 'head to', 'go to', 'check out', 'please use', 'you can use', 'please see',
    ],
  },

  // ── the named exceptions ─────────────────────────────────────────────────────────────────
  REASON: {
    doc: 'Words that give the reason behind a rule.',
    members: [
      'because', 'since', 'so that', 'so nobody', 'so no one', 'so your', 'so you', 'in order to', 'to protect', 'to keep',
      'to make sure', 'to ensure', 'for your security', 'for your safety', 'for your privacy', 'for your protection',
      'for security reasons', 'for safety reasons', 'for privacy reasons', 'for legal reasons', 'the reason is', 'the reason being',
      'which means', 'that way', 'as it', 'as they', 'as the', 'as this', 'as that', 'as your', 'as we', 'this is because',
      "that's because", 'due to the way', 'for hygiene reasons', 'by law', 'legally', 'regulation requires', 'required by law',
      'for fraud prevention', 'to prevent', 'to stop', 'to avoid', 'otherwise',
    ],
  },
  ALTERNATIVE: {
    doc: 'What the agent can do instead: a first-person offer or an explicit other option ("we\'ll" alone is not enough).',
    members: [
      'i can', 'i could', "i'll", 'i will', "i've", 'i have', 'let me', 'what i can do', 'what we can do', 'instead',
      'another option', 'alternatively', 'the good news', 'you can still', "i'd be happy", 'i would be happy',
      'i am happy', "i'm happy", 'we can offer', 'we could offer', 'i can offer', 'what i can offer', 'what we can offer',
      'in the meantime', 'meanwhile', 'however you can', 'but you can', 'but we can', 'but i can', 'we can still',
      'i can still', "i'd suggest", 'the best way', 'the quickest way', 'the fastest way', 'a workaround', 'as a workaround',
    ],
  },
  OPTION: {
    doc: "A concrete option the customer still has, offered with the refusal (\"if you'd like, you can cancel…\").",
    members: [
      'you can still', "if you'd like", 'if you would like', "you're welcome to", 'you are welcome to', 'you can cancel',
      'you can request', 'you can reach us', 'you can contact us', 'you can get', 'you can choose', 'you can apply',
      'you can claim', 'you can ask', 'you can upgrade', 'you can switch', 'you can use', 'you can try', 'you may request',
      'we recommend', "we'd recommend", 'we would recommend', 'we suggest', "we'd suggest", 'we can offer', 'we could offer',
      'you could', 'you can also', 'you can create', 'you can set', 'you can turn', 'you can add', 'you can book',
    ],
  },
  HANDOFF_DONE: {
    doc: 'The agent doing the hand-off for the customer ("I\'ve passed your case to…", "I\'ll ask them").',
    members: [
      "i've passed", 'i have passed', "i've forwarded", 'i have forwarded', "i've asked", 'i have asked', "i'll ask",
      'i will ask', "i've contacted", 'i have contacted', "i'll contact", 'i will contact', "i've reached out",
      "i'll reach out", "i've sent", "i'll send", "i've shared", "i'll share", "i've emailed", "i'll email", "i've escalated",
      "i'll escalate", "i've raised", "i'll raise", "i've called", "i'll call", 'let me contact', 'let me ask', 'let me reach out',
      "we've passed", "we've forwarded", "we've contacted", "we've reached out", "we've asked", "we've sent", 'we have passed',
      'we have forwarded', 'we have contacted', 'we have reached out', "i'll connect", "i've connected", "i'll transfer",
      "i've transferred", 'their number is', 'the number is', 'you can reach them at', 'you can reach them on',
      'their phone number', 'their email is', 'their email address', 'i have connected', 'i will connect', 'i will transfer',
      'i have transferred', "i'll put you in touch", "i've put you in touch", 'i can put you in touch', 'i can connect you',
      "i'll follow up with them", "i'll check with them", 'i will check with them', "i've checked with", 'i have checked with',
    ],
  },
  // ── jargon ───────────────────────────────────────────────────────────────────────────────
  FORWARD_VERB: {
    doc: 'Moving the customer\'s words to an unnamed team, the canned hand-off of feedback.',
    members: [
      'pass', 'passed', 'passing', 'pass on', 'passed on', 'share', 'shared', 'sharing', 'forward', 'forwarded', 'forwarding',
      'escalate', 'escalated', 'escalating', 'send', 'sent', 'relay', 'relayed', 'relaying', 'raise', 'raised', 'flag', 'flagged',
      'submit', 'submitted', 'log', 'logged', 'get this passed', 'get this', 'get it', 'feed back', 'fed back', 'route', 'routed',
      'refer', 'referred', 'report', 'reported',
    ],
  },
  FEEDBACK_NOUN: {
    doc: "The customer's words as a thing to pass on (not their photos, order or case details).",
    members: [
      'feedback', 'comments', 'comment', 'concern', 'concerns', 'thoughts', 'suggestion', 'suggestions', 'idea', 'ideas', 'input',
      'complaint', 'complaints', 'views', 'opinion', 'opinions', 'frustration', 'frustrations', 'experience', 'interest',
      'request', 'requests', 'remarks', 'observations', 'kind words', 'praise', 'message', 'tweet',
    ],
  },
  VAGUE_TEAM: {
    doc: 'A team named only by being the right one: the customer learns nothing about who will act.',
    members: [
      'relevant', 'appropriate', 'concerned', 'responsible', 'right', 'correct', 'proper', 'respective', 'designated',
      'dedicated', 'specialist', 'specialised', 'specialized', 'necessary', 'pertinent', 'applicable',
    ],
  },
  TEAM_NOUN: {
    doc: 'Words for a group inside the company.',
    members: ['team', 'teams', 'department', 'departments', 'folks', 'people', 'party', 'parties', 'personnel', 'unit', 'division', 'group', 'channel', 'channels', 'case manager', 'specialist', 'specialists'],
  },
  CANNED_OPENER: {
    doc: 'Formulaic openers and notices that read as a template.',
    members: [
      'please be advised', 'please be informed', 'please be noted', 'kindly be advised', 'kindly be informed', 'kindly be noted',
      'kindly note', 'please note that', 'please do note', 'do note', 'please note,', 'please note:', 'be informed that',
      'we wish to inform you', 'we would like to inform you', 'this is to inform you', 'we regret to inform you',
      'we would like to advise', 'we wish to advise', 'greetings for the day', 'greetings of the day', 'warm greetings',
      'rest assured', 'for your kind information', 'for your kind perusal', 'for your kind reference', 'i request you to', 'we request you to', 'i suggest you to', 'we suggest you to', 'i would request you to',
      'we would request you to', 'request you to kindly', 'request you to please',
    ],
  },
  CORPORATE_VALUE: {
    doc: 'Statements of corporate values in place of help.',
    members: [
      'we value your business', 'we value your custom', 'we value your loyalty', 'we value your patronage', 'we value your feedback',
      'we value your input', 'we value user input', 'we value customer input', 'we value customer feedback', 'we do value',
      'we truly value', 'we greatly value', 'we really value', 'we value you', 'we value all our customers', 'valued customer',
      'valued customers', 'valued client', 'valued clients', 'valued member', 'valued members', 'valued guest', 'valued guests',
      'remain loyal', 'remain a loyal', 'thanks for your loyalty', 'thank you for your loyalty', 'thank you for being a loyal customer',
      'thanks for being a loyal customer', 'thank you for being a valued customer', 'appreciate your loyalty',
      'appreciate your business', 'appreciate your patronage', 'appreciate your continued support', 'appreciate your custom',
      'our top priority', 'our top priorities', 'our number one priority', 'our highest priority', 'our first priority',
      'our #1 priority', 'our main priority', 'our goal is to provide', 'our aim is to provide', 'our mission is to provide',
      'our goal is to deliver', 'our goal is to offer', 'we only want the best', 'we want only the best', 'we want you to have the best',
      'we always strive', 'we strive to', 'we are committed to providing', 'we are committed to delivering',
      'we are committed to ensuring', 'we are fully committed to', 'we never want to disappoint', 'it means the world to us',
      'we value the opportunity', 'we value the chance', 'we appreciate the opportunity', 'we love our customers',
      'customer satisfaction is', 'your satisfaction is', 'monitoring the situation closely', 'closely monitoring the situation',
      'continue to monitor the situation', 'continuing to monitor the situation', 'these uncertain times', 'these unprecedented times',
      'these challenging times', 'this challenging time', 'this difficult time', 'these difficult times', 'we always try to',
      'the health and safety of our', 'we love our customers', 'we love our long-time customers', 'we love our loyal customers',
      'we love our valued customers', 'best possible experience', 'best possible service', 'best possible customer experience',
      'best service possible', 'best experience possible', 'positive experience', 'positive customer experience',
      'seamless experience', 'world-class service', 'valuable feedback', 'valuable input', 'valuable insights', 'valuable insight',
      'enhance your experience', 'enhance your support experience', 'improve your experience', 'we take this seriously',
      'we take these matters seriously', 'we take such matters seriously', 'we take all feedback seriously',
    ],
  },
  DISTANCE_WORD: {
    doc: 'Office words and buzzwords with a plain alternative.',
    members: [
      'at this point in time', 'at this moment in time', 'at your earliest convenience', 'do the needful', 'revert back to you',
      'will revert to you', 'revert to you shortly', 'revert with an update',
      'touch base', 'circle back', 'hereby', 'aforementioned', 'pursuant to', 'synergy', 'synergies', 'leverage', 'leverages',
      'leveraging', 'customer-centric', 'customer centric', 'per our records', 'according to our records', 'as per our records',
      'under advisement', 'under serious advisement', 'into advisement', 'for appropriate review', 'for appropriate action',
      'for further review', 'for further action', 'for further handling', 'the needful', 'going forward', 'moving forward,',
      'as we move forward', 'as we move our products forward', 'herewith', 'heretofore', 'henceforth', 'wherein', 'thereof',
      'handled off social media', 'handled offline', 'in due course', 'has been noted', 'have been noted',
      'has been duly noted', 'a member of the team will contact you', 'a member of our team will contact you', 'a dedicated case manager', 'the most important part of',
      'further assistance may be needed', 'further assistance is needed',
      'further assistance is required', 'should you require further assistance', 'should you require any further assistance',
      'should you need further assistance', 'anytime further assistance',
    ],
  },
  // ── apologies ────────────────────────────────────────────────────────────────────────────
  MISHAP_NOUN: {
    doc: 'The vague mishap an apology can be "for" without naming what went wrong: it fits any ticket.',
    members: [
      'inconvenienc*', 'trouble*', 'difficult*', 'issue*', 'problem*', 'hassle*', 'mix-up*', 'mixup*', 'mishap*', 'glitch*',
      'hiccup*', 'mess', 'situation*', 'matter*', 'experience*', 'bother', 'nuisance*', 'setback*', 'snag*', 'headache*',
      'complication*', 'error*', 'mistake*', 'oversight*', 'inconvenient', 'unpleasant*', 'occurrence*',
      'circumstance*', 'ordeal*', 'challenge*', 'struggle*', 'incident*', 'predicament*',
    ],
  },
  CIRCUMSTANCE_NOUN: {
    doc: 'Where a vague mishap happened ("the inconvenience during your stay"): naming it still names no problem.',
    members: [
      'stay', 'visit', 'trip', 'journey', 'time', 'experience', 'account', 'order', 'booking', 'purchase', 'reservation',
      'call', 'chat', 'holiday', 'vacation', 'flight', 'travel', 'travels', 'recent', 'today', 'yesterday', 'side',
      'end', 'part', 'behalf', 'store', 'restaurant', 'hotel', 'location', 'branch', 'app', 'website', 'site',
    ],
  },
  FEELING_NOUN: {
    doc: "The customer's feelings as what an apology is for: apologising for them, not for what happened, is a non-apology.",
    members: [
      'frustration*', 'disappointment*', 'upset', 'annoyance*', 'anger', 'dissatisfaction', 'displeasure', 'distress',
      'stress', 'anxiety', 'anxieties', 'worry', 'worries', 'hurt', 'hurt feelings', 'offense', 'offence', 'feelings',
      'feeling', 'rudeness', 'unhappiness', 'confusion', 'irritation', 'aggravation', 'exasperation', 'discomfort', 'concern*',
    ],
  },
  REPLY_DELAY: {
    doc: "The agent's own slow reply as what an apology is for: it says nothing about the customer's case.",
    members: [
      'delay in our response', 'delay in our reply', 'delay in responding', 'delay in replying', 'delay in getting back',
      'delayed response', 'delayed reply', 'late response', 'late reply', 'slow response', 'slow reply', 'wait for a response',
      'wait for a reply', 'long delay in replying', 'long delay in responding', 'delay in response', 'delay in reply',
      'long wait for a response', 'wait for our response', 'wait for our reply', 'delay in getting back to you',
      'late reply here', 'slow reply here', 'delay responding', 'delay replying', 'wait in response', 'lack of response',
      'response time', 'response delay', 'reply delay', 'delayed reply here', 'delayed response here',
    ],
  },
};
