/**
 * Real Firefox (Debian's firefox-esr) driven over WebDriver BiDi by puppeteer-core, with the
 * Firefox build installed as a temporary add-on, as a developer would from about:debugging.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { firefoxExtensionDir } from './paths.ts';

export const FIREFOX = process.env.TACT_FIREFOX ?? '/usr/bin/firefox-esr';

/** Why Firefox tests cannot run here, or null. */
export function firefoxUnavailable(): string | null {
  return existsSync(FIREFOX) ? null : `${FIREFOX} is missing (apt-get install firefox-esr, or set TACT_FIREFOX)`;
}

export interface FirefoxSession { browser: Browser; addonId: string; close(): Promise<void> }

/**
 * `policies`: the content of an enterprise policies.json for this browser only. Firefox reads
 * `browser.policies.alternatePath` instead of /etc/firefox/policies when it runs under automation
 * (the automation pref and MOZ_DISABLE_NONLOCAL_CONNECTIONS), so no machine-wide file is written.
 */
export async function launchFirefox(options: { extension?: string; policies?: object } = {}): Promise<FirefoxSession> {
  const dir = options.policies ? mkdtempSync(path.join(os.tmpdir(), 'tact-ff-policies-')) : null;
  if (dir) writeFileSync(path.join(dir, 'policies.json'), JSON.stringify({ policies: options.policies }));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    defaultViewport: { width: 1100, height: 800 },
    ...(dir && {
      extraPrefsFirefox: {
        'browser.policies.alternatePath': path.join(dir, 'policies.json'),
        'security.turn_off_all_security_so_that_viruses_can_take_over_this_computer': true,
      },
      env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    }),
  });
  const addonId = await browser.installExtension(options.extension ?? firefoxExtensionDir());
  return {
    browser,
    addonId,
    async close() {
      await browser.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The categories underlined in the page, in order. */
export function underlinedRules(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(document.querySelector('tact-overlay')?.shadowRoot?.querySelectorAll('[data-category]') ?? [])].map((e) => e.getAttribute('data-category') ?? ''));
}

export interface FirefoxFixture {
  page: Page;
  text(): Promise<string>;
}

export async function openFirefoxFixture(browser: Browser, origin: string, name: string): Promise<FirefoxFixture> {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error(`[firefox pageerror ${name}] ${String(e)}`));
  await page.goto(`${origin}/${name}.html`);
  await page.waitForFunction(() => (window as unknown as { fixtureReady?: boolean }).fixtureReady === true, { timeout: 20_000 });
  return {
    page,
    text: () => page.evaluate(() => (window as unknown as { fixture: { getText(): string } }).fixture.getText()),
  };
}

type Rect = { x: number; y: number; width: number; height: number };

/** The box of an element inside Tact's shadow root (the overlay is fixed, so page coordinates). */
export function overlayRect(page: Page, selector: string): Promise<Rect | null> {
  return page.evaluate((sel) => {
    const el = document.querySelector('tact-overlay')?.shadowRoot?.querySelector(sel);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return r.width > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
  }, selector);
}

export function overlayText(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((sel) => document.querySelector('tact-overlay')?.shadowRoot?.querySelector(sel)?.textContent ?? null, selector);
}
