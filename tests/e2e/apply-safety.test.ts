/**
 * Apply never loses a draft (issue #10): the agent's next key, a page that takes a paste late or
 * not at all, a box that goes away mid-Apply, a draft that changed under the popup, and two coached
 * frames in one tab. Every check reads the editor's own model (or the other box's value).
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { norm, openFixture, until, withBrowserAndFixtures, type FixturePage } from './harness.ts';
import { card, DRAFT, PHRASE, typeDraft, underline } from './scenario.ts';

const QUOTE = '<div class="gmail_quote"><div>On Tue, 3 Mar 2026 at 10:04, Maria Lopez &lt;maria@example.com&gt; wrote:</div><blockquote>My blender arrived with a cracked jar.</blockquote></div>';

const REST = 'Your parcel ships today.';

async function centerOf(locator: Locator) {
  const box = (await until(() => locator.boundingBox(), 'a bounding box'))!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Types the draft, opens the card on the phrase; returns its first Apply button and suggestion. */
async function openCard(f: FixturePage) {
  await typeDraft(f, DRAFT);
  const u = underline(f.frame);
  await u.waitFor({ state: 'visible', timeout: 10_000 });
  const at = await centerOf(u);
  await f.page.mouse.click(at.x, at.y);
  const c = card(f.frame);
  await c.waitFor({ state: 'visible' });
  const apply = c.getByRole('button', { name: 'Apply', exact: true }).first();
  await apply.waitFor();
  return { apply, suggestion: (await c.locator('.s').first().textContent())! };
}

async function openPopup(page: Page, extensionId: string, f: FixturePage): Promise<Page> {
  const popup = await page.context().newPage();
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  await f.page.bringToFront();
  return popup;
}

const pageEval = <T>(f: FixturePage, fn: string) => f.page.evaluate(fn) as Promise<T>;

describe('Apply never loses the draft', () => {
  const env = withBrowserAndFixtures();

  for (const name of ['contenteditable', 'tinymce', 'ckeditor4', 'slate']) {
    it(`a key pressed the moment Apply is clicked is kept, and so is every word of the draft (${name})`, async () => {
      const f = await openFixture(env.browser.context, env.server.origin, name);
      try {
        const { apply, suggestion } = await openCard(f);
        const applied = DRAFT.replace(PHRASE, suggestion);
        // The click and the key are sent back to back: the key reaches the page while Apply may
        // still be in flight (TinyMCE and CKEditor 4 take a paste a task later).
        const at = await centerOf(apply);
        await f.page.mouse.click(at.x, at.y);
        await f.page.keyboard.press('K');
        await until(async () => norm(await f.text()).includes('K'), `the key in the model (${name})`, 10_000, () => f.text());
        const text = norm(await f.text());
        expect(text.split('K').length - 1, text).toBe(1);
        expect(text, 'the rest of the draft').toContain(REST);
        expect(text, 'the start of the draft').toContain('Hi Sam, thanks for writing in.');
        // Either applied (the key after it, or over its placeholder) or not applied at all.
        const withoutKey = text.replace('K', '');
        const placeholder = /\[[^\]\n]+\]/.exec(suggestion)?.[0];
        const acceptable = [applied, DRAFT, placeholder ? applied.replace(placeholder, '') : applied].map(norm);
        expect(acceptable, text).toContain(norm(withoutKey).replace(/ {2,}/g, ' '));
      } finally {
        await f.page.close();
      }
    });
  }

  it('a key pressed before the page takes the paste goes over the new text\'s placeholder, not before the new text', async () => {
    const f = await openFixture(env.browser.context, env.server.origin, 'apply-race');
    try {
      const { apply, suggestion } = await openCard(f);
      // The page inserts the paste at the selection as it is after the key: had the key moved the
      // caret off the words (or typed over them), the old words would stay or be lost.
      await pageEval(f, "window.pasteMode = 'after-key'");
      await apply.click();
      await f.page.keyboard.press('K');
      const placeholder = /\[[^\]\n]+\]/.exec(suggestion)?.[0];
      const expected = DRAFT.replace(PHRASE, placeholder ? suggestion.replace(placeholder, 'K') : `${suggestion}K`);
      await until(async () => norm(await f.text()).includes('K'), 'the key in the model', 10_000, () => f.text());
      await until(async () => norm(await f.text()) === norm(expected), 'the key typed over the placeholder of the applied text', 10_000, () => f.text());
      expect(await pageEval<number>(f, 'window.pastesSeen')).toBe(1);
    } finally {
      await f.page.close();
    }
  });

  it('a page that shows a marker at once and inserts the paste later: applied once, reported only when it landed', async () => {
    const f = await openFixture(env.browser.context, env.server.origin, 'apply-race');
    await typeDraft(f, DRAFT);
    await underline(f.frame).waitFor({ state: 'visible', timeout: 10_000 });
    // Opened once the draft is typed: the popup shows this draft (a draft changed since is stale).
    const popup = await openPopup(f.page, env.browser.extensionId, f);
    try {
      await pageEval(f, "window.pasteMode = 'late'");
      const finding = popup.locator('li.finding[data-category="generic-apology"]');
      await finding.waitFor({ timeout: 10_000 });
      const suggestion = (await finding.locator('.suggestion span').first().textContent())!;
      await finding.getByRole('button', { name: 'Apply', exact: true }).first().click();
      await until(async () => (await popup.getByRole('status').textContent()) === 'Applied.', 'the popup to report Applied', 10_000, () => popup.getByRole('status').textContent());
      // Reported only after the page's late insertion: the model already holds it, exactly once.
      expect(norm(await f.text())).toBe(DRAFT.replace(PHRASE, suggestion));
      expect(await pageEval<number>(f, 'window.pastesSeen')).toBe(1);
    } finally {
      await popup.close();
      await f.page.close();
    }
  });

  it('a page that swallows the paste: not reported as applied, the draft untouched', async () => {
    const f = await openFixture(env.browser.context, env.server.origin, 'apply-race');
    await typeDraft(f, DRAFT);
    await underline(f.frame).waitFor({ state: 'visible', timeout: 10_000 });
    // Opened once the draft is typed: the popup shows this draft (a draft changed since is stale).
    const popup = await openPopup(f.page, env.browser.extensionId, f);
    try {
      await pageEval(f, "window.pasteMode = 'swallow'");
      const finding = popup.locator('li.finding[data-category="generic-apology"]');
      await finding.waitFor({ timeout: 10_000 });
      await finding.getByRole('button', { name: 'Apply', exact: true }).first().click();
      await until(async () => (await popup.getByRole('status').textContent()) === 'Could not apply here.', 'the popup to report the failure', 10_000, () => popup.getByRole('status').textContent());
      expect(norm(await f.text())).toBe(DRAFT);
      // No second try behind the page's back (execCommand after a paste the page took).
      expect(await pageEval<number>(f, 'window.pastesSeen')).toBe(1);
    } finally {
      await popup.close();
      await f.page.close();
    }
  });

  it('a box removed in the Apply click is not edited, and nothing lands in the box that has focus then', async () => {
    const f = await openFixture(env.browser.context, env.server.origin, 'apply-race');
    try {
      const { apply } = await openCard(f);
      await pageEval(f, 'window.removeEditorOnClick()');
      await apply.click();
      expect(await f.page.evaluate(() => document.getElementById('editor'))).toBeNull();
      // Give a late insert every chance to show up in the focused box.
      await f.page.waitForFunction(() => new Promise((r) => setTimeout(() => r(true), 300)));
      expect(await pageEval<string>(f, 'window.fixture.otherText()')).toBe('');
      expect(await f.page.evaluate(() => document.activeElement?.id)).toBe('other');
    } finally {
      await f.page.close();
    }
  });

  it('a box removed while a late paste is in flight: the Apply stops, nothing lands in the focused box', async () => {
    const f = await openFixture(env.browser.context, env.server.origin, 'apply-race');
    await typeDraft(f, DRAFT);
    await underline(f.frame).waitFor({ state: 'visible', timeout: 10_000 });
    // Opened once the draft is typed: the popup shows this draft (a draft changed since is stale).
    const popup = await openPopup(f.page, env.browser.extensionId, f);
    try {
      // The page takes the paste late, and removes the box as soon as it has taken it.
      await pageEval(f, `window.pasteMode = 'late';
        document.getElementById('editor').addEventListener('paste', () => setTimeout(() => {
          document.getElementById('editor').remove();
          document.getElementById('other').focus();
        }, 0));`);
      const finding = popup.locator('li.finding[data-category="generic-apology"]');
      await finding.waitFor({ timeout: 10_000 });
      await finding.getByRole('button', { name: 'Apply', exact: true }).first().click();
      await until(async () => (await popup.getByRole('status').textContent()) === 'Could not apply here.', 'the popup to report the Apply did not happen', 10_000, () => popup.getByRole('status').textContent());
      expect(await pageEval<string>(f, 'window.fixture.otherText()')).toBe('');
    } finally {
      await popup.close();
      await f.page.close();
    }
  });

  it('popup Add on a draft that changed since the popup showed it: stale, the page\'s text kept', async () => {
    const f = await openFixture(env.browser.context, env.server.origin, 'textarea');
    // The customer's mail under the box: sentences to add are built from a ticket (issue #9 offers
    // no blank-only addition on a draft with nothing to go on).
    await f.editor.evaluate((el, html) => el.insertAdjacentHTML('afterend', html), QUOTE);
    await typeDraft(f, DRAFT);
    const popup = await openPopup(f.page, env.browser.extensionId, f);
    try {
      const add = popup.locator('section[data-section="missing"] li[data-signal] .addition button').first();
      await add.waitFor({ timeout: 10_000 });
      // A macro rewrites the draft after the popup showed it (no input event, no typing pause).
      await f.page.evaluate(() => (window as unknown as { fixture: { replaceText(a: string, b: string): void } }).fixture.replaceText('Your parcel ships today.', 'Your parcel shipped yesterday.'));
      const changed = DRAFT.replace('Your parcel ships today.', 'Your parcel shipped yesterday.');
      await add.click();
      await until(async () => (await popup.getByRole('status').textContent()) === 'The draft changed; showing fresh results.', 'the popup to call the draft stale', 10_000, () => popup.getByRole('status').textContent());
      expect(norm(await f.text())).toBe(changed);
    } finally {
      await popup.close();
      await f.page.close();
    }
  });

  it('popup Apply goes to the one frame whose draft it showed, not to every coached frame with the same text', async () => {
    const page = await env.browser.context.newPage();
    const popup = await env.browser.context.newPage();
    try {
      await page.goto(`${env.server.origin}/two-frames.html`);
      await page.waitForFunction(() => (window as unknown as { fixtureReady?: boolean }).fixtureReady === true);
      const inner = page.frameLocator('#inner');
      await inner.locator('#editor').waitFor();
      // The same draft in both boxes; the frame's box is the one focused last.
      await page.locator('#top').click();
      await page.keyboard.type(DRAFT);
      await inner.locator('#editor').click();
      await page.keyboard.type(DRAFT);
      const innerFrame = page.frames().find((fr) => fr.url().endsWith('/textarea.html'))!;
      await underline(innerFrame).waitFor({ state: 'visible', timeout: 10_000 });
      await underline(page.mainFrame()).waitFor({ state: 'attached', timeout: 10_000 });

      await popup.goto(`chrome-extension://${env.browser.extensionId}/src/popup/index.html`);
      await page.bringToFront();
      const finding = popup.locator('li.finding[data-category="generic-apology"]');
      await finding.waitFor({ timeout: 10_000 });
      const suggestion = (await finding.locator('.suggestion span').first().textContent())!;
      await finding.getByRole('button', { name: 'Apply', exact: true }).first().click();
      await until(async () => (await popup.getByRole('status').textContent()) === 'Applied.', 'the popup to report Applied', 10_000, () => popup.getByRole('status').textContent());
      const boxes = [
        await innerFrame.evaluate(() => (document.getElementById('editor') as HTMLTextAreaElement).value),
        await page.evaluate(() => (document.getElementById('top') as HTMLTextAreaElement).value),
      ];
      // Exactly one box changed (the other frame had the same finding at the same offsets).
      expect(boxes.sort()).toEqual([DRAFT, DRAFT.replace(PHRASE, suggestion)].sort());
    } finally {
      await popup.close();
      await page.close();
    }
  });
});
