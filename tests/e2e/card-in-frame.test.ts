/**
 * The card inside an iframe editor (TinyMCE, CKEditor 4: a frame about 220 px high, a card taller
 * than that) is never clipped by the frame: it sits wholly inside the frame's viewport, and every
 * suggestion's Apply button can be reached and used.
 */
import { describe, expect, it } from 'vitest';
import { norm, openFixture, until, withBrowserAndFixtures } from './harness.ts';
import { card, underline } from './scenario.ts';

// The phrase a few lines down, so neither the room below nor the room above it holds the card.
const LINES = ['Hi Sam,', 'thanks for writing in.', 'I looked at your order.', 'Sorry for any inconvenience. Your parcel ships today.'];

describe('the card in an iframe editor', () => {
  const env = withBrowserAndFixtures();

  for (const name of ['tinymce', 'ckeditor4']) {
    it(`fits in the editor's frame and every Apply can be used (${name})`, async () => {
      const f = await openFixture(env.browser.context, env.server.origin, name);
      const { page, frame } = f;
      try {
        await f.editor.click();
        for (const [i, line] of LINES.entries()) {
          if (i > 0) await page.keyboard.press('Enter');
          await page.keyboard.type(line);
        }
        const u = underline(frame);
        await u.waitFor({ state: 'visible', timeout: 10_000 });
        const at = (await u.boundingBox())!;
        await page.mouse.click(at.x + at.width / 2, at.y + at.height / 2);
        const c = card(frame);
        await c.waitFor({ state: 'visible' });

        // The frame's viewport, in page coordinates (boundingBox() reports page coordinates).
        const frameBox = (await (await frame.frameElement()).boundingBox())!;
        const viewport = await frame.evaluate(() => ({ w: document.documentElement.clientWidth, h: window.innerHeight }));
        expect(viewport.h, 'a frame shorter than the card').toBeLessThan(300);
        const inside = (b: { x: number; y: number; width: number; height: number }) =>
          b.y >= frameBox.y - 0.5 && b.y + b.height <= frameBox.y + viewport.h + 0.5 && b.x >= frameBox.x - 0.5 && b.x + b.width <= frameBox.x + viewport.w + 0.5;
        await until(async () => inside((await c.boundingBox())!), 'the card inside the frame', 5_000, () => c.boundingBox());

        // It uses the frame's height when it needs it (not just the strip below the words).
        const sizes = await c.evaluate((el) => ({ shown: el.clientHeight, natural: el.scrollHeight }));
        expect(sizes.shown, JSON.stringify(sizes)).toBeGreaterThanOrEqual(Math.min(sizes.natural, viewport.h - 16) - 3); // borders

        // Every Apply button can be brought into view inside the card, and stays inside the frame.
        const buttons = c.getByRole('button', { name: 'Apply', exact: true });
        const count = await buttons.count();
        expect(count).toBeGreaterThanOrEqual(1);
        for (let i = 0; i < count; i++) {
          await buttons.nth(i).scrollIntoViewIfNeeded();
          expect(inside((await buttons.nth(i).boundingBox())!), `Apply ${i + 1} of ${count} inside the frame`).toBe(true);
        }
        // The last suggestion (the one the clipped card hid) applies.
        const last = (await c.locator('.s').nth(count - 1).textContent())!;
        const before = norm(await f.text());
        await buttons.nth(count - 1).click();
        await until(async () => norm(await f.text()).includes(last) && norm(await f.text()) !== before, `the last suggestion applied (${name})`, 10_000, () => f.text());
      } finally {
        await page.close();
      }
    });
  }
});
