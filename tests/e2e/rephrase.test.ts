/**
 * "Rephrase" on the card (issue #9): offered only when the browser reports its on-device model
 * available, shows progress while the model works, and says plainly when it cannot run. Chromium
 * builds here have no model, so the test defines `LanguageModel` in the content script's own world
 * (over CDP, where the extension looks for it: a page-world global would not reach an isolated
 * world) with the shape of Chrome's Prompt API. This tests our feature detection and the card's
 * states against that shape; it says nothing about the quality of a real model's wording.
 */
import { describe, expect, it } from 'vitest';
import { norm, openFixture, until, withBrowserAndFixtures, type FixturePage } from './harness.ts';
import { card, typeDraft } from './scenario.ts';
import { isolatedWorld } from './isolated-world.ts';

const DRAFT = 'Hi Sam, thanks for writing in. Sorry for any inconvenience. Your parcel ships today.';
const REPHRASED = "Sam, I'm really sorry about [what went wrong for them]";

/** Defines LanguageModel in the content script's world; `window.__release()` lets a pending prompt answer. */
async function stubModel(f: FixturePage, availability: 'available' | 'unavailable', createThrows = false) {
  const { cdp, contextId } = await isolatedWorld(f.page);
  await cdp.send('Runtime.evaluate', {
    contextId,
    expression: `(() => {
      let release;
      const gate = new Promise((r) => { release = r; });
      globalThis.__release = () => release();
      globalThis.LanguageModel = class LanguageModel {
        static async availability() { return ${JSON.stringify(availability)}; }
        static async create() { if (${createThrows}) throw new Error('The model is not available on this device.'); return new LanguageModel(); }
        async prompt() { await gate; return ${JSON.stringify(REPHRASED)}; }
        destroy() {}
      };
    })()`,
  });
  return { release: () => cdp.send('Runtime.evaluate', { contextId, expression: 'globalThis.__release()' }) };
}

async function openCard(f: FixturePage) {
  await typeDraft(f, DRAFT);
  const u = f.frame.locator('tact-overlay [data-category="generic-apology"]').first();
  await u.waitFor({ state: 'visible', timeout: 15_000 });
  const box = (await until(() => u.boundingBox(), 'a bounding box'))!;
  await f.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const c = card(f.frame);
  await c.waitFor({ state: 'visible' });
  return c;
}

describe('rephrase on this device', () => {
  const env = withBrowserAndFixtures();

  it('is not offered when the browser has the object but reports the model unavailable', async () => {
    const f = await openFixture(env.browser.context, env.server.origin, 'textarea');
    try {
      await f.editor.click();
      await stubModel(f, 'unavailable');
      const c = await openCard(f);
      // The card has heard back from availability() before we look for the button.
      await until(async () => (await c.getAttribute('data-model')) === 'unavailable', 'the availability answer');
      expect(await c.getByRole('button', { name: 'Rephrase' }).count()).toBe(0);
    } finally {
      await f.page.close();
    }
  });

  it('shows progress while the model works, then replaces the sentence (placeholder kept)', async () => {
    const f = await openFixture(env.browser.context, env.server.origin, 'textarea');
    try {
      await f.editor.click();
      const model = await stubModel(f, 'available');
      const c = await openCard(f);
      const button = c.getByRole('button', { name: 'Rephrase' });
      await button.waitFor({ state: 'visible', timeout: 10_000 });
      await button.click();
      await until(async () => (await c.getByRole('status').textContent())?.includes('Rephrasing on this device'), 'the progress line');
      expect(await button.isDisabled()).toBe(true);
      await model.release();
      await until(async () => norm(await f.text()) === DRAFT.replace('Sorry for any inconvenience', REPHRASED), 'the rephrased sentence in the textarea', 10_000, () => f.text());
    } finally {
      await f.page.close();
    }
  });

  it('says plainly when the model cannot run, and changes nothing', async () => {
    const f = await openFixture(env.browser.context, env.server.origin, 'textarea');
    try {
      await f.editor.click();
      await stubModel(f, 'available', true);
      const c = await openCard(f);
      const button = c.getByRole('button', { name: 'Rephrase' });
      await button.waitFor({ state: 'visible', timeout: 10_000 });
      await button.click();
      await until(async () => (await c.getByRole('status').textContent())?.includes("can't run here right now, so nothing was changed"), 'the plain message');
      expect(norm(await f.text())).toBe(DRAFT);
    } finally {
      await f.page.close();
    }
  });
});
