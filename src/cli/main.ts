import { accessSync, constants, createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyze } from '../analysis/index.ts';
import { personalize } from '../rewrite/index.ts';
import { detectLang } from '../analysis/lang/detect.ts';
import type { AnalyzeOptions, Lang } from '../analysis/types.ts';
import { parseCheckArgs, USAGE, UsageError, type CheckArgs } from './args.ts';
import { decodeTextBytes } from '../config/encoding.ts';
import { formatFindingLine, formatPlaceholderLine, lineStartsOf, reportToJsonl } from './format.ts';
import { loadTeamConfig, type TeamAnalysisConfig } from './team-config.ts';

const EXIT_CLEAN = 0;
const EXIT_WARNING = 1;
const EXIT_BAD_INPUT = 2;

/** `tact <command> ...`; returns the exit status. */
export async function main(argv: string[], io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream; stdin: NodeJS.ReadableStream } = { out: process.stdout, err: process.stderr, stdin: process.stdin }): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || rest.includes('-h') || rest.includes('--help')) {
    io.out.write(`${USAGE}\n`);
    return command ? EXIT_CLEAN : EXIT_BAD_INPUT;
  }
  if (command !== 'check') {
    io.err.write(`tact: unknown command "${command}"\n\n${USAGE}\n`);
    return EXIT_BAD_INPUT;
  }
  let args: CheckArgs;
  try {
    args = parseCheckArgs(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err.write(`tact: ${error.message}\n\n${USAGE}\n`);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
  let team: TeamAnalysisConfig | undefined;
  if (args.configPath) {
    const loaded = loadTeamConfig(args.configPath);
    if (!loaded.ok) {
      io.err.write(`tact: the team config ${args.configPath} cannot be used:\n${loaded.problems.map((p) => `  - ${p}`).join('\n')}\n`);
      return EXIT_BAD_INPUT;
    }
    team = loaded.forLang;
  }
  return args.format === 'jsonl' ? checkJsonl(args, team, io) : checkText(args, team, io);
}

function optionsFor(text: string, lang: Lang | undefined, team: TeamAnalysisConfig | undefined, context: Partial<AnalyzeOptions>): AnalyzeOptions {
  const chosen = lang ?? detectLang(text);
  const config = team && chosen !== 'und' ? team(chosen) : undefined;
  return { ...context, lang: chosen === 'und' ? undefined : chosen, config };
}

async function readAll(file: string, stdin: NodeJS.ReadableStream): Promise<string> {
  if (file !== '-') return decodeTextBytes(readFileSync(file));
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return decodeTextBytes(Buffer.concat(chunks));
}

async function checkText(args: CheckArgs, team: TeamAnalysisConfig | undefined, io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream; stdin: NodeJS.ReadableStream }): Promise<number> {
  let status = EXIT_CLEAN;
  for (const file of args.files) {
    let text: string;
    try {
      text = await readAll(file, io.stdin);
    } catch (error) {
      io.err.write(`tact: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
      status = EXIT_BAD_INPUT;
      continue;
    }
    const name = file === '-' ? '<stdin>' : file;
    const report = analyze(text, optionsFor(text, args.lang, team, { customerName: args.customerName, customerMessage: args.customerMessage }));
    const starts = lineStartsOf(text);
    const lines = report.findings.map((f) => formatFindingLine(name, text, f, starts));
    // An unfilled [placeholder] from a suggestion: the reply is not ready to send.
    const placeholders = report.placeholders;
    lines.push(...placeholders.map((p) => formatPlaceholderLine(name, text, p, starts)));
    if (lines.length) io.out.write(`${lines.join('\n')}\n`);
    if (status !== EXIT_BAD_INPUT && (placeholders.length || report.findings.some((f) => f.severity === 'warning'))) status = EXIT_WARNING;
  }
  return status;
}

async function checkJsonl(args: CheckArgs, team: TeamAnalysisConfig | undefined, io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream; stdin: NodeJS.ReadableStream }): Promise<number> {
  let sawError = false;
  let sawWarning = false;
  let buffer: string[] = [];
  const flush = () => {
    if (buffer.length) io.out.write(`${buffer.join('\n')}\n`);
    buffer = [];
  };
  for (const file of args.files) {
    let input: NodeJS.ReadableStream;
    try {
      if (file !== '-') accessSync(file, constants.R_OK); // fail early and clearly on a missing file
      input = file === '-' ? io.stdin : createReadStream(file, { encoding: 'utf8' });
    } catch (error) {
      io.err.write(`tact: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
      sawError = true;
      continue;
    }
    const lines = createInterface({ input, crlfDelay: Infinity });
    let lineNo = 0;
    for await (const line of lines) {
      lineNo++;
      if (!line.trim()) continue;
      const out = checkJsonlLine(line, lineNo, args.lang, team);
      if ('error' in out) sawError = true;
      else if (out.warning) sawWarning = true;
      buffer.push(out.json);
      if (buffer.length >= 256) flush();
    }
  }
  flush();
  return sawError ? EXIT_BAD_INPUT : sawWarning ? EXIT_WARNING : EXIT_CLEAN;
}

function checkJsonlLine(line: string, lineNo: number, lang: Lang | undefined, team: TeamAnalysisConfig | undefined): { json: string; warning: boolean } | { json: string; error: true } {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch (error) {
    return { json: JSON.stringify({ id: null, error: `line ${lineNo}: not valid JSON (${(error as Error).message})` }), error: true };
  }
  if (typeof row !== 'object' || row === null || Array.isArray(row)) {
    return { json: JSON.stringify({ id: null, error: `line ${lineNo}: expected a JSON object with a "reply" field` }), error: true };
  }
  const r = row as Record<string, unknown>;
  const id = r.id ?? null;
  if (typeof r.reply !== 'string') {
    return { json: JSON.stringify({ id, error: `line ${lineNo}: "reply" is missing or not text` }), error: true };
  }
  const rowLang = typeof r.lang === 'string' && ['en', 'ru', 'zh', 'sv'].includes(r.lang) ? (r.lang as Lang) : lang;
  const context = {
    customerMessage: typeof r.customer_msg === 'string' ? r.customer_msg : undefined,
    customerName: typeof r.customer_name === 'string' ? r.customer_name : undefined,
  };
  const report = analyze(r.reply, optionsFor(r.reply, rowLang, team, context));
  const personalized = personalize(r.reply, report, context);
  const placeholders = report.placeholders;
  return { json: reportToJsonl(id, report, personalized, placeholders), warning: placeholders.length > 0 || report.findings.some((f) => f.severity === 'warning') };
}
