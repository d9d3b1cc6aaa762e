import type { Finding, Report, TextRange } from '../analysis/types.ts';
import type { Personalized } from '../rewrite/index.ts';

/** 1-based line and column (in UTF-16 units, as editors count) of an offset. */
export function lineCol(text: string, offset: number, lineStarts: number[]): { line: number; col: number } {
  let lo = 0, hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, col: offset - lineStarts[lo]! + 1 };
}

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

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
