import nlp from 'compromise/two';

/**
 * compromise's English lexicon (about 25k words with their part of speech and ~3,000 first
 * names). A lookup costs nothing, unlike a full parse (~1.5 ms a sentence), so the checkers
 * ask it word by word on the few clauses that need grammar.
 */
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

function tagsOf(word: string): string[] {
  const t = lexicon[word.toLowerCase()];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'Person', 'LastName']);
const FUNCTION_TAGS = new Set([
  'Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Copula', 'Modal', 'Auxiliary',
  'Possessive', 'QuestionWord', 'Expression',
]);

export function isKnownName(word: string): boolean {
  return tagsOf(word).some((t) => NAME_TAGS.has(t));
}

/** True for words that carry no content of their own (articles, prepositions, pronouns, modals). */
export function isFunctionWord(word: string): boolean {
  return tagsOf(word).some((t) => FUNCTION_TAGS.has(t));
}

export function isAdverb(word: string): boolean {
  return tagsOf(word).includes('Adverb');
}

export function inLexicon(word: string): boolean {
  return lexicon[word.toLowerCase()] !== undefined;
}
