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
 *
 * A sentence passes several gates (the phrase rules', then each signal's), all on the same text. The
 * gates of one script therefore share one automaton: the first gate asked about a text walks it once
 * for all of them and hands each its own trigger units; the others only read theirs. Which gates
 * share a walk changes nothing but the cost: each gate still opens exactly the patterns whose
 * trigger words the text holds.
 */

interface Automaton {
  /** Per state: character code → next state. */
  next: Array<Map<number, number>>;
  /** Per state: the state of its longest proper suffix that is also a prefix of a trigger. */
  fail: Int32Array;
  /**
   * Per state: the words (numbered) that end here (via fail links too), as
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

// Table cells a script's shared gate may spend (two or four bytes each): the Latin-script gates of
// English and Swedish together need about 440,000 (less than their separate tables did in sum).
const MAX_TABLE_CELLS = 600_000;

export interface PhraseGate {
  /** Patterns without a certain trigger word: they always run. */
  always: number[];
  /** The shared walk this gate's trigger words are found by (null: the gate has none). */
  group: GateGroup | null;
  /** Its trigger words, each with the unit it belongs to: one group of words of one alternative of one pattern. */
  words: Array<readonly [string, number]>;
  /** The units whose words the group's last walk found, as `pending[0..pendingCount)`. */
  pending: Int32Array;
  pendingCount: number;
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
  scratch: { walk: number; unit: Uint32Array; alternative: Uint32Array; count: Int32Array };
}

/** Gates whose trigger words one automaton finds: its outputs are word numbers, each listing the (gate, unit) pairs it opens. */
interface GateGroup {
  gates: PhraseGate[];
  /** Set when a gate joined since the automaton was built. */
  automaton: Automaton | null;
  /** Per word number: its (gate, unit) pairs, as `postGate/postUnit[postStart[w]..postStart[w + 1])`. */
  postStart: Int32Array;
  postGate: Int32Array;
  postUnit: Int32Array;
  /** The text last walked (its units are pending in every gate), and per state/word the walk that last saw it. */
  lastText: string | null;
  walk: number;
  stateSeen: Uint32Array;
  wordSeen: Uint32Array;
}

const groups = new Map<string, GateGroup>();

/** Which shared walk a gate joins: the script most of its trigger words are written in. */
function scriptOf(words: ReadonlyArray<readonly [string, number]>): string {
  let cyrillic = 0;
  let han = 0;
  let other = 0;
  for (const [w] of words) {
    const c = w.charCodeAt(0);
    if (c >= 0x400 && c < 0x530) cyrillic++;
    else if (c >= 0x2e80) han++;
    else other++;
  }
  return han > cyrillic && han > other ? 'han' : cyrillic > other ? 'cyrillic' : 'other';
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
  const always: number[] = [];
  const unitPattern: number[] = [];
  const unitAlternative: number[] = [];
  const alternativeSize: number[] = [];
  const words: Array<readonly [string, number]> = [];
  triggers.forEach((condition, pattern) => {
    const alternatives = condition ? alternativesOf(condition) : [];
    if (!alternatives.length || alternatives.some((groups) => !groups.length)) {
      always.push(pattern);
      return;
    }
    for (const groups of alternatives) {
      const alternative = alternativeSize.length;
      alternativeSize.push(groups.length);
      for (const list of groups) {
        const unit = unitPattern.length;
        unitPattern.push(pattern);
        unitAlternative.push(alternative);
        for (const word of list) words.push([word, unit]);
      }
    }
  });
  const gate: PhraseGate = {
    always,
    group: null,
    words,
    pending: new Int32Array(16),
    pendingCount: 0,
    patternCount: triggers.length,
    unitPattern: Int32Array.from(unitPattern),
    unitAlternative: Int32Array.from(unitAlternative),
    alternativeSize: Int32Array.from(alternativeSize),
    scratch: {
      walk: 0,
      unit: new Uint32Array(unitPattern.length),
      alternative: new Uint32Array(alternativeSize.length),
      count: new Int32Array(alternativeSize.length),
    },
  };
  if (words.length) {
    const key = scriptOf(words);
    let group = groups.get(key);
    if (!group) {
      group = { gates: [], automaton: null, postStart: new Int32Array(1), postGate: new Int32Array(0), postUnit: new Int32Array(0), lastText: null, walk: 0, stateSeen: new Uint32Array(0), wordSeen: new Uint32Array(0) };
      groups.set(key, group);
    }
    group.gates.push(gate);
    gate.group = group;
    // Built again, with this gate's words, when next walked.
    group.automaton = null;
    group.lastText = null;
  }
  return gate;
}

/** The automaton of all the words of a group's gates (word numbers as outputs). */
function buildGroup(group: GateGroup): Automaton {
  const next: Array<Map<number, number>> = [new Map()];
  const own: Array<Set<number>> = [new Set()];
  const wordId = new Map<string, number>();
  const postings: Array<Array<readonly [number, number]>> = [];
  group.gates.forEach((gate, g) => {
    for (const [word, unit] of gate.words) {
      let id = wordId.get(word);
      if (id === undefined) {
        id = postings.length;
        wordId.set(word, id);
        postings.push([]);
        addWord(word, id);
      }
      postings[id]!.push([g, unit]);
    }
  });
  function addWord(word: string, id: number): void {
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
    own[state]!.add(id);
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
  const postStart = new Int32Array(postings.length + 1);
  const postGate: number[] = [];
  const postUnit: number[] = [];
  postings.forEach((list, id) => {
    postStart[id] = postGate.length;
    for (const [g, u] of list) {
      postGate.push(g);
      postUnit.push(u);
    }
  });
  postStart[postings.length] = postGate.length;
  group.postStart = postStart;
  group.postGate = Int32Array.from(postGate);
  group.postUnit = Int32Array.from(postUnit);
  group.stateSeen = new Uint32Array(next.length);
  group.wordSeen = new Uint32Array(postings.length);
  group.walk = 0;
  return { next, fail, outStart, outUnits: Int32Array.from(outUnits), table: tableOf(next, fail, queue) };
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
  const group = gate.group;
  if (!group) return open;
  if (group.lastText !== lower || !group.automaton) walkGroup(group, lower);
  // Each take has its own number, so the scratch arrays need no clearing: a unit or alternative
  // not stamped with it has not been seen on this take.
  const { scratch } = gate;
  let walk = ++scratch.walk;
  if (walk >= 0xffffffff) {
    scratch.unit.fill(0);
    scratch.alternative.fill(0);
    walk = scratch.walk = 1;
  }
  const { unitPattern, unitAlternative, alternativeSize, pending } = gate;
  gateWork.units += gate.pendingCount;
  for (let k = 0, end = gate.pendingCount; k < end; k++) {
    const u = pending[k]!;
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
  return open;
}

/** One walk over `lower` for every gate of the group: each gate is left the units whose words occur. */
function walkGroup(group: GateGroup, lower: string): void {
  const automaton = (group.automaton ??= buildGroup(group));
  for (const g of group.gates) g.pendingCount = 0;
  group.lastText = lower;
  let walk = ++group.walk;
  if (walk >= 0xffffffff) {
    group.stateSeen.fill(0);
    group.wordSeen.fill(0);
    walk = group.walk = 1;
  }
  const { next, fail, outStart, table } = automaton;
  const stateSeen = group.stateSeen;
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
        take(group, automaton, state, walk);
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
        take(group, automaton, state, walk);
      }
    }
  }
}

/** Hands the units of the words that end at `state` (each word once per walk) to their gates. */
function take(group: GateGroup, automaton: Automaton, state: number, walk: number): void {
  const { outStart, outUnits } = automaton;
  const { postStart, postGate, postUnit, wordSeen, gates } = group;
  for (let k = outStart[state]!, end = outStart[state + 1]!; k < end; k++) {
    const w = outUnits[k]!;
    if (wordSeen[w] === walk) continue;
    wordSeen[w] = walk;
    for (let j = postStart[w]!, stop = postStart[w + 1]!; j < stop; j++) {
      const gate = gates[postGate[j]!]!;
      if (gate.pendingCount === gate.pending.length) {
        const grown = new Int32Array(gate.pending.length * 2);
        grown.set(gate.pending);
        gate.pending = grown;
      }
      gate.pending[gate.pendingCount++] = postUnit[j]!;
    }
  }
}
