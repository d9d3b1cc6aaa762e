/**
 * Where only a few words are wrong, only they change (Vale-style substitution data, per language):
 * "kindly" + verb → "please" + verb, "at this point in time" → "now", "please be advised that" →
 * nothing. Each swap matches inside the sentence and must overlap the finding; `to` may hold one
 * `[placeholder]` for what only the agent knows.
 */
import type { Lang } from '../analysis/types.ts';

export interface Swap {
  /** Matched case-insensitively against the sentence; must overlap the finding's span. */
  match: RegExp;
  to: string | ((m: RegExpExecArray) => string);
  note: string;
}

const W = '(?<![\\p{L}])';
const E = '(?![\\p{L}])';
const re = (source: string) => new RegExp(source, 'iu');

const EN: Swap[] = [
  // Jargon: canned distance.
  { match: re(`${W}(?:please|kindly)\\s+be\\s+(?:advised|informed|aware)\\s*(?:that\\s*)?,?\\s*`), to: '', note: 'Just say it.' },
  // "I request you to please contact…", "We suggest you to get in touch…": a plain request.
  { match: re(`${W}(?:(?:i|we)\\s+(?:would\\s+)?)?(?:request|suggest)\\s+you\\s+to\\s+(?:kindly\\s+|please\\s+)?`), to: 'please ', note: '"Please" says the same, warmly.' },
  { match: re(`${W}kindly\\s+please${E}`), to: 'please', note: 'Plain words.' },
  { match: re(`${W}(?:please\\s+)?rest\\s+assured,?\\s*(?:that\\s+)?`), to: '', note: 'Just say it.' },
  // "we care about your concerns and have shared…", "we take all feedback seriously and have…": what was done says it.
  { match: re(`${W}we\\s+(?:truly\\s+|really\\s+|do\\s+)?care\\s+about\\s+your\\s+(?:concerns?|feedback|experience)\\s+and\\s+(?=(?:have|will|are|would)${E})`), to: 'we ', note: 'What you did says it.' },
  { match: re(`${W}we\\s+take\\s+(?:[\\p{L}'’-]+\\s+){1,5}?(?:very\\s+|incredibly\\s+|extremely\\s+|really\\s+)?seriously\\s+and\\s+(?=(?:have|will|are|would)${E})`), to: 'we ', note: 'What you did says it.' },
  // "We write to inform you that…": the whole frame goes, not just "inform you that".
  { match: re(`${W}(?:we|i)\\s+(?:are\\s+|am\\s+)?(?:write|writing)\\s+to\\s+(?:inform|advise|let)\\s+you(?:\\s+know)?(?:\\s+that)?\\s*`), to: '', note: 'Just say it.' },
  { match: re(`${W}(?:we\\s+)?(?:would\\s+like\\s+to\\s+)?(?:inform|advise)\\s+you\\s+that\\s+`), to: '', note: 'Just say it.' },
  { match: re(`${W}kindly\\s+(?=[\\p{L}])`), to: 'please ', note: '"Please" says the same, warmly.' },
  { match: re(`${W}at\\s+this\\s+(?:point\\s+in\\s+time|moment\\s+in\\s+time)${E}`), to: 'now', note: 'One plain word.' },
  { match: re(`${W}at\\s+your\\s+earliest\\s+convenience${E}`), to: 'when you can', note: 'Plain words.' },
  { match: re(`${W}going\\s+forward${E}`), to: 'from now on', note: 'Plain words.' },
  { match: re(`${W}(?:as\\s+)?per\\s+our\\s+records,?\\s*`), to: 'I can see that ', note: 'Say what you see.' },
  { match: re(`${W}(?:to\\s+)?the\\s+relevant\\s+(?:department|team)${E}`), to: (m) => `${/^to/i.test(m[0]) ? 'to ' : ''}our [team] team`, note: 'Name the team.' },
  { match: re(`${W}(?:we\\s+have|we['’]ve|i\\s+have|i['’]ve)\\s+escalated\\s+your\\s+(?:concern|issue|case|query|request)(?:\\s+to\\s+(?:the\\s+relevant|our|the\\s+appropriate)\\s+(?:department|team))?`), to: "I've passed this to our [team] team", note: 'Say who has it now.' },
  // "We value your business and have shared…": the sentence goes on with what was done.
  { match: re(`${W}we\\s+value\\s+your\\s+(?:business|custom|loyalty|patience)\\s+and\\s+(?=(?:have|will|are|would|appreciate|thank)${E})`), to: 'we ', note: 'What you did says it.' },
  { match: re(`${W}we\\s+value\\s+your\\s+(?:business|custom|loyalty|patience)\\s+and\\s+(?=(?:going\\s+forward|from\\s+now\\s+on|we|i)${E})`), to: '', note: 'What you do says it.' },
  { match: re(`${W}we\\s+value\\s+your\\s+(?:business|custom|loyalty|patience)${E}`), to: 'thank you for sticking with us', note: 'Thank them plainly.' },
  { match: re(`${W}your\\s+(?:call|message|email|query)\\s+is\\s+(?:very\\s+)?important\\s+to\\s+us${E}`), to: "I'm on it", note: 'Show it instead of saying it.' },
  // "Keeping your account safe is important to us" → "We care about keeping your account safe".
  { match: re(`^([\\p{L}]+ing\\s[^,;:]{2,80}?)\\s+is\\s+(?:very\\s+|really\\s+|extremely\\s+|so\\s+)?important\\s+to\\s+us${E}`), to: (m) => `we care about ${m[1]![0]!.toLowerCase()}${m[1]!.slice(1)}`, note: 'Plain words.' },
  { match: re(`${W}is\\s+(?:very\\s+|really\\s+|extremely\\s+)?important\\s+to\\s+us${E}`), to: 'matters to us, and here is what we do about it: [what you do]', note: 'Show it instead of saying it.' },
  { match: re(`${W}we\\s+take\\s+(.{1,80}?)\\s+(?:very\\s+|incredibly\\s+|extremely\\s+)?seriously${E}`), to: (m) => `here is what we do about ${m[1]}: [what we do]`, note: 'Show it instead of saying it.' },
  { match: re(`${W}rest\\s+assured(?:\\s+that)?\\s+`), to: '', note: 'Just say it.' },
  { match: re(`${W}please\\s+note\\s+that\\s+`), to: '', note: 'Just say it.' },
  { match: re(`${W}(?:(?:we|i)\\s+(?:really\\s+|truly\\s+)?appreciate|thanks\\s+for|thank\\s+you\\s+for)\\s+your\\s+(?:continued\\s+)?loyalty(?:\\s+to\\s+(?:our\\s+brand|us|our\\s+company))?${E}`), to: 'thank you for sticking with us', note: 'Thank them plainly.' },
  { match: re(`${W}it\\s+means\\s+the\\s+world\\s+to\\s+us${E}`), to: 'it means a lot to us', note: 'Plain words.' },
  { match: re(`${W}(?:we|i)\\s+appreciate\\s+the\\s+opportunity\\s+to${E}`), to: "I'm glad to", note: 'Plain words.' },
  { match: re(`${W}(?:these|such)\\s+(?:uncertain|unprecedented|challenging)\\s+times${E}`), to: 'this time', note: 'Plain words.' },
  { match: re(`${W}as\\s+we\\s+move\\s+our\\s+products\\s+forward${E}`), to: 'as we update our products', note: 'Plain words.' },
  { match: re(`${W}leverag(?:e|ing)${E}`), to: (m) => (/ing$/i.test(m[0]) ? 'using' : 'use'), note: 'Plain words.' },
  { match: re(`${W}synerg(?:y|ies)${E}`), to: 'working together', note: 'Plain words.' },
  { match: re(`${W}customer-centric${E}`), to: 'focused on you', note: 'Plain words.' },
  { match: re(`${W}please\\s+find\\s+attached${E}`), to: "I've attached", note: 'Plain words.' },
  { match: re(`${W}for\\s+your\\s+(?:reference|information|perusal)${E},?\\s*`), to: '', note: 'Just say it.' },
  { match: re(`${W}do\\s+the\\s+needful${E}`), to: '[what you will do]', note: 'Say what you will do.' },
  { match: re(`${W}reach\\s+out\\s+to${E}`), to: 'contact', note: 'Plain words.' },
  { match: re(`${W}revert\\s+(?:back\\s+)?to\\s+you${E}`), to: 'get back to you', note: 'Plain words.' },
  { match: re(`${W}(?:will|shall)\\s+revert${E}`), to: 'will reply', note: 'Plain words.' },
  { match: re(`${W}at\\s+the\\s+(?:earliest|soonest)${E}`), to: 'as soon as possible', note: 'Plain words.' },
  // "A member of the team will contact you in due course": who, and by when, is what only the agent knows.
  { match: re(`${W}a\\s+member\\s+of\\s+(?:the|our)\\s+team\\s+will\\s+(contact|call|email)\\s+you(?:\\s+in\\s+due\\s+course)?`), to: (m) => `someone from our team will ${m[1]!.toLowerCase()} you by [when]`, note: 'Say what happens next; it counts once filled in.' },
  { match: re(`${W}in\\s+due\\s+(?:course|time)${E}`), to: 'by [when]', note: 'Say what happens next; it counts once filled in.' },
  { match: re(`${W}(has|have)\\s+been\\s+(?:duly\\s+)?noted${E}`), to: (m) => (m[1]!.toLowerCase() === 'has' ? 'is logged' : 'are logged'), note: 'Plain words.' },
  // A team named only by being the right one: the agent names it.
  { match: re(`${W}(?:to\\s+|with\\s+)?(?:the|our|a|an)\\s+(?:relevant|appropriate|concerned|responsible|right|correct|proper|respective|designated)\\s+(?:[\\p{L}-]+\\s+)?(?:teams?|departments?|folks|people|personnel|unit|division|group)${E}`), to: (m) => `${/^(?:to|with)\s/i.test(m[0]) ? `${m[0].split(/\s/)[0]} ` : ''}our [team] team`, note: 'Name the team.' },
  { match: re(`${W}(to|with)\\s+(?:relevant|appropriate|concerned|responsible|right|correct|proper)\\s+(?:team|department)${E}`), to: (m) => `${m[1]} our [team] team`, note: 'Name the team.' },
  { match: re(`${W}(?:the\\s+)?(?:relevant|key)\\s+stakeholders${E}`), to: 'our [team] team', note: 'Name the team.' },
  { match: re(`${W}a\\s+dedicated\\s+case\\s+manager${E}`), to: '[name], our case manager', note: 'Say who has it now.' },
  { match: re(`${W}the\\s+next\\s+available\\s+(agent|representative|advisor|specialist)${E}`), to: (m) => `one of our ${m[1]!.toLowerCase()}s`, note: 'Plain words.' },
  { match: re(`${W}the\\s+next\\s+available\\s+(?:team\\s+member|member\\s+of\\s+our\\s+team)${E}`), to: 'someone from our team', note: 'Plain words.' },
  { match: re(`${W}(provide|share|send)(\\s+us)?\\s+the\\s+same${E}`), to: (m) => `${m[1]}${m[2] ?? ''} it`, note: 'Plain words.' },
  { match: re(`${W}(?:are\\s+|is\\s+|am\\s+)?awaiting\\s+(?:for\\s+)?your\\s+(?:response|reply)${E}`), to: (m) => `${/^(?:are|is|am)\s/i.test(m[0]) ? `${m[0].split(/\s/)[0]} ` : ''}waiting for your reply`, note: 'Plain words.' },
  // "…reach out anytime further assistance may be needed", "should you require further assistance".
  { match: re(`${W}(?:anytime|whenever|if|when|should\\s+you\\s+(?:require|need))\\s+(?:any\\s+)?further\\s+assistance(?:\\s+(?:may\\s+be|is)\\s+(?:needed|required))?${E}`), to: 'if you need anything else', note: 'Plain words.' },
  { match: re(`${W}(?:for|to\\s+ensure)\\s+(?:appropriate|further)\\s+(?:review|action|handling)${E}`), to: (m) => (/review$/i.test(m[0]) ? 'to review' : 'to look into'), note: 'Plain words.' },
  { match: re(`${W}take\\s+(?:the\\s+)?(?:appropriate|necessary)\\s+actions?${E}`), to: 'act on it', note: 'Plain words.' },
  { match: re(`${W}(?:taking|take|took)\\s+(it|this|them|your\\s+feedback)\\s+(?:under|into)\\s+(?:serious\\s+)?advisement${E}`), to: (m) => `looking at ${m[1]} closely`, note: 'Plain words.' },
  { match: re(`${W}deep\\s+dive\\s+(into|in)${E}`), to: 'look into', note: 'Plain words.' },
  { match: re(`${W}(?:closely\\s+monitoring|monitoring)\\s+the\\s+situation(?:\\s+closely)?${E}`), to: 'keeping a close eye on things', note: 'Plain words.' },
  { match: re(`${W}(?:continue|continuing)\\s+to\\s+monitor\\s+the\\s+situation${E}`), to: (m) => `${/^continuing/i.test(m[0]) ? 'keeping' : 'keep'} a close eye on things`, note: 'Plain words.' },
  { match: re(`${W}(?:during|in|through)\\s+(?:this|these)\\s+(?:difficult|challenging|uncertain|unprecedented)\\s+times?${E}`), to: 'right now', note: 'Plain words.' },
  // "The health and safety of our customers and employees are our top priorities" → "Keeping our customers and employees safe comes first for us".
  { match: re(`${W}the\\s+health\\s+and\\s+safety\\s+of\\s+(our\\s+[\\p{L}-]+(?:\\s+and\\s+[\\p{L}-]+)?)\\s+(?:is|are)\\s+our\\s+(?:top|number\\s+one|highest|first|main|#1)\\s+priorit(?:y|ies)${E}`), to: (m) => `keeping ${m[1]} safe and healthy comes first for us`, note: 'Plain words.' },
  { match: re(`${W}(?:is|are)\\s+our\\s+(?:top|number\\s+one|highest|first|main|#1)\\s+priorit(?:y|ies)${E}`), to: 'comes first for us', note: 'Plain words.' },
  { match: re(`${W}(?:the\\s+)?best\\s+possible\\s+(experience|service|customer\\s+experience)${E}`), to: (m) => `a great ${m[1]!.toLowerCase()}`, note: 'Plain words.' },
  { match: re(`${W}(?:the\\s+)?best\\s+(experience|service)\\s+possible${E}`), to: (m) => `a great ${m[1]!.toLowerCase()}`, note: 'Plain words.' },
  { match: re(`${W}(?:a\\s+)?(?:positive|seamless)\\s+(?:customer\\s+)?experience${E}`), to: 'a good experience', note: 'Plain words.' },
  { match: re(`${W}(?:enhance|improve|optimi[sz]e)\\s+your\\s+(?:support\\s+)?experience${E}`), to: 'make things easier for you', note: 'Plain words.' },
  { match: re(`${W}(?:always|constantly|continually|continuously)\\s+(?:looking|working|striving)\\s+(?:for\\s+ways\\s+)?to\\s+improve(?:\\s+(?:the|our)\\s+(?:customer\\s+|guest\\s+)?(?:experience|services?|standards)|\\s+the\\s+experience\\s+for\\s+our\\s+customers|\\s+what\\s+we\\s+(?:do|offer))?${E}`), to: 'always trying to do better', note: 'Plain words.' },
  { match: re(`${W}we\\s+(?:always\\s+)?strive\\s+to${E}`), to: 'we try to', note: 'Plain words.' },
  { match: re(`${W}we\\s+value\\s+the\\s+(?:chance|opportunity)\\s+to${E}`), to: "we'd like to", note: 'Plain words.' },
  { match: re(`${W}we\\s+value\\s+you(?:\\s+as\\s+an?\\s+[\\p{L}-]+)?\\s+and\\s+(?=[\\p{L}])`), to: 'we ', note: 'What you do says it.' },
  { match: re(`${W}valued\\s+(customer|client|member|guest)(s?)${E}`), to: (m) => `${m[1]}${m[2]}`, note: 'Plain words.' },
  { match: re(`${W}valuable\\s+(feedback|input|insights?)${E}`), to: (m) => m[1]!, note: 'Plain words.' },
  { match: re(`${W}(?:to\\s+)?utili[sz](?:e|ing)${E}`), to: (m) => (/ing$/i.test(m[0]) ? 'using' : `${/^to/i.test(m[0]) ? 'to ' : ''}use`), note: 'Plain words.' },
  { match: re(`${W}touch\\s+base${E}`), to: 'talk', note: 'Plain words.' },
  { match: re(`${W}circle\\s+back${E}`), to: 'come back', note: 'Plain words.' },
  { match: re(`${W}in\\s+a\\s+timely\\s+(?:manner|fashion)${E}`), to: 'quickly', note: 'Plain words.' },
  { match: re(`${W}(?:at\\s+this\\s+juncture|at\\s+(?:this|the)\\s+present\\s+time|as\\s+of\\s+this\\s+moment)${E}`), to: 'now', note: 'One plain word.' },
  { match: re(`${W}with\\s+immediate\\s+effect${E}`), to: 'from today', note: 'Plain words.' },
  { match: re(`${W}(?:according\\s+to|as\\s+per)\\s+our\\s+records,?\\s*`), to: 'I can see that ', note: 'Say what you see.' },
  { match: re(`${W}(?:we|i)\\s+(?:are|am)\\s+(?:writing|write)\\s+to\\s+(?:inform|advise)\\s+you(?:\\s+that)?\\s*|${W}(?:we|i)\\s+write\\s+to\\s+(?:inform|advise)\\s+you(?:\\s+that)?\\s*`), to: '', note: 'Just say it.' },
  { match: re(`${W}(?:we\\s+)?(?:wish|would\\s+like)\\s+to\\s+(?:inform|advise)\\s+you(?:\\s+that)?\\s*`), to: '', note: 'Just say it.' },
  { match: re(`${W}(?:please|kindly|do)\\s+(?:take\\s+)?note(?:\\s+that)?[,:]?\\s+(?:[-–—]\\s+)?`), to: '', note: 'Just say it.' },
  { match: re(`${W}(?:thank\\s+you|thanks|we\\s+appreciate\\s+your)\\s+(?:for\\s+your\\s+)?(?:kind\\s+)?(?:patience\\s+and\\s+understanding|understanding\\s+and\\s+patience)${E}`), to: (m) => (/^we/i.test(m[0]) ? 'thank you for your patience' : `${m[0].split(/\s+/)[0]!.toLowerCase() === 'thanks' ? 'thanks' : 'thank you'} for bearing with us`), note: 'Plain words.' },
  // Canned lines with a plain way to say the same (issue #9: words, not instructions).
  { match: re(`${W}greetings\\s+(?:of|for)\\s+the\\s+day${E}`), to: "I hope you're well", note: 'Plain words.' },
  { match: re(`${W}our\\s+(?:goal|aim|mission)\\s+is\\s+to${E}`), to: 'we want to', note: 'Plain words.' },
  { match: re(`${W}(be|been|being|is|are|was|were)\\s+actioned${E}`), to: (m) => `${m[1]} handled`, note: 'Plain words.' },
  { match: re(`${W}your\\s+(concern|issue|case|query|request|complaint)\\s+has\\s+been\\s+escalated\\s+to${E}`), to: (m) => `I've passed your ${m[1]!.toLowerCase()} to`, note: 'Plain words.' },
  { match: re(`${W}(?:a|the)\\s+(?:chance|opportunity)\\s+to\\s+address\\s+(?:this|your|these|the)\\s+concerns?${E}`), to: 'a chance to put this right', note: 'Plain words.' },
  { match: re(`${W}we\\s+(?:(?:truly|really|greatly|genuinely|sincerely|always|do|very\\s+much|highly)\\s+)*(?:value|appreciate)\\s+your\\s+(feedback|comments|input|opinion|suggestions?|thoughts)${E}`), to: (m) => `thank you for your ${m[1]!.toLowerCase()}`, note: 'Thank them plainly.' },
  { match: re(`${W}your\\s+(feedback|comments|input|opinion|suggestions?|thoughts)\\s+(?:is|are)\\s+(?:(?:very|extremely|greatly|really|truly|so|incredibly|always|highly|genuinely)\\s+)*valu(?:ed|able)(?:\\s+to\\s+us)?${E}`), to: (m) => `thank you for your ${m[1]!.toLowerCase()}`, note: 'Thank them plainly.' },
  { match: re(`${W}(?:will\\s+always\\s+be|will\\s+be|remains?|is|are)\\s+our\\s+(?:number\\s+one|top|utmost|highest|first|main|#1|greatest|biggest)\\s+priorit(?:y|ies)${E}`), to: (m) => (/^will/i.test(m[0]) ? 'will always come first for us' : /^are/i.test(m[0]) ? 'come first for us' : 'comes first for us'), note: 'Plain words.' },
  { match: re(`${W}(?:of\\s+the\\s+utmost|of\\s+paramount|of\\s+the\\s+highest|of\\s+the\\s+greatest)\\s+importance(?:\\s+to\\s+(?:us|our\\s+(?:team|company)))?${E}`), to: 'something that matters a lot to us', note: 'Plain words.' },
  { match: re(`${W}(?:we|i)\\s+(?:(?:really|truly|always|genuinely)\\s+)?(?:pride\\s+ourselves|pride\\s+myself|take\\s+(?:great\\s+|real\\s+)?pride)\\s+(?:on|in)${E}`), to: (m) => `${/^i/i.test(m[0]) ? 'I' : 'we'} work hard at`, note: 'Plain words.' },
  { match: re(`${W}(?:the\\s+)?(?:highest|high|exceptional|excellent|outstanding|first[- ]class|world[- ]class|five[- ]star)\\s+(?:standards?|levels?|quality)\\s+of\\s+(?:customer\\s+)?(service|care|support)${E}`), to: (m) => `good ${m[1]!.toLowerCase()}`, note: 'Plain words.' },
  { match: re(`${W}(?:the\\s+)?(?:level|standard|quality)\\s+of\\s+(?:customer\\s+)?(service|care)\\s+(?:that\\s+)?you\\s+(?:have\\s+come\\s+to\\s+|would\\s+|should\\s+|rightly\\s+|can\\s+)?(?:expect|deserve)(?:\\s+from\\s+us)?${E}`), to: (m) => `the ${m[1]!.toLowerCase()} you should get from us`, note: 'Plain words.' },
  { match: re(`${W}(?:exceed|surpass|go\\s+beyond)\\s+your\\s+expectations${E}`), to: 'get things right for you', note: 'Plain words.' },
  { match: re(`${W}take\\s+(your|this|these|the|all|those|any|such)\\s+((?:[\\p{L}-]+\\s+)?(?:feedback|comments?|points?|concerns?|thoughts|suggestions?))\\s+on\\s+board${E}`), to: (m) => `learn from ${m[1]!.toLowerCase()} ${m[2]}`, note: 'Plain words.' },
  { match: re(`${W}(?:as|for)\\s+(?:a\\s+)?(?:training|coaching|learning|development)\\s+(?:opportunity|purposes|tool|exercise|point)${E}`), to: 'to help train our team', note: 'Plain words.' },
  { match: re(`${W}lessons\\s+(?:will\\s+be|have\\s+been|are\\s+being|can\\s+be)\\s+(?:learned|learnt|taken)${E}`), to: "we've learned from this", note: 'Plain words.' },
  { match: re(`${W}(?:in\\s+order\\s+)?to\\s+(?:better\\s+serve\\s+you|serve\\s+you\\s+better)${E}`), to: 'so we can help you better', note: 'Plain words.' },
  // Hype with a plain claim underneath.
  { match: re(`${W}(?:is|are)\\s+guaranteed\\s+to${E}`), to: (m) => `${/^are/i.test(m[0]) ? 'are' : 'is'} designed to`, note: 'Plain words.' },
  { match: re(`${W}second\\s+to\\s+none${E}`), to: 'very good', note: 'No superlatives.' },
  { match: re(`${W}top[- ]notch\\s+(service|support|quality|care)${E}`), to: (m) => `good ${m[1]!.toLowerCase()}`, note: 'No superlatives.' },
  { match: re(`${W}there['’]s\\s+never\\s+been\\s+a\\s+better\\s+time\\s+to${E}`), to: "now's a good time to", note: 'No pressure.' },
  { match: re(`${W}(?:is|are)\\s+selling\\s+fast${E}`), to: (m) => `${/^are/i.test(m[0]) ? 'are' : 'is'} popular`, note: 'No pressure.' },
  { match: re(`${W}(?:the\\s+)?(?:lowest|cheapest|best)\\s+(?:on|in)\\s+the\\s+(?:market|country|industry|business)${E}`), to: 'low', note: 'No superlatives.' },
  { match: re(`${W}the\\s+(?:cheapest|lowest[- ]priced|best)\\s+((?:[\\p{L}-]+\\s+)?(?:deal|price|plan|offer|package))\\s+you\\s+(?:will|can|could|['’]ll)\\s+(?:ever\\s+)?find(?:\\s+anywhere)?${E}`), to: (m) => `a good ${m[1]}`, note: 'No superlatives.' },
  { match: re(`${W}(?:we\\s+guarantee|i\\s+guarantee|guaranteed)\\s+you['’]ll\\s+love\\s+it${E}`), to: "we think you'll like it", note: 'Plain words.' },
  { match: re(`${W}too\\s+good\\s+to\\s+miss${E}`), to: 'worth a look', note: 'No pressure.' },
  { match: re(`${W}(?:a\\s+)?no[- ]brainer${E}`), to: 'an easy choice', note: 'No pressure.' },
  { match: re(`${W}you['’]d\\s+be\\s+(?:crazy|mad|silly|foolish)\\s+not\\s+to${E}`), to: 'it may be worth it to', note: 'No pressure.' },
  { match: re(`${W}life[- ]changing\\s+(results|benefits|savings)${E}`), to: (m) => `real ${m[1]!.toLowerCase()}`, note: 'No superlatives.' },
  { match: re(`${W}(free)\\s+([\\p{L}-]+)!{2,}`), to: (m) => `${m[1]![0]!.toUpperCase()}${m[1]!.slice(1).toLowerCase()} ${m[2]}`, note: 'Plain words.' },
  // Blame: drop the reproach, keep the answer.
  { match: re(`${W}(?:as\\s+(?:i|we)\\s+(?:already|previously)?\\s*(?:said|mentioned|stated|explained|wrote)|as\\s+(?:previously\\s+|already\\s+)?(?:mentioned|stated|explained|advised)(?:\\s+(?:before|earlier|previously))?|per\\s+my\\s+(?:last|previous)\\s+(?:email|message|reply)|like\\s+i\\s+said)(?:\\s+(?:in|on)\\s+my\\s+(?:previous|last|earlier)\\s+(?:e-?mail|message|reply|letter|call))?,?\\s*`), to: '', note: 'Answer again without the reproach.' },
  { match: re(`\\s*${W}according\\s+to\\s+the\\s+information\\s+previously\\s+provided\\s+to\\s+you${E}`), to: '', note: 'Answer again without the reproach.' },
  { match: re(`${W}obviously,?\\s*`), to: '', note: 'Nothing is obvious to someone who asks.' },
  { match: re(`${W}you\\s+(?:need|have)\\s+to\\s+understand\\s+(?:that\\s+)?`), to: '', note: 'Explain without lecturing.' },
  { match: re(`${W}calm\\s+down${E}`), to: 'I understand this is frustrating', note: 'Acknowledge instead.' },
  { match: re(`${W}you\\s+must\\s+have\\s+`), to: 'it looks like you may have ', note: 'Suppose, do not accuse.' },
  { match: re(`${W}you\\s+(?:failed|neglected)\\s+to\\s+`), to: "it looks like we didn't get a chance to ", note: 'Suppose, do not accuse.' },
  { match: re(`${W}you\\s+should\\s+have\\s+`), to: 'next time, it helps to have ', note: 'Help for next time, no blame.' },
  { match: re(`${W}as\\s+(?:stated|set\\s+out|outlined)\\s+in\\s+our\\s+(terms|policy|policies|terms\\s+and\\s+conditions),?\\s*`), to: (m) => `our ${m[1]} say `, note: 'State it plainly.' },
  { match: re(`${W}my\\s+earlier\\s+message\\s+was\\s+correct${E}`), to: 'here is the answer again: [the answer]', note: 'Answer again without the reproach.' },
  // Hype: keep the fact, drop the pressure.
  { match: re(`${W}(?:amazing|fantastic|great|incredible|unbelievable|exclusive|unbeatable|awesome)\\s+(?=(?:#?[\\p{L}\\p{N}-]+\\s+){0,2}(?:deal|offer|price|discount|savings?)${E})`), to: '', note: 'The offer speaks for itself.' },
  { match: re(`${W}100\\s*%\\s+free${E}`), to: 'free', note: 'Plain fact.' },
  { match: re(`,?\\s*${W}so\\s+act\\s+now\\s+to\\s+`), to: ", if you'd like to ", note: 'No pressure.' },
  { match: re(`\\s*[–—-]?\\s*${W}act\\s+now!?\\s*`), to: ' ', note: 'No pressure.' },
  { match: re(`${W}(?:for\\s+a\\s+)?limited\\s+time\\s+only${E}`), to: 'until [end date]', note: 'The plain fact: when it ends.' },
  { match: re(`${W}guaranteed\\s+satisfaction${E}`), to: '[what the guarantee covers]', note: 'The plain fact.' },
  { match: re(`${W}risk-free${E}`), to: 'with [how to cancel]', note: 'The plain fact.' },
  { match: re(`\\s*${W}(?:the\\s+)?best\\s+in\\s+the\\s+world${E}`), to: '', note: 'No superlatives.' },
  { match: re(`${W}once\\s+in\\s+a\\s+lifetime${E}`), to: 'rare', note: 'No superlatives.' },
];

const RU: Swap[] = [
  // Notices that put a form between agent and customer: the news itself is said.
  { match: re(`${W}(?:настоящим\\s+)?(?:доводим|довожу)\\s+до\\s+(?:вашего\\s+|Вашего\\s+)?(?:сведения|внимания)(?:\\s+о\\s+том)?,?\\s*(?:что\\s+)?`), to: '', note: 'Просто скажите.' },
  { match: re(`${W}(?:настоящим\\s+)?(?:уведомляем|информируем|ставим)\\s+вас(?:\\s+в\\s+известность)?(?:\\s+о\\s+том)?,?\\s*(?:что\\s+)?`), to: '', note: 'Просто скажите.' },
  { match: re(`${W}(?:сообщаем\\s+вам|спешим\\s+(?:вас\\s+)?(?:сообщить|уведомить))(?:\\s+о\\s+том)?,?\\s*(?:что\\s+)?`), to: '', note: 'Просто скажите.' },
  { match: re(`${W}обращаем\\s+(?:ваше\\s+)?внимание(?:\\s+на\\s+то)?,?\\s*что\\s+`), to: '', note: 'Просто скажите.' },
  // "Ваше обращение зарегистрировано" → "Мы получили Ваше обращение".
  { match: re(`${W}ваше\\s+обращение(?:\\s+[^,.]{1,40}?)?\\s+(?:зарегистрировано|принято\\s+в\\s+работу)(?:\\s+и\\s+(?=передано))?`), to: (m) => (/\\s+и\\s+$/.test(m[0]) ? 'мы получили Ваше обращение и ' : 'мы получили Ваше обращение'), note: 'Простые слова.' },
  { match: re(`${W}ваш\\s+запрос\\s+(?:зарегистрирован|принят\\s+в\\s+работу)`), to: 'мы получили Ваш запрос', note: 'Простые слова.' },
  { match: re(`${W}ваша\\s+заявка\\s+(?:зарегистрирована|принята\\s+в\\s+работу)`), to: 'мы получили Вашу заявку', note: 'Простые слова.' },
  { match: re(`${W}(?:в\\s+порядке\\s+очереди|в\\s+установленные(?:\\s+регламентом)?\\s+сроки)${E}`), to: (m) => (/очереди$/i.test(m[0]) ? 'по очереди' : 'до [срок]'), note: 'Простые слова.' },
  { match: re(`${W}в\\s+кратчайшие\\s+сроки${E}`), to: 'как можно скорее', note: 'Простые слова.' },
  { match: re(`${W}благодарим\\s+(?:вас\\s+)?за\\s+терпение(?:\\s+и\\s+понимание)?${E}`), to: 'спасибо, что подождали', note: 'Простые слова.' },
  { match: re(`${W}благодарим\\s+(?:вас\\s+)?за\\s+понимание${E}`), to: 'спасибо', note: 'Простые слова.' },
  // "Ваше мнение очень важно для нас, спасибо, что…": the thanks that follows says it.
  { match: re(`${W}(?:ваш\\p{L}*\\s+\\p{L}+|каждое\\s+обращение|каждый\\s+клиент)\\s+(?:очень\\s+|крайне\\s+|действительно\\s+)?важ(?:ен|но|на|ны)\\s+для\\s+нас,\\s*(?=спасибо|благодар)`), to: '', note: 'Просто скажите.' },
  { match: re(`${W}в\\s+рамках\\s+клиентоориентированн\\p{L}*\\s+подход\\p{L}*\\s*`), to: '', note: 'Просто скажите.' },
  { match: re(`${W}(?:в|во|на|к)\\s+(?:соответствующ|профильн|компетентн|ответственн)\\p{L}*\\s+(?:отдел|подразделени|служб|департамент)\\p{L}*${E}`), to: 'в отдел [название отдела]', note: 'Назовите отдел.' },
  // Blame: the answer again, without the reproach.
  { match: re(`${W}как\\s+(?:я\\s+)?(?:уже\\s+)?(?:писал|писала|говорил|говорила|сообщал|сообщала|объяснял|объясняла|было\\s+(?:указано|сказано|написано))(?:\\s+в\\s+(?:предыдущем|прошлом)\\s+(?:письме|сообщении))?,?\\s*`), to: '', note: 'Ответьте ещё раз без упрёка.' },
  { match: re(`${W}(?:очевидно|вы\\s+должны\\s+понимать)(?:,?\\s*что)?,?\\s*`), to: '', note: 'Ответьте ещё раз без упрёка.' },
  { match: re(`${W}не\\s+нервничайте${E}`), to: 'понимаю, как это неприятно', note: 'Лучше признайте их ситуацию.' },
  { match: re(`${W}(?:доводим|сообщаем)\\s+до\\s+вашего\\s+сведения,?\\s*(?:что\\s+)?`), to: '', note: 'Просто скажите.' },
  { match: re(`${W}(?:просим|убедительно\\s+просим)\\s+вас${E}`), to: 'пожалуйста,', note: 'Проще и теплее.' },
  { match: re(`${W}(?:в|на)\\s+данный\\s+момент\\s+времени${E}`), to: 'сейчас', note: 'Одно простое слово.' },
  { match: re(`${W}(?:информируем|уведомляем|сообщаем),?\\s*(?:что\\s+)?`), to: '', note: 'Просто скажите.' },
  { match: re(`${W}(?:в\\s+)?соответствующ(?:ий|ее|ую)\\s+(?:отдел|подразделение|службу)${E}`), to: 'в отдел [название отдела]', note: 'Назовите отдел.' },
  { match: re(`${W}как\\s+я\\s+уже\\s+(?:писал|писала|говорил|говорила|сообщал|сообщала)(?:\\s+в\\s+(?:предыдущем|прошлом)\\s+(?:письме|сообщении))?,?\\s*`), to: '', note: 'Ответьте ещё раз без упрёка.' },
  { match: re(`${W}(?:100\\s*%\\s+)бесплатно${E}`), to: 'бесплатно', note: 'Просто факт.' },
  { match: re(`${W}только\\s+сегодня!?`), to: 'до [дата]', note: 'Просто факт: когда заканчивается.' },
];

const SV: Swap[] = [
  // "Vänligen notera att läckage oftast beror på…" → "Läckage beror oftast på…": the att-clause becomes the main clause again.
  { match: re(`${W}(?:vänligen\\s+(?:notera|observera)|vi\\s+vill\\s+(?:informera|upplysa)(?:\\s+(?:dig|er))?\\s+om|du\\s+måste\\s+förstå)\\s+att\\s+(.+)$`), to: (m) => mainClauseSv(m[1]!), note: 'Säg det bara.' },
  { match: re(`${W}(?:som\\s+det\\s+(?:tydligt\\s+)?framgår\\s+av\\s+(?:våra|vårt|de|det)\\s+\\p{L}+|som\\s+(?:jag\\s+)?(?:redan\\s+)?(?:skrev|skrivit|sa|sagt|nämnde|nämnt)|som\\s+det\\s+(?:tydligt\\s+)?(?:står|framgår))(?:\\s+i\\s+(?:mitt|vårt)\\s+(?:förra|tidigare)\\s+(?:mejl|mail|meddelande))?\\s+(.+)$`), to: (m) => invertedSv(m[1]!) ?? m[0], note: 'Svara igen utan förebråelse.' },
  { match: re(`${W}uppenbarligen\\s+`), to: '', note: 'Svara igen utan förebråelse.' },
  { match: re(`${W}ta\\s+det\\s+lugnt${E}`), to: 'jag förstår att det här är frustrerande', note: 'Bekräfta deras situation i stället.' },
  { match: re(`${W}framgent${E}`), to: 'från och med nu', note: 'Enkla ord.' },
  { match: re(`${W}tack\\s+för\\s+(?:din|er)\\s+förståelse${E}`), to: 'tack', note: 'Enkla ord.' },
  { match: re(`${W}vi\\s+värdesätter\\s+dig\\s+som\\s+kund\\s+och\\s+(?=[\\p{L}])`), to: 'vi ', note: 'Det du gjorde säger det.' },
  { match: re(`${W}ditt\\s+ärende\\s+har\\s+(?:eskalerats|lyfts|skickats|vidarebefordrats)\\s+till\\s+(?:den\\s+)?berörda?\\s+avdelning(?:en)?${E}`), to: 'jag har skickat ditt ärende till vårt [team]-team', note: 'Nämn teamet.' },
  { match: re(`${W}(vi|jag)\\s+har\\s+(?:lyft|eskalerat|skickat|vidarebefordrat)\\s+ditt\\s+ärende\\s+till\\s+(?:den\\s+)?berörda?\\s+avdelning(?:en)?${E}`), to: (m) => `${m[1]} har skickat ditt ärende till vårt [team]-team`, note: 'Nämn teamet.' },
  { match: re(`${W}vi\\s+vill\\s+(?:informera|upplysa)\\s+(?:dig|er)?\\s*om\\s+att\\s+`), to: '', note: 'Säg det bara.' },
  { match: re(`${W}vänligen\\s+(?:notera|observera)\\s+att\\s+`), to: '', note: 'Säg det bara.' },
  { match: re(`${W}vänligen\\s+(?=[\\p{L}])`), to: '', note: 'Enklare och varmare.' },
  { match: re(`${W}i\\s+nuläget${E}`), to: 'nu', note: 'Ett enkelt ord.' },
  { match: re(`${W}(?:till\\s+)?(?:den\\s+)?berörda\\s+avdelningen${E}`), to: 'till vårt [team]-team', note: 'Nämn teamet.' },
  { match: re(`${W}som\\s+jag\\s+redan\\s+(?:skrivit|sagt|nämnt),?\\s*`), to: '', note: 'Svara igen utan förebråelse.' },
  { match: re(`${W}100\\s*%\\s+gratis${E}`), to: 'gratis', note: 'Bara fakta.' },
  { match: re(`${W}agera\\s+nu!?\\s*`), to: '', note: 'Ingen press.' },
];

const ZH: Swap[] = [
  { match: /感谢您(?:一直以来)?对[^，。！,!]{1,12}的(?:支持|关注|配合|监督|理解)(?:(?:与|和)(?:支持|信任|厚爱))?|感谢您的理解与支持|感谢您的理解和支持/u, to: '谢谢您', note: '说得平实些。' },
  { match: /高度重视您的(反馈|意见|建议)/u, to: '认真看了您的$1', note: '说得平实些。' },
  { match: /[，,]?打通全链路闭环|[，,]?形成闭环/u, to: '', note: '说得平实些。' },
  { match: /(?:上次邮件里|上封邮件里?|上次|之前)?我(?:之前)?已经(?:跟您|和您|向您)?(?:解释|说|提醒)过了?[，,]?|上封邮件已经提醒过您[，,]?/u, to: '', note: '再答一次，不带责备。' },
  { match: /已收悉/u, to: '我们已经收到了', note: '说得平实些。' },
  { match: /[，,]\s*(?:请知悉|敬请知悉|特此告知)/u, to: '', note: '直接说明即可。' },
  { match: /您要明白[，,]?/u, to: '', note: '再答一次，不带责备。' },
  { match: /您别激动/u, to: '我理解您很着急', note: '改为体谅对方的处境。' },
  { match: /特此通知[，,]?|兹通知[，,]?/u, to: '', note: '直接说明即可。' },
  { match: /我已经说过了[，,。]?|如前所述[，,]?|正如我之前所说[，,]?/u, to: '', note: '再答一次，不带责备。' },
  { match: /100\s*%\s*免费/u, to: '免费', note: '只说事实。' },
  { match: /即刻行动[!！]?/u, to: '', note: '不施加压力。' },
  { match: /相关部门/u, to: '[负责的团队]', note: '说明是哪个团队。' },
  { match: /高效合作/u, to: '一起解决', note: '说得平实些。' },
];

export const SWAPS: Record<Lang, Swap[]> = { en: EN, ru: RU, sv: SV, zh: ZH };

/**
 * The pitch around a hype word: a sentence with one flagged word usually carries three more
 * ("honestly an amazing deal you won't want to miss", "säg ja redan i dag"). A hype rewrite drops
 * all of them, so the offer is left as a plain fact.
 */
const PRESSURE: Record<Lang, Array<[RegExp, string | ((match: string, ...groups: string[]) => string)]>> = {
  en: [
    [re(`\\s*[:–—-]\\s*(?:honestly\\s+|truly\\s+|really\\s+|simply\\s+)?(?:an?\\s+)?(?:(?:amazing|fantastic|incredible|unbeatable|unmissable|exclusive|great|awesome)\\s+)+(?:deal|offer|price|bargain)(?:\\s+(?:you\\s+won['’]t\\s+want\\s+to\\s+miss|not\\s+to\\s+be\\s+missed))?${E}`), ''],
    [re(`,?\\s*(?:so\\s+)?(?:you\\s+won['’]t\\s+want\\s+to\\s+miss(?:\\s+(?:it|this|out))?|don['’]t\\s+miss\\s+out|hurry|while\\s+stocks\\s+last|before\\s+it['’]s\\s+gone)${E}!?`), ''],
    // "That's a fantastic deal!" → "That's a good deal!": the plain claim, not "That's a deal!".
    [re(`${W}(?:amazing|fantastic|incredible|unbeatable|unmissable|awesome)\\s+(deal|price|offer|bargain)${E}`), 'good $1'],
    [re(`${W}(?:the\\s+)?best\\s+(price|deal|offer|value)(?!\\s+in\\s+the)${E}`), 'a good $1'],
    [re(`${W}some\\s+of\\s+the\\s+best\\s+([\\p{L}-]+)\\s+in\\s+the\\s+(?:world|market|industry|business|country)${E}`), "$1 we're proud of"],
    [re(`${W}guaranteed\\s+satisfaction\\s+or\\s+your\\s+money\\s+back${E}`), "your money back if you're not happy"],
    [re(`${W}honestly,\\s+`), ''],
    // "Our support is the best in the world" → "Our support is very good": the claim, not an empty "is".
    [re(`${W}(is|are)\\s+(?:simply\\s+|just\\s+)?the\\s+best\\s+in\\s+the\\s+(?:world|universe|market|industry|business|country|galaxy|land|town)${E}`), '$1 very good'],
    [re(`${W}the\\s+best\\s+((?:[\\p{L}-]+\\s+)?[\\p{L}-]+)\\s+in\\s+the\\s+(?:world|universe|market|industry|business|country|galaxy|land|town)${E}`), 'a good $1'],
    [re(`,?\\s*(?:and\\s+)?(?:it['’]s\\s+|it\\s+is\\s+)?(?:100\\s*%\\s+|totally\\s+|completely\\s+|absolutely\\s+)?risk-free${E}`), ''],
    // ", and our graduates double their income within a year": a promised outcome nobody can back is
    // dropped whole; softened to "raise their income" it was still rated an unbacked claim.
    [re(`,?\\s*(?:and|so)\\s+(?:(?:many|most|all)\\s+(?:of\\s+)?)?(?:our|the|your|you['’]ll|you\\s+will|you)\\s*(?:[\\p{L}-]+\\s+)?(?:(?:can|could|will|often|typically|usually)\\s+)?(?:doubl|tripl|rais|increas|boost)(?:e|es|ed)?\\s+(?:your|their|his|her|our)\\s+(?:income|money|earnings|sales|profits?|salary|salaries|revenue|pay)${E}[^.!?;]*`), ''],
    [re(`${W}(doubl|tripl)(e|es|ed)\\s+(your|their|his|her|our)\\s+(income|money|earnings|sales|profits?|salary|salaries|revenue)${E}`), (_m: string, _v: string, form: string, who: string, what: string) => `${form === 'e' ? 'raise' : form === 'es' ? 'raises' : 'raised'} ${who} ${what}`],
    [re(`${W}grab\\s+(it|yours|them|this\\s+deal|this\\s+offer)\\s+(?=today|now|while)`), 'get $1 '],
    [re(`${W}(?:amazing|fantastic|incredible|unbeatable|unmissable|exclusive|awesome)\\s+(?=[\\p{L}])`), ''],
    [re(`${W}(?:is|are)\\s+(?:only|just)\\s+(?=[£$€]|\\d)`), 'costs '],
    [re(`\\s+just\\s+for\\s+you${E}`), ''],
    [re(`${W}honestly\\s+`), ''],
  ],
  ru: [
    [re(`,?\\s*${W}(?:спешите(?!\\s+\\p{L})|не\\s+упустите(?:\\s+(?:свой\\s+)?шанс)?)${E}!?`), ''],
    [re(`${W}(?:такого|такое)\\s+(?:выгодного\\s+|выгодное\\s+)?предложени[ея]\\s+больше\\s+не\\s+будет${E}`), ''],
    [re(`${W}(?:эксклюзивн\\p{L}+|потрясающ\\p{L}+|уникальн\\p{L}+)\\s+(?=[\\p{L}])`), ''],
    // "— успейте забронировать место" → "— можно забронировать место": the offer stays, the rush goes.
    [re(`(—\\s*)успейте\\s+(\\p{L}+(?:ть|ти|чь))${E}`), '$1можно $2'],
    [re(`,?\\s*${W}успейте\\s+(\\p{L}+(?:ть|ти|чь))${E}`), ', можно $1'],
    [re(`${W}не\\s+пропустите\\s+`), ''],
    [re(`${W}лучшее\\s+предложение\\s+на\\s+рынке${E}`), 'хорошее предложение'],
    [re(`${W}100\\s*%\\s+гарантия${E}`), 'гарантия'],
    [re(`\\s*[,—–-]?\\s*${W}успейте(?:\\s+прямо)?\\s+сейчас${E}!?`), ''],
    [re(`${W}абсолютно\\s+(?=бесплатно)`), ''],
    [re(`,?\\s*${W}так\\p{L}+\\s+выгод\\p{L}*\\s+вы\\s+(?:больше\\s+)?нигде\\s+не\\s+найд[её]те${E}!?`), ''],
  ],
  sv: [
    [re(`\\s*[–—-]?\\s*${W}säg\\s+ja\\s+(?:redan\\s+)?i\\s+dag${E}`), ''],
    [re(`,?\\s*${W}det\\s+här\\s+kommer\\s+(?:aldrig\\s+|inte\\s+)tillbaka${E}`), ''],
    [re(`${W}(?:exklusivt|exklusiva|fantastiskt|fantastiska)\\s+(?=[\\p{L}])`), ''],
    [re(`\\s+bara\\s+för\\s+dig${E}`), ''],
    [re(`${W}missa\\s+inte${E}!?`), ''],
    [re(`^\\s*passa\\s+på\\s*[–—-]\\s*`), ''],
    [re(`,?\\s*${W}så\\s+slå\\s+till(?:\\s+innan\\s+\\p{L}+)?${E}!?`), ''],
    [re(`${W}gäller\\s+endast\\s+(?:i\\s*dag)${E}`), 'gäller till och med i dag'],
    [re(`,?\\s*${W}(?:och\\s+)?(?:helt|100\\s*%)\\s+riskfritt${E}`), ''],
  ],
  zh: [
    [/好消息来了[：:，,]?/gu, ''],
    [/史上最低价[，,]?/gu, ''],
    [/数量有限[，,]?/gu, ''],
    [/[，,]?(?:即刻行动|赶快行动|抓紧抢购|错过不再有?)[!！]?/gu, ''],
    // "名额只剩最后5个，即刻预订": scarcity and the rush both go.
    [/名额只剩(?:最后)?\d+个[，,]?/gu, ''],
    [/[，,]?(?:即刻|立即|马上|赶快)(?:预订|预定|下单|抢购)[!！]?/gu, ''],
    [/[，,]?错过再等一年[!！]?/gu, ''],
    [/机会难得[，,]?/gu, ''],
    [/名额有限[，,]?|先到先得[，,]?/gu, ''],
    [/[，,]?全网最低价|[，,]?保证满意[!！]?/gu, ''],
    [/独家限时(?=礼遇|优惠)/gu, ''],
    [/独家(?=\p{Script=Han}{0,2}(?:优惠|礼遇))/gu, ''],
    [/限时抢购/gu, '优惠'],
    [/限时仅需/gu, '现在'],
    [/立享/gu, '享'],
    [/[，,]?抢完即止[!！]?/gu, ''],
    [/仅限本周/gu, '本周有效'],
    [/[，,]?千万(?:不要|别)错过[!！]?/gu, ''],
  ],
};

/**
 * ru, sv, zh: the selling claims that are not pressure but still sell ("史上最高开卡礼", "Sveriges
 * bästa ljudbokstjänst", "лучший круиз этого лета", a "good news:" lead-in), said as plain information.
 */
const PLAIN_OFFER: Partial<Record<Lang, Array<[RegExp, string]>>> = {
  zh: [
    [/(?:不过)?(?:现在)?(?:正好)?有个好消息[：:，,！!]?|告诉您一个好消息[：:，,！!]?/gu, '另外，'],
    [/另外[，,]?\s*另外[，,]?/gu, '另外，'],
    [/现在正是[\p{Script=Han}]{0,6}的?最佳时机[：:，,]?/gu, ''],
    [/[，,]?这是[^，。！!]{0,10}力度最大的(?:活动|优惠)/gu, ''],
    [/年终狂欢季[，,]?|狂欢节[，,]?/gu, ''],
    [/[，,]?(?:百分百|100%|百分之百)满意[，,]?|[，,]?零风险[，,]?/gu, ''],
    [/专属于/gu, '给'],
    [/史上最[高低大]价?的?|全网最低价?的?|超值|独家|专属|尊享/gu, ''],
    [/[，,]?包过保障|[，,]?包过(?![\p{Script=Han}])/gu, ''],
    [/限时(?=特惠|优惠|折扣|活动|礼遇)/gu, ''],
    [/仅需|只需/gu, ''],
    [/(?:即刻|立即|马上|现在)?(报名|申请|下单|办理|购买|预订|加购)即享/gu, '$1可享'],
    [/立享|即享/gu, '可享'],
    [/立即回复(["“][^"”]{1,8}["”])即可办理/gu, '如需办理，回复$1即可'],
    [/[，,]?错过(?:今天|今日|本次|这次|此次)?就?再等一年[!！]?|[，,]?(?:赶紧|赶快|抓紧)(?:下单|预订|购买|报名|办理)吧?[!！]?/gu, ''],
    [/(?:更能|还能|更可|可)?享受?双倍(?:优惠|折扣)/gu, '优惠更多'],
    [/[，,]?心动不如行动[，,！!]?|[，,]?快来(?:选购|抢购|购买|下单|办理|报名)吧?[！!]?/gu, ''],
    [/！/gu, '。'],
  ],
  ru: [
    [/но\s+не\s+спешите\s+расстраиваться:?\s*/giu, ''],
    [/(?:только\s+)?для\s+[вВ]ас\s+(?:\p{L}+\s+)?предложение/gu, 'есть предложение'],
    [/\s*[—–-]\s*это\s+(?:самое\s+выгодное|лучшее)\s+предложение(?:\s+[\p{L}]+){0,2}?(?=[,.!]|$)/giu, ''],
    [/(?:лучш(?:ий|ая|ее|ие)|самы(?:й|е)\s+выгодны(?:й|е)|самая\s+выгодная|самое\s+выгодное)\s+([\p{L}-]+)\s+(?:этого\s+(?:лета|года|сезона)|сезона|года|в\s+России|на\s+рынке)/giu, '$1'],
    [/(?<![\p{L}])суперакци/giu, 'акци'],
    [/(?<![\p{L}])только\s+(?=до\s)/giu, ''],
    [/,?\s*и\s+вы\s+ничем\s+не\s+рискуете(?::\s*(?:100\s*%\s+)?гарантия(?:\s+[\p{L}]+)?)?:?/giu, ''],
    [/(?<![\p{L}])всего\s+(?=за\s|\d)/giu, ''],
    [/(?<![\p{L}\d])100\s*%\s+(?=безлимит)/giu, ''],
    [/!(?=\s|$)/gu, '.'],
  ],
  sv: [
    [/(?<![\p{L}])(?:men\s+)?passa\s+på\s+innan\s+[^:]{1,60}:\s*/giu, ''],
    [/(?<![\p{L}])passa\s+(?:samtidigt\s+|förresten\s+|gärna\s+)?på\s+att\s+/giu, 'du kan också '],
    [/\s*[–—-]\s*(?:Sveriges|marknadens|stadens|världens|Nordens)\s+bästa\s+[\p{L}-]+(?:\s+just\s+nu)?,?/gu, ''],
    // The article follows the noun's gender: only "erbjudande" (ett) is known here.
    [/(?<![\p{L}])(?:Sveriges|marknadens|världens|Nordens)\s+bästa\s+(?=erbjudande)/gu, 'ett bra '],
    [/(?<![\p{L}])(?:unikt|unika|unik)\s+(?=[\p{L}])/giu, ''],
    [/(?<![\p{L}])(?:endast|bara)\s+(?=\d)/giu, ''],
    [/(?<![\p{L}])gäller\s+(?:bara|endast)\s+till\s+/giu, 'gäller till och med '],
    [/(?<![\p{L}])som\s+bara\s+gäller\s+så\s+länge\s+[\p{L}]+\s+räcker/giu, 'så länge det finns platser'],
    [/\s*[–—-]?\s*(?<![\p{L}])boka\s+redan\s+i\s*dag/giu, ''],
    [/(?<![\p{L}])och\s+med\s+(?=obegränsat)/giu, 'med '],
    [/!(?=\s|$)/gu, '.'],
  ],
};

/** The offer said as plain information (after withoutPressure). */
export function plainOffer(text: string, lang: Lang): string {
  let out = text;
  for (const [find, to] of PLAIN_OFFER[lang] ?? []) out = out.replace(find, to);
  return out.replace(/^另外[，,]\s*另外/u, '另外').replace(/^(另外|此外)(?=[^\s，,：:])/u, '$1，').replace(/[，,](?=[。；;：:])/gu, '').replace(/\.\s*\./gu, '.').replace(/\s{2,}/gu, ' ');
}

/**
 * ru, sv, zh blame: dropping "Очевидно" still leaves "Вы не сверили показания…, иначе вопрос решился
 * бы на месте" (blind review: "still blames him"). The customer's omission becomes a plain next step
 * ("При возврате стоит сверить показания…"), a "you should have" a tip for next time, a reproach
 * tacked on after the fact ("och då är det inte konstigt att…", "；投保时您应该…") goes.
 */
const REPROACH: Partial<Record<Lang, Array<[RegExp, string | ((m: string, ...g: string[]) => string)]>>> = {
  ru: [
    [/(?<![\p{L}])как\s+(?:вам|Вам)\s+уже\s+(?:сообщалось|сообщали|говорили|объясняли|писали)(?:\s+по\s+телефону|\s+ранее|\s+в\s+\p{L}+\s+письме)?,?\s*/giu, ''],
    [/,?\s*с\s+котор\p{L}+\s+[вВ]ы\s+(?:ознакомились|согласились)(?:\s+при\s+[^,.;]+?)?(?=[.,;]|$)/gu, ''],
    [/\s*;\s*[вВ]ам\s+следовало\s+[^;.]*$/gu, ''],
    // "Как указано в правилах страхования (п. 7.3), о…" → "По правилам страхования (п. 7.3) о…".
    [/(?<![\p{L}])как\s+(?:это\s+)?(?:и\s+)?(?:указано|сказано|написано|прописано)\s+в\s+(правилах|условиях|договоре)([^,]{0,40}?),\s*/giu, (_m: string, where: string, rest: string) => `по ${({ правилах: 'правилам', условиях: 'условиям', договоре: 'договору' } as Record<string, string>)[where.toLowerCase()]}${rest} `],
    // "Вы не сверили X, иначе…" → "стоит сверить X": the step, not the omission.
    [/(?<![\p{L}])[вВ]ы\s+не\s+(\p{L}+?[аеиыя])ли(?![\p{L}])([^,;]*?)(?:,\s*иначе\s+[^;]*)?$/gu, (_m: string, stem: string, rest: string) => `стоит ${stem}ть${rest}`],
    [/(?<![\p{L}])[вВ]ам\s+следовало\s+(?:бы\s+)?(?:внимательн\p{L}*\s+)?/gu, 'в следующий раз можно '],
    [/(?<![\p{L}])надо\s+было\s+/giu, 'в следующий раз лучше '],
    [/(?<![\p{L}])бы\s+не\s+было(?![\p{L}])/gu, 'не будет'],
    [/(?<![\p{L}])([вВ])ы\s+сами\s+/gu, 'Вы '],
  ],
  sv: [
    [/,?\s*och\s+då\s+är\s+det\s+(?:inte\s+konstigt|självklart|klart)\s+att\s+[^,.;]*/giu, ''],
    [/,?\s*och\s+det\s+borde\s+du\s+ha\s+gjort[^,.;]*/giu, ''],
    [/(?<![\p{L}])du\s+borde\s+ha\s+(\p{L}+)at(?![\p{L}])/giu, (_m: string, stem: string) => `det gäller att ${stem}a`],
    [/(?<![\p{L}])det\s+framgår\s+(?:tydligt\s+)?av\s+(villkoren|avtalet|köpvillkoren|reglerna)(?:\s+som\s+du\s+(?:godkände|godkänt|har\s+godkänt)(?:\s+vid\s+\p{L}+)?)?\s+att\s+/giu, 'i $1 står det att '],
    [/(?<![\p{L}])du\s+måste\s+ha\s+/giu, 'det kan vara så att du har '],
    [/(?<![\p{L}])du\s+har\s+(?:uppenbarligen\s+)?(angett|skrivit|fyllt\s+i|valt|uppgett)\s+fel(?![\p{L}])/giu, 'det verkar som att du har $1 fel'],
    [/(?<![\p{L}])du\s+har\s+uppenbarligen\s+/giu, 'det verkar som att du har '],
  ],
  zh: [
    [/[；;][^；;。]*您应该[^；;。]*$/gu, ''],
    [/(?:写得|写的|说得|规定得)(?:很|非常|十分)清楚[，,：:]?/gu, '规定，'],
    [/[，,]?显然您没有看清[^，。；]*/gu, ''],
    [/是您(.{0,10}?)自己/gu, '记录显示，您$1'],
    [/请您今后在(.{1,10}?)时仔细阅读/gu, '以后$1时，可以先看一下'],
    [/您应该(?:先)?/gu, (m: string) => (m.endsWith('先') ? '建议您先' : '建议您')],
  ],
};

/** The sentence with the reproach of its language taken out, the step left. */
export function withoutReproach(sentence: string, lang: Lang): string {
  let out = sentence;
  for (const [find, to] of REPROACH[lang] ?? []) out = out.replace(find, to as string);
  return out;
}

/** The sentence with every pressure phrase of its language dropped. */
export function withoutPressure(sentence: string, lang: Lang): string {
  let out = sentence;
  for (const [find, to] of PRESSURE[lang]) out = out.replace(new RegExp(find.source, find.flags.includes('g') ? find.flags : `${find.flags}g`), to as string);
  return out;
}

/** The sentence with the first swap that overlaps [from, to) applied, or null when none does. */
export function swapIn(sentence: string, from: number, to: number, lang: Lang): { text: string; note: string } | null {
  for (const swap of SWAPS[lang]) {
    const m = swap.match.exec(sentence);
    if (!m || m.index >= to || m.index + m[0].length <= from) continue;
    const replacement = typeof swap.to === 'string' ? swap.to : swap.to(m);
    const text = sentence.slice(0, m.index) + replacement + sentence.slice(m.index + m[0].length);
    return { text, note: swap.note };
  }
  return null;
}

// Swedish adverbs that stand before the verb in an att-clause and after it in a main clause.
const SV_ADVERB = /^(\S+(?:\s+\S+){0,2}?)\s+(inte|oftast|ofta|endast|bara|alltid|aldrig|också|redan|fortfarande|numera|framgent|sällan|dock|tyvärr)\s+(\S+)/iu;

/** "läckage oftast beror på…" → "Läckage beror oftast på…" (an att-clause said as a main clause). */
function mainClauseSv(clause: string): string {
  const m = SV_ADVERB.exec(clause);
  return m ? `${m[1]} ${m[3]} ${m[2]}${clause.slice(m[0].length)}` : clause;
}

/** "finns storleksguiden på produktsidan" → "storleksguiden finns på produktsidan" (no fronted clause left to invert after). */
function invertedSv(rest: string): string | null {
  // "stängdes kontot ”Vargen_88” av…": a name in quotes stays with its noun.
  const m = /^(\p{Ll}+)\s+((?:jag|vi|du|ni|de|den|det|han|hon)|\p{Ll}+(?:en|et|na|n|[aeiouyåäö]t))((?:\s+[”"«„][^”"»]{1,30}[”"»])?)(?=\s+[\p{Ll}\d”"«„'’])/u.exec(rest);
  return m ? `${m[2]}${m[3]} ${m[1]}${rest.slice(m[0].length)}` : null;
}

