import { analyze } from '../analysis/index.ts';
import { personalize } from '../rewrite/index.ts';
import { isFunctionWord } from '../analysis/lang/en/lexicon.ts';
import type { CorpusReply } from './corpus.ts';
import type { Finding, Suggestion } from '../analysis/types.ts';
import { splitSentences } from '../analysis/engine/segment.ts';

export interface RewriteScore {
  findings: number;
  /** Share of all rewrites offered that pass analyze() with no flag. */
  passRate: number;
  /** Share of apologies whose first rewrite mentions a content word of the customer's message. */
  mentionRate: number;
  /** Apologies whose first rewrite names nothing of theirs: how many are the one clean placeholder. */
  apologies: number;
  cleanPlaceholder: number;
  /** …how many name what the agent's own apology is about ("sorry you're unhappy with our catering service"). */
  fromReply: number;
  /** …how many drop the generic apology because the reply already says sorry for something specific. */
  dropped: number;
  /** Rewrites stating a number, month or weekday that neither the customer nor the agent wrote. */
  invented: number;
  /** First suggestions applied to their reply: the reply re-analysed has no flag in the rewritten words. */
  reinserted: number;
  reinsertedClean: number;
  /** …and every sentence the agent wrote outside the rewritten one is still there, word for word. */
  keptOthers: number;
  /** Findings of every kind on these replies, and how many got at least one suggestion. */
  allFindings: number;
  withSuggestion: number;
  /** First suggestions holding more than one `[placeholder]`. */
  manyPlaceholders: number;
  /** First suggestions holding any `[placeholder]` (not ready to send as they are). */
  anyPlaceholder: number;
  /** Applied first suggestions whose sentence says sorry (or apologises) twice. */
  doubledSorry: number;
  /** …that put a capital mid-sentence ("Hello, Unfortunately, we…", "…, Please"). */
  midCapital: number;
  medianMs: number;
  examples: Array<{ id: string; original: string; rewrite: string }>;
}

const TARGETS = new Set(['generic-apology', 'non-apology', 'policy-deflection']);
const ALL = new Set(['generic-apology', 'non-apology', 'policy-deflection', 'jargon', 'hype', 'blame']);
const DATE_WORDS = /(?<![\p{L}])(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)(?![\p{L}])/giu;

function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) if (w.length > 2 && !isFunctionWord(w)) out.add(w);
  return out;
}

function facts(text: string): string[] {
  return [...(text.match(/\d+(?:[.,:]\d+)*/g) ?? []), ...(text.match(DATE_WORDS) ?? []).map((d) => d.toLowerCase())];
}

/** The rewrite report of issue #4: corpus replies flagged for apologies or deflection, with a customer message. */
export function scoreRewrites(replies: CorpusReply[]): RewriteScore {
  const rows = replies.filter((r) => r.customer_msg && r.flags.some((f) => TARGETS.has(f)));
  let offered = 0, passing = 0, findings = 0, mentioning = 0, invented = 0, apologies = 0, cleanPlaceholder = 0, fromReply = 0, dropped = 0;
  let reinserted = 0, reinsertedClean = 0, keptOthers = 0, manyPlaceholders = 0, allFindings = 0, withSuggestion = 0;
  let anyPlaceholder = 0, doubledSorry = 0, midCapital = 0;
  const times: number[] = [];
  const examples: RewriteScore['examples'] = [];
  for (const r of rows) {
    const report = analyze(r.reply, { customerMessage: r.customer_msg });
    const t0 = performance.now();
    const p = personalize(r.reply, report, { customerMessage: r.customer_msg });
    times.push(performance.now() - t0);
    const theirs = contentWords(r.customer_msg!);
    const known = new Set(facts(`${r.customer_msg} ${r.reply}`));
    for (const f of p.findings) {
      const top = f.suggestions[0];
      allFindings++;
      if (top) withSuggestion++;
      if (top && ALL.has(f.category)) {
        const check = applyAndCheck(r.reply, f, top, report.findings);
        reinserted++;
        if (check.clean) reinsertedClean++;
        if (check.keptOthers) keptOthers++;
        if ((top.text.match(/\[[^\]]+\]/g)?.length ?? 0) > 1) manyPlaceholders++;
        if (/\[[^\]]+\]/.test(top.text)) anyPlaceholder++;
        const range = top.range ?? f;
        const sentence = splitSentences(check.applied).find((x) => x.start <= range.start && range.start < x.end)?.text ?? top.text;
        if ((sentence.match(/(?<![\p{L}])(?:sorry|apologi[sz]e\w*|apologies)(?![\p{L}])/giu)?.length ?? 0) > 1) doubledSorry++;
        if (midSentenceCapital(r.reply.slice(0, range.start), top.text)) midCapital++;
      }
      if (!TARGETS.has(f.category)) continue;
      findings++;
      const first = f.suggestions[0]?.text ?? '';
      if (f.category !== 'policy-deflection' && first) {
        apologies++;
        if ([...contentWords(first.replace(/\[[^\]]*\]/g, ' '))].some((w) => theirs.has(w))) mentioning++;
        else if (/\[what (?:went wrong for them|we got wrong)\]/.test(first)) cleanPlaceholder++;
        else if (!/(?<![\p{L}])(?:sorry|apolog\w*)(?![\p{L}])/iu.test(first)) dropped++;
        else if (!/\[/.test(first) && [...contentWords(first)].some((w) => contentWords(f.text).has(w) && !/^(?:sorry|apologies|apologize|apologise)$/.test(w))) fromReply++;
      }
      if (examples.length < 12 && first) examples.push({ id: r.id, original: f.text, rewrite: first });
      for (const s of f.suggestions) {
        offered++;
        const others = report.findings.filter((o) => o !== f).map((o) => o.text.toLowerCase());
        if (analyze(s.text, { lang: 'en' }).findings.every((x) => others.includes(x.text.toLowerCase()))) passing++;
        if (facts(s.text).some((x) => !known.has(x))) invented++;
      }
    }
  }
  times.sort((a, b) => a - b);
  return {
    findings,
    passRate: offered ? passing / offered : 1,
    mentionRate: apologies ? mentioning / apologies : 1,
    apologies,
    cleanPlaceholder,
    fromReply,
    dropped,
    invented,
    reinserted,
    reinsertedClean,
    allFindings,
    withSuggestion,
    keptOthers,
    manyPlaceholders,
    anyPlaceholder,
    doubledSorry,
    midCapital,
    medianMs: times[Math.floor(times.length / 2)] ?? 0,
    examples,
  };
}

/** A common word capitalised inside the sentence: after a comma in the rewrite, or where it joins text before it. */
function midSentenceCapital(before: string, text: string): boolean {
  const inside = [...text.matchAll(/[,;]\s+(\p{Lu}\p{Ll}+)(?![\p{L}])/gu)].some((m) => isFunctionWord(m[1]!.toLowerCase()) || COMMON_OPENERS.test(m[1]!));
  const joins = /[\p{L},;][ \t]*$/u.test(before) && /^(\p{Lu}\p{Ll}+)(?![\p{L}])/u.test(text) && !/^I(?:['’]|$)/.test(text) && (isFunctionWord(text.split(/\s/)[0]!.toLowerCase()) || COMMON_OPENERS.test(text.split(/\s/)[0]!));
  return inside || joins;
}
const COMMON_OPENERS = /^(?:Unfortunately|Sadly|Thanks|Thank|Please|Sorry|Apologies|Regarding|Currently|Just|Sure|Certainly)$/;

const pct = (a: number, b: number) => `${b ? ((a / b) * 100).toFixed(1) : '—'}% (${a}/${b})`;

/**
 * Applies a suggestion as the card's Apply does (its range, or the finding's span) and re-analyses
 * the reply: clean when no flag lies in the rewritten words except other findings the agent still has
 * to deal with there; kept when every other sentence of the reply is still there word for word.
 */
export function applyAndCheck(reply: string, f: Finding, s: Suggestion, all: Finding[]): { applied: string; clean: boolean; keptOthers: boolean } {
  const range = s.range ?? f;
  const applied = reply.slice(0, range.start) + s.text + reply.slice(range.end);
  const end = range.start + s.text.length;
  const others = all.filter((o) => o !== f && o.start >= range.start && o.end <= range.end).map((o) => o.text.toLowerCase());
  const again = analyze(applied, { lang: 'en' }).findings;
  const clean = again.every((x) => x.end <= range.start || x.start >= end || others.includes(x.text.toLowerCase()));
  const outside = splitSentences(reply).filter((x) => x.end <= range.start || x.start >= range.end);
  const keptOthers = outside.every((x) => applied.includes(x.text));
  return { applied, clean, keptOthers };
}

export function formatRewriteScore(s: RewriteScore): string {
  return [
    `rewrites: ${s.findings} findings (generic-apology, non-apology, policy-deflection) on replies with a customer message`,
    `  pass the analysis with no flag: ${(s.passRate * 100).toFixed(1)}%`,
    `  apologies (${s.apologies}) whose first rewrite names the customer's own words: ${(s.mentionRate * 100).toFixed(1)}%; the rest: one clean placeholder ${s.cleanPlaceholder}, what the agent's own apology names ${s.fromReply}, dropped (the reply already says sorry for something specific) ${s.dropped}, other ${s.apologies - Math.round(s.mentionRate * s.apologies) - s.cleanPlaceholder - s.fromReply - s.dropped}`,
    `  invented numbers or dates: ${s.invented}`,
    `  findings of every kind with at least one suggestion: ${pct(s.withSuggestion, s.allFindings)}`,
    `  first suggestion applied to its reply (all flag kinds, ${s.reinserted}): re-analysed flag-free where it was applied ${pct(s.reinsertedClean, s.reinserted)}`,
    `    every other sentence the agent wrote still there, word for word: ${pct(s.keptOthers, s.reinserted)}`,
    `    more than one [placeholder]: ${s.manyPlaceholders}; any [placeholder] (not ready as it is): ${pct(s.anyPlaceholder, s.reinserted)}`,
    `    sorry said twice in the sentence: ${s.doubledSorry}; a capital mid-sentence: ${s.midCapital}`,
    `  median time to build the suggestions: ${s.medianMs.toFixed(3)} ms`,
    ...s.examples.slice(0, 6).map((e) => `  e.g. "${e.original}" → "${e.rewrite}"`),
  ].join('\n');
}

/**
 * ru, sv, zh: apologies (generic or non-apology) on replies with a customer message, and how many
 * first suggestions name the complaint in the customer's words rather than the clean placeholder.
 */
export function scoreNamedApologies(replies: CorpusReply[]): { apologies: number; named: number; examples: string[] } {
  let apologies = 0, named = 0;
  const examples: string[] = [];
  for (const r of replies) {
    if (!r.customer_msg) continue;
    const report = analyze(r.reply, { customerMessage: r.customer_msg, lang: r.lang });
    for (const f of personalize(r.reply, report, { customerMessage: r.customer_msg }).findings) {
      if (f.category !== 'generic-apology' && f.category !== 'non-apology') continue;
      const top = f.suggestions[0]?.text;
      if (!top) continue;
      apologies++;
      if (!/\[[^\]]+\]/.test(top)) {
        named++;
        if (examples.length < 4) examples.push(top);
      }
    }
  }
  return { apologies, named, examples };
}
