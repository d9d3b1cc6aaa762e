/**
 * `npm run bench`: speed of analyze() against two peers measured in the same run (alex and
 * write-good), as medians and ratios, on the labeled corpus replies, and on long replies in every
 * language Tact reads. Figures, not assertions: the targets of issue #8 are printed beside them,
 * with the machine's load, since a shared machine slows every figure alike (the ratios hold).
 */
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { text as alexText } from 'alex';
import writeGood from 'write-good';
import { analyze, clearSentenceCache, type AnalysisConfig } from '../src/analysis/index.ts';
import { clearPhraseCache } from '../src/analysis/config.ts';
import { LIMITS } from '../src/config/schema.ts';
import { loadCorpus } from '../src/eval/corpus.ts';
import { clearRewriteCaches, personalize } from '../src/rewrite/index.ts';
import { LONG_LANGS, longReply, wordCount } from '../src/eval/long-replies.ts';
import { sentenceWork } from '../src/analysis/engine/run-rules.ts';
import { alternativeWork } from '../src/analysis/engine/alternatives.ts';
import { gateWork } from '../src/analysis/engine/gate.ts';

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  return { median: quantile(s, 0.5), p99: quantile(s, 0.99) };
}
function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}
function round(n: number, d = 4): number {
  return Number(n.toFixed(d));
}

const replies = loadCorpus('replies.en.jsonl').map((r) => r.reply);

// Warm up the JIT and the lazily built regexes of all three tools.
for (const r of replies.slice(0, 200)) { analyze(r); alexText(r); writeGood(r); }

const tactCold: number[] = [];
for (const r of replies) {
  clearSentenceCache(); // cold: nothing of this reply is cached
  tactCold.push(time(() => analyze(r)));
}
const alexTimes = replies.map((r) => time(() => alexText(r)));
const writeGoodTimes = replies.map((r) => time(() => writeGood(r)));

// A 150-word e-mail reply built from corpus sentences, cold each time.
const words = replies.join(' ').split(/\s+/);
const draft150: string[] = [];
for (let i = 0; i + 150 < words.length && draft150.length < 200; i += 37) draft150.push(words.slice(i, i + 150).join(' '));
const workBefore = { ...sentenceWork, alternatives: alternativeWork.runs, gateSteps: gateWork.steps, gateUnits: gateWork.units };
const tact150 = draft150.map((d) => { clearSentenceCache(); return time(() => analyze(d)); });
// The same drafts counted in work rather than time, which the machine's load does not change:
// regular expressions run per sentence read (phrase patterns behind the gate, signal alternatives).
const sentencesRead = sentenceWork.read - workBefore.read;
const patternRunsPerSentence = (sentenceWork.patternRuns - workBefore.patternRuns) / sentencesRead;
const alternativeRunsPerSentence = (alternativeWork.runs - workBefore.alternatives) / sentencesRead;
// The gates' share: characters walked, and trigger-word units read when a walk reaches a word.
const gateStepsPerSentence = (gateWork.steps - workBefore.gateSteps) / sentencesRead;
const gateUnitsPerSentence = (gateWork.units - workBefore.gateUnits) / sentencesRead;
const alex150 = draft150.map((d) => time(() => alexText(d)));

// Typing: the same draft with one character changed at the end, as each keystroke would.
const keystroke: number[] = [];
for (const d of draft150.slice(0, 100)) {
  let text = d;
  analyze(text);
  for (const ch of 'abcdefghij') {
    text = text + ch;
    keystroke.push(time(() => analyze(text)));
  }
}

// A 5,000-word reply and a 50,000-word one: the second should cost ~10x, not ~100x.
const long5k = words.slice(0, 5000).join(' ');
// The whole corpus as one text (about 22,000 words), to see the cost grow linearly.
const longAll = words.join(' ');
const t5k = stats(Array.from({ length: 7 }, () => { clearSentenceCache(); return time(() => analyze(long5k)); })).median;
// 20,000 words: four times 5,000, so linear growth reads as ~4x.
const long20k = words.slice(0, 20000).join(' ');
const t20k = stats(Array.from({ length: 5 }, () => { clearSentenceCache(); return time(() => analyze(long20k)); })).median;
const tAll = stats(Array.from({ length: 3 }, () => { clearSentenceCache(); return time(() => analyze(longAll)); })).median;
// The first 5,000 words of the corpus are cheaper to read than the later ones, so 20,000 / 5,000
// mixes growth with content. The same 20,000 words against the sum of their four 5,000-word
// quarters, timed in turn, is growth alone: 1.0 is linear.
const quarters = [0, 1, 2, 3].map((q) => words.slice(q * 5000, (q + 1) * 5000).join(' '));
for (const q of quarters) analyze(q);
const overQuarters: number[] = [];
for (let i = 0; i < 5; i++) {
  let parts = 0;
  for (const q of quarters) { clearSentenceCache(); parts += time(() => analyze(q)); }
  clearSentenceCache();
  overQuarters.push(time(() => analyze(long20k)) / parts);
}
const t20kOverQuarters = stats(overQuarters).median;

// Long e-mail replies in each language (src/eval/long-replies.ts: the team's e-mails, then their
// sentences shuffled, so no sentence is read from memory), 5,000 and 20,000 words, cold each time.
// The two sizes are timed in turn, so a change in the machine's load touches both alike.
const longByLang = LONG_LANGS.map((lang) => {
  const five = longReply(lang, 5000);
  const twenty = longReply(lang, 20000);
  analyze(five, { lang });
  const t5: number[] = [];
  const t20: number[] = [];
  for (let i = 0; i < 5; i++) {
    clearSentenceCache();
    t5.push(time(() => analyze(five, { lang })));
    clearSentenceCache();
    t20.push(time(() => analyze(twenty, { lang })));
  }
  const m5 = stats(t5).median;
  const m20 = stats(t20).median;
  return { lang, words5: wordCount(five), words20: wordCount(twenty), m5, m20, ratio: m20 / m5 };
});

// The largest team config the schema allows: 500 phrases of 200 characters (sharing a long
// prefix, the worst case for a pattern) and 500 never-flag words of 100 characters. Cost added to
// a cold 150-word reply, measured pairwise (the same draft with and without the config, in turn).
const sharedPrefix = 'please note that our team will get back to you as soon as we possibly can regarding ';
const largestConfig: AnalysisConfig = {
  teamPhrases: Array.from({ length: LIMITS.maxTeamPhrases }, (_, i) => ({ id: `p${i}`, avoid: `${sharedPrefix}item ${i} ${'x'.repeat(200)}`.slice(0, LIMITS.maxPhraseLength) })),
  allow: Array.from({ length: LIMITS.maxAllowWords }, (_, i) => `${'acme product line '.repeat(6)}${i}`.slice(0, LIMITS.maxAllowWordLength)),
};
const compileMs = time(() => analyze('Warm the compiled team phrases.', { config: largestConfig }));
// The rules' results stay cached (both runs pay the same for them); only the team phrases and
// never-flag words start cold, so the difference is what the config costs, not timing noise.
const configAdded: number[] = [];
for (const d of draft150) {
  analyze(d);
  clearPhraseCache();
  const without = time(() => analyze(d));
  clearPhraseCache();
  const withConfig = time(() => analyze(d, { config: largestConfig }));
  configAdded.push(withConfig - without);
}
const teamAdded = stats(configAdded);
// Suggestions built from the ticket (issue #9: ≤ 2 ms median), on the replies Tact flags and that
// have a customer message: cold (nothing of this reply or message cached), after analyze().
const flaggedRows = [...loadCorpus('replies.en.jsonl'), ...loadCorpus('replies.en.more.jsonl')].filter((r) => r.customer_msg);
const rewriteTimes: number[] = [];
const rewriteSession: number[] = [];
const analyzeFlagged: number[] = [];
for (const r of flaggedRows) {
  const ctx = { customerMessage: r.customer_msg };
  clearSentenceCache();
  let report = analyze(r.reply, ctx);
  if (!report.findings.length) continue;
  clearSentenceCache();
  analyzeFlagged.push(time(() => { report = analyze(r.reply, ctx); }));
  clearRewriteCaches();
  rewriteTimes.push(time(() => personalize(r.reply, report, ctx)));
}
// As in a helpdesk tab: the fixed sentences (placeholders, additions) were checked on earlier
// tickets; each reply's own rewrites and its customer's message are new.
for (const r of flaggedRows) {
  const ctx = { customerMessage: `${r.customer_msg} ` };
  const report = analyze(r.reply, ctx);
  if (report.findings.length) rewriteSession.push(time(() => personalize(r.reply, report, ctx)));
}
const rewrites = stats(rewriteTimes);
const rewritesWarm = stats(rewriteSession);
const analyzedFlagged = stats(analyzeFlagged);

// What every helpdesk tab would load: the analysis module bundled and gzipped.
const bundle = await build({ entryPoints: ['src/analysis/index.ts'], bundle: true, minify: true, format: 'esm', write: false, platform: 'browser', logLevel: 'silent' });
const bundleBytes = bundle.outputFiles[0]!.contents;

const cold = stats(tactCold);
const alex = stats(alexTimes);
const wg = stats(writeGoodTimes);
const s150 = stats(tact150);
const a150 = stats(alex150);
const ks = stats(keystroke);

console.log(`corpus replies: ${replies.length} (mean ${Math.round(words.length / replies.length)} words)`);
console.log(`tact  per reply (cold)      median ${cold.median.toFixed(3)} ms   p99 ${cold.p99.toFixed(3)} ms`);
console.log(`alex  per reply             median ${alex.median.toFixed(3)} ms   p99 ${alex.p99.toFixed(3)} ms   (${(alex.median / cold.median).toFixed(1)}x tact)`);
console.log(`write-good per reply        median ${wg.median.toFixed(3)} ms   p99 ${wg.p99.toFixed(3)} ms   (${(wg.median / cold.median).toFixed(1)}x tact)`);
console.log(`tact  150-word reply (cold) median ${s150.median.toFixed(3)} ms   p99 ${s150.p99.toFixed(3)} ms   (alex ${a150.median.toFixed(3)} ms)`);
console.log(`tact  150-word reply work: ${(sentencesRead / draft150.length).toFixed(1)} sentences, per sentence ${patternRunsPerSentence.toFixed(2)} phrase patterns + ${alternativeRunsPerSentence.toFixed(2)} signal expressions run; gates walk ${gateStepsPerSentence.toFixed(0)} characters and read ${gateUnitsPerSentence.toFixed(0)} trigger units`);
console.log(`tact  keystroke (150 words) median ${ks.median.toFixed(4)} ms   p99 ${ks.p99.toFixed(4)} ms`);
console.log(`tact  5,000 words ${t5k.toFixed(2)} ms; 20,000 words ${t20k.toFixed(2)} ms (${(t20k / t5k).toFixed(1)}x for 4x); ${words.length} words ${tAll.toFixed(2)} ms (${(tAll / t5k).toFixed(1)}x for ${(words.length / 5000).toFixed(1)}x the text)`);
console.log(`tact  20,000 words / its four 5,000-word quarters read apart: ${t20kOverQuarters.toFixed(2)}x (1.0 is linear)`);
for (const l of longByLang) {
  console.log(`tact  ${l.lang} e-mails: ${l.words5} words ${l.m5.toFixed(2)} ms; ${l.words20} words ${l.m20.toFixed(2)} ms (${l.ratio.toFixed(2)}x for ${(l.words20 / l.words5).toFixed(1)}x the text)`);
}
console.log(`largest team config adds   median ${teamAdded.median.toFixed(4)} ms to a cold 150-word reply (built once per config: ${compileMs.toFixed(1)} ms)`);
console.log(`suggestions from the ticket (${rewriteTimes.length} flagged replies) in a session median ${rewritesWarm.median.toFixed(3)} ms   p99 ${rewritesWarm.p99.toFixed(3)} ms   (${(rewritesWarm.median / analyzedFlagged.median).toFixed(2)}x analyze cold on the same replies, ${analyzedFlagged.median.toFixed(3)} ms)`);
console.log(`suggestions, every cache cleared  median ${rewrites.median.toFixed(3)} ms   p99 ${rewrites.p99.toFixed(3)} ms   (${(rewrites.median / analyzedFlagged.median).toFixed(2)}x)`);
console.log(`analysis bundle: ${(bundleBytes.length / 1024).toFixed(0)} KB minified, ${(gzipSync(bundleBytes).length / 1024).toFixed(0)} KB gzipped`);
const worst = longByLang.reduce((a, b) => (b.m5 > a.m5 ? b : a));
const load = loadavg()[0]!;
console.log(`\ntargets (issue #8), median of this run, load average ${load.toFixed(1)} on ${cpus().length} cores:`);
const target = (name: string, value: number, limit: number, unit: string) =>
  console.log(`  ${value <= limit ? 'met ' : 'MISS'}  ${name.padEnd(40)} ${value.toFixed(unit === 'x' ? 2 : 3).padStart(9)} ${unit}   (target ≤ ${limit} ${unit})`);
target('150-word reply, cold', s150.median, 0.5, 'ms');
target('keystroke in a 150-word reply', ks.median, 0.1, 'ms');
target('5,000 words (corpus replies)', t5k, 15, 'ms');
target(`5,000 words (slowest language: ${worst.lang})`, worst.m5, 15, 'ms');
target('20,000 / 5,000 words (corpus replies)', t20k / t5k, 4.4, 'x');
for (const l of longByLang) target(`20,000 / 5,000 words (${l.lang} e-mails)`, l.ratio, 4.4, 'x');
console.log(JSON.stringify({
  tact_reply_ms_median: round(cold.median),
  tact_reply_ms_p99: round(cold.p99),
  tact_keystroke_ms_median: round(ks.median),
  tact_5000_words_ms: round(t5k, 3),
  tact_20000_words_ms: round(t20k, 3),
  tact_20000_over_5000: round(t20k / t5k, 2),
  ...Object.fromEntries(longByLang.flatMap((l) => [[`tact_${l.lang}_5000_words_ms`, round(l.m5, 3)], [`tact_${l.lang}_20000_words_ms`, round(l.m20, 3)], [`tact_${l.lang}_20000_over_5000`, round(l.ratio, 2)]])),
  load_average: round(load, 2),
  alex_ratio: round(alex.median / cold.median, 2),
  write_good_ratio: round(wg.median / cold.median, 2),
  tact_150_words_ms_median: round(s150.median),
  tact_150_words_pattern_runs_per_sentence: round(patternRunsPerSentence, 2),
  tact_150_words_signal_runs_per_sentence: round(alternativeRunsPerSentence, 2),
  tact_150_words_gate_steps_per_sentence: round(gateStepsPerSentence, 1),
  tact_150_words_gate_units_per_sentence: round(gateUnitsPerSentence, 1),
  tact_20000_over_its_quarters: round(t20kOverQuarters, 2),
  team_config_largest_added_ms_median: round(teamAdded.median),
  team_config_largest_compile_ms: round(compileMs, 2),
  suggestions_ms_median: round(rewritesWarm.median),
  suggestions_cold_ms_median: round(rewrites.median),
  suggestions_ms_p99: round(rewritesWarm.p99),
  suggestions_to_analyze_ratio: round(rewritesWarm.median / analyzedFlagged.median, 2),
  analysis_bundle_gzip_kb: round(gzipSync(bundleBytes).length / 1024, 1),
}));
