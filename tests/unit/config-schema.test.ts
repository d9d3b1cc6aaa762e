import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_FILES } from '../../scripts/gen-managed-schema.ts';
import { buildManagedSchema, renderConfigDocs } from '../../src/config/schema-export.ts';
import { parseManagedPolicyStrict, parsePersonalSettings, parseTeamConfig } from '../../src/config/validate.ts';

const repo = (path: string) => new URL(`../../${path}`, import.meta.url);

describe('generated config artifacts', () => {
  it.each(Object.keys(GENERATED_FILES))('%s is up to date with src/config/schema.ts (run `npm run gen:config`)', (path) => {
    expect(readFileSync(repo(path), 'utf8')).toBe(GENERATED_FILES[path]!());
  });

  it('managed schema uses only keywords Chrome accepts', () => {
    const allowed = new Set(['type', 'properties', 'items', 'description', 'enum', 'title', 'id']);
    const types = new Set(['object', 'array', 'string', 'boolean', 'integer', 'number']);
    const visit = (node: Record<string, unknown>, where: string) => {
      for (const key of Object.keys(node)) expect(allowed.has(key), `${where} has "${key}"`).toBe(true);
      expect(types.has(node.type as string), `${where} type`).toBe(true);
      for (const [k, child] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) visit(child, `${where}.${k}`);
      if (node.items) visit(node.items as Record<string, unknown>, `${where}[]`);
    };
    const schema = buildManagedSchema() as Record<string, unknown>;
    expect(schema.type).toBe('object');
    visit(schema, '(root)');
  });

  it('managed schema covers every policy field the issue asks for', () => {
    const props = Object.keys((buildManagedSchema() as { properties: object }).properties);
    for (const field of ['teamName', 'categories', 'rules', 'teamPhrases', 'allow', 'sites', 'style', 'locks', 'teamConfigUrl']) {
      expect(props).toContain(field);
    }
  });

  it('docs describe every field with a description', () => {
    const docs = renderConfigDocs();
    for (const field of ['teamPhrases[].avoid', 'sites[].host', 'style.customerName', 'locks.teamPhrases', 'categories.hype.severity']) {
      expect(docs).toContain(`| \`${field}\` |`);
    }
    for (const row of docs.split('\n').filter((l) => l.startsWith('| `'))) {
      expect(row.trimEnd().endsWith('|  |'), `undocumented: ${row}`).toBe(false);
    }
  });
});

describe('docs/team-config.example.json', () => {
  const text = readFileSync(repo('docs/team-config.example.json'), 'utf8');

  it('is a valid team config', () => {
    const result = parseTeamConfig(text);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('uses every team config field, so it shows them all', () => {
    const example = JSON.parse(text) as Record<string, unknown>;
    const documented = [...renderConfigDocs().matchAll(/^\| `([^`]+)` \|[^|]*\|[^|]*\| ([^|]*team[^|]*) \|/gm)].map((m) => m[1]!);
    const used = new Set<string>();
    const walk = (value: unknown, path: string) => {
      if (path) used.add(path);
      if (Array.isArray(value)) for (const v of value) walk(v, `${path}[]`);
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
      }
    };
    walk(example, '');
    expect(documented.length).toBeGreaterThan(30);
    expect(documented.filter((f) => !used.has(f))).toEqual([]);
  });

  it('is also a valid policy, and its shared parts valid personal settings', () => {
    expect(parseManagedPolicyStrict(text).ok).toBe(true);
    const { teamName: _n, schemaVersion: _v, locks: _l, ...shared } = JSON.parse(text) as Record<string, unknown>;
    expect(parsePersonalSettings(shared).errors).toEqual([]);
  });
});
