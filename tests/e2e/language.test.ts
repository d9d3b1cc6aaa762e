/** The agent's language: picked on the options page, it changes the options page, the popup and the card at once. */
import { describe, expect, it } from 'vitest';
import { openFixture, until, withBrowserAndFixtures } from './harness.ts';
import { card, DRAFT, typeDraft, underline } from './scenario.ts';
import ru from '../../_locales/ru/messages.json';

describe('UI language', () => {
  const env = withBrowserAndFixtures();

  it('follows the choice on the options page: options, card and popup speak Russian, the suggestion stays English', async () => {
    const options = await env.browser.context.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/src/options/index.html`);
    await options.getByLabel("Tact's language").selectOption('ru');
    await options.getByRole('heading', { name: ru.opt_categories_heading.message }).waitFor();
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('ru');

    const f = await openFixture(env.browser.context, env.server.origin, 'textarea');
    await typeDraft(f, DRAFT);
    const u = underline(f.frame);
    await u.waitFor();
    const b = (await u.boundingBox())!;
    await f.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    const c = card(f.frame);
    await c.waitFor();
    await until(async () => (await c.locator('h2').textContent())?.includes(ru.cat_generic_apology_label.message), 'card title in Russian');
    expect(await c.locator('.message').textContent()).toBe(ru.rule_apology_generic_msg.message);
    expect(await c.getByRole('button', { name: ru.card_apply.message }).count()).toBeGreaterThan(0);
    // The reply is English, so the rewrite is English.
    expect(await c.locator('li .s').first().textContent()).toMatch(/[A-Za-z]/);
    expect(await f.frame.locator('tact-overlay .chip').textContent()).toMatch(/^Оценка \d+/);

    const popup = await env.browser.context.newPage();
    await popup.goto(`chrome-extension://${env.browser.extensionId}/src/popup/index.html`);
    await f.page.bringToFront();
    await popup.getByRole('heading', { name: ru.popup_findings.message }).waitFor({ timeout: 10_000 });
    await options.getByLabel(ru.opt_language_label.message).selectOption('auto');
    await options.close();
    await popup.close();
    await f.page.close();
  });
});
