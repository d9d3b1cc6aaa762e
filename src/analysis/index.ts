import type { AnalyzeOptions, Finding, Lang, Report, SignalId, SignalResult, SignalSpan } from './types.ts';
import { SIGNAL_IDS } from './types.ts';
import { splitSentences } from './engine/segment.ts';
import { historyStart, withoutQuotedLines } from './engine/history.ts';
import { analyzeSentences } from './engine/run-rules.ts';
import { detectLang } from './lang/detect.ts';
import { LANGUAGES } from './languages.ts';
import { findPlaceholders, scoreBreakdown } from './score.ts';
import { allowedRanges, applyConfig, clearPhraseCache, teamPhraseFindings } from './config.ts';
import { shadowOf, type Shadow } from './engine/normalize.ts';
import { clearSentenceCache as clearRuleCache } from './engine/run-rules.ts';
import type { RuleMatch } from './rules/types.ts';

export type * from './types.ts';
export { FLAG_CATEGORIES, SIGNAL_IDS } from './types.ts';

/** Forgets every remembered sentence (for benchmarks measuring a cold start). */
export function clearSentenceCache(): void {
  clearRuleCache();
  clearPhraseCache();
}

/**
 * Reads a support reply the way a team lead would. Pure and synchronous; never throws: an
 * analysis error must not break the page or the agent's draft, so it yields an empty report.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  const input = typeof text === 'string' ? text : '';
  try {
    return analyzeUnsafe(input, options ?? {});
  } catch (error) {
    reportError(error);
    return emptyReport('und');
  }
}

function analyzeUnsafe(text: string, options: AnalyzeOptions): Report {
  // Only what the agent wrote is read: quoted mail history below it is someone else's words.
  // The rules read its shadow (zero-width characters, look-alike letters undone); every offset
  // is turned back into one of the original text at the end.
  const shadow = shadowOf(text.slice(0, historyStart(text)));
  const own = shadow.text;
  const lang: Lang | 'und' = options.lang ?? detectLang(own);
  const pack = lang === 'und' ? undefined : LANGUAGES[lang];
  const sentences = withoutQuotedLines(own, splitSentences(own));
  const spans: Record<SignalId, SignalSpan[]> = { acknowledgement: [], personal: [], ownership: [], 'next-step': [] };
  let findings: Finding[] = [];
  if (pack) {
    const customerName = cleanName(options.customerName);
    const customerMessage = typeof options.customerMessage === 'string' && options.customerMessage.trim() ? options.customerMessage.slice(0, 20_000) : undefined;
    for (const { sentence, result } of analyzeSentences(pack, sentences, { customerName, customerMessage })) {
      for (const f of result.findings) {
        const start = sentence.start + f.start;
        const end = sentence.start + f.end;
        findings.push({
          rule: f.rule.id,
          category: f.rule.category,
          start,
          end,
          text: own.slice(start, end),
          severity: f.rule.severity,
          message: f.rule.message,
          suggestions: f.rule.suggestions.slice(0, 3),
        });
      }
      for (const id of SIGNAL_IDS) addSpans(spans[id], result.signals[id], own, sentence.start);
    }
    const whole = pack.signals.reply?.(own, sentences, { ...options, customerName }) ?? {};
    for (const id of SIGNAL_IDS) addSpans(spans[id], whole[id], own, 0);
  }
  findings.push(...teamPhraseFindings(own, sentences, lang, options.config));
  findings = applyConfig(findings, allowedRanges(sentences, options.config), options.config);
  findings = findings.map((f) => inOriginal(f, shadow, text)).sort((a, b) => a.start - b.start || a.end - b.end);
  const signals = {} as Record<SignalId, SignalResult>;
  for (const id of SIGNAL_IDS) signals[id] = { id, present: spans[id].length > 0, spans: spans[id].map((sp) => inOriginal(sp, shadow, text)) };
  const placeholders = findPlaceholders(own).map((p) => inOriginal(p, shadow, text));
  const { score, parts } = scoreBreakdown(findings, signals, own, placeholders);
  return { lang, findings, signals, score, scoreParts: parts, placeholders };
}

/** A span of the shadow as the same span of the original text. */
function inOriginal<T extends { start: number; end: number; text: string }>(span: T, shadow: Shadow, text: string): T {
  if (shadow.identity) return span;
  const start = shadow.toStart(span.start);
  const end = Math.max(start, shadow.toEnd(span.end));
  return { ...span, start, end, text: text.slice(start, end) };
}

function addSpans(into: SignalSpan[], matches: RuleMatch[] | undefined, text: string, offset: number): void {
  if (!matches) return;
  for (const m of matches) {
    if (into.length >= 50) return; // evidence enough; a 1 MB paste must not build a huge report
    into.push({ start: offset + m.start, end: offset + m.end, text: text.slice(offset + m.start, offset + m.end) });
  }
}

function cleanName(name: string | undefined): string | undefined {
  if (typeof name !== 'string') return undefined;
  const trimmed = name.trim().slice(0, 100);
  return trimmed || undefined;
}

function emptyReport(lang: Lang | 'und'): Report {
  const signals = {} as Record<SignalId, SignalResult>;
  for (const id of SIGNAL_IDS) signals[id] = { id, present: false, spans: [] };
  const { score, parts } = scoreBreakdown([], signals);
  return { lang, findings: [], signals, score, scoreParts: parts, placeholders: [] };
}

function reportError(error: unknown): void {
  // Visible to developers in the console, never to the page as an exception.
  if (typeof console !== 'undefined') console.warn('[tact] analysis failed:', error);
}
