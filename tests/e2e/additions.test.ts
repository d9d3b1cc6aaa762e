/**
 * The popup's sentences for missing signals (issues #3/#4/#9): Add puts the sentence in the draft
 * through the editor's own input path — the greeting at the start on its own line, the
 * acknowledgement after the opening — one Ctrl+Z undoes it, a placeholder would be selected, the
 * popup updates. A next step is never offered as an empty template.
 * Every check reads the editor's own model through the fixture page's API.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { norm, openFixture, until, type FixturePage, withBrowserAndFixtures } from './harness.ts';
import { typeDraft } from './scenario.ts';
import { isolatedWorld } from './isolated-world.ts';
import { analyze } from '../../src/analysis/index.ts';
import { SIGNAL_IDS } from '../../src/analysis/types.ts';

// No acknowledgement, no greeting with a name, no next step; ownership is there ("I have checked").
const DRAFT = 'Thanks for writing in. I have checked your order myself.';
// The customer's mail, quoted under the reply box as a mail client shows it: the ticket the
// additions are built from (issue #9: no name, no greeting; no complaint, no acknowledgement).
const QUOTE = '<div class="gmail_quote"><div>On Tue, 3 Mar 2026 at 10:04, Maria Lopez &lt;maria@example.com&gt; wrote:</div><blockquote>My blender arrived with a cracked jar.</blockquote></div>';

// Analysed with the ticket the extension read from the quote, as the popup's list is.
const TICKET = { customerName: 'Maria Lopez', customerMessage: 'My blender arrived with a cracked jar.' };
const missingIn = (text: string) => {
  const report = analyze(text, TICKET);
  return SIGNAL_IDS.filter((id) => !report.signals[id].present);
};

const listedMissing = (popup: Page) =>
  popup.locator('section[data-section="missing"] li[data-signal]').evaluateAll((els) => els.map((e) => e.getAttribute('data-signal')));

/** What is selected in the editor: a textarea's selection, or the DOM selection of a rich editor. */
const selected = (f: FixturePage) => f.frame.evaluate(() => {
  const a = document.activeElement;
  if (a instanceof HTMLTextAreaElement) return a.value.slice(a.selectionStart, a.selectionEnd);
  return document.getSelection()?.toString() ?? '';
});

describe('popup: sentences to add for missing signals', () => {
  const env = withBrowserAndFixtures();

  for (const name of ['textarea', 'prosemirror', 'froala']) {
    it(`adds an acknowledgement after the opening and a greeting at the start, Ctrl+Z undoes each; no empty next step offered (${name})`, async () => {
      const f = await openFixture(env.browser.context, env.server.origin, name);
      const popup = await env.browser.context.newPage();
      try {
        await f.editor.evaluate((el, html) => el.insertAdjacentHTML('afterend', html), QUOTE);
        await typeDraft(f, DRAFT);
        const typedAt = Date.now();
        const before = missingIn(DRAFT);
        expect(before).toEqual(expect.arrayContaining(['acknowledgement', 'next-step', 'personal']));

        // As in popup.test.ts: the popup page, then the helpdesk tab in front as the active tab.
        await popup.goto(`chrome-extension://${env.browser.extensionId}/src/popup/index.html`);
        await f.page.bringToFront();
        const item = (id: string) => popup.locator(`section[data-section="missing"] li[data-signal="${id}"]`);
        // The page's first analysis waits for the coach's code and the engine's first run: well
        // under a second on an idle machine; on two cores at load 12-18 (measured with the run's
        // timeline logged) 5-9 s to load the coach after the focus, then 6-8 s for the first
        // analysis, all of it CPU. Until then the popup says it is checking the draft: it used to
        // show "0 / 100 · 0 findings", a score the draft never had. Every score shown is the draft's.
        const score = String(analyze(DRAFT, TICKET).score);
        const scoresShown = new Set<string>();
        const whatPopupShows = async () => {
          // Say what the popup showed and whether storage answers the content script.
          const shown = await popup.evaluate(() => document.body.innerText.replace(/\s+/g, ' ').slice(0, 800));
          const { cdp, contextId } = await isolatedWorld(f.page);
          const started = Date.now();
          const stored = await cdp
            .send('Runtime.evaluate', { contextId, awaitPromise: true, returnByValue: true, expression: 'Promise.race([chrome.storage.local.get(null).then((x) => JSON.stringify(Object.keys(x))), new Promise((r) => setTimeout(() => r("no answer in 3 s"), 3000))])' })
            .then((r) => r.result.value as string, (err: unknown) => String(err));
          return `popup: ${shown}\nmodel: ${await f.text()}\nstorage keys in the content script (${Date.now() - started} ms): ${stored}`;
        };
        await until(async () => {
          for (const shown of await popup.locator('.summary .score').allTextContents()) scoresShown.add(shown);
          return (await item('acknowledgement').getByRole('button', { name: 'Add', exact: true }).count()) === 1;
        }, `the popup to show the analysed draft (${name})`, 30_000, whatPopupShows);
        // It may have drawn the analysis between the two reads above.
        for (const shown of await popup.locator('.summary .score').allTextContents()) scoresShown.add(shown);
        expect([...scoresShown]).toEqual([score]);
        expect(await listedMissing(popup)).toEqual(before);
        // The acknowledgement and the greeting are built from the ticket and offered; nothing in the
        // reply or ticket says what happens next, so no "Next, [the concrete next step]." is offered
        // (blind reviewers rated that blank 2 of 5 every time): the next step is listed, without Add.
        for (const id of ['acknowledgement', 'personal']) await expect(item(id).getByRole('button', { name: 'Add', exact: true }).count()).resolves.toBe(1);
        await expect(item('next-step').getByRole('button', { name: 'Add', exact: true }).count()).resolves.toBe(0);
        // Built from the quoted complaint, nothing left to fill in.
        await expect(item('acknowledgement').locator('.addition span').textContent()).resolves.toBe('I can see how disappointing it is that your blender arrived with a cracked jar.');

        const add = (id: string) => item(id).getByRole('button', { name: 'Add', exact: true }).click();
        const sentence = async (id: string) => (await item(id).locator('.addition span').textContent())!;
        const placeholderOf = (text: string) => /\[[^\]]+\]/.exec(text)?.[0];

        // An acknowledgement opens the reply, after its greeting or thank-you, before the answer.
        const ack = await sentence('acknowledgement');
        // ProseMirror's history merges an edit next to the last one made within newGroupDelay
        // (500 ms) into the same undo step, as it would merge the agent's own typing: an agent
        // cannot open the popup and click that fast, the test can.
        if (name === 'prosemirror') await f.page.waitForTimeout(Math.max(0, 600 - (Date.now() - typedAt)));
        await add('acknowledgement');
        const withAck = DRAFT.replace('Thanks for writing in. ', `Thanks for writing in. ${ack} `);
        await until(async () => norm(await f.text()) === withAck, `the acknowledgement after the thank-you (${name})`, 10_000, () => f.text());
        // A placeholder would be selected, ready to type over; a built sentence has none.
        if (placeholderOf(ack)) await until(async () => (await selected(f)) === placeholderOf(ack), 'the placeholder selected', 10_000, () => selected(f));
        await until(async () => !(await listedMissing(popup)).includes('acknowledgement'), 'the popup no longer lists the acknowledgement', 10_000, () => listedMissing(popup));
        expect(await listedMissing(popup)).toEqual(missingIn(withAck));
        await popup.getByRole('status').filter({ hasText: 'Added.' }).waitFor();

        await f.page.keyboard.press('Control+z');
        await until(async () => norm(await f.text()) === DRAFT, `one Ctrl+Z removes the acknowledgement (${name})`, 10_000, () => f.text());
        await until(async () => JSON.stringify(await listedMissing(popup)) === JSON.stringify(before), 'the popup lists the acknowledgement again', 10_000, () => listedMissing(popup));

        // The greeting opens the draft, on its own line.
        const greeting = await sentence('personal');
        expect(greeting).toBe('Hi Maria,');
        await add('personal');
        const withGreeting = `${greeting}\n${DRAFT}`;
        await until(async () => norm(await f.text()) === withGreeting, `the greeting at the start of the model text (${name})`, 10_000, () => f.text());
        if (placeholderOf(greeting)) await until(async () => (await selected(f)) === placeholderOf(greeting), 'the greeting\'s placeholder selected', 10_000, () => selected(f));
        await f.page.keyboard.press('Control+z');
        await until(async () => norm(await f.text()) === DRAFT, `one Ctrl+Z removes the greeting (${name})`, 10_000, () => f.text());

        // The agent writes the next step; once it is there, the popup stops listing it.
        await f.page.keyboard.press('Control+End');
        await f.page.keyboard.type(' We will send a new jar today.');
        const withNext = `${DRAFT} We will send a new jar today.`;
        await until(async () => norm(await f.text()) === withNext, `the agent's next step at the end (${name})`, 10_000, () => f.text());
        expect(missingIn(withNext)).not.toContain('next-step');
        await until(async () => JSON.stringify(await listedMissing(popup)) === JSON.stringify(missingIn(withNext)), 'the popup no longer lists the next step', 10_000, () => listedMissing(popup));
      } finally {
        await popup.close();
        await f.page.close();
      }
    });
  }
});
