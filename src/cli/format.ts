import type { Finding, Report, TextRange } from '../analysis/types.ts';
import type { Personalized } from '../rewrite/index.ts';
import { lineColOf, lineStartsOf } from '../config/encoding.ts';

/** 1-based line and column (in UTF-16 units, as editors count) of an offset. */
export function lineCol(_text: string, offset: number, lineStarts: number[]): { line: number; col: number } {
  return lineColOf(offset, lineStarts);
}

export { lineStartsOf };

export function formatFindingLine(file: string, text: string, f: Finding, lineStarts: number[]): string {
  const { line, col } = lineCol(text, f.start, lineStarts);
  const shown = f.text.replace(/\s+/g, ' ');
  return `${file}:${line}:${col}  ${f.category}  ${JSON.stringify(shown)}  ${f.message}`;
}

export function formatPlaceholderLine(file: string, text: string, p: TextRange, lineStarts: number[]): string {
  const { line, col } = lineCol(text, p.start, lineStarts);
  return `${file}:${line}:${col}  placeholder  ${JSON.stringify(p.text)}  Unfilled placeholder: fill it in (or remove it) before sending.`;
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
