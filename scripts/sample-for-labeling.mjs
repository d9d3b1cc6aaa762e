// Draws the replies of ../shared/corpus/unlabeled.en.jsonl that Tact's own labelers read (see
// corpus/README.md). Enriched like replies.en.more.jsonl: two thirds hold a word that often goes
// with a deflection, jargon, blame or hype; one third at random. Deterministic (seeded by id hash).
import { readFileSync, writeFileSync } from 'node:fs';

// Later rounds pass the earlier rounds' files so no reply is drawn twice.
const [, , count = '360', out = 'corpus/to-label.en.jsonl', ...exclude] = process.argv;
const taken = new Set(exclude.flatMap((f) => readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l).id)));
const rows = readFileSync(new URL('../../shared/corpus/unlabeled.en.jsonl', import.meta.url), 'utf8')
  .trim().split('\n').map((l) => JSON.parse(l)).filter((r) => !taken.has(r.id));
const hash = (s, seed) => { let h = seed; for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); } return h >>> 0; };
const CUE = /\b(unable|not able|can't|cannot|policy|policies|system|kindly|already|contact|afraid|unfortunately|free|guarantee|patience|escalat|department|relevant|team|inconvenience|apolog|regret|terms|advised|assure|value|understand|must|should|obviously|best|amazing|offer|only)/i;
const order = (a, b) => hash(a.id, 0x9e3779b9) - hash(b.id, 0x9e3779b9);
const cued = rows.filter((r) => CUE.test(r.reply)).sort(order);
const n = Number(count);
const picked = new Set(cued.slice(0, Math.round((n * 2) / 3)).map((r) => r.id));
for (const r of [...rows].sort(order)) { if (picked.size >= n) break; picked.add(r.id); }
const sample = rows.filter((r) => picked.has(r.id)).map(({ id, customer_msg, reply }) => ({ id, customer_msg, reply }));
writeFileSync(out, sample.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.log(`${sample.length} replies -> ${out}`);
