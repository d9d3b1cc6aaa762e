import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** What `npm run build` writes for Chromium browsers (and `dist/firefox` for Firefox). */
export const DIST = path.join(REPO, 'dist/chrome');
export const DIST_FIREFOX = path.join(REPO, 'dist/firefox');
export const FIXTURE_SRC = path.join(REPO, 'tests/fixtures/pages');
export const FIXTURE_OUT = path.join(REPO, '.tact-tmp/fixtures');
export const CHROMIUM = process.env.TACT_CHROMIUM ?? '/usr/bin/chromium';

/** The extension the browsers load: this run's private build (see global-setup.ts), else dist/chrome. */
export const extensionDir = () => process.env.TACT_E2E_EXTENSION_DIR ?? DIST;
export const firefoxExtensionDir = () => process.env.TACT_E2E_FIREFOX_DIR ?? DIST_FIREFOX;
export const fixturesDir = () => process.env.TACT_E2E_FIXTURES_DIR ?? FIXTURE_OUT;
