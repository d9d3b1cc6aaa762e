/**
 * The score chip stays clear of the editor's own controls: a textarea's resize grip (bottom-right
 * corner) and CKEditor 5's "Powered by CKEditor" badge, which sits on the editable's corner.
 */
import { describe, expect, it } from 'vitest';
import { openFixture, until, withBrowserAndFixtures } from './harness.ts';
import { DRAFT, typeDraft, underline } from './scenario.ts';

type Rect = { x: number; y: number; width: number; height: number };
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('score chip', () => {
  const env = withBrowserAndFixtures();

  it('says what it is and sits left of a textarea\'s resize grip', async () => {
    const f = await openFixture(env.browser.context, env.server.origin, 'textarea');
    await typeDraft(f, DRAFT);
    await underline(f.frame).waitFor();
    const chip = f.frame.locator('tact-overlay .chip');
    await chip.waitFor();
    expect(await chip.textContent()).toMatch(/^Score \d+ · \d+ findings?$/);
    expect(await chip.getAttribute('title')).toMatch(/starts at 40/);
    const box = (await f.editor.boundingBox())!;
    const grip = { x: box.x + box.width - 16, y: box.y + box.height - 16, width: 16, height: 16 };
    expect(overlaps((await chip.boundingBox())!, grip)).toBe(false);
    await f.page.close();
  });

  it('does not cover CKEditor 5\'s badge', async () => {
    const f = await openFixture(env.browser.context, env.server.origin, 'ckeditor5');
    await typeDraft(f, DRAFT);
    await underline(f.frame).waitFor();
    const badge = f.page.locator('.ck-powered-by').first();
    const badgeBox = await until(async () => (await badge.count()) ? badge.boundingBox() : null, 'the CKEditor badge', 10_000);
    const chip = f.frame.locator('tact-overlay .chip');
    await chip.waitFor();
    const chipBox = (await chip.boundingBox())!;
    const editorBox = (await f.editor.boundingBox())!;
    // The badge sits where the chip would go by default (bottom-right corner of the box): the chip moved.
    expect(badgeBox!.x + badgeBox!.width).toBeGreaterThan(editorBox.x + editorBox.width - 140);
    expect(overlaps(chipBox, badgeBox!)).toBe(false);
    await f.page.close();
  });
});
