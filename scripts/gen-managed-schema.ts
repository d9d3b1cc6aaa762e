/**
 * Writes the artifacts derived from src/config/schema.ts:
 *   public/managed_schema.json  (Chrome enterprise policy schema; in public/ so the build ships it)
 *   docs/config.md              (the field reference)
 * tests/unit/config-schema.test.ts fails when the committed files differ from what this writes.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderConfigDocs, renderManagedSchemaJson } from '../src/config/schema-export.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

export const GENERATED_FILES: Record<string, () => string> = {
  'public/managed_schema.json': renderManagedSchemaJson,
  'docs/config.md': renderConfigDocs,
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [path, render] of Object.entries(GENERATED_FILES)) {
    writeFileSync(new URL(path, `file://${root}`), render());
    console.log(`wrote ${path}`);
  }
}
