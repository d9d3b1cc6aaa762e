/** What the store package asks for: no plain-http pages, and what ships is listed as shipping. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'manifest.json'), 'utf8')) as {
  content_scripts: Array<{ matches: string[] }>;
  optional_host_permissions?: string[];
  host_permissions?: string[];
};
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };

describe('the production manifest', () => {
  it('runs the content script on https helpdesks only (test hosts are added by test builds)', () => {
    const matches = manifest.content_scripts.flatMap((c) => c.matches);
    expect(matches.length).toBeGreaterThan(10);
    expect(matches.filter((m) => !m.startsWith('https://'))).toEqual([]);
    expect(matches.some((m) => /localhost|127\.0\.0\.1/.test(m))).toBe(false);
  });

  it('asks for no plain-http hosts, not even optionally', () => {
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    expect(manifest.host_permissions ?? []).toEqual([]);
  });
});

describe('package.json', () => {
  it('lists the libraries that ship in the extension as dependencies', () => {
    for (const shipped of ['zod', 'preact', 'webextension-polyfill', 'compromise']) {
      expect(pkg.dependencies[shipped], shipped).toBeDefined();
      expect(pkg.devDependencies[shipped], shipped).toBeUndefined();
    }
  });
});
