/**
 * A helpdesk on the team's own domain (issue #5): the team lists `support.acme-internal.com` in
 * `sites`, the agent allows Tact there, and the reply box on that host is coached. The page is
 * served under that real host name over HTTPS (sites-harness), so the real optional host
 * permission, the background's `scripting.registerContentScripts` and the content script's module
 * load (web-accessible chunks) are what run.
 *
 * Granting: `permissions.request` shows a browser prompt that Playwright cannot press, and this
 * Chromium build has no switch to auto-accept it (the auto-confirm hooks are C++ test-only
 * globals). Chromium skips the prompt for hosts the user already granted at run time, so the agent
 * first allows the site where a user can without a prompt, chrome://extensions (Details → Site
 * access → Add a site, i.e. `developerPrivate.addHostPermission`), then clicks "Allow Tact on …" on
 * the options page with a real click: the real `permissions.request` resolves true without a
 * prompt, `permissions.onAdded` fires and the background registers the script. The prompt's own UI
 * is not exercised.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { norm, until } from './harness.ts';
import { startHelpdeskWorld, type HelpdeskWorld } from './sites-harness.ts';
import { serviceWorker } from './team-harness.ts';

const CUSTOM = 'support.acme-internal.com';
const CUSTOM_OFF = 'help.acme-internal.com';
const BUILT_IN_OFF = 'acme.zendesk.com';
const APOLOGY = 'Sorry for any inconvenience.';
const TEAM = {
  schemaVersion: 1,
  teamName: 'Acme in-house',
  sites: [{ host: CUSTOM }, { host: CUSTOM_OFF, enabled: false }, { host: BUILT_IN_OFF, enabled: false }],
};

const modelText = (page: Page) => page.evaluate(() => (window as unknown as { fixture: { getText(): string } }).fixture.getText()).then(norm);

async function openAndType(page: Page, url: string, editorSelector: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { fixtureReady?: boolean }).fixtureReady === true, null, { timeout: 20_000 });
  const editor = page.locator(editorSelector).first();
  await editor.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type(APOLOGY);
  await until(async () => (await modelText(page)).includes(APOLOGY), 'the editor model to hold the apology');
}

/** What chrome://extensions → Details → Site access → "Add a site" does. */
async function allowOnExtensionsPage(world: HelpdeskWorld, host: string): Promise<void> {
  const page = await world.browser.context.newPage();
  try {
    await page.goto('chrome://extensions');
    await page.evaluate(async ([id, pattern]) => {
      const api = (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome;
      await api.developerPrivate.addHostPermission(id!, pattern!);
    }, [world.browser.extensionId, `https://${host}/*`]);
  } finally {
    await page.close();
  }
}

async function registeredMatches(world: HelpdeskWorld): Promise<string[]> {
  const worker = await serviceWorker(world.browser.context);
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> } } }).chrome;
    return (await api.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []);
  });
}

describe('a helpdesk on a custom domain', () => {
  let world: HelpdeskWorld;
  beforeAll(async () => {
    world = await startHelpdeskWorld({ [CUSTOM]: 'generic', [CUSTOM_OFF]: 'generic' });
  });
  afterAll(async () => {
    await world?.close();
  });

  it('is coached once the agent allows it; sites the team switched off are not', async () => {
    const { context, extensionId } = world.browser;
    // The team's list arrives as an imported team config file (options page, real file input).
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    await options.locator('input[type="file"]').setInputFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(TEAM)) });
    await options.getByText('Imported team.json.').waitFor();

    // Before any grant: nothing registered, the custom host is not coached.
    expect(await registeredMatches(world)).toEqual([]);

    await allowOnExtensionsPage(world, CUSTOM);
    await allowOnExtensionsPage(world, CUSTOM_OFF);
    const allow = options.getByRole('button', { name: `Allow Tact on ${CUSTOM}` });
    await allow.click();
    await options.getByText(`Tact will coach on ${CUSTOM} from the next page load.`).waitFor();
    // The team switched this one off: the options page offers no Allow button for it.
    expect(await options.getByRole('button', { name: `Allow Tact on ${CUSTOM_OFF}` }).count()).toBe(0);
    await expect.poll(() => registeredMatches(world), { timeout: 10_000 }).toEqual([`https://${CUSTOM}/*`]);

    const page = await context.newPage();
    const started = Date.now();
    await openAndType(page, world.url(CUSTOM, '/inbox/ticket/1'), '#reply');
    await page.locator('tact-overlay [data-category="generic-apology"]').first().waitFor({ state: 'visible', timeout: 15_000 });
    const coachedAfter = Date.now() - started;
    await page.close();

    // Switched off by the team: a custom host the agent allowed on chrome://extensions, and a
    // built-in helpdesk where the manifest's content script does run.
    for (const [host, path, editor] of [
      [CUSTOM_OFF, '/inbox/ticket/1', '#reply'],
      [BUILT_IN_OFF, '/agent/tickets/102', '[data-is-active="true"] .ck-editor__editable'],
    ] as const) {
      const off = await context.newPage();
      await openAndType(off, world.url(host, path), editor);
      // Longer than the coached page took from navigation to underline, with margin.
      await off.waitForTimeout(Math.max(2_000, coachedAfter * 2));
      expect(await off.locator('tact-overlay [data-rule]').count(), host).toBe(0);
      await off.close();
    }
    await options.close();
  });
});
