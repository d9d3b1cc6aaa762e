// Merges two independent labelings (LABELING.md protocol) into gold: what both mark is gold,
// every disagreement or doubt is ambiguous. Prints Cohen's kappa per id.
import { readFileSync, writeFileSync } from 'node:fs';

const [, , inputPath, aPath, bPath, out] = process.argv;
const read = (p) => readFileSync(p, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
// The unlabeled file repeats a few replies; a reply is gold once.
const input = read(inputPath).filter((r, i, all) => all.findIndex((o) => o.id === r.id) === i);
const A = new Map(read(aPath).map((r) => [r.id, r]));
const B = new Map(read(bPath).map((r) => [r.id, r]));
const FLAGS = ['generic-apology', 'non-apology', 'policy-deflection', 'hype', 'blame', 'jargon'];
const SIGNALS = ['acknowledgement', 'personal', 'ownership', 'next-step'];
const rows = [];
const agree = {};
for (const r of input) {
  const a = A.get(r.id), b = B.get(r.id);
  if (!a || !b) throw new Error(`missing labels for ${r.id}`);
  const row = { id: r.id, source: 'shared/corpus/unlabeled.en.jsonl', labeled_by: 'tact labelers A+B (LABELING.md)', customer_msg: r.customer_msg, reply: r.reply, flags: [], signals: [], ambiguous: [] };
  for (const id of [...FLAGS, ...SIGNALS]) {
    const key = FLAGS.includes(id) ? 'flags' : 'signals';
    const ia = a[key].includes(id), ib = b[key].includes(id);
    const unsure = (a.unsure ?? []).includes(id) || (b.unsure ?? []).includes(id);
    (agree[id] ??= { n: 0, a: 0, b: 0, both: 0, none: 0 }).n++;
    if (ia) agree[id].a++;
    if (ib) agree[id].b++;
    if (ia && ib) agree[id].both++;
    if (!ia && !ib) agree[id].none++;
    if (ia && ib) row[key].push(id);
    else if (ia || ib || unsure) row.ambiguous.push(id);
  }
  rows.push(row);
}
writeFileSync(out, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
for (const [id, s] of Object.entries(agree)) {
  const po = (s.both + s.none) / s.n;
  const pe = (s.a / s.n) * (s.b / s.n) + (1 - s.a / s.n) * (1 - s.b / s.n);
  const kappa = pe === 1 ? 1 : (po - pe) / (1 - pe);
  const gold = rows.filter((r) => r.flags.includes(id) || r.signals.includes(id)).length;
  console.log(`${id.padEnd(18)} kappa ${kappa.toFixed(2)}  gold ${gold}  ambiguous ${rows.filter((r) => r.ambiguous.includes(id)).length}`);
}
