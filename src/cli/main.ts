import { accessSync, constants, createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { analyze } from '../analysis/index.ts';
import { personalize } from '../rewrite/index.ts';
import { detectLang } from '../analysis/lang/detect.ts';
import type { AnalyzeOptions, Lang } from '../analysis/types.ts';
import { parseCheckArgs, USAGE, UsageError, type CheckArgs } from './args.ts';
import { decodeTextBytes } from '../config/encoding.ts';
import { formatFindingLine, formatPlaceholderLine, formatSummary, lineStartsOf, reportToJsonl, type LineSeverity } from './format.ts';
import { loadTeamConfig, type TeamAnalysisConfig } from './team-config.ts';

const EXIT_CLEAN = 0;
const EXIT_WARNING = 1;
const EXIT_BAD_INPUT = 2;

const VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

type Io = { out: NodeJS.WritableStream; err: NodeJS.WritableStream; stdin: NodeJS.ReadableStream };

/** A missing path or an unreadable file, in plain words. */
function cannotRead(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `tact: ${file}: no such file or folder`;
  if (code === 'EACCES' || code === 'EPERM') return `tact: ${file}: not allowed to read it`;
  if (code === 'EISDIR') return `tact: ${file}: is a folder`;
  return `tact: cannot read ${file}: ${code ?? String(error)}`;
}

const TEXT_FILES = /\.(txt|md|markdown|eml|text)$/i;

/**
 * The files to check: a folder stands for the matching files inside it (recursively, sorted,
 * hidden folders and node_modules skipped). Unreadable paths are reported and left out.
 */
function expandFiles(files: string[], pattern: RegExp, err: NodeJS.WritableStream): { files: string[]; bad: boolean } {
  const out: string[] = [];
  let bad = false;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const full = path.join(dir, name);
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full);
      else if (pattern.test(name)) out.push(full);
    }
  };
  for (const file of files) {
    if (file === '-') {
      out.push(file);
      continue;
    }
    try {
      if (statSync(file).isDirectory()) {
        const before = out.length;
        walk(file);
        if (out.length === before) err.write(`tact: ${file}: folder has no files to check (${pattern === TEXT_FILES ? '.txt, .md, .eml' : '.jsonl'})\n`);
      } else out.push(file);
    } catch (error) {
      err.write(`${cannotRead(file, error)}\n`);
      bad = true;
    }
  }
  return { files: out, bad };
}

/** `tact <command> ...`; returns the exit status. */
export async function main(argv: string[], io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream; stdin: NodeJS.ReadableStream } = { out: process.stdout, err: process.stderr, stdin: process.stdin }): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '-v' || command === '--version' || (command === 'check' && (rest.includes('-v') || rest.includes('--version')))) {
    io.out.write(`tact ${VERSION}\n`);
    return EXIT_CLEAN;
  }
  if (!command || command === '-h' || command === '--help' || rest.includes('-h') || rest.includes('--help')) {
    io.out.write(`${USAGE}\n`);
    return command ? EXIT_CLEAN : EXIT_BAD_INPUT;
  }
  if (command !== 'check') {
    io.err.write(`tact: unknown command "${command}" (try: tact check --help)\n`);
    return EXIT_BAD_INPUT;
  }
  let args: CheckArgs;
  try {
    args = parseCheckArgs(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      // One line, as linters do; the full usage is one --help away.
      io.err.write(`tact: ${error.message} (see tact check --help)\n`);
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

async function checkText(args: CheckArgs, team: TeamAnalysisConfig | undefined, io: Io): Promise<number> {
  const expanded = expandFiles(args.files, TEXT_FILES, io.err);
  let status = expanded.bad ? EXIT_BAD_INPUT : EXIT_CLEAN;
  const counts: Record<LineSeverity, number> = { error: 0, warning: 0, hint: 0 };
  let checked = 0;
  for (const file of expanded.files) {
    let text: string;
    try {
      text = await readAll(file, io.stdin);
    } catch (error) {
      io.err.write(`${cannotRead(file, error)}\n`);
      status = EXIT_BAD_INPUT;
      continue;
    }
    checked++;
    const name = file === '-' ? '<stdin>' : file;
    const report = analyze(text, optionsFor(text, args.lang, team, { customerName: args.customerName, customerMessage: args.customerMessage }));
    const starts = lineStartsOf(text);
    const lines = report.findings.map((f) => formatFindingLine(name, text, f, starts));
    for (const f of report.findings) counts[f.severity]++;
    // An unfilled [placeholder] from a suggestion: the reply is not ready to send.
    const placeholders = report.placeholders;
    counts.error += placeholders.length;
    lines.push(...placeholders.map((p) => formatPlaceholderLine(name, text, p, starts)));
    if (lines.length) io.out.write(`${lines.join('\n')}\n`);
    if (status !== EXIT_BAD_INPUT && (placeholders.length || report.findings.some((f) => f.severity === 'warning'))) status = EXIT_WARNING;
  }
  if (checked > 0) io.out.write(`${formatSummary(counts, checked)}\n`);
  return status;
}

async function checkJsonl(args: CheckArgs, team: TeamAnalysisConfig | undefined, io: Io): Promise<number> {
  const expanded = expandFiles(args.files, /\.jsonl$/i, io.err);
  let sawError = expanded.bad;
  // Why the exit status is 2, on stderr (stdout stays one JSON line per input).
  const problems: string[] = [];
  let badLines = 0;
  let rowsRead = 0;
  let sawWarning = false;
  let buffer: string[] = [];
  const flush = () => {
    if (buffer.length) io.out.write(`${buffer.join('\n')}\n`);
    buffer = [];
  };
  for (const file of expanded.files) {
    let input: NodeJS.ReadableStream;
    try {
      if (file !== '-') accessSync(file, constants.R_OK); // fail early and clearly on a missing file
      input = file === '-' ? io.stdin : createReadStream(file, { encoding: 'utf8' });
    } catch (error) {
      io.err.write(`${cannotRead(file, error)}\n`);
      sawError = true;
      continue;
    }
    const lines = createInterface({ input, crlfDelay: Infinity });
    let lineNo = 0;
    for await (const line of lines) {
      lineNo++;
      if (!line.trim()) continue;
      const out = checkJsonlLine(line, lineNo, args.lang, team);
      rowsRead++;
      if ('error' in out) {
        sawError = true;
        badLines++;
        if (problems.length < 3) problems.push(`${file === '-' ? '<stdin>' : file} ${(JSON.parse(out.json) as { error: string }).error}`);
      }
      else if (out.warning) sawWarning = true;
      buffer.push(out.json);
      if (buffer.length >= 256) flush();
    }
  }
  flush();
  if (badLines > 0) {
    io.err.write(`tact: exit status 2: ${badLines} of ${rowsRead} input lines could not be checked (each has an "error" in the output): ${problems.join('; ')}${badLines > problems.length ? '; …' : ''}\n`);
  }
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
