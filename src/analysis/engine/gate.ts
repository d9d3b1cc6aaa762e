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
  automaton: Automaton;
  patternCount: number;
}

/** Counts of the work the engine did, for tests that check cost grows with length, not faster. */
export const gateWork = { steps: 0 };

/**
 * Builds the gate. `triggers[i]` are the words pattern i cannot match without (lower case), or
 * null when no word is certain.
 */
export function buildGate(triggers: ReadonlyArray<readonly string[] | null>): PhraseGate {
  const next: Array<Map<number, number>> = [new Map()];
  const own: Array<Set<number>> = [new Set()];
  const always: number[] = [];
  triggers.forEach((words, pattern) => {
    if (!words) {
      always.push(pattern);
      return;
    }
    for (const word of words) {
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
      own[state]!.add(pattern);
    }
  });
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
  return { always, automaton: { next, fail, out, table: tableOf(next, fail, queue) }, patternCount: triggers.length };
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
  gateWork.steps += lower.length;
  if (table) {
    const { letterOf, letters, step } = table;
    const top = letterOf.length;
    let state = 0;
    for (let i = 0; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      state = step[state * letters + (c < top ? letterOf[c]! : 0)]!;
      const hits = out[state];
      if (hits) for (const p of hits) open[p] = 1;
    }
    return open;
  }
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
    if (hits) for (const p of hits) open[p] = 1;
  }
  return open;
}
