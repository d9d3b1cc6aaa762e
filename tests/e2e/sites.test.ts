/**
 * Each helpdesk's fixture page, served under the helpdesk's real host name, with the built
 * extension: the agent types a generic apology with real keys, opens the card, and sees a
 * suggestion built from the ticket (the customer's first name, their problem) and what it was built
 * from; Apply changes the editor's model and selects the placeholder to type over; switching to an
 * internal note removes the underlines until the agent asks for coaching on that note.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Locator, Page } from 'playwright-core';
import { norm, until } from './harness.ts';
import { startHelpdeskWorld, type HelpdeskWorld } from './sites-harness.ts';

const APOLOGY = 'Sorry for any inconvenience.';

interface Case {
  id: string;
  /** The fixture page, when the test is not named after it (a regional host). */
  fixture?: string;
  /** https host (served by the helpdesk world), or null for a page on 127.0.0.1 (no adapter). */
  host: string | null;
  path: string;
  /** Clicked to mount the reply composer (Freshdesk, Help Scout, Zoho Desk mount it late). */
  open?: string;
  editor: string;
  /** The editor is the body of this iframe (Zoho Desk). */
  frame?: string;
  /** Clicks that switch to an internal note; `separate`: a new, empty note composer mounts (at `editor`). */
  note?: { clicks: string[]; separate?: boolean; editor?: string };
  first: string;
  problem: string;
  /** What the reading must find: the customer's full name, words of their latest message, the subject. */
  read: { name: string; message: string; subject?: string };
  /** Only the reading (a regional host of a helpdesk tested in full above). */
  readingOnly?: boolean;
}

const CASES: Case[] = [
  { id: 'zendesk', host: 'acme.zendesk.com', path: '/agent/tickets/102', editor: '[data-is-active="true"] .ck-editor__editable', note: { clicks: ['[data-is-active="true"] [data-test-id="omnichannel-channel-switcher-button"]', '[data-is-active="true"] [role="menuitem"]:has-text("Internal note")'] }, first: 'Maria', problem: 'cracked jar', read: { name: 'Maria Lopez', message: 'my blender arrived with a cracked jar', subject: 'Blender arrived damaged' } },
  { id: 'freshdesk', host: 'acme.freshdesk.com', path: '/a/tickets/7', open: '[data-test-email-action="reply"]', editor: '.fr-element.fr-view', note: { clicks: ['[data-test-id="add-note"]'], separate: true }, first: 'Priya', problem: 'charged twice', read: { name: 'Priya Natarajan', message: 'I was charged twice for my subscription this month', subject: 'Charged twice this month' } },
  { id: 'intercom', host: 'app.intercom.com', path: '/a/inbox/abc/inbox/conversation/1', editor: '[data-conversation-reply-composer] .ProseMirror', note: { clicks: ['[role="tab"]:has-text("Note")'] }, first: 'Jonas', problem: 'laptop keeps crashing', read: { name: 'Jonas Weber', message: 'My laptop keeps crashing when I open the editor' } },
  { id: 'helpscout', host: 'secure.helpscout.net', path: '/conversation/1/2', open: '#reply', editor: '[data-slate-editor="true"]', note: { clicks: ['#note'] }, first: 'Aisha', problem: 'order never arrived', read: { name: 'Aisha Khan', message: 'My order never arrived and nobody answers the phone', subject: 'Order never arrived' } },
  { id: 'front', host: 'app.frontapp.com', path: '/open/cnv_1', editor: '[contenteditable="true"]:not([aria-label])', note: { clicks: [], separate: true, editor: '[aria-label="Add a comment"]' }, first: 'Lucas', problem: 'photo', read: { name: 'Lucas Martin', message: 'It still freezes whenever I upload a photo', subject: 'Photo upload freezes the app' } },
  { id: 'gmail', host: 'mail.google.com', path: '/mail/u/0/#inbox/FMfc', editor: '[g_editable="true"]', first: 'Emma', problem: 'wrong size', read: { name: 'Emma Schmidt', message: 'You sent me the wrong size of the hiking boots', subject: 'Wrong size boots' } },
  { id: 'outlook', host: 'outlook.office.com', path: '/mail/inbox/id/AAQ', editor: '#body', first: 'Noah', problem: 'billing address', read: { name: 'Noah Fischer', message: 'My invoice shows the wrong billing address', subject: 'Invoice address wrong' } },
  { id: 'hubspot', host: 'app.hubspot.com', path: '/help-desk/123/ticket/9', editor: '.remirror-editor', note: { clicks: ['[role="tab"]:has-text("Comment")'] }, first: 'Olivia', problem: 'password reset link', read: { name: 'Olivia Brown', message: 'my password reset link has expired twice today', subject: 'Password reset not working' } },
  { id: 'hubspot@app-ap1', fixture: 'hubspot', host: 'app-ap1.hubspot.com', path: '/help-desk/123/ticket/9', editor: '.remirror-editor', first: 'Olivia', problem: 'password reset link', read: { name: 'Olivia Brown', message: 'my password reset link has expired twice today', subject: 'Password reset not working' }, readingOnly: true },
  { id: 'zoho-desk', host: 'desk.zoho.com', path: '/agent/acme/all/tickets/details/5', open: '#reply', frame: 'iframe.KB_Editor_iframe', editor: 'body', note: { clicks: ['#comment'], separate: true }, first: 'Liam', problem: 'coffee machine', read: { name: 'Liam Rossi', message: 'My coffee machine still leaks water from the bottom, even with the tank seated', subject: 'Coffee machine leaking' } },
  { id: 'zoho-desk@com.au', fixture: 'zoho-desk', host: 'desk.zoho.com.au', path: '/agent/acme/all/tickets/details/5', open: '#reply', frame: 'iframe.KB_Editor_iframe', editor: 'body', first: 'Liam', problem: 'coffee machine', read: { name: 'Liam Rossi', message: 'My coffee machine still leaks water from the bottom', subject: 'Coffee machine leaking' }, readingOnly: true },
  { id: 'gorgias', host: 'acme.gorgias.com', path: '/app/ticket/42', editor: '.rich-textarea-wrapper [contenteditable="true"]', note: { clicks: ['.channel-toggle', '.channel-option[data-channel="internal-note"]'] }, first: 'Sofia', problem: 'broken lid', read: { name: 'Sofia Rivera', message: 'the travel mug has a broken lid', subject: 'Broken lid on my travel mug' } },
  { id: 'generic', host: null, path: '/generic.html', editor: '#reply', first: 'Maria', problem: 'cracked jar', read: { name: 'Maria Lopez', message: 'my blender arrived with a cracked jar', subject: 'Re: Blender' } },
  { id: 'plain', host: null, path: '/plain.html', editor: '#reply', first: 'Maria', problem: 'cracked jar', read: { name: 'Maria Lopez', message: 'my blender arrived with a cracked jar and I need it for a party', subject: 'Blender arrived damaged' } },
];

const underlines = (frame: Frame) => frame.locator('tact-overlay [data-category="generic-apology"]');
const noteToggle = (frame: Frame) => frame.getByRole('button', { name: 'Coach this note' });

async function editorOf(page: Page, c: Case, selector = c.editor): Promise<{ frame: Frame; editor: Locator }> {
  let frame = page.mainFrame();
  if (c.frame) {
    const handle = await page.waitForSelector(c.frame);
    frame = (await until(() => handle.contentFrame(), 'the editor iframe'))!;
    await frame.waitForFunction(() => document.body?.isContentEditable === true);
  }
  const editor = frame.locator(selector).first();
  await editor.waitFor();
  return { frame, editor };
}

const modelText = (page: Page) => page.evaluate(() => (window as unknown as { fixture: { getText(): string } }).fixture.getText()).then(norm);

/** Types the apology at the start of the box with real keys; waits for the editor's model to hold it. */
async function typeApology(page: Page, editor: Locator, text = APOLOGY) {
  await editor.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type(text);
  await until(async () => (await modelText(page)).includes(text), `the editor model to hold ${JSON.stringify(text)}`);
}

async function openCardOn(page: Page, frame: Frame) {
  const u = underlines(frame).first();
  await u.waitFor({ state: 'visible', timeout: 15_000 });
  const box = (await until(() => u.boundingBox(), 'the underline box'))!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const card = frame.getByRole('dialog');
  await card.waitFor({ state: 'visible' });
  return card;
}

/**
 * The card's "From the ticket" line, opened to its correction form: the customer's name, their
 * latest message, the subject and the mode as read from the page, each with where it came from.
 */
async function checkReading(card: Locator, c: Case, mode: 'reply' | 'note') {
  await card.getByRole('button', { name: /^(Correct|Add)$/ }).click();
  const form = card.getByRole('group', { name: 'What Tact read from the ticket' });
  await form.waitFor();
  expect(await form.getByLabel('Customer name').inputValue()).toBe(c.read.name);
  expect(norm(await form.getByLabel('Their last message').inputValue()).replace(/\s+/g, ' ')).toContain(c.read.message);
  expect(await form.locator('.source[data-field="customerName"]').textContent()).toMatch(/^from /);
  expect(await form.locator('.source[data-field="customerMessage"]').textContent()).toMatch(/^from /);
  if (c.read.subject) expect(norm((await form.locator('.subject').textContent()) ?? '')).toMatch(new RegExp(`^Subject: ${c.read.subject} from `));
  expect(await form.locator('.mode').textContent()).toContain(mode === 'note' ? 'an internal note' : 'a reply to the customer');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await card.locator('.context').waitFor();
}

describe('helpdesk adapters, each helpdesk under its real host name', () => {
  let world: HelpdeskWorld;
  beforeAll(async () => {
    world = await startHelpdeskWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  for (const c of CASES.filter((x) => !process.env.TACT_SITES || process.env.TACT_SITES.split(',').includes(x.id))) {
    it(`${c.id}: personalized suggestion from the ticket, context shown, apply, placeholder${c.note ? ', internal note not coached' : ''}`, async () => {
      const page = await world.browser.context.newPage();
      try {
        await page.goto(c.host ? world.url(c.host, c.path) : `${world.plainOrigin}${c.path}`);
        await page.waitForFunction(() => (window as unknown as { fixtureReady?: boolean }).fixtureReady === true, null, { timeout: 20_000 });
        if (c.open) await page.click(c.open);
        const { frame, editor } = await editorOf(page, c);
        await typeApology(page, editor);

        // The card's first suggestion uses the customer's first name and their problem.
        const card = await openCardOn(page, frame);
        const first = norm((await card.locator('li .s').first().textContent()) ?? '');
        expect(first).toContain(`${c.first}, `);
        expect(first).toContain(c.problem);
        await expect.poll(() => card.locator('.context').textContent()).toMatch(new RegExp(`^From the ticket: ${c.first}\\b`));
        await checkReading(card, c, 'reply');
        if (c.readingOnly) return;

        // Apply a suggestion (one with a placeholder if offered): the model changes and the
        // placeholder is selected, so typing replaces it.
        const items = card.locator('li');
        const withPlaceholder = items.filter({ hasText: /\[[^\]\n]+\]/ });
        const chosen = (await withPlaceholder.count()) ? withPlaceholder.first() : items.first();
        const applied = norm((await chosen.locator('.s').textContent()) ?? '');
        const placeholder = /\[[^\]\n]+\]/.exec(applied)?.[0];
        await chosen.getByRole('button', { name: 'Apply' }).click();
        await until(async () => (await modelText(page)).includes(applied), 'the model to hold the applied suggestion', 10_000, () => modelText(page));
        if (placeholder) {
          // Slate's model holds the new text a frame before its DOM does: until then the old words
          // are still what the page shows selected, so wait for the placeholder, not any selection.
          const selected = () => frame.evaluate(() => document.getSelection()?.toString() ?? '');
          await until(async () => (await selected()) === placeholder, `the placeholder ${placeholder} selected`, 10_000, selected);
          await page.keyboard.type('the jar cracked');
          await until(async () => (await modelText(page)).includes(applied.replace(placeholder, 'the jar cracked')), 'the typed words to replace the placeholder', 10_000, () => modelText(page));
        }

        if (!c.note) return;
        // An internal note: no underlines until the agent turns coaching on for it.
        let noteFrame = frame;
        if (!c.note.separate) {
          await page.keyboard.press('End');
          await page.keyboard.type(` ${APOLOGY}`);
          await underlines(frame).first().waitFor({ state: 'visible', timeout: 15_000 });
        }
        for (const click of c.note.clicks) await page.click(click);
        if (c.note.separate) {
          const note = await editorOf(page, c, c.note.editor);
          noteFrame = note.frame;
          await typeApology(page, note.editor);
        }
        await noteToggle(noteFrame).waitFor({ state: 'visible', timeout: 15_000 });
        expect(await underlines(noteFrame).count()).toBe(0);
        await expect.poll(() => noteToggle(noteFrame).getAttribute('aria-pressed')).toBe('false');
        await noteToggle(noteFrame).click();
        await underlines(noteFrame).first().waitFor({ state: 'visible', timeout: 15_000 });
        expect(await noteToggle(noteFrame).getAttribute('aria-pressed')).toBe('true');
        // Coached on request, the card still says it is a note and who it is about.
        const noteCard = await openCardOn(page, noteFrame);
        await checkReading(noteCard, c, 'note');
      } finally {
        await page.close();
      }
    });
  }

  it('zendesk: with two tickets open, the card uses the active ticket\'s customer', async () => {
    const page = await world.browser.context.newPage();
    try {
      await page.goto(world.url('acme.zendesk.com', '/agent/tickets/102'));
      await page.waitForFunction(() => (window as unknown as { fixtureReady?: boolean }).fixtureReady === true, null, { timeout: 20_000 });
      // Ticket 102 (Maria) is active; ticket 101 (Tom) stays mounted in the background.
      await page.getByRole('tab', { name: '#101 Tom Baker' }).click();
      const editor = page.locator('[data-is-active="true"] .ck-editor__editable');
      await typeApology(page, editor);
      const card = await openCardOn(page, page.mainFrame());
      expect(norm((await card.locator('li .s').first().textContent()) ?? '')).toMatch(/^Tom, I'm so sorry .*(parcel|tracking page)/);
      await expect.poll(() => card.locator('.context').textContent()).toMatch(/^From the ticket: Tom\b/);
    } finally {
      await page.close();
    }
  });

  it('any page: the agent corrects the name and message in the card, the suggestion follows, and can go back to the page\'s', async () => {
    const page = await world.browser.context.newPage();
    try {
      await page.goto(`${world.plainOrigin}/plain.html`);
      await page.waitForFunction(() => (window as unknown as { fixtureReady?: boolean }).fixtureReady === true, null, { timeout: 20_000 });
      await typeApology(page, page.locator('#reply'));
      const card = await openCardOn(page, page.mainFrame());
      await card.getByRole('button', { name: 'Correct' }).click();
      const form = card.getByRole('group', { name: 'What Tact read from the ticket' });
      await form.getByLabel('Customer name').fill('Marta Lopez');
      // The pointer wanders off while the agent types: the card (and what was typed) stays. The
      // hover card closes 400 ms after the pointer leaves it; give that timer time to run.
      await page.mouse.move(5, 5);
      await page.waitForTimeout(1000);
      expect(await form.getByLabel('Customer name').inputValue()).toBe('Marta Lopez');
      await form.getByLabel('Their last message').fill('My kettle stopped working after two days.');
      await form.getByRole('button', { name: 'Use these' }).click();
      await form.waitFor({ state: 'detached' });
      const firstSuggestion = async () => norm((await card.locator('li .s').first().textContent({ timeout: 5_000 })) ?? '');
      await until(async () => /^Marta, .*kettle/.test(await firstSuggestion()), 'the suggestion built from the corrected ticket', 10_000, firstSuggestion);
      expect(await card.locator('.context').textContent()).toMatch(/^From the ticket: Marta\b.*\(corrected\)/);
      await card.getByRole('button', { name: 'Correct' }).click();
      expect(await form.locator('.source[data-field="customerName"]').textContent()).toBe('from your correction');
      await form.getByRole('button', { name: 'Use the page’s' }).click();
      await until(async () => /^Maria, .*cracked jar/.test(await firstSuggestion()), 'the suggestion built from the page again', 10_000, firstSuggestion);
    } finally {
      await page.close();
    }
  });
});
