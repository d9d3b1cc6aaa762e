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

/** One alternation of a class's members, longest first so "not able to" wins over "not". */
export function classSource(table: ClassTable, name: string): string {
  const cls = table[name];
  if (!cls) throw new Error(`unknown word class {${name}}`);
  const members = [...new Set(cls.members)].sort((a, b) => b.length - a.length);
  return `(?:${members.map(memberSource).join('|')})`;
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
    return `(?<s${slots.length - 1}>${body.slice(3, -1)})`;
  });
}

/** The class names a construction refers to, in order. */
export function classRefs(source: string): string[] {
  return [...source.matchAll(REF)].map((m) => m[1]!);
}
