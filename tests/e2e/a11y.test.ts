/**
 * Accessibility and the README's pictures: axe-core (WCAG 2.1 A/AA rules) finds no violation on the
 * popup, the options page and a helpdesk page with the card open; a screen reader hears the count
 * (the chip's name and a live region) and reaches the card. The screenshots in docs/screenshots
 * are taken here, so the README shows the extension as it is.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openFixture, until, withBrowserAndFixtures } from './harness.ts';
import { REPO } from './paths.ts';
import { card, DRAFT, typeDraft, underline } from './scenario.ts';

const axeSource: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source;
const SHOTS = path.join(REPO, 'docs/screenshots');

interface AxeViolation { id: string; help: string; nodes: { target: unknown; failureSummary?: string }[] }

/** axe-core's violations on the page, shadow roots included (evaluate: extension pages forbid inline scripts). */
async function axe(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const run = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: AxeViolation[] }> } }).axe.run;
    const result = await run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations;
  });
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} at ${JSON.stringify(n.target)} (${n.failureSummary ?? ''})`));
}

describe('accessibility', () => {
  const env = withBrowserAndFixtures();

  it('a helpdesk page with the card open has no axe violation; the count is announced and the card reachable', async () => {
    const f = await openFixture(env.browser.context, env.server.origin, 'textarea');
    await f.page.setViewportSize({ width: 900, height: 420 });
    await typeDraft(f, DRAFT);
    await underline(f.frame).waitFor();
    const chip = f.frame.locator('tact-overlay .chip');
    await chip.waitFor();
    // The chip's accessible name carries the score and the count; a live region says it too.
    const name = (await chip.getAttribute('aria-label')) ?? '';
    const count = await chip.getAttribute('data-count');
    expect(name).toMatch(new RegExp(`score \\d+ of 100, ${count} finding`));
    await until(async () => /Tact: \d+ finding/.test((await f.frame.locator('tact-overlay [role="status"]').first().textContent()) ?? ''), 'live region announces the count');
    await f.page.screenshot({ path: path.join(SHOTS, 'underline.png') });

    // The card is reachable from the keyboard (Alt+Enter at the finding) and is a labelled dialog.
    await f.editor.focus();
    await f.page.keyboard.press('Control+Home');
    for (let i = 0; i < 'Hi Sam, thanks for writing in. Sorry'.length; i++) await f.page.keyboard.press('ArrowRight');
    await f.page.keyboard.press('Alt+Enter');
    await card(f.frame).waitFor();
    expect(await card(f.frame).getAttribute('aria-labelledby')).toBeTruthy();
    await f.page.screenshot({ path: path.join(SHOTS, 'card.png') });
    expect(await axe(f.page)).toEqual([]);
    await f.page.close();
  });

  it('the popup has no axe violation', async () => {
    const f = await openFixture(env.browser.context, env.server.origin, 'prosemirror');
    await typeDraft(f, DRAFT);
    await underline(f.frame).waitFor();
    const popup = await env.browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 640 });
    await popup.goto(`chrome-extension://${env.browser.extensionId}/src/popup/index.html`);
    await f.page.bringToFront();
    await popup.locator('li.finding').first().waitFor({ timeout: 10_000 });
    // Settings link and the score's explanation are there for a newcomer.
    await popup.getByRole('button', { name: 'Settings' }).waitFor();
    await popup.locator('details.explain summary').click();
    await popup.screenshot({ path: path.join(SHOTS, 'popup.png'), fullPage: true });
    expect(await axe(popup)).toEqual([]);
    await popup.close();
    await f.page.close();
  });

  it('the options page has no axe violation', async () => {
    const options = await env.browser.context.newPage();
    await options.setViewportSize({ width: 1000, height: 900 });
    await options.goto(`chrome-extension://${env.browser.extensionId}/src/options/index.html`);
    await options.getByRole('heading', { name: 'What Tact flags' }).waitFor();
    // A disabled button says why, next to it.
    await expect(options.locator('#allow-reason').textContent()).resolves.toBe('Type a word or phrase first.');
    await options.screenshot({ path: path.join(SHOTS, 'options.png') });
    expect(await axe(options)).toEqual([]);
    await options.close();
  });
});
