/**
 * `npm run hits -- <rule id, category or signal> [--n=50] [--missing]`: what a rule flags (or where a
 * signal is found, or with --missing where it is not) in the unlabeled real
 * replies (../shared/corpus/unlabeled.en.jsonl), to read before keeping a construction. Every
 * reply of that file is being labeled round by round, so the ids the eval holds back are never
 * shown here: reading them while writing rules would leak the held-back score. Prints the hit count and up to n hits with the flagged words
 * in [[brackets]].
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../src/analysis/index.ts';
import { corpusDir } from '../src/eval/corpus.ts';
import { isHeldBack } from '../src/eval/split.ts';

const which = process.argv.slice(2).find((a) => !a.startsWith('--'));
const n = Number(process.argv.find((a) => a.startsWith('--n='))?.slice(4) ?? 50);
const read = (p: string) => readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; reply: string; customer_msg?: string });
const rows = read(resolve(corpusDir(), 'unlabeled.en.jsonl')).filter((r) => !isHeldBack(r.id));
const SIGNALS = ['acknowledgement', 'personal', 'ownership', 'next-step'] as const;
const signal = SIGNALS.find((s) => s === which);
// A signal's absence is read as well as its presence: a construction that misses what agents
// really write shows only among the replies where the signal is not found.
const missing = process.argv.includes('--missing');
let hits = 0;
const shown: string[] = [];
for (const r of rows) {
  const report = analyze(r.reply, { customerMessage: r.customer_msg, lang: 'en' });
  const found: Array<{ start: number; end: number; rule?: string }> = signal ? report.signals[signal].spans : report.findings.filter((f) => !which || f.rule === which || f.category === which);
  if (signal && missing ? found.length > 0 : !found.length) continue;
  hits++;
  if (shown.length >= n) continue;
  let text = r.reply;
  for (const f of [...found].sort((a, b) => b.start - a.start)) text = `${text.slice(0, f.start)}[[${text.slice(f.start, f.end)}]]${text.slice(f.end)}`;
  shown.push(`${signal ?? found.map((f) => f.rule).join(',')} | ${text.replace(/\s+/g, ' ').slice(0, 260)}`);
}
console.log(`${which ?? 'any flag'}: ${hits} of ${rows.length} unlabeled replies ${signal ? (missing ? 'without the signal' : 'with the signal') : 'flagged'}`);
for (const s of shown) console.log(`- ${s}`);
