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
  /**
   * Per state: the units one of whose trigger words ends here (via fail links too), as
   * `outUnits[outStart[state]]` up to `outUnits[outStart[state + 1]]`: flat typed arrays, read on
   * every character of every sentence.
   */
  outStart: Int32Array;
  outUnits: Int32Array;
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
  /** Per unit: its alternative (each unit belongs to one alternative of one pattern). */
  unitAlternative: Int32Array;
  /** Per alternative: how many units it needs. */
  alternativeSize: Int32Array;
  /**
   * Scratch of the walk, kept between walks so a sentence allocates nothing but its answer: per
   * state, unit and alternative the walk that last touched it, and units counted per alternative.
   */
  scratch: { walk: number; state: Uint32Array; unit: Uint32Array; alternative: Uint32Array; count: Int32Array };
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
export const gateWork = { steps: 0, units: 0 };

/**
 * Builds the gate. `triggers[i]` is what pattern i cannot match without (words in lower case), or
 * null when no word is certain.
 */
export function buildGate(triggers: ReadonlyArray<TriggerCondition | null>): PhraseGate {
  const next: Array<Map<number, number>> = [new Map()];
  const own: Array<Set<number>> = [new Set()];
  const always: number[] = [];
  const unitPattern: number[] = [];
  const unitAlternative: number[] = [];
  const alternativeSize: number[] = [];
  triggers.forEach((condition, pattern) => {
    const alternatives = condition ? alternativesOf(condition) : [];
    if (!alternatives.length || alternatives.some((groups) => !groups.length)) {
      always.push(pattern);
      return;
    }
    for (const groups of alternatives) {
      const alternative = alternativeSize.length;
      alternativeSize.push(groups.length);
      for (const words of groups) {
        const unit = unitPattern.length;
        unitPattern.push(pattern);
        unitAlternative.push(alternative);
        for (const word of words) addWord(word, unit);
      }
    }
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
  const outStart = new Int32Array(next.length + 1);
  const outUnits: number[] = [];
  sets.forEach((s, state) => {
    outStart[state] = outUnits.length;
    outUnits.push(...[...s].sort((a, b) => a - b));
  });
  outStart[next.length] = outUnits.length;
  return {
    always,
    automaton: { next, fail, outStart, outUnits: Int32Array.from(outUnits), table: tableOf(next, fail, queue) },
    patternCount: triggers.length,
    unitPattern: Int32Array.from(unitPattern),
    unitAlternative: Int32Array.from(unitAlternative),
    alternativeSize: Int32Array.from(alternativeSize),
    scratch: {
      walk: 0,
      state: new Uint32Array(next.length),
      unit: new Uint32Array(unitPattern.length),
      alternative: new Uint32Array(alternativeSize.length),
      count: new Int32Array(alternativeSize.length),
    },
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
  const { next, fail, outStart, table } = gate.automaton;
  const { scratch } = gate;
  // Each walk has its own number, so the scratch arrays need no clearing: a state, unit or
  // alternative not stamped with it has not been seen on this walk.
  let walk = ++scratch.walk;
  if (walk >= 0xffffffff) {
    resetScratch(gate);
    walk = scratch.walk;
  }
  const stateSeen = scratch.state;
  gateWork.steps += lower.length;
  let state = 0;
  if (table) {
    const { letterOf, letters, step } = table;
    const top = letterOf.length;
    for (let i = 0; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      state = step[state * letters + (c < top ? letterOf[c]! : 0)]!;
      // A state's words are taken in when the walk first reaches it ("to", "the" recur).
      if (outStart[state] !== outStart[state + 1] && stateSeen[state] !== walk) {
        stateSeen[state] = walk;
        take(gate, open, state, walk);
      }
    }
  } else {
    for (let i = 0; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      let to = next[state]!.get(c);
      while (to === undefined && state !== 0) {
        state = fail[state]!;
        to = next[state]!.get(c);
      }
      state = to ?? 0;
      if (outStart[state] !== outStart[state + 1] && stateSeen[state] !== walk) {
        stateSeen[state] = walk;
        take(gate, open, state, walk);
      }
    }
  }
  return open;
}

/** Takes in the units whose words end at `state`: an alternative opens its pattern once each of its units has occurred. */
function take(gate: PhraseGate, open: Uint8Array, state: number, walk: number): void {
  const { outStart, outUnits } = gate.automaton;
  const { unitPattern, unitAlternative, alternativeSize, scratch } = gate;
  gateWork.units += outStart[state + 1]! - outStart[state]!;
  for (let k = outStart[state]!, end = outStart[state + 1]!; k < end; k++) {
    const u = outUnits[k]!;
    if (scratch.unit[u] === walk) continue;
    scratch.unit[u] = walk;
    const p = unitPattern[u]!;
    if (open[p]) continue;
    const a = unitAlternative[u]!;
    if (scratch.alternative[a] !== walk) {
      scratch.alternative[a] = walk;
      scratch.count[a] = 0;
    }
    if (++scratch.count[a]! === alternativeSize[a]) open[p] = 1;
  }
}

function resetScratch(gate: PhraseGate): void {
  const { scratch } = gate;
  scratch.state.fill(0);
  scratch.unit.fill(0);
  scratch.alternative.fill(0);
  scratch.walk = 1;
}
