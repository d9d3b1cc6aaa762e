/**
 * The gate in front of a language's phrase patterns: which patterns can match this sentence?
 *
 * Every pattern has trigger words, one of which any match must contain (engine/triggers.ts). All
 * the trigger words of a language go into one Aho–Corasick automaton, so a single left-to-right
 * walk over the sentence, one step per character, finds every trigger word in it (overlapping ones
 * too: "information" holds "inform" and "format"). Only patterns whose triggers were seen run their
 * regular expression. The walk costs the same whether a language has ten patterns or a thousand:
 * the earlier gate tested each pattern's triggers with its own scan of the sentence, so its cost
 * grew with every rule added.
 */

interface Automaton {
  /** Per state: character code → next state. */
  next: Array<Map<number, number>>;
  /** Per state: the state of its longest proper suffix that is also a prefix of a trigger. */
  fail: Int32Array;
  /** Per state: the patterns one of whose trigger words ends here (via fail links too). */
  out: Array<number[] | null>;
  /**
   * The same automaton as a table with every failure step taken in advance: one array read per
   * character. Characters are numbered by `letterOf` (0: a character no trigger word holds).
   * Left out when the table would be large (Chinese has hundreds of distinct characters).
   */
  table: { letterOf: Uint16Array; letters: number; step: Uint16Array | Uint32Array } | null;
}

// Table cells a language may spend on its gate (two or four bytes each).
const MAX_TABLE_CELLS = 250_000;

export interface PhraseGate {
  /** Patterns without a certain trigger word: they always run. */
  always: number[];
  /** Its outputs are units: one group of words of one alternative of one pattern. */
  automaton: Automaton;
  patternCount: number;
  /** Per unit: the pattern it belongs to. */
  unitPattern: Int32Array;
  /** Per unit: 1 when it alone opens its pattern (its alternative needs nothing else). */
  unitOpens: Uint8Array;
  /** Per pattern: its alternatives as the units each needs, where one needs several (else null). */
  needs: Array<number[][] | null>;
}

/**
 * What opens a pattern: any one of its alternatives, each a list of groups of words that all
 * occur (one word of each group). A plain list of words is one alternative of one group.
 */
export type TriggerCondition = readonly string[] | ReadonlyArray<ReadonlyArray<readonly string[]>>;

function alternativesOf(condition: TriggerCondition): ReadonlyArray<ReadonlyArray<readonly string[]>> {
  return condition.length && typeof condition[0] === 'string' ? [[condition as readonly string[]]] : (condition as ReadonlyArray<ReadonlyArray<readonly string[]>>);
}

/** Counts of the work the engine did, for tests that check cost grows with length, not faster. */
export const gateWork = { steps: 0 };

/**
 * Builds the gate. `triggers[i]` is what pattern i cannot match without (words in lower case), or
 * null when no word is certain.
 */
export function buildGate(triggers: ReadonlyArray<TriggerCondition | null>): PhraseGate {
  const next: Array<Map<number, number>> = [new Map()];
  const own: Array<Set<number>> = [new Set()];
  const always: number[] = [];
  const unitPattern: number[] = [];
  const unitOpens: number[] = [];
  const needs: Array<number[][] | null> = [];
  triggers.forEach((condition, pattern) => {
    needs.push(null);
    const alternatives = condition ? alternativesOf(condition) : [];
    if (!alternatives.length || alternatives.some((groups) => !groups.length)) {
      always.push(pattern);
      return;
    }
    const units = alternatives.map((groups) =>
      groups.map((words) => {
        const unit = unitPattern.length;
        unitPattern.push(pattern);
        unitOpens.push(groups.length === 1 ? 1 : 0);
        for (const word of words) addWord(word, unit);
        return unit;
      }),
    );
    if (units.some((u) => u.length > 1)) needs[pattern] = units;
  });
  function addWord(word: string, unit: number): void {
    let state = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let to = next[state]!.get(c);
      if (to === undefined) {
        to = next.length;
        next.push(new Map());
        own.push(new Set());
        next[state]!.set(c, to);
      }
      state = to;
    }
    own[state]!.add(unit);
  }
  // Breadth first, so a state's fail target is finished before the state.
  const fail = new Int32Array(next.length);
  const out: Array<number[] | null> = new Array(next.length).fill(null);
  const sets: Array<Set<number>> = own.map((s) => new Set(s));
  const queue: number[] = [];
  for (const to of next[0]!.values()) queue.push(to);
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const [c, to] of next[state]!) {
      let f = fail[state]!;
      while (f !== 0 && !next[f]!.has(c)) f = fail[f]!;
      const target = next[f]!.get(c);
      fail[to] = target !== undefined && target !== to ? target : 0;
      for (const p of sets[fail[to]!]!) sets[to]!.add(p);
      queue.push(to);
    }
  }
  sets.forEach((s, state) => {
    if (s.size) out[state] = [...s].sort((a, b) => a - b);
  });
  return {
    always,
    automaton: { next, fail, out, table: tableOf(next, fail, queue) },
    patternCount: triggers.length,
    unitPattern: Int32Array.from(unitPattern),
    unitOpens: Uint8Array.from(unitOpens),
    needs,
  };
}

function tableOf(next: Array<Map<number, number>>, fail: Int32Array, breadthFirst: number[]): Automaton['table'] {
  const codes = new Set<number>();
  for (const m of next) for (const c of m.keys()) codes.add(c);
  const letters = codes.size + 1;
  if (next.length * letters > MAX_TABLE_CELLS) return null;
  const letterOf = new Uint16Array(Math.max(0, ...codes) + 1);
  [...codes].forEach((c, i) => {
    letterOf[c] = i + 1;
  });
  const step = next.length < 0x10000 ? new Uint16Array(next.length * letters) : new Uint32Array(next.length * letters);
  const columns = [...codes].map((c, i) => [c, i + 1] as const);
  // Row by row in breadth-first order: a missing move is the move of the fail state, already known.
  for (const state of [0, ...breadthFirst]) {
    const row = state * letters;
    const failRow = fail[state]! * letters;
    for (const [c, i] of columns) {
      const to = next[state]!.get(c);
      step[row + i] = to !== undefined ? to : state === 0 ? 0 : step[failRow + i]!;
    }
  }
  return { letterOf, letters, step };
}

/**
 * Which patterns may match `lower` (the lower-cased sentence): a flag per pattern, in pattern
 * order, so the caller runs them in the order the rules list them.
 */
export function openPatterns(gate: PhraseGate, lower: string): Uint8Array {
  const open = new Uint8Array(gate.patternCount);
  for (const p of gate.always) open[p] = 1;
  const { next, fail, out, table } = gate.automaton;
  const { unitPattern, unitOpens } = gate;
  // Units seen of patterns that need more than one, decided after the walk.
  let seen: Uint8Array | null = null;
  const pending: number[] = [];
  const hit = (units: number[]) => {
    for (const u of units) {
      const p = unitPattern[u]!;
      if (open[p]) continue;
      if (unitOpens[u]) {
        open[p] = 1;
        continue;
      }
      seen ??= new Uint8Array(unitPattern.length);
      if (!seen[u]) {
        seen[u] = 1;
        pending.push(p);
      }
    }
  };
  gateWork.steps += lower.length;
  if (table) {
    const { letterOf, letters, step } = table;
    const top = letterOf.length;
    let state = 0;
    for (let i = 0; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      state = step[state * letters + (c < top ? letterOf[c]! : 0)]!;
      const hits = out[state];
      if (hits) hit(hits);
    }
  } else {
    let state = 0;
    for (let i = 0; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      let to = next[state]!.get(c);
      while (to === undefined && state !== 0) {
        state = fail[state]!;
        to = next[state]!.get(c);
      }
      state = to ?? 0;
      const hits = out[state];
      if (hits) hit(hits);
    }
  }
  if (seen) {
    const units = seen;
    for (const p of pending) {
      if (!open[p] && gate.needs[p]!.some((alternative) => alternative.every((u) => units[u]))) open[p] = 1;
    }
  }
  return open;
}
