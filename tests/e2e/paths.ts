import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(REPO, 'dist');
export const FIXTURE_SRC = path.join(REPO, 'tests/fixtures/pages');
export const FIXTURE_OUT = path.join(REPO, '.tact-tmp/fixtures');
export const CHROMIUM = process.env.TACT_CHROMIUM ?? '/usr/bin/chromium';

/** The extension the browsers load: this run's private copy (see global-setup.ts), else dist/. */
export const extensionDir = () => process.env.TACT_E2E_EXTENSION_DIR ?? DIST;
export const fixturesDir = () => process.env.TACT_E2E_FIXTURES_DIR ?? FIXTURE_OUT;
