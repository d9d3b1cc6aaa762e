/**
 * The complaint a person would pick, against the one the rewrite reads (corpus/complaints.en.jsonl,
 * labeled by reading before the extractor ran on it). Exact: the same words; partial: most of the
 * label's content words, and nothing outside the message's complaint sentence.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractProblem } from '../rewrite/problem.ts';
import { decodeEntities } from '../rewrite/entities.ts';
import { isFunctionWord } from '../analysis/lang/en/lexicon.ts';

export interface ComplaintRow { id: string; customer_msg: string; complaint: string | null }

export interface ComplaintScore {
  withComplaint: number;
  exact: number;
  partial: number;
  /** Messages with no complaint for which no clause was offered (a clean placeholder instead). */
  withoutComplaint: number;
  quiet: number;
  misses: Array<{ id: string; label: string | null; got: string | null }>;
}

export function loadComplaints(): ComplaintRow[] {
  const file = fileURLToPath(new URL('../../corpus/complaints.en.jsonl', import.meta.url));
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as ComplaintRow);
}

const norm = (s: string) => decodeEntities(s).toLowerCase().replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}'$£#]+/gu, ' ').trim();
const content = (s: string) => new Set(norm(s).split(' ').filter((w) => w.length > 1 && !isFunctionWord(w)));

export function scoreComplaints(rows: ComplaintRow[]): ComplaintScore {
  const score: ComplaintScore = { withComplaint: 0, exact: 0, partial: 0, withoutComplaint: 0, quiet: 0, misses: [] };
  for (const row of rows) {
    const p = extractProblem(row.customer_msg);
    const got = p?.clause ? p.source : null;
    if (row.complaint === null) {
      score.withoutComplaint++;
      if (got === null) score.quiet++;
      else score.misses.push({ id: row.id, label: null, got });
      continue;
    }
    score.withComplaint++;
    if (got !== null && norm(got) === norm(row.complaint)) {
      score.exact++;
      score.partial++;
      continue;
    }
    const want = content(row.complaint);
    const have = got === null ? new Set<string>() : content(got);
    const shared = [...want].filter((w) => have.has(w)).length;
    if (got !== null && want.size > 0 && shared / want.size >= 0.5 && shared / Math.max(1, have.size) >= 0.34) score.partial++;
    else score.misses.push({ id: row.id, label: row.complaint, got });
  }
  return score;
}

export function formatComplaintScore(s: ComplaintScore, part = 'all'): string {
  const pct = (a: number, b: number) => `${b ? ((a / b) * 100).toFixed(1) : '—'}% (${a}/${b})`;
  return [
    `complaint read from the customer's message (corpus/complaints.en.jsonl, ${part}: ${s.withComplaint + s.withoutComplaint} messages labeled by reading)`,
    `  exact match: ${pct(s.exact, s.withComplaint)}`,
    `  partial match (most of the label's words, little else): ${pct(s.partial, s.withComplaint)}`,
    `  no problem stated → no clause offered: ${pct(s.quiet, s.withoutComplaint)}`,
  ].join('\n');
}
