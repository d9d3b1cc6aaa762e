/**
 * Turning untrusted input (a pasted file, an HTTP body, a policy, synced storage) into typed
 * settings, or into problems a team lead can fix without reading code: each names the field
 * ("teamPhrases[3].avoid") and says what is wrong in plain words.
 */
import type { z } from 'zod';
import {
  LIMITS,
  ManagedPolicySchema,
  PersonalSettingsSchema,
  TeamConfigSchema,
  type ManagedPolicy,
  type PersonalSettings,
  type TeamConfig,
} from './schema.ts';
import { lineColOf, lineStartsOf, UTF16_MESSAGE } from './encoding.ts';

export interface ConfigError {
  /** Where the problem is, e.g. `teamPhrases[3].avoid`; empty for the config as a whole. */
  path: string;
  message: string;
  /** Set when the document as a whole could not be read, so callers can tell these apart. */
  kind?: 'too-large' | 'not-json' | 'html';
}

export type ParseResult<T> = { ok: true; config: T } | { ok: false; errors: ConfigError[] };

/** Past this many, more messages help nobody; the author fixes these and tries again. */
const MAX_REPORTED_ERRORS = 20;

export const HTML_BODY_MESSAGE = 'the URL returned a web page, not a JSON config';

/** Parses a team config from JSON text or an already-parsed value. Never throws. */
export function parseTeamConfig(input: string | unknown): ParseResult<TeamConfig> {
  return parseDocument(TeamConfigSchema, input);
}

/** Parses a whole enterprise policy strictly (for `tact check --config` and tests). */
export function parseManagedPolicyStrict(input: string | unknown): ParseResult<ManagedPolicy> {
  return parseDocument(ManagedPolicySchema, input);
}

/**
 * Enterprise policy and synced settings are not all-or-nothing: Chrome itself drops policy
 * values that do not fit the schema one by one, and an agent must not lose every setting because
 * one is bad. So a top-level field with a problem is dropped and reported; the rest is kept.
 */
export function parseManagedPolicy(input: unknown): { policy: ManagedPolicy; errors: ConfigError[] } {
  const { value, errors } = salvage(ManagedPolicySchema, input);
  return { policy: value, errors };
}

export function parsePersonalSettings(input: unknown): { settings: PersonalSettings; errors: ConfigError[] } {
  const { value, errors } = salvage(PersonalSettingsSchema, input);
  return { settings: value, errors };
}

/** One line per problem, for logs and the command line. */
export function formatConfigErrors(errors: readonly ConfigError[]): string[] {
  return errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message));
}

// ---- Internals --------------------------------------------------------------------------

function parseDocument<S extends z.ZodType>(schema: S, input: unknown): ParseResult<z.infer<S>> {
  const raw = readJson(input);
  if (!raw.ok) return raw;
  return validateValue(schema, raw.value);
}

function salvage<S extends z.ZodType>(schema: S, input: unknown): { value: z.infer<S>; errors: ConfigError[] } {
  const empty = {} as z.infer<S>;
  if (input === undefined || input === null) return { value: empty, errors: [] };
  const raw = readJson(input);
  if (!raw.ok) return { value: empty, errors: raw.errors };
  const first = validateValue(schema, raw.value);
  if (first.ok) return { value: first.config, errors: [] };
  if (!isPlainObject(raw.value) || first.errors.some((e) => e.path === '')) {
    return { value: empty, errors: first.errors };
  }
  const bad = new Set(first.errors.map((e) => topLevelKey(e.path)));
  const kept = Object.fromEntries(Object.entries(raw.value).filter(([k]) => !bad.has(k)));
  const second = validateValue(schema, kept);
  return { value: second.ok ? second.config : empty, errors: first.errors };
}

function topLevelKey(path: string): string {
  const m = /^([^.[]+)/.exec(path);
  return m ? m[1]! : path;
}

type RawResult = { ok: true; value: unknown } | { ok: false; errors: ConfigError[] };

function readJson(input: unknown): RawResult {
  if (typeof input === 'string') return readJsonText(input);
  // Already-parsed data (policy, storage): measure it the way it would travel, as JSON.
  let size: number;
  try {
    size = input === undefined ? 0 : (JSON.stringify(input)?.length ?? 0);
  } catch {
    return fail('', 'the config is not plain JSON data', 'not-json');
  }
  if (size > LIMITS.maxConfigBytes) return fail('', tooLargeMessage(size), 'too-large');
  return { ok: true, value: input };
}

function readJsonText(input: string): RawResult {
  // A UTF-16 length already past the limit is past it in UTF-8 bytes too; skip encoding 10 MB.
  const bytes = input.length > LIMITS.maxConfigBytes ? input.length : new TextEncoder().encode(input).length;
  if (bytes > LIMITS.maxConfigBytes) return fail('', tooLargeMessage(bytes), 'too-large');
  const text = input.replace(/^\uFEFF/, '').trim();
  if (text === '') return fail('', 'the config is empty', 'not-json');
  // UTF-16 bytes read as if they were one byte per character: "\u00ff\u00fe{\u0000"…
  if (/^(?:\u00ff\u00fe|\u00fe\u00ff|\ufffd\ufffd)/.test(text) || (text.length > 1 && (text[0] === '\0' || text[1] === '\0'))) return fail('', UTF16_MESSAGE, 'not-json');
  // Sign-in pages, error pages and "soft 404s" come back as HTML with status 200.
  if (text.startsWith('<')) return fail('', HTML_BODY_MESSAGE, 'html');
  // V8's JSON.parse grows faster than the text on absurd nesting ('['×100,000 took 30× the time of
  // '['×10,000); no config nests past a few levels, so such text is refused before parsing.
  if (nestingDeeperThan(text, 1000)) return fail('', 'the config is not valid JSON (brackets nested more than 1000 deep)', 'not-json');
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return fail('', `the config is not valid JSON${jsonErrorWhere(text, error)}`, 'not-json');
  }
}

/** Whether brackets outside strings nest deeper than max: one pass, no parsing. */
function nestingDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92) i++; // backslash: the next character is escaped
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 91 || ch === 123) {
      if (++depth > max) return true;
    } else if (ch === 93 || ch === 125) depth--;
  }
  return false;
}

function tooLargeMessage(bytes: number): string {
  return `the config is ${formatBytes(bytes)}; the limit is ${formatBytes(LIMITS.maxConfigBytes)} (at most ${LIMITS.maxTeamPhrases} team phrases)`;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** V8 says "at position N" in most JSON errors, not all; a person wants a line and column. */
function jsonErrorWhere(text: string, error: unknown): string {
  const detail = error instanceof Error ? error.message : '';
  const m = /position (\d+)/.exec(detail);
  const position = m ? Number(m[1]) : findJsonErrorPosition(text);
  if (position === undefined) return '';
  if (position >= text.length) return ' (it ends too early)';
  const { line, col } = lineColOf(position, lineStartsOf(text));
  return ` (problem at line ${line}, column ${col})`;
}

/**
 * Where a JSON text first goes wrong, for the messages V8 gives without a position
 * ("Unexpected token 'o'"). Only run on text JSON.parse already refused, so it need not build
 * anything. Returns undefined if it cannot tell (or the nesting is absurdly deep).
 */
export function findJsonErrorPosition(text: string): number | undefined {
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    for (const ch of word) if (text[i++] !== ch) (i--, fail());
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i]! < ' ') fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) (i += k, fail());
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '' || m[0] === '-') fail();
    i += m![0].length;
  };
  const value = (): void => {
    space();
    const ch = text[i];
    if (ch === '{') return container('}', true);
    if (ch === '[') return container(']', false);
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return number();
    fail();
  };
  const container = (close: string, isObject: boolean) => {
    i++;
    space();
    if (text[i] === close) return void i++;
    for (;;) {
      if (isObject) {
        space();
        if (text[i] !== '"') fail();
        string();
        space();
        if (text[i] !== ':') fail();
        i++;
      }
      value();
      space();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === close) return void i++;
      fail();
    }
  };
  try {
    value();
    space();
    return i < text.length ? i : undefined;
  } catch (position) {
    return typeof position === 'number' ? position : undefined;
  }
}

function fail(path: string, message: string, kind?: ConfigError['kind']): { ok: false; errors: ConfigError[] } {
  return { ok: false, errors: [kind ? { path, message, kind } : { path, message }] };
}

function validateValue<S extends z.ZodType>(schema: S, value: unknown): ParseResult<z.infer<S>> {
  const result = schema.safeParse(value, { reportInput: true, error: fallbackMessage });
  if (result.success) return { ok: true, config: result.data };
  const errors = result.error.issues.flatMap((issue) => toConfigErrors(schema, issue));
  if (errors.length > MAX_REPORTED_ERRORS) {
    const more = errors.length - MAX_REPORTED_ERRORS;
    errors.splice(MAX_REPORTED_ERRORS, more, { path: '', message: `…and ${more} more problems` });
  }
  return { ok: false, errors };
}

/** Messages for issues the schema did not word itself. */
function fallbackMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return (
        {
          string: 'must be text',
          number: 'must be a number',
          int: 'must be a whole number',
          boolean: 'must be true or false',
          array: 'must be a list',
          object: 'must be an object',
        }[issue.expected as string] ?? `must be ${issue.expected}`
      );
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}`;
    default:
      return 'is not valid here';
  }
}

function toConfigErrors(schema: z.ZodType, issue: z.core.$ZodIssue): ConfigError[] {
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysAt(schema, issue.path);
    return issue.keys.map((key) => ({
      path: formatPath([...issue.path, key]),
      message: unknownFieldMessage(key, known),
    }));
  }
  const path = formatPath(issue.path);
  if (issue.code === 'invalid_type') {
    const input = (issue as { input?: unknown }).input;
    if (input === undefined) return [{ path, message: `is required: ${issue.message}` }];
    return [{ path, message: `${issue.message} (got ${describeValue(input)})` }];
  }
  if (issue.code === 'invalid_value') {
    const input = (issue as { input?: unknown }).input;
    return [{ path, message: `${issue.message} (got ${describeValue(input)})` }];
  }
  return [{ path, message: issue.message }];
}

function unknownFieldMessage(key: string, known: string[]): string {
  const close = known
    .map((k) => ({ k, d: editDistance(k.toLowerCase(), key.toLowerCase()) }))
    .filter(({ k, d }) => d <= Math.max(2, Math.floor(k.length / 3)))
    .sort((a, b) => a.d - b.d)[0];
  if (close) return `is not a known field; did you mean "${close.k}"?`;
  return known.length ? `is not a known field (known fields here: ${known.join(', ')})` : 'is not a known field';
}

/** The field names an object in the schema accepts, found by following the issue's path. */
function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node = unwrap(schema);
  for (const step of path) {
    if (node?.type === 'object') node = unwrap(node.shape?.[String(step)]);
    else if (node?.type === 'array') node = unwrap(node.element);
    else return [];
  }
  return node?.type === 'object' && node.shape ? Object.keys(node.shape) : [];
}

/** The parts of zod's internal definition this walk reads (zod 4 keeps them on `_zod.def`). */
interface SchemaDef {
  type: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
}

function unwrap(schema: unknown): SchemaDef | undefined {
  let def = (schema as { _zod?: { def?: SchemaDef } } | undefined)?._zod?.def;
  while (def?.type === 'optional') def = (def.innerType as { _zod?: { def?: SchemaDef } })?._zod?.def;
  return def;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(String(step))) out += out ? `.${String(step)}` : String(step);
    else out += `[${JSON.stringify(String(step))}]`;
  }
  return out;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `the text "${value.slice(0, 40)}…"` : `the text "${value}"`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
