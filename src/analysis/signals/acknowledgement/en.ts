import type { SignalConstruction } from '../construction.ts';

/**
 * English acknowledgement: the agent recognises the customer's feeling or situation in their own
 * words. Constructions over the classes in classes/en.ts ("signals: acknowledgement" block); a
 * specific apology counts too (signals/en.ts). What does not count: a bare "I understand." or
 * "Sorry to hear that", a canned brand line ("That's not the experience we want you to have"),
 * "sorry you feel that way".
 */
// Nothing named after "glad to hear" / "glad you like": "that", "it" or the end of the sentence.
const BARE = '(?:\\s*[.!,…;:~-]|\\s*$| (?:that|this|it|them)(?:\\s*[.!,…;:~-]|\\s*$))';
const BE = "(?:'s been|'s|'re| is| are| was| were| has been| have been| sounds| sounded| sounds like| must be| must have been| can be| could be| would be|'d be| will be| seems| seemed| looks| feels| felt| is definitely| is really| is just| is such)";

export const englishAcknowledgement: readonly SignalConstruction[] = [
  {
    doc: 'I/we + a verb of perceiving + how/why: the agent takes in what it is like for the customer.',
    pattern: `(?:i|we) (?:{ACK_ADVERB} ){0,2}{PERCEIVE_VERB} (?:with )?(?:exactly |just |completely |fully )?(?:how|why|what you(?:'re| are) going through|what you mean|where you(?:'re| are) coming from|where (?:the|your) (?:confusion|frustration|worry|concern) (?:comes|came|is coming) from|the frustration|that frustration|your pain|the urgency|what a)(?! (?:to|do|can|could|would|should|long|soon|much does|many)\\b)`,
    examples: {
      hit: ['I can see how frustrating it is to wait two weeks.', 'We totally get why you would want the fee back.', 'I can only imagine what you\'re going through right now.', 'I know exactly what you mean.', 'I sympathise with how stressful this week has been.'],
      pass: ['I can see how to fix it: open Settings and tap Reset.', 'We know how long delivery takes, and it ships Monday.'],
    },
  },
  {
    doc: "I/we + understand/realise + (that) + you/your: the customer's situation restated as understood.",
    pattern: "(?:i|we) (?:{ACK_ADVERB} ){0,2}{UNDERSTAND_VERB} (?:that )?(?:you(?:'re| are| were| have|'ve| had|'d| can't| cannot| couldn't| could not| haven't| have not| aren't| didn't| did not| don't| do not| weren't| still| now| never| only| just| really| want| wanted| need| needed| expected| paid| ordered| lost| missed|r)|this (?:has|is|was|must)|it(?:'s| is| has| was| must| can) (?:been |not |very |so |really )?(?:frustrat|annoy|disappoint|stress|hard|difficult|inconvenien|upsett|worr|a pain|a hassle|a long)|things? (?:ha(?:ve|s) been|are|is) (?:hard|difficult|tough|stressful|hectic|rough)|(?:not )?(?:wanting|needing|being|having to|waiting|expecting|doing|getting|losing|paying))|(?:i|we) (?:{ACK_ADVERB} ){0,2}know (?:that )?(?:not )?(?:having|being|waiting|losing|getting|dealing|going)|(?:i|we) (?:{ACK_ADVERB} )?(?:can (?:only )?imagine|understand completely|understand totally|totally understand|completely understand)(?=[.!,…]|$)",
    examples: {
      hit: ['We know not having service is rough.', 'We totally understand wanting it fixed in the store right there and then.', 'I can only imagine!', 'We understand you are not able to find your Fortnite content.', 'I realise you have been waiting since March for this.', 'I appreciate that you paid for express shipping and it still came late.', 'We recognise this has taken far longer than it should.'],
      pass: ['Do I understand that the flight is closed already?', 'I understand.', 'We appreciate your patience.'],
    },
  },
  {
    doc: "I/we + a verb of perceiving + the customer's feeling or position named ('I hear your frustration', 'I understand your disappointment').",
    pattern: "(?:i|we) (?:{ACK_ADVERB} ){0,2}(?:{PERCEIVE_VERB}|share|feel|completely share) (?:your|the|how much|all (?:of )?(?:your|the)|in your) (?:{ACK_INTENSIFIER} )?(?:{FEELING_NOUN}|{SITUATION_NOUN})(?<!appreciate your concerns?)|(?:^|[,.!] ?)(?:totally|completely|fully|absolutely|definitely|really|can) (?:understand|get|hear|feel|share) (?:your|the) (?:{ACK_INTENSIFIER} )?{FEELING_NOUN}",
    examples: {
      hit: ['I understand your frustration with the second delay.', 'Totally get the annoyance here, Sam.', 'We completely share your disappointment.', 'I hear the annoyance in your message, and you have every right to it.', 'I can appreciate your position here.'],
      pass: ['We appreciate your patience while we look.', 'I understand the process: you submit the form online.'],
    },
  },
  {
    doc: 'The feeling granted: "your frustration is understandable", "it\'s completely fair to be annoyed".',
    pattern: "(?:your|the|this|that|such|any) (?:{ACK_INTENSIFIER} )?{FEELING_NOUN} (?:is|are|was|would be|'s) (?:{ACK_INTENSIFIER} )?{JUSTIFIED}|(?:it's|it is|that's|that is) (?:{ACK_INTENSIFIER} )?{JUSTIFIED} (?:to be|that you(?:'d|'re|'ve|'ll)?|you'd|you would|you're|you are|to feel|to want|to expect)",
    examples: {
      hit: ['Your frustration is completely understandable after three missed deliveries.', "It's totally fair to be annoyed about being charged twice.", 'That is understandable that you want a refund.', "It is completely understandable that you'd want a refund."],
      pass: ['Your order is fair game for a discount code.', "That's fair, the fee is listed on page two."],
    },
  },
  {
    doc: 'That/this/it + a linking verb + a negative evaluation: "that sounds frustrating", "this must be stressful", "it was far from ideal".',
    pattern: `(?:that|this|it|which|all of this|all this|none of this|this whole thing|the whole thing|that whole thing)${BE} (?:{ACK_INTENSIFIER} ){0,2}(?:like )?(?:{NEG_EVAL}|(?:a|an) (?:{ACK_INTENSIFIER} )?{NEG_NOUN_HEAD} (?:{NEG_NOUN}|{EVENT_NOUN}))(?!(?<=hard|difficult|tough|tricky) to )(?! (?:to (?:say|tell|know|predict|pinpoint|determine|confirm|find|estimate|give|answer|guess|believe that)|question|one|part|thing to do|looking|sounding|shaped)\\b)`,
    examples: {
      hit: ['That sounds so frustrating.', "That's troublesome to see.", 'This must be stressful with a trip coming up.', 'It was far from ideal and I want to fix it.', 'That is a real pain to come home to.', "It's not okay that you were left without heat.", 'That must have been unsettling.'],
      pass: ["It's very difficult to fully stop spam once it starts.", "It's hard to see the serial number in the photo.", "It's hard to say when the part will arrive.", "It's hard to tell from the photo.", 'This is a good question.'],
    },
  },
  {
    doc: '"What a…" / "sounds like a…" / "how…!" with a word for a bad situation.',
    pattern: `(?:what|sounds like|sounding like|quite|such) (?:a|an) (?:{ACK_INTENSIFIER} )?(?:(?:{NEG_NOUN_HEAD} )?{NEG_NOUN}|{NEG_NOUN_HEAD} {EVENT_NOUN})(?! (?:of (?:a|an) )?(?:question|idea|deal|offer|price|product|team|service)\\b)|(?:^|, )how (?:{ACK_INTENSIFIER} )?(?:odd|weird|strange|frustrating|annoying|stressful|awful|disappointing|concerning|upsetting|infuriating|maddening|irritating|aggravating|terrible|horrible|sad|scary|unfair|inconvenient|exhausting)(?=[.!]|$| for| to| that)`,
    examples: {
      hit: ['What a pain to come home to that.', 'Sounds like a real headache.', 'Oh, what a stressful day.', 'How frustrating!'],
      pass: ['In such a situation we replace the unit.', 'What a question!', 'How to change the shipping address: open Orders.'],
    },
  },
  {
    doc: 'A short exclamation of how odd or bad it is: "Very odd.", "So frustrating!"',
    pattern: '(?:^|[,.!] ?)(?:(?:not ideal|not good|not great|no fun|far from ideal|not okay|not ok|not fun)(?: at all)?|sad|(?:what|such|that\'s|that is) a (?:shame|pity)|(?:a |what a |such a )?(?:sad|rough|tough|bad|long|terrible|awful|horrible) (?:day|week|morning|night)|(?:what |such |that\'s |that is )?(?:bad|rotten|terrible|awful|rough|tough) luck|(?:that\'s |that is |what a |quite a )?(?:no|not the|not a great|not a nice|not the best) way to (?:start|end|spend|begin|kick off) (?:the|a|your|any)(?: [\\p{L}]+)?|(?:very|how|so|really|most|quite|super|pretty) (?:odd|weird|strange|frustrating|annoying|stressful|awful|disappointing|concerning|upsetting|infuriating|maddening|irritating|terrible|horrible|sad|scary|unfair|bizarre|curious|peculiar))(?=[.!…,]|$| indeed)',
    examples: {
      hit: ['Sad day! Are you able to go back and grab it?', 'Rotten luck, the last one sold an hour ago.', "That's no way to start a holiday.", 'Very odd. Please restart the console.', 'So frustrating!', 'Most peculiar, the code worked yesterday.', 'Sad, indeed.', 'What a shame, it was the last one in your size.'],
      pass: ['It is very strange looking hardware.', 'Sad Browns fan here too.'],
    },
  },
  {
    doc: 'Something named + "can be / must be / sounds" + a negative evaluation: "delays can be frustrating".',
    pattern: "(?:can be|can get|are|are so|are always|must be|must have been|must get|sounds|sounded|sounds like it was|is always|are always|is never fun|are never fun|is never|are never) (?:{ACK_INTENSIFIER} ){0,2}(?:{NEG_EVAL})(?!(?<=hard|difficult|tough|tricky) to )",
    examples: {
      hit: ['Without a doubt, delays are frustrating for everyone involved.', 'Delays can be so frustrating, especially before a flight.', 'Losing photos must be heartbreaking.', 'Two missed deliveries sounds exhausting.'],
      pass: ['The setting can be hard to find: it is under Privacy.'],
    },
  },
  {
    doc: 'Whatever happened, called by how it feels: "finding the money gone a week before rent is worrying", "a stalled sync the night before a presentation is stressful".',
    // Only words for how a thing feels: "is odd", "is hard", "is not right" describe a thing and stay out.
    pattern: "(?:is|(?:it|that|this|which)'s|was|were|are|has been|(?<!things )have been|had been|would be|will be|must be|must have been|is going to be|would have been) (?:{ACK_INTENSIFIER} ){0,2}(?:worrying|worrisome|stressful|frustrating|upsetting|distressing|unsettling|nerve-wracking|nerve wracking|exhausting|maddening|infuriating|disheartening|heartbreaking|heart-breaking|scary|frightening|alarming|annoying|irritating|exasperating|hectic|disappointing|concerning|galling|demoralising|demoralizing|draining|overwhelming|a (?:real |total |complete |bit of a )?(?:worry|headache|nightmare|struggle|ordeal)|never fun|no fun|not fun|never any fun|never a fun [\\p{L}]+|never nice|never pleasant|not pleasant)(?![\\p{L}-])",
    examples: {
      hit: ['Finding money gone from your account a week before rent is due is worrying.', 'A stalled sync the night before a client presentation is stressful.', 'Opening a shop two weeks before Christmas must be hectic enough.', 'Three cancelled engineer visits in a row would have been infuriating.', 'Losing your photos is never fun.', "It's never fun to sort out a billing mix-up.", 'Being without internet while working from home is a real headache.', 'The last few days have been a real struggle.'],
      pass: ['The setting is hard to find: it is under Privacy.', 'The address on the label is not right, so I have corrected it.', 'The new design is a lot cleaner.'],
    },
  },
  {
    doc: 'A wait called too long: "ten days without an answer is far too long".',
    pattern: "(?:(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|a few|few|many|so many) (?:more |whole |full |long )?(?:days?|weeks?|months?|hours?|minutes?)|wait|waiting|delay)(?: [\\p{L}\\d'-]+){0,12} (?:is|was|has been|are|were|'s) (?:{ACK_INTENSIFIER} )?(?:far |way |much |simply |just )?(?:too long|longer than (?:it|they|you) should)(?! (?:a |for the )?(?:name|password|file|title|text|message|subject)\\b)|(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|so many) (?:[\\p{L}]+ )?(?:calls|times|emails|e-mails|attempts|visits|messages|chats|trips|transfers)(?: [\\p{L}\\d'-]+){0,8} (?:is|was|are|were|'s) (?:{ACK_INTENSIFIER} )?(?:far|way|simply|just|much) too many(?! (?:characters|digits|letters|items|files|devices)\\b)",
    examples: {
      hit: ['Ten days without an answer while water sits under your floor is far too long.', 'Three weeks is simply too long for a refund.', 'The wait on the phone was way too long.', 'Three calls to sort out one bill is far too many.'],
      pass: ['The file name is too long; keep it under 60 characters.', 'The password you chose this time is too long.', 'Is the cable long enough to reach the router?', 'Five attempts is too many, so the card is locked for an hour.'],
    },
  },
  {
    doc: 'What the customer has been through, or their patience, recognised.',
    pattern: "(?:all|everything|what|after what|after all) you(?:'ve| have| had|'d) (?:been through|gone through|had to deal with|had to go through|had to put up with|dealt with|endured)|you(?:'ve| have) been (?:{ACK_INTENSIFIER} )?(?:patient|understanding|more than patient|incredibly patient|through a lot|through enough|going back and forth)|(?:that's|that is|it's|it is|that was|it was|that has been|it has been) (?:{ACK_INTENSIFIER} )?(?:a long time to wait|a long wait|far too long|way too long|much too long|too long to wait|longer than it should)|(?:(?:i|we) (?:really |do )?hope|(?:^|[,.!] ?)hope|hoping) (?:you(?:'re| are)|your [\\p{L}]+ (?:is|are)|everyone|you and your [\\p{L}]+ are) (?:is |are )?(?:feeling |doing |getting )?(?:better|ok|okay|alright|safe|recovering|on the mend)|(?:^|[,.!] ?)(?:get well soon|feel better soon)|(?:is|'s|was|has been|would be) (?:{ACK_INTENSIFIER} )?a long time to (?:wait|go without|be without|be stuck|be left)|(?:(?:it|this|that)'s not been |(?:it|this|that|things|the last few (?:days|weeks|months))(?: (?:really|certainly|definitely))? (?:hasn't|has not|haven't|have not|can't have|cannot have|couldn't have|won't have|is not|isn't) been )(?:{ACK_INTENSIFIER} )?(?:easy|fun|pleasant|a fun [\\p{L}]+)(?![\\p{L}-]| (?:to|for (?:us|me|our|the team))\\b)",
    examples: {
      hit: ["After everything you've been through with this order, I want it right.", "You've been incredibly patient with us.", "That's far too long to wait for a reply.", "I hope your mum is feeling better.", 'Hope you are okay after the fall!', 'Three weeks is a long time to go without a washing machine.', 'Get well soon, Dana.', "I know it hasn't been easy without the car.", "That can't have been fun."],
      pass: ['Have you been through the setup guide?', 'I hope this helps.', "It hasn't been easy for us to keep up with orders this week."],
    },
  },
  {
    doc: 'A plain verdict on what happened, whatever the subject: "having to call three times is not acceptable".',
    // "not on" is the British verdict only when it ends the clause: "it is not on our end" locates a fault.
    pattern: "(?:(?:is|(?:that|it|this|which)'s|was|has been|were|are) (?:just |simply |really |completely |totally |clearly |frankly )?not|isn't|wasn't|aren't|weren't|hasn't been) (?:just |simply |really |completely |totally |clearly |frankly )?(?:acceptable|good enough|okay|ok|on(?=[.!,;…]|$| at all)|fair on you|fair to you|the (?:kind of |level of |sort of )?(?:service|experience|treatment) you (?:deserve|should expect|expected|should get|should have|should've had|should have had))(?! (?:to|for|as|by|in)\\b)|(?:is|was|has been|were|are) (?:just |simply |really |completely |totally |clearly |frankly )?unacceptable(?! (?:to|for|as|by|in)\\b)",
    examples: {
      hit: ['Having to call three times is simply not good enough.', "Having to call back four times isn't the experience you should have.", 'A two-week wait for a reply was not the service you deserve.', "That's not the kind of service you should have had from us.", "Waiting that long isn't okay.", 'Being cut off twice in one call is just not on.'],
      pass: ['The file type is not acceptable to the uploader; save it as PDF.', 'After testing, the fault is not on our end.', "The old charger isn't okay for the new model; use the 30 W one."],
    },
  },
  {
    doc: 'Condolence for a loss or hard time.',
    pattern: "(?:my|our) (?:{ACK_INTENSIFIER} )?(?:deepest |sincere |sincerest |heartfelt )?(?:condolences|sympathies|sympathy)(?= (?:to|go|goes|are|is|for|and|with|on)\\b| ?[.,!;—-]|$)|sorry for your loss|(?:we're|we are|i'm|i am) thinking of you|(?:i|we) (?:hope|wish) (?:you|your family|you and your family) (?:all the best|a speedy recovery|a quick recovery|well)",
    examples: {
      hit: ['Please accept our sincere condolences.', 'I am so sorry for your loss, Ms Ward.', 'We wish you a speedy recovery.'],
      pass: ['Our sympathy card range is on the shelf by the till.'],
    },
  },
  {
    doc: 'The situation is "the last thing you need".',
    pattern: "(?:is|'s|was|would be|must be) (?:{ACK_INTENSIFIER} )?the last thing (?:you|anyone|anybody|one) (?:need|needs|want|wants|wanted|needed|expect|expected)",
    examples: {
      hit: ['A torn groundsheet two days before a trip is the last thing you need.'],
      pass: ['The last thing you need to do is confirm the address.'],
    },
  },
  {
    doc: 'That/this doesn\'t sound/look right: a good state negated.',
    pattern: "(?:that|this|it|which) (?:doesn't|does not|didn't|did not|don't|do not|isn't|is not|wasn't|was not) (?:sound|sounding|look|looking|seem|seeming|feel)? ?(?:{ACK_INTENSIFIER} )?(?:{POS_EVAL})(?! (?:to|for you to|news for|way|idea|choice|option|place|time to)\\b)",
    examples: {
      hit: ["That doesn't sound good!", 'This does not look right at all.', "That didn't seem fair to you, and I agree."],
      pass: ["Isn't it good news that the refund came?", "It isn't normal to ship on Sundays."],
    },
  },
  {
    doc: 'It should not have happened / the customer should not have to…',
    // "…so you shouldn't have to wait this time" foretells the outcome of a fix: no verdict on what happened.
    pattern: "(?<!(?:so|so that|and|then) )(?:that|this|it|you|none of this|this issue|that issue) (?:simply |really |definitely |certainly )?(?:shouldn't|should not|should never|should't) (?:be there|be(?=[.!…]|$)|be happening|happen|have happened|have been|be the case|have to|had to)|none of (?:this|that|it) should (?:have happened|happen|have been)",
    examples: {
      hit: ["That shouldn't be happening.", "Hey Tyler - this simply shouldn't be!", 'You should never have to chase a refund twice.', "None of this should have happened."],
      pass: ['You should not need to restart it after the update.', "I've booked the first slot of the morning, so you shouldn't have to wait this time."],
    },
  },
  {
    doc: 'A shared human reaction: "no one wants to…", "nobody likes waiting".',
    pattern: "(?:no one|nobody|no-one|none of us) (?:wants|likes|enjoys|expects|needs|deserves|should have|wants to|likes to|ever wants)|(?:no one's|nobody's|no-one's|anyone's|anybody's) idea of (?:fun|a good [\\p{L}]+)",
    examples: {
      hit: ['No one wants to spend their weekend on hold.', "An hour on hold is nobody's idea of fun.", 'Nobody likes finding a surprise charge.', 'Nobody deserves that kind of wait.', "Waiting on hold for an hour is no one's idea of a good afternoon."],
      pass: ['No one at the store can refund it.'],
    },
  },
  {
    doc: "The customer's feeling named: \"you must be frustrated\", \"I'd be upset too\".",
    pattern: "how much (?:this|that|it|all (?:of )?this) (?:has |have |must have |must )?(?:upset|frustrated|worried|annoyed|stressed|disrupted|inconvenienced|affected|hurt|bothered) you|(?:what|something|which) (?:made|has made|caused|left) you (?:upset|frustrated|feel|angry|unhappy|disappointed)|(?:to )?cause(?:d)? (?:your (?:{FEELING_NOUN})|you to feel)|you(?:'ve| have|'ve got| had) every right to (?:be|feel|ask|expect|want|complain|question)|you were (?:{ACK_INTENSIFIER} )?right to|(?:^|, )understandably,|(?<!(?:if|when|whenever|in case|whether|once|unless) )you(?:'re| are| were)? (?:appear to be|seem to be|appear|appears|seem|seemed|sound|sounded|must be|must have been|must feel|might be|may be|are understandably|'re understandably|are clearly|'re clearly|feel|felt|have been left|were left|'ve been left|got|'ve been|have been|were|are|'re) (?:{ACK_INTENSIFIER} )?(?:{CUSTOMER_FEELING})(?! (?:with (?:our|the) (?:product|service|app)s?|about (?:anything|any|something))\\b)|(?:i|we)(?:'d| would| also| too)? (?:be|feel|have been|have felt) (?:{ACK_INTENSIFIER} )?(?:{CUSTOMER_FEELING}|(?:exactly |just )?the same)(?: too| as well| in your (?:shoes|place|position))|if (?:this|that|it) (?:were|was|had) (?:happening |happened |to happen )?to me|(?:would|'d|will|does|did) make me (?:want to|feel|so |very |really )?(?:{CUSTOMER_FEELING}|leave|scream|cry|want to (?:leave|scream|cry|cancel))|in your (?:shoes|place|position),? (?:i|we)(?:'d| would)",
    examples: {
      hit: ['Please tell me what happened to cause your frustration.', "It's clear from your message how much this has upset you.", 'You have every right to expect better.', 'You must be so frustrated by now.', "You sound understandably worried about the deposit.", "I'd be upset too.", 'We would feel the same in your shoes.', "I'd feel exactly the same in your position.", "I know if this were happening to me, I wouldn't understand it either.", 'A jump like that with no claims would make me want to leave too.', "In your shoes, I'd want the money back as well."],
      pass: ["If you're unhappy with the fit, send it back within 30 days.", 'Are you concerned about anything else?', 'If you are unhappy with the product you can return it.', 'If I were you, I would restart the router first.', 'Please make me an admin on the account.'],
    },
  },
  {
    doc: 'An interjection that reacts to the customer\'s news like a person ("Oh no!", "Yikes").',
    pattern: '(?:^|[,.!] ?){ACK_INTERJECTION}(?=[,.!?…]| that| this| i| we|$)|again\\?|huh\\?',
    examples: {
      hit: ['Oh no! The app logged you out again?', 'Yikes, that is not what we want.', 'Ugh, I hate when that happens.'],
      pass: ['Wowcher codes are not accepted.', 'Ohm is the unit on the label.'],
    },
  },
  {
    doc: 'The agent\'s own feeling about the customer\'s news: "glad to hear it works", "sad to see that".',
    pattern: `(?<!(?:be|'d be|would be|will be|'ll be) )(?:{ACK_INTENSIFIER} )?{GLAD} (?:to (?:hear|see|read|learn|know)(?!${BARE})(?! from\\b)|that)|(?:{GLAD}|excited) for you(?! to\\b)|(?:glad|happy|pleased|relieved|thrilled|delighted) (?:you|that you|it|that it|your)(?: still| really| finally| both| all)?(?:'re| are| were|'ve| have|'s| is| was| got| could| can| enjoyed| like| liked| love| loved| had| found| managed| made)(?! (?:asked|reached|contacted|tweeted|messaged|written|writing|asking|reaching|contacting|tweeting|messaging)\\b)(?!${BARE})|(?:this|that) is (?:saddening|sad|upsetting|concerning|worrying|really concerning)`,
    examples: {
      hit: ['Glad to hear the new router sorted it!', 'Glad you liked the pumpkin carving kit!', "So sad to see that the mug broke in the post.", "I'm relieved you found the charger.", "I'm gutted for you that the concert was cancelled.", 'So happy for you both!'],
      // A bare "glad to hear that" names nothing, like a bare "sorry to hear that".
      pass: ["We're glad you reached out.", "We'd be glad to see what we can do for you.", 'Glad to hear that, message us again if you need help.', 'Glad you like it! -Tabby', 'So happy to hear!', "We're always happy to hear from our customers.", "We'd be happy for you to pick it up in store."],
    },
  },
  {
    doc: 'Agreement or being heard: "you\'re right", "I hear you", "that makes sense".',
    pattern: "(?:i|we) hear you|(?:^|, )(?:definitely |totally |absolutely )?hear you|(?:we|i) (?:never |don't |do not )like (?:to hear|hearing|to see|seeing)|(?:not|never|isn't|is not) (?:what|something) (?:we|i)(?:'d| would)? (?:like|want|love|hope|wish|expect)(?: to)? (?:hear|see|read|learn)|(?:we|i) (?:really )?hate (?:to hear|hearing|that|to see|seeing|reading)|you're (?:right|absolutely right|quite right|completely right)|you are (?:right|absolutely right|quite right)|you(?:'ve| have) done (?:the right thing|everything right|all the right things)|(?:i|we) (?:totally |completely |fully |absolutely )?agree|(?:it|that) makes (?:total |complete |perfect )?sense|i get (?:it|that|why|how|your|the frustration)|(?:we|i) can't believe|we hope (?:everyone|you(?:'re| are)) (?:is |are )?(?:ok|okay|safe|alright|well)|congrat(?:s|ulations)",
    examples: {
      hit: ['I hear you, and I want this sorted today.', "You're absolutely right about the fee.", 'That makes total sense.', "That's not what we like to hear!", 'Never something we want to see, Ramya.'],
      pass: ['Did you hear back from the courier?', 'Here is what we would like to see in the form: your order number.'],
    },
  },
  {
    doc: 'A plain verb of judgement on the situation: "that stinks", "I hate when that happens".',
    // Intransitive only: "it sucks the water out" is a pump, not a verdict.
    pattern: "(?:that|this|it|which)(?: really| totally| just| truly| honestly)? (?:stinks|sucks|bites)(?=[.!?,;…]|$| (?:when|that|about|but|and|so|though|big time|a bit|to hear|to see))|(?:i|we) (?:really |just |absolutely |truly )?(?:hate|dislike|can't stand) (?:it )?when (?:that|this|it|a|an|the|your|you|things?)",
    examples: {
      hit: ['That stinks! Let me see what I can do.', 'Ugh, I hate when that happens.', 'We really hate it when a parcel goes astray.', 'That really sucks, sorry.'],
      pass: ['It sucks the water out of the tank when the lid is open.', 'We hate to ask, but could you send the serial number?'],
    },
  },
  {
    doc: "The customer's feeling or state perceived: \"I can tell you're frustrated\", \"it sounds like you've had a rough week\".",
    pattern: "(?:i|we) (?:{ACK_ADVERB} ){0,2}(?:can tell|can see|see|know|sense|gather|notice|noticed|saw) (?:that )?you(?:'re| are| were|'ve been| have been| feel| felt| seem| sound)(?: {ACK_INTENSIFIER})? {CUSTOMER_FEELING}|(?:i|we) (?:{ACK_ADVERB} ){0,2}(?:can tell|can see|see|know|gather|noticed|saw) (?:that )?you(?:'ve| have|'d| had) (?:already )?been (?:waiting|chasing|going back and forth|left without|without|stuck with|trying for|trying to (?:get|reach|sort|fix|cancel))|(?:it )?(?:sounds|seems|looks) like you(?:'re| are| were|'ve been| have been| feel| felt)(?: {ACK_INTENSIFIER})? {CUSTOMER_FEELING}|(?:it )?sounds like you(?:'ve| have|'d| had) (?:had )?(?:{ACK_INTENSIFIER} )?(?:quite )?(?:a|the) (?:{ACK_INTENSIFIER} )?(?:{NEG_NOUN_HEAD} )?(?:{EVENT_NOUN}|{NEG_NOUN})",
    examples: {
      hit: ["I can tell you're frustrated, and I want to fix this.", 'It sounds like you are really worried about the deposit.', "Sounds like you've had quite the week.", 'We noticed you were stranded at the gate overnight.', "I can see you've been waiting since March for this repair.", "I know you've been chasing this refund for weeks."],
      pass: ['It sounds like you have the old version: update to 4.2.', 'I can see you are signed in on two devices.', "I can see you've been a member since 2015."],
    },
  },
  {
    doc: 'The feeling granted on its own: "That\'s completely understandable.", "Totally get it."',
    pattern: "(?:that's|that is|which is|this is|it's|it is|totally|completely|perfectly|entirely|very|quite|so)(?: {ACK_INTENSIFIER})? understandable(?=[.!,;…]|$| and| given| after| with)|(?:^|[,.!] ?)understandable(?=[.!,…]|$)|(?:^|[,.!] ?)(?:totally|completely|fully|absolutely|i totally|i completely|we totally|we completely) get (?:it|that|why|how)",
    examples: {
      hit: ["That's completely understandable after two missed deliveries.", 'Understandable! Let me look into it.', 'Totally get it, nobody wants a second bill.'],
      pass: ['The new manual is easier to read.', 'Did you get it from the store or online?'],
    },
  },
  {
    doc: 'The news named as not what the customer hoped for: "I know this isn\'t the answer you were hoping for".',
    pattern: "(?:isn't|is not|wasn't|was not|'s not|won't be|will not be|may not be|might not be|probably isn't|probably is not) (?:quite |exactly |really )?(?:the (?:answer|news|outcome|result|response|reply|update|solution|resolution|experience) |what )(?:you|you'd|you had|you've)(?: been| were| are| had)? (?:hoping|hoped|wanted|expected|expecting|looking for|after|wanting)",
    examples: {
      hit: ["I know this isn't the answer you were hoping for.", "It's not what you wanted to hear, and I'm sorry.", 'This may not be the news you had hoped for.'],
      pass: ['The answer you were looking for is in section 3.', 'If this is not what you ordered, send it back.'],
    },
  },
  {
    doc: 'What the customer was counting on, recognised: "I know you were looking forward to the concert".',
    pattern: "(?:i|we) (?:{ACK_ADVERB} ){0,2}(?:know|understand|realise|realize|appreciate|can see|see) (?:how much |that |how )?you(?:'d| had| were|'ve been| have been| was)? (?:really |so |very much |all |both )?(?:looking forward to|counting on|relying on|excited (?:for|about)|depending on|planning on)|you deserve(?:d)? (?:better|more|a (?:better|proper|clear|straight|quicker|faster) (?:answer|experience|service|response|reply))",
    examples: {
      hit: ['I know you were looking forward to the concert.', 'We realise how much you were counting on the delivery for Friday.', 'You deserve better than a form letter.'],
      pass: ['We are looking forward to your visit.', 'You deserve a refund of the fee: it is on its way.'],
    },
  },
  {
    doc: 'What the customer stands to lose or wants back, named: "so you don\'t miss your school work", "we want you back to enjoying them".',
    pattern: "(?:i|we)(?:'d| would)? (?:want|like|love|hope) to get you back (?:up and running|online|on the road|on your way|in the air|to (?:enjoying|using|playing|watching|listening|streaming|gaming|work|your))|(?:i|we) (?:want|'d like|would like|'d love|would love) you (?:to get back|to be back|back) (?:to (?:enjoying|using|playing|watching|listening|streaming|gaming|work|your)|up and running|online)|so (?:that )?you (?:don't|do not|won't|will not) (?:miss|lose|fall behind on|miss out on|have to miss|have to cancel) (?:your|any of your|any more of your|the rest of your|more of your|a (?:day|minute|moment) of)",
    examples: {
      hit: ['We want to get you back up and running so you don\'t miss your school work.', 'Apps are important and we want you to get back to enjoying them.', 'I\'d like to get you back on the road today.', 'I\'ve moved the appointment so that you won\'t lose your deposit.'],
      pass: ['We want you to back up your phone before the update.', 'Set a reminder so you don\'t miss the next sale.', 'You can get back to the menu by tapping Home.'],
    },
  },
  {
    doc: 'A good situation shared: "what a lovely view", "that\'s awesome".',
    // A bare "That's great!" or "What a great looking crew!" praises; readers did not count it as
    // taking in the customer's situation, so the praise must land on something they lived or shared.
    pattern: "what a (?:(?:great|lovely|relaxing|beautiful|gorgeous|fun|nice|cool|cute|special|wonderful) )?(?:day|view|shot|photo|pic|picture|story|treat|catch|find|trip|time|weekend|evening|night|surprise|moment|occasion|milestone)|(?:that's|that is) (?:a |so )?(?:lovely|cute|beautiful|adorable|gorgeous)(?! question)|wow",
    examples: {
      hit: ['What a lovely view from your balcony!', "That's so cute in the photo.", 'What a special day for you both!'],
      pass: ['A great question, the answer is in our guide.', "That's great it has iOS 11.1, so we can rule that out.", 'What a great looking crew!'],
    },
  },
];
