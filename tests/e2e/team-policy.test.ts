/**
 * Enterprise policy reaches the agent's reply box: an administrator's policy file (Chromium's
 * managed policy folder) with a team phrase and the hype category switched off and locked. The
 * coached textarea flags the phrase and not the hype, and the options page says both come from
 * policy and are locked. Needs root (the policy folder is under /etc).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TACT_EXTENSION_ID } from '../../src/config/extension-id.ts';
import { EFFECTIVE_SETTINGS_KEY, type StoredEffectiveSettings } from '../../src/config/stored.ts';
import { launch, norm, openFixture, startFixtureServer, until, type Browser, type FixtureServer } from './harness.ts';
import { localValue, policyUnavailable, removePolicy, writePolicy } from './team-harness.ts';
import { underline } from './scenario.ts';

const unavailable = policyUnavailable();
if (unavailable) console.warn(`[team-policy] skipped: ${unavailable}`);

const POLICY = {
  teamName: 'E2E Support',
  teamPhrases: [{ id: 'request-not-ticket', avoid: 'ticket', prefer: 'request', category: 'policy-deflection', message: 'We say "request".' }],
  categories: { hype: { enabled: false } },
  locks: { categories: true },
};
const DRAFT = 'Act now! I updated your ticket.';

describe.skipIf(unavailable !== null)('team policy', () => {
  let browser: Browser;
  let server: FixtureServer;
  let policyWrittenAt = 0;
  beforeAll(async () => {
    removePolicy(); // a previous run may have died before its afterAll
    writePolicy(TACT_EXTENSION_ID, POLICY);
    policyWrittenAt = Date.now();
    [browser, server] = await Promise.all([launch(), startFixtureServer()]);
  });
  afterAll(async () => {
    removePolicy();
    await browser?.close();
    await server?.close();
  });

  it('coaches with the policy\'s phrase and switches, and shows them as locked policy', async () => {
    expect(browser.extensionId).toBe(TACT_EXTENSION_ID);
    const stored = await until(async () => {
      const s = await localValue<StoredEffectiveSettings>(browser.context, EFFECTIVE_SETTINGS_KEY);
      return s?.effective.teamPhrases.length ? s : null;
    }, 'the policy to reach the effective settings', 30_000);
    console.info(`[team-policy] policy in effect ${Date.now() - policyWrittenAt} ms after writing the file (browser launch included)`);
    expect(stored!.effective.categories.hype.enabled).toEqual({ value: false, source: 'policy', locked: true });

    const f = await openFixture(browser.context, server.origin, 'textarea');
    await f.editor.click();
    await f.page.keyboard.type(DRAFT);
    await until(async () => norm(await f.text()) === DRAFT, 'the typed draft');
    const ticket = underline(f.frame, 'policy-deflection');
    await ticket.waitFor({ state: 'visible', timeout: 10_000 });
    // The underline sits over "ticket", the last word of the draft, not over "Act now".
    const box = (await ticket.boundingBox())!;
    const editorBox = (await f.editor.boundingBox())!;
    expect(box.x - editorBox.x).toBeGreaterThan(100);
    expect(await f.frame.locator('tact-overlay [data-category="hype"]').count()).toBe(0);
    await f.page.close();

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    const hype = options.getByRole('switch', { name: 'Hype' });
    await hype.waitFor();
    expect(await hype.isDisabled()).toBe(true);
    expect(await hype.isChecked()).toBe(false);
    const row = options.locator('[data-setting="categories.hype"]');
    await expect(row.textContent()).resolves.toContain("Set by your organisation's policy");
    await expect(row.getByRole('img', { name: "Locked by your organisation's policy" }).count()).resolves.toBe(1);
    const phrase = options.locator('[data-setting="teamPhrases.request-not-ticket"]');
    await expect(phrase.textContent()).resolves.toMatch(/ticket.*request.*Set by your organisation's policy/);
    await expect(options.getByText('Coaching for E2E Support').count()).resolves.toBe(1);
    await options.close();
  });
});
