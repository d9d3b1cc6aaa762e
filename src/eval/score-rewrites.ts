import { analyze } from '../analysis/index.ts';
import { personalize } from '../rewrite/index.ts';
import { isFunctionWord } from '../analysis/lang/en/lexicon.ts';
import type { CorpusReply } from './corpus.ts';

export interface RewriteScore {
  findings: number;
  /** Share of all rewrites offered that pass analyze() with no flag. */
  passRate: number;
  /** Share of findings whose first rewrite mentions a content word of the customer's message. */
  mentionRate: number;
  /** Rewrites stating a number, month or weekday that neither the customer nor the agent wrote. */
  invented: number;
  medianMs: number;
  examples: Array<{ id: string; original: string; rewrite: string }>;
}

const TARGETS = new Set(['generic-apology', 'non-apology', 'policy-deflection']);
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
  let offered = 0, passing = 0, findings = 0, mentioning = 0, invented = 0;
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
      if (!TARGETS.has(f.category)) continue;
      findings++;
      const first = f.suggestions[0]?.text ?? '';
      if ([...contentWords(first.replace(/\[[^\]]*\]/g, ' '))].some((w) => theirs.has(w))) mentioning++;
      if (examples.length < 12 && first) examples.push({ id: r.id, original: f.text, rewrite: first });
      for (const s of f.suggestions) {
        offered++;
        if (analyze(s.text, { lang: 'en' }).findings.length === 0) passing++;
        if (facts(s.text).some((x) => !known.has(x))) invented++;
      }
    }
  }
  times.sort((a, b) => a - b);
  return {
    findings,
    passRate: offered ? passing / offered : 1,
    mentionRate: findings ? mentioning / findings : 1,
    invented,
    medianMs: times[Math.floor(times.length / 2)] ?? 0,
    examples,
  };
}

export function formatRewriteScore(s: RewriteScore): string {
  return [
    `rewrites: ${s.findings} findings (generic-apology, non-apology, policy-deflection) on replies with a customer message`,
    `  pass the analysis with no flag: ${(s.passRate * 100).toFixed(1)}%`,
    `  first rewrite mentions the customer's own words: ${(s.mentionRate * 100).toFixed(1)}%`,
    `  invented numbers or dates: ${s.invented}`,
    `  median time to build the suggestions: ${s.medianMs.toFixed(3)} ms`,
    ...s.examples.slice(0, 6).map((e) => `  e.g. "${e.original}" → "${e.rewrite}"`),
  ].join('\n');
}
