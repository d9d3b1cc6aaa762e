/**
 * Helpers for the team-config tests: enterprise policy files for Chromium, the e2e build (the
 * only build that accepts a loopback http team config URL), and reading the extension's storage
 * through its service worker.
 */
import { accessSync, constants, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import type { BrowserContext, Worker } from 'playwright-core';
import { REPO } from './paths.ts';
import { launch, type Browser } from './harness.ts';
import { withTestHosts } from './build.ts';

export const POLICY_DIR = '/etc/chromium/policies/managed';
export const POLICY_FILE = path.join(POLICY_DIR, 'tact-e2e.json');
export const E2E_DIST = path.join(REPO, '.tact-tmp/dist-e2e');

/** Why policy tests cannot run here, or null when they can (root, or a writable policy folder). */
export function policyUnavailable(): string | null {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return null;
  } catch {
    return `${POLICY_DIR} is not writable (run as root to test enterprise policy)`;
  }
}

export function writePolicy(extensionId: string, settings: object): void {
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: settings } } }, null, 2));
}

export function removePolicy(): void {
  rmSync(POLICY_FILE, { force: true });
}

/** The extension built with `__TACT_E2E__` (see src/build-flags.ts) into its own folder. */
export async function buildE2eExtension(): Promise<void> {
  await withTestHosts(() => build({
    root: REPO,
    configFile: path.join(REPO, 'vite.config.ts'),
    logLevel: 'warn',
    mode: 'production',
    define: { __TACT_E2E__: 'true' },
    build: { outDir: E2E_DIST, emptyOutDir: true },
  }));
}

/** The browser of harness.launch, with another build of the extension. */
export function launchDist(dist: string): Promise<Browser> {
  return launch([], dist);
}

export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** A value the background wrote to storage.local. */
export async function localValue<T>(context: BrowserContext, key: string): Promise<T | undefined> {
  const worker = await serviceWorker(context);
  return worker.evaluate(async (k) => {
    const api = (globalThis as unknown as { chrome: ChromeInWorker }).chrome;
    return (await api.storage.local.get(k))[k];
  }, key) as Promise<T | undefined>;
}

/** Fires the team config alarm now, as Chromium would when its period is up. */
export async function fireTeamAlarm(context: BrowserContext, name: string): Promise<void> {
  const worker = await serviceWorker(context);
  await worker.evaluate(async (n) => {
    const api = (globalThis as unknown as { chrome: ChromeInWorker }).chrome;
    await api.alarms.create(n, { when: Date.now() });
  }, name);
}

/** The parts of the `chrome` global these helpers use inside the service worker. */
interface ChromeInWorker {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  alarms: { create(name: string, info: { when: number }): Promise<void> };
}
