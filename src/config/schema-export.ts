/**
 * Derived artifacts of the config schema: Chrome's `storage.managed_schema` and the field
 * reference in `docs/config.md`. Pure functions, so a unit test can regenerate both and compare
 * them with the committed files (`scripts/gen-managed-schema.ts` writes them).
 */
import { z } from 'zod';
import { defaultSettings } from './defaults.ts';
import {
  LIMITS,
  ManagedPolicySchema,
  PersonalSettingsSchema,
  POLICY_LOCKABLE,
  TEAM_LOCKABLE,
  TeamConfigSchema,
} from './schema.ts';

interface JsonSchemaNode {
  type?: string;
  description?: string;
  title?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  [other: string]: unknown;
}

function fullJsonSchema(schema: z.ZodType): JsonSchemaNode {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'throw' }) as JsonSchemaNode;
}

/**
 * Chrome validates policy against a small JSON-Schema dialect and refuses the whole schema on a
 * keyword it does not know, which shows only as a service worker that never starts. So only
 * the plainest keywords are emitted; limits are enforced by our own validation instead.
 */
export function buildManagedSchema(): object {
  return toChromeSubset(fullJsonSchema(ManagedPolicySchema), '(root)');
}

function toChromeSubset(node: JsonSchemaNode, where: string): JsonSchemaNode {
  for (const combinator of ['anyOf', 'oneOf', 'allOf', '$ref', 'not']) {
    if (combinator in node) throw new Error(`managed schema: ${where} uses "${combinator}", which Chrome does not accept`);
  }
  if (typeof node.type !== 'string') throw new Error(`managed schema: ${where} has no single type`);
  // Chrome accepts `enum` only on "integer" and "string" nodes; a "number" enum (zod's literal 1)
  // makes it refuse the whole extension. Whole-number enums are integers.
  const integerEnum = node.type === 'number' && [...(node.enum ?? []), ...('const' in node ? [node.const] : [])].every(Number.isInteger)
    && (node.enum !== undefined || 'const' in node);
  const out: JsonSchemaNode = { type: integerEnum ? 'integer' : node.type };
  if (node.title) out.title = node.title;
  if (node.description) out.description = node.description;
  if (node.enum) out.enum = node.enum;
  else if ('const' in node) out.enum = [node.const];
  if (node.properties) {
    out.properties = Object.fromEntries(
      Object.entries(node.properties).map(([key, child]) => [key, toChromeSubset(child, `${where}.${key}`)]),
    );
  }
  if (node.items) out.items = toChromeSubset(node.items, `${where}[]`);
  return out;
}

export function renderManagedSchemaJson(): string {
  return `${JSON.stringify(buildManagedSchema(), null, 2)}\n`;
}

// ---- docs/config.md ---------------------------------------------------------------------

interface FieldRow {
  path: string;
  node: JsonSchemaNode;
}

function fieldRows(node: JsonSchemaNode, prefix = ''): FieldRow[] {
  const rows: FieldRow[] = [];
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    rows.push({ path, node: child });
    if (child.type === 'object') rows.push(...fieldRows(child, path));
    if (child.type === 'array' && child.items?.type === 'object') rows.push(...fieldRows(child.items, `${path}[]`));
  }
  return rows;
}

function typeOf(node: JsonSchemaNode): string {
  if (node.enum) return node.enum.map((v) => JSON.stringify(v)).join(' or ');
  if ('const' in node) return JSON.stringify(node.const);
  switch (node.type) {
    case 'string':
      return `text, ${node.minLength ?? 0}–${node.maxLength ?? '∞'} chars`;
    case 'boolean':
      return 'true / false';
    case 'integer':
      return `whole number, ${node.minimum ?? '−∞'}–${node.maximum ?? '∞'}`;
    case 'array':
      return `list of ${node.items ? (node.items.type === 'object' ? 'objects' : typeOf(node.items)) : 'values'}${node.maxItems !== undefined ? `, at most ${node.maxItems}` : ''}`;
    default:
      return node.type ?? 'any';
  }
}

function defaultAt(path: string): string {
  if (path.includes('[]')) return '';
  let value: unknown = defaultSettings();
  for (const key of path.split('.')) {
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  }
  if (path.startsWith('locks.')) return path === 'locks.teamConfigUrl' ? 'false (true if policy sets the URL)' : 'false';
  if (value === undefined) return '—';
  if (typeof value === 'object' && !Array.isArray(value)) return '(see below)';
  return `\`${JSON.stringify(value)}\``;
}

function lockOf(path: string): string {
  const top = path.split(/[.[]/)[0]!;
  if ((POLICY_LOCKABLE as readonly string[]).includes(top)) {
    const who = (TEAM_LOCKABLE as readonly string[]).includes(top) ? '' : ' (policy only)';
    return `\`locks.${top}\`${who}`;
  }
  return top === 'locks' ? '' : 'not agent-editable';
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderConfigDocs(): string {
  const policy = fieldRows(fullJsonSchema(ManagedPolicySchema));
  const inTeam = new Set(fieldRows(fullJsonSchema(TeamConfigSchema)).map((r) => r.path));
  const inPersonal = new Set(fieldRows(fullJsonSchema(PersonalSettingsSchema)).map((r) => r.path));
  const where = (path: string) =>
    [inTeam.has(path) ? 'team' : '', 'policy', inPersonal.has(path) ? 'personal' : ''].filter(Boolean).join(', ');

  const lines = [
    '<!-- Generated by `npm run gen:config` from src/config/schema.ts. Do not edit by hand. -->',
    '',
    '# Tact configuration reference',
    '',
    'Settings come from four layers. The higher layer wins, field by field:',
    '',
    '1. **Your choice** — the agent\'s own settings (browser sync storage), unless the part is locked.',
    '2. **Set by your team (policy)** — enterprise policy: `chrome.storage.managed`, or Firefox `policies.json` under `3rdparty.extensions`.',
    '3. **Set by your team** — the team config: a JSON file at an https URL (`teamConfigUrl`), re-checked on a schedule; the last good copy is kept.',
    '4. **Default** — built into Tact.',
    '',
    'A part listed under `locks` (by policy or team config) cannot be changed by agents; their own values for it are ignored.',
    'Lists (`rules`, `teamPhrases`, `allow`, `sites`) are merged item by item, keyed by `id`, word or `host`.',
    '',
    'Phrases are always plain text, matched literally; a config cannot contain patterns or regular expressions.',
    '',
    `Limits: a config is at most ${Math.round(LIMITS.maxConfigBytes / 1024)} KB; at most ${LIMITS.maxTeamPhrases} team phrases, ${LIMITS.maxAllowWords} allowed words, ${LIMITS.maxRules} rule overrides, ${LIMITS.maxSites} sites. Unknown fields are errors.`,
    '',
    'An example with every field: [`team-config.example.json`](team-config.example.json).',
    '',
    '| Field | Type | Default | Where | Lock | Description |',
    '|---|---|---|---|---|---|',
    ...policy.map(
      ({ path, node }) =>
        `| \`${path}\` | ${cell(typeOf(node))} | ${cell(defaultAt(path))} | ${where(path)} | ${cell(lockOf(path))} | ${cell(node.description ?? '')} |`,
    ),
    '',
  ];
  return lines.join('\n');
}
