/**
 * Runs once before the e2e suite: the production build of the extension for Chromium and for
 * Firefox, and the fixture pages, all into a private folder of this run. dist/ is left alone (it
 * holds what the agent built with `npm run build`), and another build or test run in the same
 * checkout (npm run dev, a colleague's suite) cannot swap files under the browsers.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildExtension, buildFixtures } from './build.ts';
import { REPO } from './paths.ts';

export default async function setup(): Promise<() => void> {
  mkdirSync(path.join(REPO, '.tact-tmp'), { recursive: true });
  const runDir = mkdtempSync(path.join(REPO, '.tact-tmp/run-'));
  const extensionDir = path.join(runDir, 'extension');
  await buildExtension(extensionDir, 'chrome');
  const firefoxDir = path.join(runDir, 'extension-firefox');
  await buildExtension(firefoxDir, 'firefox');
  const fixturesDir = path.join(runDir, 'fixtures');
  await buildFixtures(fixturesDir);
  // Test workers start after this and inherit the environment.
  process.env.TACT_E2E_EXTENSION_DIR = extensionDir;
  process.env.TACT_E2E_FIREFOX_DIR = firefoxDir;
  process.env.TACT_E2E_FIXTURES_DIR = fixturesDir;
  return () => rmSync(runDir, { recursive: true, force: true });
}
