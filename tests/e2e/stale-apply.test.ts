/**
 * Apply on stale text (issue #3: "If the text under a finding changed since it was analysed,
 * re-analyse instead of applying"). The page changes the words under an open card's finding in
 * the same click that presses Apply — the tightest race there is, and deterministic: the page's
 * own click listener (capture phase, page world) edits the draft through the fixture's API before
 * the card's button gets the trusted click, so the content script sees no typing pause in between.
 * The draft must hold exactly the page's text (no suggestion spliced at the old offsets) and the
 * finding is re-analysed: its underline sits on the phrase at its new place.
 */
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { norm, openFixture, until, withBrowserAndFixtures } from './harness.ts';
import { card, DRAFT, PHRASE, typeDraft, underline } from './scenario.ts';

// Words before the phrase grow: every offset of the finding now points at other text.
const BEFORE = 'thanks for writing in';
const GROWN = 'thank you so much for taking the time to write in';
const CHANGED = DRAFT.replace(BEFORE, GROWN);

async function centerOf(locator: Locator) {
  const box = (await until(() => locator.boundingBox(), 'a bounding box'))!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe('Apply on text that changed under the card', () => {
  const env = withBrowserAndFixtures();

  for (const name of ['textarea', 'prosemirror']) {
    it(`re-analyses instead of applying, and leaves the page's text intact (${name})`, async () => {
      const f = await openFixture(env.browser.context, env.server.origin, name);
      const { page, frame } = f;
      try {
        expect(CHANGED).not.toBe(DRAFT);
        // The caret's offset in the model text (one paragraph here).
        const caretOffset = () => page.evaluate(() => {
          const a = document.activeElement;
          if (a instanceof HTMLTextAreaElement) return a.selectionStart;
          const editor = (window as unknown as { editor?: { state: { selection: { from: number }; doc: { textBetween(a: number, b: number, s: string): string } } } }).editor;
          return editor ? editor.state.doc.textBetween(0, editor.state.selection.from, '\n').length : null;
        });
        await typeDraft(f, DRAFT);
        const u = underline(frame);
        await u.waitFor({ state: 'visible', timeout: 10_000 });
        const at = await centerOf(u);
        await page.mouse.click(at.x, at.y);
        const c = card(frame);
        await c.waitFor({ state: 'visible' });
        const apply = c.getByRole('button', { name: 'Apply', exact: true }).first();
        await apply.waitFor();
        const suggestion = (await c.locator('.s').first().textContent())!;
        expect(CHANGED).not.toContain(suggestion);

        // The page edits the draft when the next click inside Tact's overlay starts dispatching.
        await page.evaluate(([find, replacement]) => {
          const w = window as unknown as { fixture: { replaceText(a: string, b: string): void }; pageEdited?: boolean };
          const onClick = (event: Event) => {
            if (!event.composedPath().some((n) => (n as Element).tagName === 'TACT-OVERLAY')) return;
            window.removeEventListener('click', onClick, true);
            w.fixture.replaceText(find!, replacement!);
            w.pageEdited = true;
          };
          window.addEventListener('click', onClick, true);
        }, [BEFORE, GROWN] as const);
        // A real (trusted) click; the page's edit happens inside this very click.
        await apply.click();
        expect(await page.evaluate(() => (window as unknown as { pageEdited?: boolean }).pageEdited)).toBe(true);

        // Not applied: the model holds exactly the page's text, now and after the re-analysis.
        expect(norm(await f.text())).toBe(CHANGED);
        await c.waitFor({ state: 'hidden' });
        await u.waitFor({ state: 'visible', timeout: 10_000 });
        // The re-analysed underline is on the phrase at its new place (not at the old offsets,
        // which now fall inside the grown words): clicking it puts the caret in the phrase.
        const from = CHANGED.indexOf(PHRASE);
        await until(async () => {
          const p = await centerOf(u);
          await page.mouse.click(p.x, p.y);
          const caret = await caretOffset();
          return caret !== null && caret >= from && caret <= from + PHRASE.length;
        }, 'the underline over the phrase in the changed text', 10_000, caretOffset);
        await c.waitFor({ state: 'visible' });
        expect(norm(await f.text())).toBe(CHANGED);
      } finally {
        await page.close();
      }
    });
  }
});
