import nlp from 'compromise/two';

/**
 * Word classes by lexicon lookup, word by word: a full parse costs milliseconds a sentence, and the
 * suggestions are rebuilt on every typing pause (issue #9 asks ≤ 2 ms to build them).
 */
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

const NOUN = new Set(['Noun', 'Singular', 'Plural', 'ProperNoun', 'Uncountable', 'Organization', 'Place', 'Person', 'Actor', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Country', 'City', 'Region', 'Company', 'SportsTeam', 'Currency', 'Demonym']);
// Past forms the lexicon files as adjectives only: "my mother lost her phone" has a verb.
const PAST_TOO = new Set(['lost', 'left', 'stolen', 'hacked', 'closed', 'blocked', 'locked', 'broken', 'cancelled', 'canceled', 'charged', 'deleted', 'damaged']);
const VERB = new Set(['Verb', 'PresentTense', 'PastTense', 'Infinitive', 'Gerund', 'Participle', 'PhrasalVerb', 'Copula', 'Modal', 'Auxiliary']);

export function tagsOf(word: string): Set<string> {
  const w = word.toLowerCase().replace(/[’]/g, "'");
  const t = lexicon[w];
  const tags = new Set(t === undefined ? [] : Array.isArray(t) ? t : [t]);
  if (!tags.size && /^[\p{L}]{4,}ing$/u.test(w)) tags.add('Gerund').add('Verb');
  else if (!tags.size && /^[\p{L}]{3,}ed$/u.test(w)) tags.add('PastTense').add('Verb');
  else if (!tags.size && /^[\p{L}]{3,}s$/u.test(w) && lexicon[w.slice(0, -1)] === 'Infinitive') tags.add('PresentTense').add('Verb');
  if (PAST_TOO.has(w)) tags.add('PastTense').add('Verb');
  if (/n't$|^(?:cant|wont|dont|doesnt|dosnt|didnt|isnt|wasnt|cannot)$/.test(w)) tags.add('Verb').add('Modal');
  return tags;
}

export const isVerbish = (tags: Set<string>) => [...tags].some((t) => VERB.has(t));
export const isNounish = (tags: Set<string>) => [...tags].some((t) => NOUN.has(t));
