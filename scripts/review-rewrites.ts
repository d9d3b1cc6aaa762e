/**
 * `npx tsx scripts/review-rewrites.ts [--n=60] [--seed=3] [--fresh] [--outside] [--cats=policy-deflection,hype] [--additions]`: first suggestions on HELD-BACK replies, printed
 * for a person to rate as the blind reviewer would (grammatical, sensible, invented facts, usefulness
 * 1–5): the customer's message, the reply, the finding, the suggestion and the reply with it applied.
 * Reading held-back suggestions is how issue #9 asks them to be judged; tuning the reader on its
 * held-back complaint labels is what `npm run eval --errors` forbids, and this script never shows them.
 */
import { analyze } from '../src/analysis/index.ts';
import { personalize } from '../src/rewrite/index.ts';
import { loadCorpus, loadLocalCorpus } from '../src/eval/corpus.ts';
import { isHeldBack } from '../src/eval/split.ts';
import { applyAndCheck } from '../src/eval/score-rewrites.ts';
import { placeAddition } from '../src/content/additions.ts';

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const n = arg('n', 60);
const seed = arg('seed', 1);

// The held-back labeled replies, and the held-back replies of the unlabeled pool that no labeled set
// holds (`--fresh`: those only); no rule was tuned on either.
const labeled = [...loadCorpus('replies.en.more.jsonl'), ...loadLocalCorpus('labeled.en.tact.jsonl')];
const known = new Set(labeled.map((r) => r.id));
const unseen = loadCorpus('unlabeled.en.jsonl').filter((r) => !known.has(r.id));
// `--outside`: the sets the blind review drew from (held-back tact2/tact3 replies, every emails.b e-mail, all languages).
const outside = process.argv.includes('--outside');
const pool = outside
  ? [...loadLocalCorpus('labeled.en.tact2.jsonl'), ...loadLocalCorpus('labeled.en.tact3.jsonl')].filter((r) => isHeldBack(r.id))
    .concat((['en', 'ru', 'sv', 'zh'] as const).flatMap((l) => loadLocalCorpus(`emails.b.${l}.jsonl`)))
  : (process.argv.includes('--fresh') ? unseen : [...labeled, ...unseen]).filter((r) => isHeldBack(r.id));
const replies = pool;
const cats = process.argv.find((a) => a.startsWith('--cats='))?.slice(7).split(',');
// A fixed shuffle by seed, so two readers see the same sample and a new seed gives a fresh one.
const order = replies.map((r, i) => ({ r, k: ((i + 1) * 2654435761 * seed) % 4294967296 })).sort((a, b) => a.k - b.k).map((x) => x.r);

let shown = 0;
for (const r of order) {
  if (shown >= n) break;
  const report = analyze(r.reply, { customerMessage: r.customer_msg, lang: outside ? r.lang : undefined });
  if (report.lang !== 'en' && !outside) continue;
  const p = personalize(r.reply, report, { customerMessage: r.customer_msg });
  for (const f of p.findings) {
    const s = f.suggestions[0];
    if (!s || shown >= n || (cats && !cats.includes(f.category))) continue;
    shown++;
    const { applied, clean } = applyAndCheck(r.reply, f, s, report.findings);
    console.log(`#${shown} ${r.id} ${f.category}${clean ? '' : ' (NOT CLEAN)'}`);
    console.log(`  customer: ${(r.customer_msg ?? '—').replace(/\s+/g, ' ').slice(0, 240)}`);
    console.log(`  reply:    ${r.reply.replace(/\s+/g, ' ').slice(0, 900)}`);
    console.log(`  finding:  "${f.text}"`);
    console.log(`  suggest:  "${s.text}"${s.range ? ' (whole sentence)' : ''}`);
    const from = (s.range ?? f).start;
    console.log(`  applied:  ${around(applied, from, from + s.text.length)}`);
    console.log('');
  }
  // `--additions`: the sentences offered for a missing signal too, placed where Apply puts them.
  if (!process.argv.includes('--additions')) continue;
  for (const a of p.additions) {
    if (shown >= n || (cats && !cats.includes(a.signal))) continue;
    shown++;
    const at = placeAddition(r.reply, a.signal, a.suggestion.text);
    const applied = r.reply.slice(0, at.at) + at.insert + r.reply.slice(at.at + at.replaces);
    console.log(`#${shown} ${r.id} add ${a.signal}`);
    console.log(`  customer: ${(r.customer_msg ?? '—').replace(/\s+/g, ' ').slice(0, 240)}`);
    console.log(`  reply:    ${r.reply.replace(/\s+/g, ' ').slice(0, 900)}`);
    console.log(`  add:      "${a.suggestion.text}"`);
    console.log(`  applied:  ${around(applied, at.at, at.at + at.insert.length)}`);
    console.log('');
  }
}

/** The applied reply around the change (a long e-mail's change may sit past its first lines). */
function around(text: string, start: number, end: number): string {
  const a = Math.max(0, start - 300);
  const b = Math.min(text.length, end + 300);
  return `${a > 0 ? '…' : ''}${text.slice(a, b).replace(/\s+/g, ' ')}${b < text.length ? '…' : ''}`;
}
