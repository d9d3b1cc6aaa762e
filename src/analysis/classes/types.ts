/**
 * A word class: a named set of words or phrases that mean the same thing for the rules that use it
 * ("what the agent cannot do", "a vague mishap an apology can be for"). Constructions in the rule
 * files refer to a class as `{NAME}`; adding a member makes it work in every construction using it.
 *
 * Member syntax (kept tiny so a linguist or team lead can extend a class without reading the engine):
 * - words are matched in lower case, a space stands for any run of white space;
 * - a trailing `*` on a word matches any ending ("inconvenienc*" → inconvenience, inconveniences…),
 *   which is how inflected languages list a stem once instead of every form;
 * - everything else is literal (no regular expressions in members).
 */
export interface WordClass {
  /** What the class holds and for which rules, in one or two sentences. */
  doc: string;
  members: readonly string[];
}

export type ClassTable = Readonly<Record<string, WordClass>>;
