import type { AnalyzeOptions, Report } from './types.ts';
export type * from './types.ts';

export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  void text; void options;
  return {
    lang: 'en',
    findings: [],
    signals: {
      acknowledgement: { id: 'acknowledgement', present: false, spans: [] },
      personal: { id: 'personal', present: false, spans: [] },
      ownership: { id: 'ownership', present: false, spans: [] },
      'next-step': { id: 'next-step', present: false, spans: [] },
    },
    score: 50,
  };
}
