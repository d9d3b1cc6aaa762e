/**
 * compileNow (engine/compile.ts): a pattern's first runs on long subjects, so V8 compiles it
 * straight to machine code instead of generating bytecode first. It must change no match.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/analysis/languages.ts';
import { expandClasses } from '../../src/analysis/classes/expand.ts';
import { compileNow, compilePattern } from '../../src/analysis/engine/compile.ts';
import type { PhraseRule } from '../../src/analysis/rules/types.ts';

function allMatches(re: RegExp, text: string): string {
  const out: string[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push(`${m.index}:${m[0]}`);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out.join('|');
}

describe('compileNow', () => {
  it.each(Object.keys(LANGUAGES) as Array<keyof typeof LANGUAGES>)('%s: every phrase pattern matches as before, from lastIndex 0', (lang) => {
    const pack = LANGUAGES[lang]!;
    const rules = pack.rules.filter((r): r is PhraseRule => r.kind === 'phrase' || r.kind === 'construction');
    const texts = rules.flatMap((r) => [...r.examples.flag.map((e) => e.text), ...r.examples.pass]).map((t) => t.replace(/[’‘´]/g, "'").toLowerCase());
    const differ: string[] = [];
    let matched = 0;
    for (const source of rules.flatMap((r) => r.patterns).map((p) => expandClasses(p, pack.classes))) {
      const plain = compilePattern(source, pack.bounded);
      const early = compileNow(compilePattern(source, pack.bounded));
      expect(early.lastIndex).toBe(0);
      for (const text of texts) {
        const want = allMatches(plain, text);
        if (want) matched++;
        if (allMatches(early, text) !== want) differ.push(`${source.slice(0, 60)} on ${text}`);
      }
    }
    expect(matched).toBeGreaterThan(10);
    expect(differ).toEqual([]);
  });

  it('skips the bytecode V8 would otherwise generate on a first short run', () => {
    const compile = resolve(__dirname, '../../src/analysis/engine/compile.ts');
    // The same pattern run on a short sentence, with and without compileNow: V8's trace prints a
    // "bytecode size" line for each expression it interprets first.
    const bytecodes = (early: boolean) => {
      const code = `import { compileNow, compilePattern } from ${JSON.stringify(compile)};
        const re = compilePattern('(?:we|i) (?:are|am) unable to (?:help|assist) (?:with|on) (?:this|that)', true);
        ${early ? 'compileNow(re);' : ''}
        for (let i = 0; i < 3; i++) { re.lastIndex = 0; re.exec('sadly we are unable to help with this one'); }`;
      const r = spawnSync(process.execPath, ['--trace-regexp-tier-up', '--import', 'tsx', '--input-type=module', '-e', code], { encoding: 'utf8', timeout: 60_000 });
      expect(r.status).toBe(0);
      return (r.stdout.match(/bytecode size/g) ?? []).length;
    };
    expect(bytecodes(false) - bytecodes(true)).toBe(1);
  });
});
