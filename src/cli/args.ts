/** Command-line arguments of `tact check`. */
export interface CheckArgs {
  files: string[];
  format: 'text' | 'jsonl';
  configPath?: string;
  lang?: 'en' | 'ru' | 'zh' | 'sv';
  customerName?: string;
  customerMessage?: string;
}

export const USAGE = `Usage: tact check [options] [FILE...]

Reads support replies and prints what Tact flags in each, like a linter.
With no FILE (or "-"), reads standard input.

Options:
  --format text|jsonl    text (default): one line per finding, file:line:col.
                         jsonl: one JSON object per input line with "reply" (required)
                         and optional "id", "customer_msg", "customer_name", "lang";
                         writes one JSON line per input, in order.
  --config FILE          apply a team config (the same JSON the extension uses)
  --lang en|ru|zh|sv     do not detect the language, use this one
  --customer-name NAME   ticket context for text input
  --customer-message TXT ticket context for text input
  -h, --help             show this help
  -v, --version          print the version

A FILE may be a folder: its .txt, .md and .eml files (.jsonl with --format jsonl) are
checked, folder by folder, as linters do.

Exit status: 0 no warning, 1 a warning-level finding, 2 bad input.`;

export class UsageError extends Error {}

const LANGS = new Set(['en', 'ru', 'zh', 'sv']);

export function parseCheckArgs(argv: string[]): CheckArgs {
  const args: CheckArgs = { files: [], format: 'text' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    const name = a.includes('=') ? a.slice(0, a.indexOf('=')) : a;
    switch (name) {
      case '--format': {
        const f = value();
        if (f !== 'text' && f !== 'jsonl') throw new UsageError(`--format must be text or jsonl, not "${f}"`);
        args.format = f;
        break;
      }
      case '--config':
        args.configPath = value();
        break;
      case '--lang': {
        const l = value();
        if (!LANGS.has(l)) throw new UsageError(`--lang must be one of en, ru, zh, sv, not "${l}"`);
        args.lang = l as CheckArgs['lang'];
        break;
      }
      case '--customer-name':
        args.customerName = value();
        break;
      case '--customer-message':
        args.customerMessage = value();
        break;
      default:
        if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
        args.files.push(a);
    }
  }
  if (args.files.length === 0) args.files.push('-');
  return args;
}
