/**
 * The per-editor user journey: type a draft with real keys, see the underline on the right words,
 * open the card with the mouse and apply, undo, open it with the keyboard, apply, type on.
 * Every check reads the editor's own model through the fixture page's API.
 */
import { expect } from 'vitest';
import type { BrowserContext, Frame, Locator } from 'playwright-core';
import { norm, openFixture, until, type FixturePage } from './harness.ts';

export const DRAFT = 'Hi Sam, thanks for writing in. Sorry for any inconvenience. Your parcel ships today.';
export const PHRASE = 'Sorry for any inconvenience';
export const CATEGORY = 'generic-apology';

/**
 * Whether the editor would add an edit made now to the undo step its typing opened (Quill, for a
 * second: fixtures/pages/quill.js). An agent applies a second or more after typing; the tests wait
 * for that step to close, on the editor's own clock, so one Ctrl+Z is the Apply alone.
 */
export const undoStepOpen = (page: { evaluate<T>(fn: () => T): Promise<T> }) =>
  page.evaluate(() => (window as unknown as { fixture: { undoStepOpen?(): boolean } }).fixture.undoStepOpen?.() ?? false);

export const underline = (frame: Frame, category = CATEGORY) => frame.locator(`tact-overlay [data-category="${category}"]`).first();
export const card = (frame: Frame) => frame.getByRole('dialog');

async function centerOf(locator: Locator) {
  const box = (await until(() => locator.boundingBox(), 'a bounding box'))!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The name of the focused control inside the overlay's shadow root. */
export async function focusedInOverlay(frame: Frame): Promise<string | null> {
  return frame.evaluate(() => {
    const root = document.querySelector('tact-overlay')?.shadowRoot;
    const el = root?.activeElement as HTMLElement | null | undefined;
    return el ? el.textContent : null;
  });
}

export async function typeDraft(f: FixturePage, text: string) {
  await f.editor.click();
  await f.page.keyboard.type(text);
  await until(async () => norm(await f.text()) === text, `the editor model to hold the typed draft`);
}

export async function runEditorJourney(context: BrowserContext, origin: string, name: string) {
  const f = await openFixture(context, origin, name);
  const { page, frame } = f;
  try {
    await typeDraft(f, DRAFT);

    // The underline appears, over the words of the phrase.
    const u = underline(frame);
    await u.waitFor({ state: 'visible', timeout: 10_000 });
    // On a loaded machine a typing pause can come mid-phrase ("…writing in. Sorry"): its underline
    // stays while the rest is typed. Wait for the one the whole phrase gets (about 200 px wide).
    await until(async () => ((await u.boundingBox())?.width ?? 0) > 120, `the underline over the whole phrase (${name})`);
    const center = await centerOf(u);

    // Mouse: a click on the underline puts the caret in the phrase and opens the card.
    await until(async () => !(await undoStepOpen(page)), `the typing's undo step closed (${name})`);
    await page.mouse.click(center.x, center.y);
    expect(PHRASE.split(' ')).toContain(await f.caretWord());
    const c = card(frame);
    await c.waitFor({ state: 'visible' });
    const applyButtons = c.getByRole('button', { name: 'Apply', exact: true });
    expect(await applyButtons.count()).toBeGreaterThanOrEqual(1);
    await expect(c.getByRole('button', { name: 'Ignore', exact: true }).count()).resolves.toBe(1);
    const suggestion = (await c.locator('.s').first().textContent())!;
    expect(suggestion.length).toBeGreaterThan(0);
    await applyButtons.first().click();
    const applied = DRAFT.replace(PHRASE, suggestion);
    await until(async () => norm(await f.text()) === applied, `model text after Apply (${name})`, 10_000, () => f.text());
    await c.waitFor({ state: 'hidden' });

    // One Ctrl+Z restores the draft, in the model.
    await page.keyboard.press('Control+z');
    await until(async () => norm(await f.text()) === DRAFT, `model text after Ctrl+Z (${name})`);

    // Keyboard: Alt+Enter with the caret at the end opens the card (focus moves into it);
    // Escape closes it and the caret is back where it was.
    await page.keyboard.press('Control+End');
    await u.waitFor({ state: 'visible', timeout: 10_000 }).catch(async (e) => {
      const chip = await frame.locator('tact-overlay .chip').textContent().catch(() => null);
      const html = await frame.evaluate(() => document.querySelector('tact-overlay')?.shadowRoot?.innerHTML.slice(0, 2000));
      throw new Error(`${String(e)}\nchip: ${chip}\nmodel: ${await f.text()}\ndom: ${await f.editor.innerText()}\noverlay: ${html?.slice(-600)}`);
    });
    await page.keyboard.press('Alt+Enter');
    await c.waitFor({ state: 'visible' });
    await until(async () => (await focusedInOverlay(frame)) === 'Apply', 'focus on the first Apply button');
    await page.keyboard.press('Escape');
    await c.waitFor({ state: 'hidden' });
    await page.keyboard.type('Z');
    await until(async () => norm(await f.text()) === `${DRAFT}Z`, `typing after Escape lands where the caret was (${name})`);
    await page.keyboard.press('Backspace');
    await until(async () => norm(await f.text()) === DRAFT, 'backspace');

    // Keyboard apply: move between the card's controls with arrows, apply with Enter, type on.
    await u.waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.press('Alt+Enter');
    await c.waitFor({ state: 'visible' });
    await until(async () => (await focusedInOverlay(frame)) === 'Apply', 'focus on the first Apply button');
    await page.keyboard.press('ArrowUp');
    expect(await focusedInOverlay(frame)).not.toBe('Apply'); // wrapped round to the Ignore buttons
    await page.keyboard.press('ArrowDown');
    expect(await focusedInOverlay(frame)).toBe('Apply');
    // Personalized suggestions follow the whole draft (its register): read what this card offers.
    const offered = (await c.locator('.s').first().textContent())!;
    await page.keyboard.press('Enter');
    await until(async () => norm(await f.text()) === DRAFT.replace(PHRASE, offered), `model text after keyboard Apply (${name})`, 10_000, () => f.text());
    // The agent types once they see the placeholder highlighted: an editor that renders after its
    // model (Slate) shows it a frame later, and a key pressed before that is kept where the caret is.
    const placeholder = /\[[^\]\n]+\]/.exec(offered)?.[0];
    if (placeholder) {
      const selected = () =>
        f.editor.evaluate((el) => {
          if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0);
          return el.ownerDocument.getSelection()?.toString() ?? '';
        });
      await until(async () => (await selected()) === placeholder, `the placeholder selected after keyboard Apply (${name})`, 10_000, selected);
    }
    await page.keyboard.type(' OK');
    // A [placeholder] in the suggestion is selected after Apply so the agent types over it (issue #4).
    const typedOn = /\[[^\]\n]+\]/.test(offered) ? offered.replace(/\[[^\]\n]+\]/, ' OK') : `${offered} OK`;
    await until(async () => norm(await f.text()) === DRAFT.replace(PHRASE, typedOn), `typing on after Apply lands after the new text or over its placeholder (${name})`, 10_000, () => f.text());
  } finally {
    await page.close();
  }
}
