/** `npm run eval`: accuracy of the analysis against the labeled real replies in ../shared/corpus. */
import { loadCorpus } from '../src/eval/corpus.ts';
import { formatScore, scoreCorpus } from '../src/eval/score-corpus.ts';
import { formatRewriteScore, scoreRewrites } from '../src/eval/score-rewrites.ts';

const verbose = process.argv.includes('--errors');
const only = process.argv.find((a) => a.startsWith('--id='))?.slice(5);

for (const file of ['replies.en.jsonl', 'replies.zh.jsonl']) {
  const score = scoreCorpus(loadCorpus(file));
  console.log(formatScore(score, file));
  if (verbose) {
    for (const { reply, report } of score.predictions) {
      for (const m of score.metrics) {
        if (only && m.id !== only) continue;
        if (reply.ambiguous?.includes(m.id)) continue;
        const gold = m.kind === 'flag' ? reply.flags.includes(m.id) : reply.signals.includes(m.id);
        const got = m.kind === 'flag' ? report.findings.filter((f) => f.category === m.id).map((f) => f.text) : report.signals[m.id as 'personal'].spans.map((s) => s.text);
        const predicted = m.kind === 'flag' ? got.length > 0 : report.signals[m.id as 'personal'].present;
        if (gold !== predicted) console.log(`${gold ? 'FN' : 'FP'} ${m.id} ${JSON.stringify(got)} | ${reply.reply.replace(/\s+/g, ' ').slice(0, 200)}`);
      }
    }
  }
}

console.log('');
console.log(formatRewriteScore(scoreRewrites(loadCorpus('replies.en.jsonl'))));
