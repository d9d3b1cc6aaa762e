import type { ClassTable } from './types.ts';

const REF = /(?<!\\[pP])\{([A-Z][A-Z0-9_]+)\}/g;

/** The regular-expression source of one class member (see the member syntax in types.ts). */
export function memberSource(member: string): string {
  return member
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .map((word) => {
      const open = word.endsWith('*');
      const literal = (open ? word.slice(0, -1) : word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return open ? `${literal}[\\p{L}'-]*` : literal;
    })
    .join(' ');
}

/**
 * One alternation of a class's members, written as a character trie ("not a(?:ble|llowed) to"):
 * the regular-expression engine then rejects a position after one character instead of trying
 * every member there, which keeps classes of hundreds of members cheap. Where one member is a
 * prefix of another the longer is tried first, so "not able to" wins over "not".
 */
const sourceCache = new WeakMap<ClassTable, Map<string, string>>();

export function classSource(table: ClassTable, name: string): string {
  let byName = sourceCache.get(table);
  if (!byName) sourceCache.set(table, (byName = new Map()));
  const cached = byName.get(name);
  if (cached) return cached;
  const cls = table[name];
  if (!cls) throw new Error(`unknown word class {${name}}`);
  const source = `(?:${trieSource([...new Set(cls.members)].map((m) => tokens(memberSource(m))))})`;
  byName.set(name, source);
  return source;
}

const TOKEN = /\\s\+|\[\\p\{L\}'-\]\*|\\.|[^\\]/gu;

/** A member's source as atoms: a white-space run, an open ending, an escaped or a plain character. */
function tokens(source: string): string[] {
  return source.replace(/ /g, '\\s+').match(TOKEN) ?? [];
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

function trieSource(members: string[][]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const atoms of members) {
    let node = root;
    for (const atom of atoms) {
      let child = node.next.get(atom);
      if (!child) node.next.set(atom, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return emit(root);
}

function emit(node: TrieNode): string {
  // An open ending ("[\p{L}'-]*") would swallow the letters of a sibling: try it last.
  const branches = [...node.next].sort(([a], [b]) => Number(a.startsWith('[')) - Number(b.startsWith('['))).map(([atom, child]) => atom + emit(child));
  if (!branches.length) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  return node.end ? `(?:${body})?` : body;
}

/**
 * Replaces every `{NAME}` in a construction with its class's alternation. With `slots`, each
 * reference becomes a named group (`s0`, `s1`, …) so tests can see which member filled which slot.
 */
export function expandClasses(source: string, table: ClassTable, slots?: string[]): string {
  return source.replace(REF, (_all, name: string) => {
    const body = classSource(table, name);
    if (!slots) return body;
    slots.push(name);
    return `(?<s${slots.length - 1}>${body})`;
  });
}

/**
 * The same expansion as a plain list of whole members, longest first: slower to match than the trie,
 * but it is what the trigger-word reader (engine/triggers.ts) can read whole words from.
 */
export function expandClassesFlat(source: string, table: ClassTable): string {
  return source.replace(REF, (_all, name: string) => {
    const cls = table[name];
    if (!cls) throw new Error(`unknown word class {${name}}`);
    return `(?:${[...new Set(cls.members)].sort((a, b) => b.length - a.length).map(memberSource).join('|')})`;
  });
}

/** The class names a construction refers to, in order. */
export function classRefs(source: string): string[] {
  return [...source.matchAll(REF)].map((m) => m[1]!);
}
