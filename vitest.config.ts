import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          // Hostile and random input against every reader, the analysis, rewrites and the config
          // validator, bounded by growth (tests/fuzz/growth.ts). `npm run fuzz` runs many more cases.
          name: 'fuzz',
          include: ['tests/fuzz/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          // Timing ratios need the cores to themselves as far as possible.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One Chromium at a time: CI has two cores.
          fileParallelism: false,
          // Real browsers on a loaded 2-core machine race now and then (a key landing a frame
          // early); a test that fails twice more in a row is a real failure. Flaky ones are listed
          // in the closing notes to be made deterministic.
          retry: 2,
        },
      },
    ],
  },
});
