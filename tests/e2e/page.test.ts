/** Behaviour around the editors: several on a page, single-page navigation, teardown, trust. */
import { describe, expect, it } from 'vitest';
import { norm, openFixture, until, withBrowserAndFixtures } from './harness.ts';
import { countLiveObjects, isolatedWorld } from './isolated-world.ts';
import { card, DRAFT, PHRASE, typeDraft, underline } from './scenario.ts';

type Api = { fixture: Record<string, () => unknown> };

describe('pages', () => {
  const env = withBrowserAndFixtures();

  it('coaches two editors on one page independently', async () => {
    const { page } = await openFixture(env.browser.context, env.server.origin, 'two-editors');
    const frame = page.mainFrame();
    await page.locator('#first').click();
    await page.keyboard.type(DRAFT);
    await underline(frame, 'generic-apology').waitFor();
    const second = 'Thanks for waiting. It\'s company policy.';
    await page.locator('#second .ql-editor').click();
    await page.keyboard.type(second);
    await underline(frame, 'policy-deflection').waitFor();
    // Both boxes keep their own underlines at the same time, each over its own box.
    await underline(frame, 'generic-apology').waitFor();
    const first = (await page.locator('#first').boundingBox())!;
    const u1 = (await underline(frame, 'generic-apology').boundingBox())!;
    const u2 = (await underline(frame, 'policy-deflection').boundingBox())!;
    const quillBox = (await page.locator('#second .ql-editor').boundingBox())!;
    expect(u1.y).toBeGreaterThanOrEqual(first.y);
    expect(u1.y + u1.height).toBeLessThanOrEqual(first.y + first.height);
    expect(u2.y).toBeGreaterThanOrEqual(quillBox.y);
    expect(await page.locator('tact-overlay .chip').count()).toBe(2);

    // Applying in the second box changes only the second box's model.
    await page.waitForTimeout(1100); // Quill merges edits < 1 s apart into one undo step
    await page.mouse.click(u2.x + u2.width / 2, u2.y + u2.height / 2);
    const c = card(frame);
    const suggestion = (await c.locator('.s').first().textContent())!;
    await c.getByRole('button', { name: 'Apply', exact: true }).first().click();
    await until(async () => norm(await page.evaluate(() => (window as unknown as Api).fixture.getSecond!() as string)) === second.replace("It's company policy", suggestion), 'second editor applied');
    expect(await page.evaluate(() => (window as unknown as Api).fixture.getFirst!())).toBe(DRAFT);
    await page.close();
  });

  it('finds an editor that mounts late, and follows it across single-page navigation', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.origin}/spa.html`);
    await page.waitForFunction(() => (window as unknown as { fixtureReady?: boolean }).fixtureReady);
    const frame = page.mainFrame();
    const getText = () => page.evaluate(() => (window as unknown as Api).fixture.getText!() as string);

    await page.getByRole('link', { name: 'Ticket 1' }).click();
    await page.getByRole('button', { name: 'Reply' }).click();
    await page.locator('.ProseMirror').click();
    await page.keyboard.type(DRAFT);
    await underline(frame).waitFor();

    // Navigating away unmounts the composer: its underlines and chip go with it.
    await page.getByRole('link', { name: 'Ticket 2' }).click();
    await until(async () => (await frame.locator('tact-overlay [data-rule]').count()) === 0 && (await frame.locator('tact-overlay .chip').count()) === 0, 'overlay cleared after navigation');

    // The re-mounted composer on the next ticket is coached from scratch, and apply still works.
    await page.getByRole('button', { name: 'Reply' }).click();
    await page.locator('.ProseMirror').click();
    await page.keyboard.type(DRAFT);
    const u = underline(frame);
    await u.waitFor();
    const box = (await u.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const suggestion = (await card(frame).locator('.s').first().textContent())!;
    await card(frame).getByRole('button', { name: 'Apply', exact: true }).first().click();
    await until(async () => norm(await getText()) === DRAFT.replace(PHRASE, suggestion), 'apply on the re-mounted editor');
    expect(await frame.locator('tact-overlay .layer').count()).toBe(1);
    await page.close();
  });

  it('holds nothing after 100 mount/unmount cycles', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.origin}/spa.html`);
    await page.waitForFunction(() => (window as unknown as { fixtureReady?: boolean }).fixtureReady);
    const frame = page.mainFrame();
    const { cdp, contextId } = await isolatedWorld(page);
    for (let i = 0; i < 100; i++) {
      await page.evaluate(() => (window as unknown as Api).fixture.mountTextarea!());
      await page.locator('#cycle').click();
      await page.keyboard.insertText('Sorry for any inconvenience.');
      // Every tenth cycle goes all the way to an underline; the others stop once the box is coached.
      if (i % 10 === 0) await underline(frame).waitFor();
      // The probe does see a coached box while it is mounted (else the final zero would prove nothing).
      if (i === 0) expect(await countLiveObjects(cdp, contextId, 'HTMLTextAreaElement.prototype')).toBeGreaterThanOrEqual(1);
      else await until(async () => (await frame.locator('tact-overlay .layer').count()) === 1, `coached in cycle ${i}`);
      await page.evaluate(() => (window as unknown as Api).fixture.unmount!());
      await until(async () => (await frame.locator('tact-overlay .layer').count()) === 0, `teardown after cycle ${i}`);
    }
    // The overlay keeps no layer and no textarea mirror; the content script's world holds no
    // reference to any of the 100 removed textareas.
    const shadowChildren = await page.evaluate(() => document.querySelector('tact-overlay')!.shadowRoot!.querySelectorAll('*:not(.sr-only)').length);
    expect(shadowChildren).toBeLessThanOrEqual(2); // <style> and the mount point (the screen-reader status line is always there)
    expect(await countLiveObjects(cdp, contextId, 'HTMLTextAreaElement.prototype')).toBe(0);
    await page.close();
  });

  it('ignores clicks a page script fakes on Apply', async () => {
    const f = await openFixture(env.browser.context, env.server.origin, 'textarea');
    await typeDraft(f, DRAFT);
    const u = underline(f.frame);
    await u.waitFor();
    const box = (await u.boundingBox())!;
    await f.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await card(f.frame).waitFor();
    // The overlay is an open shadow root, so a page can reach the button, but not press it.
    await f.page.evaluate(() => {
      const button = document.querySelector('tact-overlay')!.shadowRoot!.querySelector<HTMLButtonElement>('button.apply')!;
      button.click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    await f.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    expect(await card(f.frame).isVisible()).toBe(true);
    expect(await f.text()).toBe(DRAFT);
    // The agent's own click still works afterwards.
    await card(f.frame).getByRole('button', { name: 'Apply', exact: true }).first().click();
    await until(async () => (await f.text()) !== DRAFT, 'a trusted click applies');
    await f.page.close();
  });
});

describe('loading', () => {
  // A browser of its own: the module must not be loaded yet by another test's reply box.
  const env = withBrowserAndFixtures();

  it('loads the analysis module only when a reply box is first focused', async () => {
    const page = await env.browser.context.newPage();
    const cdp = await env.browser.context.newCDPSession(page);
    const parsed: string[] = [];
    cdp.on('Debugger.scriptParsed', (e: { url: string }) => parsed.push(e.url));
    await cdp.send('Debugger.enable');
    await page.goto(`${env.server.origin}/textarea.html`);
    await page.waitForFunction(() => (window as unknown as { fixtureReady?: boolean }).fixtureReady);
    const ours = (p: string) => p.startsWith(`chrome-extension://${env.browser.extensionId}/`);
    await until(() => parsed.some((u) => ours(u) && /content-main/.test(u)), 'the content script to load');
    // Mouse moves and clicks outside any reply box change nothing.
    await page.mouse.click(5, 5);
    await page.mouse.move(200, 200);
    expect(parsed.filter(ours).some((u) => /coach/.test(u))).toBe(false);
    await page.locator('#editor').click();
    await until(() => parsed.some((u) => ours(u) && /coach/.test(u)), 'the analysis module to load on focus');
    await page.keyboard.type(DRAFT);
    await underline(page.mainFrame()).waitFor();
    await page.close();
  });
});
