/**
 * A pattern made of many alternatives (a signal's constructions joined into one expression), with
 * the same gate as the phrase rules: one walk over the sentence finds the trigger words present
 * (engine/gate.ts), and only the alternatives that can match are run.
 *
 * An alternative whose trigger words are absent matches nowhere in the text, so dropping it from
 * the alternation leaves every match where it was: the expression of the open alternatives finds
 * exactly what the whole one finds. Most sentences open none or a few, and a regular expression of
 * hundreds of class members then costs nothing on them; it is what kept a sentence's signals
 * dearer than all its flag rules together.
 */
import { compilePattern } from './compile.ts';
import { buildGate, openPatterns, type PhraseGate } from './gate.ts';
import { triggerGroups } from './triggers.ts';

interface Alternatives {
  bounded: boolean;
  gate: PhraseGate;
  /** Each alternative alone, word-bounded the same way (compiled when first open). */
  single: Array<RegExp | undefined>;
  sources: string[];
}

const registry = new WeakMap<RegExp, Alternatives>();

/**
 * The alternatives as one word-bounded expression (`sources` joined with "|", as compilePattern
 * reads them), remembered with their gate. `triggerSources[i]`, when given, is the source trigger
 * words are read from for alternative i (a construction's flat class expansion, whose members are
 * whole words where the compiled source has a character trie).
 */
export function compileAlternatives(sources: string[], bounded: boolean, triggerSources: string[] = sources): RegExp {
  const re = compilePattern(sources.join('|'), bounded);
  const triggers = triggerSources.map((source) => {
    const alternatives = triggerGroups(source);
    // Trigger words are read in lower case: one the source does not hold as written (an upper-case
    // letter in it) could be missing from a text the expression matches. Such a group is no
    // condition; an alternative left with none always runs.
    const held = alternatives?.map((groups) => groups.filter((words) => words.every((w) => source.includes(w))));
    return held && held.every((groups) => groups.length) ? held : null;
  });
  registry.set(re, { sources, bounded, gate: buildGate(triggers), single: [] });
  return re;
}

/** Counts of the expressions run, so the bench can show work per sentence apart from the machine's load. */
export const alternativeWork = { runs: 0 };

export interface Span {
  start: number;
  end: number;
}

/**
 * Every match of `re` in `text`, left to right, as a global exec loop finds them. For an expression
 * made by compileAlternatives, only its open alternatives run, each as its own expression: the
 * whole expression's next match is at the leftmost place any alternative matches, taken by the
 * first alternative (in order) that matches there, just as the alternation tries them.
 */
export function matchesOf(re: RegExp, text: string): Span[] {
  const alt = registry.get(re);
  if (!alt) {
    alternativeWork.runs++;
    return execAll(re, text);
  }
  const open = openPatterns(alt.gate, text);
  const runs: RegExp[] = [];
  for (let i = 0; i < open.length; i++) {
    if (!open[i]) continue;
    runs.push((alt.single[i] ??= compilePattern(alt.sources[i]!, alt.bounded)));
  }
  alternativeWork.runs += runs.length;
  if (runs.length === 0) return [];
  if (runs.length === 1) return execAll(runs[0]!, text);
  // Per open alternative, its first match at or after the scan position (null: none left).
  const next: Array<{ start: number; end: number } | null | undefined> = new Array(runs.length);
  const out: Span[] = [];
  let from = 0;
  for (;;) {
    let best = -1;
    for (let i = 0; i < runs.length; i++) {
      let m = next[i];
      if (m === undefined || (m && m.start < from)) {
        const r = runs[i]!;
        r.lastIndex = from;
        const found = r.exec(text);
        next[i] = m = found ? { start: found.index, end: found.index + found[0].length } : null;
      }
      if (m && (best < 0 || m.start < next[best]!.start)) best = i;
    }
    if (best < 0) return out;
    const m = next[best]!;
    out.push({ start: m.start, end: m.end });
    from = m.end > m.start ? m.end : m.start + 1;
    if (from > text.length) return out;
  }
}

function execAll(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}
