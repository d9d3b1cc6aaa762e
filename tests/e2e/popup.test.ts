/** The toolbar popup against the active tab: score, findings, missing signals, Apply, site switch. */
import { describe, expect, it } from 'vitest';
import { norm, openFixture, until, withBrowserAndFixtures } from './harness.ts';
import { DRAFT, PHRASE, typeDraft, underline } from './scenario.ts';
import { analyze } from '../../src/analysis/index.ts';
import { SIGNAL_IDS } from '../../src/analysis/types.ts';

describe('popup', () => {
  const env = withBrowserAndFixtures();

  it('shows the active tab\'s draft, applies a suggestion to it, and switches the site off and on', async () => {
    const f = await openFixture(env.browser.context, env.server.origin, 'prosemirror');
    await typeDraft(f, DRAFT);
    await underline(f.frame).waitFor();

    // Opened as a tab, the popup would be the active tab itself: open it, then bring the helpdesk
    // tab to the front, as when the agent clicks the toolbar button.
    const popup = await env.browser.context.newPage();
    await popup.goto(`chrome-extension://${env.browser.extensionId}/src/popup/index.html`);
    await f.page.bringToFront();

    const finding = popup.locator('li.finding[data-category="generic-apology"]');
    await finding.waitFor({ timeout: 10_000 });
    await expect(finding.textContent()).resolves.toContain(PHRASE);
    const score = Number(await popup.locator('.score').textContent());
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(100);
    // The same signals the engine finds missing in this draft are listed, no more.
    const report = analyze(DRAFT);
    const missing = SIGNAL_IDS.filter((id) => !report.signals[id].present);
    expect(await popup.locator('li[data-signal]').evaluateAll((els) => els.map((e) => e.getAttribute('data-signal')))).toEqual(missing);
    expect(score).toBe(report.score);

    const suggestion = (await finding.locator('.suggestion span').first().textContent())!;
    await finding.getByRole('button', { name: 'Apply', exact: true }).first().click();
    await until(async () => norm(await f.text()) === DRAFT.replace(PHRASE, suggestion), 'the popup applied to the editor model');
    await until(async () => (await popup.locator('li.finding[data-category="generic-apology"]').count()) === 0, 'the popup refreshed');

    // Switching the site off removes every underline and the chip; on again, coaching resumes.
    await f.page.keyboard.press('Control+z');
    await until(async () => norm(await f.text()) === DRAFT, 'undo after a popup apply');
    await underline(f.frame).waitFor();
    const toggle = popup.getByRole('switch');
    expect(await toggle.isChecked()).toBe(true);
    await toggle.click();
    await until(async () => (await f.frame.locator('tact-overlay [data-rule]').count()) === 0 && (await f.frame.locator('tact-overlay .chip').count()) === 0, 'overlay gone when switched off');
    await until(async () => !(await popup.getByRole('switch').isChecked()), 'switch shows off');
    await popup.getByRole('switch').click();
    await f.editor.click();
    await f.page.keyboard.press('End');
    await f.page.keyboard.type(' Thanks');
    await underline(f.frame).waitFor();
    await popup.close();
    await f.page.close();
  });
});
