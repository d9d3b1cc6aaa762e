import type { ClassTable } from '../classes/types.ts';
import { expandClasses, expandClassesFlat } from '../classes/expand.ts';
import { compileAlternatives } from '../engine/alternatives.ts';

/**
 * A signal construction: word classes and roles combined ("{WE_OR_I} {PERCEIVE} how {NEG_EVAL}"),
 * the same notation as the flag constructions (src/analysis/rules/types.ts). Each keeps replies it
 * must recognise and look-alikes it must not, so a reader can see where the line is.
 */
export interface SignalConstruction {
  /** What the construction recognises, in one line. */
  doc: string;
  /** Regular-expression source over `{CLASS}` names; a space is any white space. */
  pattern: string;
  examples: {
    /** Sentences in which the signal must be found. */
    hit: string[];
    /** Look-alikes in which it must not (the whole reply must show no such signal). */
    pass: string[];
  };
}

/**
 * All of a signal's constructions as one regular expression: the classes compile to character
 * tries (classes/expand.ts), so one pass over the sentence costs about as much as one pattern.
 */
export function compileConstructions(list: readonly SignalConstruction[], classes: ClassTable, bounded: boolean): RegExp {
  // Gated per construction (engine/alternatives.ts): a sentence runs only the ones whose words it holds.
  return compileAlternatives(
    list.map((c) => `(?:${expandClasses(c.pattern, classes)})`),
    bounded,
    list.map((c) => expandClassesFlat(c.pattern, classes)),
  );
}
