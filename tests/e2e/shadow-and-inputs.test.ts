/**
 * Reply boxes wherever they live: inside open and closed shadow roots (web-component UIs), and a
 * chat console's single-line message input. Each gets the whole editor journey (underline on the
 * right words, card by mouse, Apply through the editor's input path, one Ctrl+Z, Alt+Enter, type
 * on). Inputs that are not replies — search, login, form fields — are never coached.
 */
import { describe, expect, it } from 'vitest';
import { openFixture, until, withBrowserAndFixtures } from './harness.ts';
import { runEditorJourney, underline } from './scenario.ts';

const PAGES = ['shadow-open-textarea', 'shadow-open-editable', 'shadow-closed-textarea', 'shadow-closed-editable', 'chat-input'];

describe('reply boxes in shadow roots and chat inputs', () => {
  const env = withBrowserAndFixtures();

  for (const name of PAGES) {
    it(`${name}: underline, card, apply, undo, keyboard`, async () => {
      await runEditorJourney(env.browser.context, env.server.origin, name);
    });
  }

  it('chat-input: the search box, the login and a form field are not coached; the message line is', async () => {
    const f = await openFixture(env.browser.context, env.server.origin, 'chat-input');
    const { page } = f;
    try {
      const apology = 'Sorry for any inconvenience.';
      for (const id of ['#search', '#user', '#city']) {
        await page.click(id);
        await page.keyboard.type(apology);
      }
      // The message line is coached: its underline appears (a condition, not a wait).
      await page.click('#editor');
      await page.keyboard.type(apology);
      await underline(page.mainFrame()).waitFor({ state: 'visible', timeout: 15_000 });
      // One coached box only: one chip, and every underline sits on the message line.
      expect(await page.locator('tact-overlay .chip').count()).toBe(1);
      const line = (await page.locator('#editor').boundingBox())!;
      const boxes = await page.locator('tact-overlay [data-category]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
      expect(boxes.length).toBeGreaterThan(0);
      for (const b of boxes) expect(b.top >= line.y - 1 && b.bottom <= line.y + line.height + 1).toBe(true);
      // Back in the search box, Alt+Enter opens nothing (it is not a reply box).
      await page.click('#search');
      await page.keyboard.press('Alt+Enter');
      expect(await page.getByRole('dialog').count()).toBe(0);
      await until(async () => (await page.locator('#search').inputValue()) === apology, 'the search text untouched');
    } finally {
      await page.close();
    }
  });
});
