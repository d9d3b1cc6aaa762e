/**
 * Does a clause read from the customer's message read as a clause we could send back to them
 * (issue #9)? A frame such as "I'm so sorry …" or "I can see how frustrating it is that …" may
 * take their words only when they make a whole sentence there; otherwise the frame says less
 * (their thing, one placeholder) or is not offered. Word by word, from the lexicon (no parse: the
 * suggestions are rebuilt on every typing pause).
 *
 *   reads:   "your order hasn't arrived", "you can't log in", "the app doesn't work any more"
 *   refused: "your videos on the home section has disappeared" (agreement lost in their grammar),
 *            "you hope this isn't what ubereats stands" (their inference, cut before its end),
 *            "it keeps canceling his flights" (whose? someone not in the conversation),
 *            "the stopcode was critical_service_failed" (code, not words)
 *
 * `strict` is for a sentence offered unasked (an acknowledgement, a commitment): nothing in it may
 * point outside it ("it", "them", "this"), no word may be shouted, and it must be short.
 */
import { tagsOf, isNounish, isVerbish } from './tags.ts';

// Letters, digits, spaces and the punctuation of ordinary prose ("order #4411" too): code, paths,
// quotes, hashtags and handles are not.
const ODD_CHARACTERS = /[_/\\"“”«»()[\]{}<>@&*=+|~^:;]|#(?!\d)|(?<![\p{L}])['‘’]|['‘](?![\p{L}])|(?<![\p{L}\p{N}])-|-(?![\p{L}\p{N}])/u;
// People who are neither the customer nor us: whose flight, whose phone, is not ours to guess.
// ("…canceled on you when he was 1 minute away": the driver of their own clause is plain enough.)
const THIRD_PERSON =
  /(?<![\p{L}'’])(?:him|his|her|hers|himself|herself)(?![\p{L}'’])|(?<!(?:when|while|because|after|before|as|until|since|if|but|and)\s+)(?<![\p{L}'’])(?:he|she)(?![\p{L}'’])/iu;
// Their inference or belief is theirs to state; after "I'm sorry" it reads as our verdict on them.
const MENTAL_VERB =
  /^(?:you|you['’](?:re|ve))\s+(?:(?:still|just|really|even|also|now|honestly)\s+)*(?:(?:can['’]?t|cannot|couldn['’]?t|don['’]?t|didn['’]?t|do\s+not|did\s+not|won['’]?t)\s+)?(?:believe|think|thought|hope|hoped|wonder|wondered|guess|feel|felt|suppose|assume|assumed|imagine|expect|expected|mean|meant|know|knew|understand|be\s+trusted|care|want|wanted|need|needed|wish|fathom|seem|seems)(?![\p{L}])|(?<![\p{L}])(?:concerns?|worries|bothers)\s+you(?![\p{L}])/iu;
// A clause that ends on a word waiting for more: a determiner, a preposition, a verb's gerund
// without its object ("saying", "after scratching"), a conjunction.
const OPEN_END =
  /(?<!(?:signed|paid|asked|waited|voted|dealt|talked|spoken|looked|cared|accounted|lied|yelled|laughed|hung\s+up|relied)\s+)(?<![\p{L}'’])(?:a|an|the|any|some|either|neither|every|each|its|their|your|our|my|of|to|for|with|from|at|by|about|into|than|as|and|or|but|so|because|if|when|while|that|which|who|saying|says|said|like)$/iu;
// Two auxiliaries in a row: "has hasn't appeared", "is was" — a word typed twice or a cut.
// ("has had", "don't have", "could have" are a verb after its auxiliary, and read.)
const DOUBLED_AUX =
  /(?<![\p{L}'’])(?:is|are|was|were|has|have|had)(?:n['’]?t)?\s+(?:(?:is|are|was|were)(?:n['’]?t)?|(?:has|have|had)n['’]?t)(?![\p{L}'’])/iu;
// "you can't get in its been 2 weeks": a second sentence run on without a stop.
const RUN_ON = /(?<=\S\s+)(?:its|it['’]s|it\s+has|that['’]s)\s+been(?![\p{L}])/iu;
// "your Lotd you've never had such difficulty": a noun phrase, then a second subject with its own verb.
const TWO_SUBJECTS = /^(?:your|our|the)\s+\S+\s+(?:you|we|they|i)(?:['’](?:ve|re|d|ll)|\s+(?:have|had|are|were|can|can['’]t|never|just|still))(?![\p{L}])/iu;

// A pronoun for something said outside the clause, which a sentence offered unasked cannot rely on.
// ("this month", "that order": a demonstrative before its noun points at nothing outside.)
const POINTS_OUTSIDE =
  /(?<![\p{L}'’])(?:it|its|it['’]s|them|they|they['’](?:re|ve)|there)(?![\p{L}'’])|(?<![\p{L}'’])(?:this|that|these|those)(?=\s*$|\s+(?:is|was|are|were|has|have|had|will|won['’]?t|doesn['’]?t|didn['’]?t|isn['’]?t|wasn['’]?t|keeps|happened|happens|out|up|off)(?![\p{L}'’]))/iu;
// "you've had no reply": things whose absence is a hardship; "you've had no fees to check bags" is praise.
const MISSING_THING =
  /^you['’]ve\s+had\s+no\s+(?:(?:real|proper|further|actual|single)\s+)?(?:reply|replies|response|responses|answer|answers|refund|update|updates|news|word|confirmation|signal|service|internet|connection|wifi|wi-fi|power|water|heat|heating|hot\s+water|phone\s+line|tracking|delivery|help|call\s+back|callback|email|emails|notifications?|access)(?:\s|$)/iu;

// Their register, not ours: swearing and text-speak are not words an agent sends back.
const NOT_OURS =
  /(?<![\p{L}])(?:shit\w*|fuck\w*|fucc\w*|damn\w*|crap\w*|wtf|ass|asses|hell|bloody|b4|u|ur|r|pls|plz|thx|cuz|coz|gonna|wanna|gotta|idk|tho|thru|ya|yall|y['’]all)(?![\p{L}])/iu;
// No finite verb: "your password not working" is a headline of theirs, not a clause.
const NO_FINITE = /(?<!(?:is|are|was|were|am|be|been|being|['’]s|['’]re|['’]m)\s+)(?<![\p{L}'’])not\s+[\p{L}]+ing(?![\p{L}])/iu;
// An auxiliary left without its verb ("your recommended doesn't"), or joined to nothing ("won't or update").
const BARE_AUX =
  /(?<![\p{L}'’])(?:is|are|was|were|has|have|had|do|does|did|can|will|would|could|should)n['’]?t(?:\s+(?:or|and|but)(?![\p{L}])|$)|(?<![\p{L}'’])(?:can['’]?t|cannot|couldn['’]?t|won['’]?t|will|can|could)\s+(?:even\s+|still\s+)?(?:select|show|reach|find|get|take|make|give|tell|send|fix|see|use|open|buy|choose|enter|change|add|do|seem)(?:\s+(?:you|live|half))?$/iu;
// "the trains are from A to B delayed": the participle left at the end, after its place.
const STRANDED_PARTICIPLE =
  /(?<![\p{L}'’])(?:is|are|was|were)\s+(?:from|to|in|at|on|between|for)\s.*\s\p{L}+ed(?:\s+(?:again|today|yesterday|now))?$/iu;
// "after 3 day": a count with a singular noun is their shorthand.
const COUNT_SINGULAR = /(?<![\p{L}\p{N}])(?:[2-9]|\d{2,})\s+(?:day|week|month|hour|hr|minute|min|year|time)(?![\p{L}])/iu;
// Feelings and idioms are not a thing that failed ("your heart is broken").
const IDIOM_SUBJECT = /^(?:your|my)\s+(?:heart|mind|life|day|soul|head|world)(?![\p{L}])/iu;

const SINGULAR_VERB = /^(?:is|was|has|does|isn['’]?t|wasn['’]?t|hasn['’]?t|doesn['’]?t)$/i;
const PLURAL_VERB = /^(?:are|were|have|do|aren['’]?t|weren['’]?t|haven['’]?t|don['’]?t)$/i;
const DETERMINER = /^(?:your|our|the|my|this|that|these|those|a|an|no|every|each|some|any|all|two|three|\d+)$/i;

export function readsAsClause(clause: string, strict = false): boolean {
  const s = clause.trim();
  if (
    !s ||
    ODD_CHARACTERS.test(s) ||
    THIRD_PERSON.test(s) ||
    MENTAL_VERB.test(s) ||
    OPEN_END.test(s) ||
    DOUBLED_AUX.test(s) ||
    RUN_ON.test(s) ||
    TWO_SUBJECTS.test(s)
  )
    return false;
  if (
    NOT_OURS.test(s) ||
    NO_FINITE.test(s) ||
    BARE_AUX.test(s) ||
    COUNT_SINGULAR.test(s) ||
    STRANDED_PARTICIPLE.test(s) ||
    IDIOM_SUBJECT.test(s)
  )
    return false;
  const words = s.split(/\s+/);
  if (!agrees(words)) return false;
  if (!strict) return true;
  // Offered unasked, it must stand alone and be short enough to read at a glance.
  // "you haven't received it": in a short clause whose subject is the customer, "it" is plainly
  // the thing they wrote about; elsewhere ("it won't let you download it") it points nowhere.
  const shortObjectIt =
    words.length <= 6 && /^you\b/i.test(s) && /\s(?:it|them)$/i.test(s) && !POINTS_OUTSIDE.test(s.replace(/\s(?:it|them)$/i, ''));
  if (words.length > 12 || (POINTS_OUTSIDE.test(s) && !shortObjectIt)) return false;
  if (/^you['’]ve\s+had\s+no\b/i.test(s) && !MISSING_THING.test(s)) return false;
  // A shouted word ("you CAN'T even reorder") is their tone, not ours.
  if (words.some((w) => /^\p{Lu}{3,}(?:['’]\p{Lu}+)?$|^\p{Lu}{2,}['’]\p{Lu}+$/u.test(w) && tagsOf(w).size > 0)) return false;
  // "you can't be opening the app…", "…after scratching": a habit or a gerund left hanging, no failure said plainly.
  if (/(?<![\p{L}])be\s+\p{L}+ing(?![\p{L}])|(?<![\p{L}])(?:after|before|by|without|from|when)\s+\p{L}+ing$/iu.test(s)) return false;
  // "you can't Connect your…": a verb capitalised mid-clause is their typing, not a name.
  if (words.slice(1).some((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && isVerbish(tagsOf(w)) && !isNounish(tagsOf(w)))) return false;
  // "you can't play game": a singular count noun right after the verb, with no article, is their shorthand.
  const last = words.length - 1;
  if (last >= 2) {
    const t = tagsOf(words[last]!);
    const prev = tagsOf(words[last - 1]!);
    const beforeVerb = words[last - 2]!.toLowerCase();
    if (
      t.has('Singular') &&
      !t.has('Uncountable') &&
      !isVerbish(t) &&
      /^\p{Ll}/u.test(words[last]!) &&
      !prev.has('Modal') &&
      /^(?:can['’]?t|cannot|couldn['’]?t|won['’]?t|to|can|could)$/.test(beforeVerb)
    )
      return false;
  }
  return true;
}

/**
 * The subject before the first finite verb agrees with it: "your videos … has disappeared" and
 * "it still appear" do not. Only the head noun of a determiner phrase is read, the last noun
 * before a preposition ("your videos on the home section" is plural by "videos").
 */
function agrees(words: string[]): boolean {
  const lower = words.map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}'’-]/gu, ''));
  if (lower[0] === 'it' || lower[0] === 'he' || lower[0] === 'she') {
    // "it still appear only 2Gb", "it were regulated": a bare plural form after a singular subject.
    const verb = lower.slice(1).find((w) => !/^(?:still|just|also|now|never|always|really|even|only|often|sometimes|constantly)$/.test(w));
    if (
      verb &&
      (/^(?:were|are|have|do|don['’]?t|aren['’]?t|weren['’]?t|haven['’]?t)$/.test(verb) ||
        (tagsOf(verb).has('Infinitive') && !tagsOf(verb).has('Modal') && !/^(?:can|will|would|could|should|must|may|might)$/.test(verb)))
    )
      return false;
    return true;
  }
  if (/^(?:you|we|they|i)$/.test(lower[0] ?? '')) {
    // "you trains from…", "you keeps": a third-person verb after "you" is a misread subject.
    const verb =
      lower.slice(1).find((w) => !/^(?:still|just|also|now|never|always|really|even|only|often|sometimes|constantly)$/.test(w)) ?? '';
    return !(
      /^(?:is|was|has|does|isn['’]?t|wasn['’]?t|hasn['’]?t|doesn['’]?t)$/.test(verb) ||
      (/[^s]s$/.test(verb) && tagsOf(verb).has('PresentTense'))
    );
  }
  if (!DETERMINER.test(lower[0] ?? '')) return true;
  // The head noun: the last noun before the first preposition or verb.
  let head = '';
  let inPhrase = false;
  const numberWord = /^(?:these|those|two|three|all|\d+)$/.test(lower[0]!) && lower[0] !== '1';
  for (let i = 1; i < lower.length; i++) {
    const w = lower[i]!;
    const t = tagsOf(w);
    if (SINGULAR_VERB.test(w) || PLURAL_VERB.test(w)) {
      if (!head) return true;
      const h = tagsOf(head);
      const plural = h.has('Plural') || ((!h.size || h.has('PresentTense')) && /[^s]s$/.test(head));
      if (SINGULAR_VERB.test(w) && (plural || numberWord)) return false;
      if (PLURAL_VERB.test(w) && !plural && !numberWord && h.has('Singular') && !h.has('Uncountable')) return false;
      return true;
    }
    // The word right after the determiner is its noun even where the lexicon reads a verb ("the charges").
    if (isVerbish(t) && !isNounish(t) && i > 1) return true;
    if (i === 1 && isVerbish(t) && !isNounish(t)) {
      // "your recommended doesn't": a past form straight before the verb is no noun to hold a
      // clause; before a noun it describes it ("your scheduled ride").
      if (t.has('PastTense') || t.has('Participle')) {
        const next = tagsOf(lower[i + 1] ?? '');
        if (!lower[i + 1] || (isVerbish(next) && !isNounish(next) && !next.has('Infinitive'))) return false;
        continue;
      }
      head = w;
      continue;
    }
    // "on the home section has…": the head was read before the prepositional phrase.
    if (t.has('Preposition')) inPhrase = true;
    else if (!inPhrase && (isNounish(t) || !t.size)) head = w;
  }
  return true;
}
