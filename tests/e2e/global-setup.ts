/** Runs once before the e2e suite: one `vite build` of the extension into dist/, and the fixture pages. */
import { buildExtension, buildFixtures } from './build.ts';

export default async function setup(): Promise<void> {
  await buildExtension();
  await buildFixtures();
}
