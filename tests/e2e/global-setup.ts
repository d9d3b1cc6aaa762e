/**
 * Runs once before the e2e suite: one `vite build` of the extension into dist/, and the fixture
 * pages. The browsers load a private copy of this run's build, so that another `vite build` or
 * test run in the same checkout (npm run dev, a colleague's suite) cannot swap files under them.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildExtension, buildFixtures } from './build.ts';
import { DIST, REPO } from './paths.ts';

export default async function setup(): Promise<() => void> {
  mkdirSync(path.join(REPO, '.tact-tmp'), { recursive: true });
  const runDir = mkdtempSync(path.join(REPO, '.tact-tmp/run-'));
  await buildExtension();
  const extensionDir = path.join(runDir, 'extension');
  cpSync(DIST, extensionDir, { recursive: true });
  const fixturesDir = path.join(runDir, 'fixtures');
  await buildFixtures(fixturesDir);
  // Test workers start after this and inherit the environment.
  process.env.TACT_E2E_EXTENSION_DIR = extensionDir;
  process.env.TACT_E2E_FIXTURES_DIR = fixturesDir;
  return () => rmSync(runDir, { recursive: true, force: true });
}
