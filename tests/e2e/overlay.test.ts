/** The overlay follows the text (scroll, resize, wrap, move); hover opens the card; Ignore works. */
import { describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { openFixture, until, type FixturePage, withBrowserAndFixtures } from './harness.ts';
import { card, DRAFT, PHRASE, typeDraft, underline } from './scenario.ts';

/** The phrase's own line boxes, measured in the page from the editor's DOM. */
async function phraseRects(frame: Frame, selector: string, phrase: string) {
  return frame.evaluate(([sel, text]) => {
    const root = document.querySelector(sel)!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const i = n.data.indexOf(text!);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + text!.length);
      return Array.from(range.getClientRects()).filter((r) => r.width > 1).map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height }));
    }
    return [];
  }, [selector, phrase] as const);
}

async function underlineRects(frame: Frame, category: string) {
  return frame.locator(`tact-overlay [data-category="${category}"]`).evaluateAll((els) =>
    els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })));
}

/** Every line of the phrase has an underline over it (within a pixel or two) and vice versa. */
async function underlinesMatchPhrase(f: FixturePage) {
  const want = await phraseRects(f.frame, '#editor', PHRASE);
  const got = await underlineRects(f.frame, 'generic-apology');
  const close = (a: number, b: number) => Math.abs(a - b) <= 2;
  return want.length > 0 && want.length === got.length
    && want.every((w, i) => close(w.x, got[i]!.x) && close(w.y, got[i]!.y) && close(w.w, got[i]!.w));
}

describe('overlay', () => {
  const env = withBrowserAndFixtures();

  it('keeps underlines on the words through scrolling, resizing, wrapping and the box moving', async () => {
    const f = await openFixture(env.browser.context, env.server.origin, 'contenteditable');
    await f.page.addStyleTag({ content: 'body { min-height: 3000px; } #editor { width: 600px; }' });
    await typeDraft(f, DRAFT);
    await underline(f.frame).waitFor();
    await until(() => underlinesMatchPhrase(f), 'underline over the phrase');

    await f.page.mouse.wheel(0, 120);
    await until(async () => (await f.page.evaluate(() => scrollY)) > 0, 'the page scrolled');
    await until(() => underlinesMatchPhrase(f), 'underline after scrolling');

    // Narrow the box so the phrase wraps onto two lines: two underline pieces, one per line.
    await f.page.evaluate(() => { document.getElementById('editor')!.style.width = '260px'; });
    await until(async () => (await phraseRects(f.frame, '#editor', PHRASE)).length === 2, 'the phrase to wrap');
    await until(() => underlinesMatchPhrase(f), 'underline after wrapping');

    // A banner opens above the box and pushes it down, with no scroll or resize event.
    await f.page.evaluate(() => {
      const banner = document.createElement('div');
      banner.style.height = '90px';
      banner.textContent = 'New message from the customer';
      document.body.prepend(banner);
    });
    await until(() => underlinesMatchPhrase(f), 'underline after the box moved');
    await f.page.close();
  });

  it('keeps underlines before the caret while the agent types on, and updates them on the pause', async () => {
    const f = await openFixture(env.browser.context, env.server.origin, 'prosemirror');
    await typeDraft(f, DRAFT);
    await underline(f.frame).waitFor();
    await until(() => underlinesMatchPhrase(f), 'underline over the phrase');
    const before = (await underline(f.frame).boundingBox())!;
    // Typing after the phrase does not move it: its underline stays put, with no flicker.
    for (const ch of ' Act now!') {
      await f.page.keyboard.type(ch);
      expect(await f.frame.locator('tact-overlay [data-category="generic-apology"]').count()).toBe(1);
    }
    await underline(f.frame, 'hype').waitFor();
    await until(() => underlinesMatchPhrase(f), 'underline still over the phrase');
    expect(await underline(f.frame).boundingBox()).toEqual(before);
    // Typing before the phrase moves it: its underline hides until the pause, then sits on the
    // phrase's new place.
    await f.page.keyboard.press('Control+Home');
    await f.page.keyboard.type('Hello. ');
    await until(async () => {
      const now = await underline(f.frame).boundingBox().catch(() => null);
      return now !== null && Math.abs(now.x - before.x) > 20;
    }, 'the underline to follow the phrase');
    await f.page.mouse.click(...center((await underline(f.frame).boundingBox())!));
    expect(PHRASE.split(' ')).toContain(await f.caretWord());
    await f.page.close();
  });

  it('opens the card for the finding at the caret from the keyboard, and only on a real key press', async () => {
    const f = await openFixture(env.browser.context, env.server.origin, 'textarea');
    await typeDraft(f, `${DRAFT} Act now!`);
    await underline(f.frame, 'hype').waitFor();
    // A page script cannot open the card with a fake shortcut.
    await f.page.evaluate(() => {
      document.getElementById('editor')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', altKey: true, bubbles: true }));
    });
    await f.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    expect(await card(f.frame).count()).toBe(0);
    // Caret inside "Act now!" (the second finding): the card is about hype, not the apology.
    await f.page.keyboard.press('End');
    for (let i = 0; i < 3; i++) await f.page.keyboard.press('ArrowLeft');
    await f.page.keyboard.press('Alt+Enter');
    await card(f.frame).waitFor();
    expect(await card(f.frame).getAttribute('data-category')).toBe('hype');
    await f.page.keyboard.press('Escape');
    await card(f.frame).waitFor({ state: 'hidden' });
    // Caret inside the apology: the card is about the apology.
    await f.page.keyboard.press('Home');
    for (let i = 0; i < DRAFT.indexOf(PHRASE) + 3; i++) await f.page.keyboard.press('ArrowRight');
    await f.page.keyboard.press('Alt+Enter');
    await card(f.frame).waitFor();
    expect(await card(f.frame).getAttribute('data-category')).toBe('generic-apology');
    await f.page.keyboard.press('Escape');
    expect(await f.text()).toBe(`${DRAFT} Act now!`);
    await f.page.close();
  });

  it('opens the card on hover, and Ignore removes the underline (once, or always across reloads)', async () => {
    const f = await openFixture(env.browser.context, env.server.origin, 'textarea');
    await typeDraft(f, `${DRAFT} Act now!`);
    const u = underline(f.frame);
    await u.waitFor();
    const box = (await u.boundingBox())!;
    await f.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const c = card(f.frame);
    await c.waitFor();
    await c.getByRole('button', { name: 'Ignore', exact: true }).click();
    await until(async () => (await f.frame.locator('tact-overlay [data-category="generic-apology"]').count()) === 0, 'ignored once');
    expect(await f.frame.locator('tact-overlay [data-category="hype"]').count()).toBeGreaterThan(0);
    expect(await f.text()).toBe(`${DRAFT} Act now!`);

    // "Always" is remembered: after a reload the phrase is no longer underlined, others still are.
    const h = underline(f.frame, 'hype');
    const hb = (await h.boundingBox())!;
    await f.page.mouse.click(hb.x + hb.width / 2, hb.y + hb.height / 2);
    await c.getByRole('button', { name: 'Ignore always', exact: true }).click();
    await until(async () => (await f.frame.locator('tact-overlay [data-category="hype"]').count()) === 0, 'ignored always');
    // It is one of the agent's own settings now: the options page lists it, with a way back.
    const options = await env.browser.context.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/src/options/index.html`);
    const listed = options.locator('section[aria-labelledby="allow-heading"] li', { hasText: 'Act now' });
    await listed.waitFor({ timeout: 15_000 });
    await f.page.bringToFront();
    await f.page.reload();
    const again = await openFixtureOn(f);
    await typeDraft(again, `${DRAFT} Act now!`);
    await underline(again.frame).waitFor();
    expect(await again.frame.locator('tact-overlay [data-category="hype"]').count()).toBe(0);

    // Removed on the options page: flagged again, in the open tab, without a reload.
    await listed.getByRole('button', { name: /Remove/ }).click();
    await listed.waitFor({ state: 'detached' });
    await options.close();
    await again.editor.click();
    await f.page.keyboard.press('End');
    await f.page.keyboard.type(' Thanks.');
    await underline(again.frame, 'hype').waitFor({ timeout: 15_000 });
    await f.page.close();
  });
});

const center = (b: { x: number; y: number; width: number; height: number }): [number, number] => [b.x + b.width / 2, b.y + b.height / 2];

/** Re-reads a fixture page after a reload. */
async function openFixtureOn(f: FixturePage): Promise<FixturePage> {
  await f.page.waitForFunction(() => (window as unknown as { fixtureReady?: boolean }).fixtureReady === true);
  return f;
}
