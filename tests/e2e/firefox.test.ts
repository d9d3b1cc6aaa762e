/**
 * Firefox: the Firefox build (dist/firefox) in Debian's firefox-esr, installed as a temporary
 * add-on over WebDriver BiDi. It underlines in a textarea, a plain contenteditable and the rich
 * editors that take the suggestion as a paste (TipTap/ProseMirror, Quill, Slate, CKEditor 5,
 * Froala, Jodit, TOAST UI in both modes), applies a suggestion with a
 * real click, and one Ctrl+Z undoes it. `web-ext lint` checks the package addons.mozilla.org gets.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { norm, startFixtureServer, until, type FixtureServer } from './harness.ts';
import { firefoxUnavailable, launchFirefox, openFirefoxFixture, overlayRect, overlayText, underlinedRules, type FirefoxSession } from './firefox-harness.ts';
import { firefoxExtensionDir, REPO } from './paths.ts';
import { undoStepOpen } from './scenario.ts';

const DRAFT = 'Hi Sam, sorry for any inconvenience. I will check your order today.';
const PHRASE = 'sorry for any inconvenience';

describe('the Firefox package', () => {
  it('passes web-ext lint with no errors', async () => {
    const { stdout } = await promisify(execFile)(`${REPO}/node_modules/.bin/web-ext`, ['lint', '--source-dir', firefoxExtensionDir(), '--output', 'json', '--no-config-discovery'], { maxBuffer: 20_000_000 }).catch((e: { stdout: string }) => ({ stdout: e.stdout }));
    const report = JSON.parse(stdout) as { summary: { errors: number }; errors: { code: string; message: string }[] };
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});

describe.skipIf(firefoxUnavailable())('Tact in real Firefox', () => {
  let ff: FirefoxSession;
  let server: FixtureServer;
  beforeAll(async () => {
    [ff, server] = await Promise.all([launchFirefox(), startFixtureServer()]);
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  // A plain contenteditable takes the suggestion through execCommand; the rich editors through a
  // synthetic paste, which Firefox used to hand them with an empty clipboard.
  const PASTED = new Set(['prosemirror', 'quill', 'slate', 'ckeditor5', 'froala', 'jodit', 'toastui', 'toastui-markdown']);
  for (const name of ['textarea', 'contenteditable', 'prosemirror', 'quill', 'slate', 'ckeditor5', 'froala', 'jodit', 'toastui', 'toastui-markdown']) {
    it(`underlines, applies a suggestion and one Ctrl+Z undoes it (${name})`, async () => {
      const f = await openFirefoxFixture(ff.browser, server.origin, name);
      const selector = await f.page.evaluate(() => (window as unknown as { fixture: { selector: string } }).fixture.selector);
      await f.page.evaluate(() => {
        const w = window as unknown as { pastes: string[] };
        w.pastes = [];
        // What the editor can read from our synthetic paste or insertFromPaste (Slate takes the latter).
        document.addEventListener('paste', (e) => w.pastes.push(e.clipboardData?.getData('text/plain') ?? ''), true);
        document.addEventListener('beforeinput', (e) => { if (e.inputType === 'insertFromPaste') w.pastes.push(e.dataTransfer?.getData('text/plain') ?? ''); }, true);
      });
      await f.page.click(selector);
      await f.page.keyboard.type(DRAFT);
      await until(async () => norm(await f.text()) === DRAFT, `typed into ${name}`);

      const underline = (await until(() => overlayRect(f.page, '[data-category="generic-apology"]'), `underline in ${name}`, 20_000))!;
      // The underline sits on the phrase: the word at its middle is part of it.
      const word = await f.page.evaluate(({ x, y }) => {
        const pos = (document as unknown as { caretPositionFromPoint(x: number, y: number): { offsetNode: Node; offset: number } | null }).caretPositionFromPoint(x, y);
        return pos?.offsetNode.textContent?.slice(Math.max(0, pos.offset - 12), pos.offset + 12) ?? '';
      }, { x: underline.x + underline.width / 2, y: underline.y + underline.height / 2 });
      if (name !== 'textarea') expect(word).toMatch(/for any|any incon|sorry/);

      // An agent applies a second or more after typing: Quill would add an earlier Apply to the
      // typing's undo step (scenario.ts, undoStepOpen).
      await until(async () => !(await undoStepOpen(f.page)), `the typing's undo step closed (${name})`);
      // Hover opens the card; a real click on Apply.
      await f.page.mouse.move(underline.x + underline.width / 2, underline.y + underline.height / 2);
      const apply = (await until(() => overlayRect(f.page, '.card button.apply'), 'card with Apply'))!;
      const suggestion = norm((await overlayText(f.page, '.card li .s')) ?? '');
      expect(suggestion.length).toBeGreaterThan(5);
      await f.page.mouse.click(apply.x + apply.width / 2, apply.y + apply.height / 2);
      await until(async () => !norm(await f.text()).includes(PHRASE), `the suggestion replaced the phrase (${name})`);
      const applied = norm(await f.text());
      expect(applied).toContain('I will check your order today.');
      expect(applied).not.toContain(PHRASE);
      const pastes = await f.page.evaluate(() => (window as unknown as { pastes: string[] }).pastes);
      // The editor got the words in its event (not an empty clipboard it would act on).
      if (PASTED.has(name)) expect(pastes.map(norm)).toEqual([suggestion]);

      // One Ctrl+Z restores the draft: the change went through the editor's own undo history.
      await f.page.keyboard.down('Control');
      await f.page.keyboard.press('z');
      await f.page.keyboard.up('Control');
      await until(async () => norm(await f.text()) === DRAFT, `one Ctrl+Z restores the draft (${name})`);
      await f.page.close();
    });
  }
});

describe.skipIf(firefoxUnavailable())('enterprise policy in Firefox', () => {
  // The apology comes last: an analysis that flags it has read the hype before it.
  const HYPE_DRAFT = 'Act now, this amazing offer ends soon! Sam, sorry for any inconvenience.';
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(async () => server?.close());

  async function rulesFor(ff: FirefoxSession): Promise<string[]> {
    const f = await openFirefoxFixture(ff.browser, server.origin, 'textarea');
    await f.page.click('textarea');
    await f.page.keyboard.type(HYPE_DRAFT);
    // The apology is flagged either way: once it is, the analysis has read the whole draft.
    return until(async () => {
      const rules = await underlinedRules(f.page);
      return rules.includes('generic-apology') ? rules : null;
    }, 'the draft analysed', 45_000) as Promise<string[]>;
  }

  it("policies.json 3rdparty reaches the extension's managed storage: a category the policy switches off is not flagged", async () => {
    const plain = await launchFirefox();
    try {
      expect(await rulesFor(plain)).toContain('hype');
    } finally {
      await plain.close();
    }
    const managed = await launchFirefox({
      policies: { '3rdparty': { Extensions: { 'tact@tact.example': { categories: { hype: { enabled: false } }, locks: { categories: true } } } } },
    });
    try {
      const rules = await rulesFor(managed);
      expect(rules).not.toContain('hype');
      expect(rules).toContain('generic-apology');
    } finally {
      await managed.close();
    }
  });
});

