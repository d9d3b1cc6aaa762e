/** A 2,000-word draft: underlines stay on the right words and typing goes on; figures are reported, not asserted. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, startFixtureServer, type Browser, type FixtureServer } from './harness.ts';
import { typeLongDraft, type LongDraftFigures } from './measure.ts';
import { REPO } from './paths.ts';

describe('2,000-word draft', () => {
  let browser: Browser;
  let server: FixtureServer;
  const figures: LongDraftFigures[] = [];
  beforeAll(async () => {
    [browser, server] = await Promise.all([launch(), startFixtureServer()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    mkdirSync(path.join(REPO, '.tact-tmp'), { recursive: true });
    writeFileSync(path.join(REPO, '.tact-tmp/e2e-long-draft.json'), JSON.stringify(figures, null, 2));
    console.log('2,000-word draft figures:', JSON.stringify(figures));
  });

  for (const editor of ['textarea', 'prosemirror']) {
    it(`${editor}: the last typed phrase is underlined where it was typed`, async () => {
      const { figures: f, fixture } = await typeLongDraft(browser.context, server.origin, editor);
      figures.push(f);
      expect(f.words).toBeGreaterThanOrEqual(2000);
      // The newest "Act now!" is underlined on those words: a click there puts the caret in them.
      const underlines = fixture.frame.locator('tact-overlay [data-category="hype"]');
      const boxes = (await underlines.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect)));
      const last = boxes.sort((a, b) => b.bottom - a.bottom || b.right - a.right)[0]!;
      await fixture.page.mouse.click(last.x + last.width / 2, last.y + last.height / 2);
      expect(['Act', 'now']).toContain(await fixture.caretWord());
      await fixture.page.close();
    });
  }
});
