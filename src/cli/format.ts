import type { Finding, Report, TextRange } from '../analysis/types.ts';
import type { Personalized } from '../rewrite/index.ts';
import { lineColOf, lineStartsOf } from '../config/encoding.ts';

/** 1-based line and column (in UTF-16 units, as editors count) of an offset. */
export function lineCol(_text: string, offset: number, lineStarts: number[]): { line: number; col: number } {
  return lineColOf(offset, lineStarts);
}

export { lineStartsOf };

/** How a line is ranked, as ESLint and Vale do: an unfilled placeholder blocks sending. */
export type LineSeverity = 'error' | 'warning' | 'hint';

export function formatFindingLine(file: string, text: string, f: Finding, lineStarts: number[]): string {
  const { line, col } = lineCol(text, f.start, lineStarts);
  const shown = f.text.replace(/\s+/g, ' ');
  return `${file}:${line}:${col}  ${f.severity.padEnd(7)}  ${f.category}  ${JSON.stringify(shown)}  ${f.message}`;
}

export function formatPlaceholderLine(file: string, text: string, p: TextRange, lineStarts: number[]): string {
  const { line, col } = lineCol(text, p.start, lineStarts);
  return `${file}:${line}:${col}  ${'error'.padEnd(7)}  placeholder  ${JSON.stringify(p.text)}  Unfilled placeholder: fill it in (or remove it) before sending.`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The last line of a text run: "✖ 3 problems (1 error, 1 warning, 1 hint) in 2 files". */
export function formatSummary(counts: Record<LineSeverity, number>, files: number): string {
  const total = counts.error + counts.warning + counts.hint;
  const where = `${plural(files, 'file')} checked`;
  if (total === 0) return `✔ no problems, ${where}`;
  return `✖ ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.hint, 'hint')}), ${where}`;
}

export function reportToJsonl(id: unknown, report: Report, personalized: Personalized, placeholders: TextRange[] = []): string {
  return JSON.stringify({
    id: id ?? null,
    lang: report.lang,
    score: report.score,
    flags: [...new Set(report.findings.map((f) => f.category))],
    signals: Object.values(report.signals).filter((s) => s.present).map((s) => s.id),
    findings: personalized.findings,
    additions: personalized.additions,
    context: personalized.contextUsed,
    placeholders,
  });
}
