import type { RuleMatch } from '../rules/types.ts';
import { compilePattern } from '../engine/compile.ts';

/** One word-bounded pattern from several alternatives (a space = any white space). */
export function matcher(sources: string[]): RegExp {
  return compilePattern(sources.join('|'), true);
}

export function allMatches(re: RegExp, text: string): RuleMatch[] {
  const out: RuleMatch[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}
