import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Lang } from '../analysis/types.ts';

export interface CorpusReply {
  id: string;
  /** Set when the file is in one language (the e-mail sets); otherwise the analysis detects it. */
  lang?: Lang;
  brand?: string;
  customer_msg?: string;
  reply: string;
  flags: string[];
  signals: string[];
  ambiguous?: string[];
}

/** `../shared/corpus` beside the repository (CI clones main with shared/ next to it). */
export function corpusDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [process.env.TACT_CORPUS_DIR, resolve(here, '../../../shared/corpus'), resolve(process.cwd(), '../shared/corpus')];
  for (const c of candidates) if (c && existsSync(c)) return c;
  throw new Error('The labeled corpus was not found: expected ../shared/corpus beside the repository (or set TACT_CORPUS_DIR).');
}

export function loadCorpus(file = 'replies.en.jsonl'): CorpusReply[] {
  const text = readFileSync(resolve(corpusDir(), file), 'utf8');
  return text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as CorpusReply);
}

/** The team's own labeled sets in the repository's corpus/ folder (see corpus/README.md). */
export function localCorpusDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '../../corpus');
}

export function localCorpusFiles(): string[] {
  const dir = localCorpusDir();
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => /^(?:labeled|emails)\..*\.jsonl$/.test(f)).sort();
}

export function loadLocalCorpus(file: string): CorpusReply[] {
  const text = readFileSync(resolve(localCorpusDir(), file), 'utf8');
  return text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as CorpusReply);
}
