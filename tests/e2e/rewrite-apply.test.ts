/**
 * Issue #9 "Rewrite the sentence, not the span": a deflection in the middle of a sentence is
 * rewritten as the whole sentence (the agent's own refusal kept, the reason asked for), Apply
 * replaces that sentence in the editor's model, selects the one placeholder, and the chip says the
 * draft is not ready to send until the agent fills it in.
 */
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { norm, openFixture, until, withBrowserAndFixtures } from './harness.ts';
import { card, typeDraft } from './scenario.ts';

const DRAFT = 'Hi Sam, thanks for writing in. As per our policy, damaged items must be reported within 48 hours. Please send a photo.';
const REWRITTEN = 'Damaged items must be reported within 48 hours because [the reason]';
const FILLED = 'the courier only accepts claims for two days';

async function centerOf(locator: Locator) {
  const box = (await until(() => locator.boundingBox(), 'a bounding box'))!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

const PARTIAL = DRAFT.slice(0, DRAFT.indexOf('must') + 'mus'.length);
const REST = DRAFT.slice(PARTIAL.length);
const APPLIED = DRAFT.replace('As per our policy, damaged items must be reported within 48 hours', REWRITTEN);

describe('a suggestion rewrites its whole sentence', () => {
  const env = withBrowserAndFixtures();

  /**
   * The agent pauses mid-word ("…damaged items mus"), the deflection is underlined, and they type
   * on. The underline stays (it ends before what changed), but a card or an Apply built from that
   * pause would rewrite "…damaged items mus" only and cut the sentence mid-word ("Damaged items mus
   * because [the reason]t be reported…"). Each test acts right after the last key, before the next
   * typing pause would bring the findings up to date on its own.
   */
  async function pauseMidWord(name: string) {
    const f = await openFixture(env.browser.context, env.server.origin, name);
    await typeDraft(f, PARTIAL);
    const u = f.frame.locator('tact-overlay [data-category="policy-deflection"]').first();
    await u.waitFor({ state: 'visible', timeout: 15_000 });
    return { f, at: await centerOf(u) };
  }

  for (const name of ['textarea', 'prosemirror']) {
    it(`a card opened right after typing on rewrites the sentence as it is now, not as it was at the pause (${name})`, async () => {
      const { f, at } = await pauseMidWord(name);
      try {
        await f.page.keyboard.type(REST);
        await f.page.mouse.click(at.x, at.y);
        const c = card(f.frame);
        await c.waitFor({ state: 'visible' });
        expect(norm((await c.locator('li .s').first().textContent()) ?? '')).toBe(REWRITTEN);
        await c.getByRole('button', { name: 'Apply', exact: true }).first().click();
        await until(async () => norm(await f.text()) === APPLIED, `the whole sentence rewritten (${name})`, 10_000, () => f.text());
      } finally {
        await f.page.close();
      }
    });

    it(`Apply on a card opened before the agent typed on cuts no word: the card offers the sentence as it is now (${name})`, async () => {
      const { f, at } = await pauseMidWord(name);
      try {
        await f.page.mouse.click(at.x, at.y);
        const c = card(f.frame);
        await c.waitFor({ state: 'visible' });
        const first = c.locator('li .s').first();
        const offeredAtPause = norm((await first.textContent()) ?? '');
        expect(offeredAtPause).not.toBe(REWRITTEN);
        await f.page.keyboard.press('Control+End');
        await f.page.keyboard.type(REST);
        await until(async () => norm(await f.text()) === DRAFT, 'the model to hold the whole draft');
        await c.getByRole('button', { name: 'Apply', exact: true }).first().click();
        // Whichever came first, no word is cut: the click (nothing applied, the card now offers the
        // grown sentence) or, on a loaded machine, the typing pause (the card already offered it).
        const outcome = await until(async () => {
          const text = norm(await f.text());
          if (text !== DRAFT) return text;
          return norm((await first.textContent({ timeout: 1_000 }).catch(() => '')) ?? '') === REWRITTEN ? 'offered' : null;
        }, 'the card to follow the draft, or the whole sentence applied', 10_000, () => f.text());
        expect([APPLIED, 'offered']).toContain(outcome);
        if (outcome === 'offered') await c.getByRole('button', { name: 'Apply', exact: true }).first().click();
        await until(async () => norm(await f.text()) === APPLIED, `the whole sentence rewritten (${name})`, 10_000, () => f.text());
      } finally {
        await f.page.close();
      }
    });
  }

  for (const name of ['textarea', 'prosemirror']) {
    it(`deflection mid-sentence: Apply replaces the sentence, selects the placeholder, chip not ready until filled (${name})`, async () => {
      const f = await openFixture(env.browser.context, env.server.origin, name);
      const { page, frame } = f;
      try {
        await typeDraft(f, DRAFT);
        const u = frame.locator('tact-overlay [data-category="policy-deflection"]').first();
        await u.waitFor({ state: 'visible', timeout: 15_000 });
        const at = await centerOf(u);
        await page.mouse.click(at.x, at.y);
        const c = card(frame);
        await c.waitFor({ state: 'visible' });
        // The card shows the sentence as it will read, not a template pasted over the span.
        expect(norm((await c.locator('li .s').first().textContent()) ?? '')).toBe(REWRITTEN);
        await c.getByRole('button', { name: 'Apply', exact: true }).first().click();
        await until(async () => norm(await f.text()) === DRAFT.replace('As per our policy, damaged items must be reported within 48 hours', REWRITTEN), `the model to hold the rewritten sentence (${name})`, 10_000, () => f.text());
        await until(() => frame.evaluate(() => document.getSelection()?.toString() || (document.activeElement instanceof HTMLTextAreaElement ? document.activeElement.value.slice(document.activeElement.selectionStart, document.activeElement.selectionEnd) : '')), 'the placeholder selected').then((s) => expect(s).toBe('[the reason]'));

        // Not ready to send while the placeholder is in the draft.
        const chip = frame.locator('tact-overlay .chip');
        await until(async () => (await chip.getAttribute('data-ready')) === 'false', 'the chip to say not ready', 15_000);
        expect(await chip.textContent()).toMatch(/Not ready/);
        expect(await chip.getAttribute('aria-label')).toContain('[the reason]');

        // The popup says the same: not ready, and which placeholder is left.
        const popup = await env.browser.context.newPage();
        await popup.goto(`chrome-extension://${env.browser.extensionId}/src/popup/index.html`);
        await page.bringToFront();
        const notReady = popup.locator('.not-ready');
        await notReady.waitFor({ timeout: 10_000 });
        expect(await notReady.textContent()).toContain('[the reason]');
        await popup.close();
        await f.editor.focus();

        await page.keyboard.type(FILLED);
        await until(async () => norm(await f.text()).includes(`within 48 hours because ${FILLED}.`), 'the typed reason in the model');
        await until(async () => (await chip.getAttribute('data-ready')) === 'true', 'the chip to be ready again', 15_000);
      } finally {
        await f.page.close();
      }
    });
  }
});
