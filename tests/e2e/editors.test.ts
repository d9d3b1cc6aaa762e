/** Each supported editor, from its real npm package, through the whole journey in real Chromium. */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launch, startFixtureServer, type Browser, type FixtureServer } from './harness.ts';
import { runEditorJourney, type Quirks } from './scenario.ts';

const EDITORS: Array<[string, Quirks?]> = [
  ['textarea'],
  ['react-textarea'],
  ['contenteditable'],
  ['prosemirror'],
  ['ckeditor5'],
  ['quill', { undoMergeMs: 1200 }],
  ['lexical'],
  ['draft'],
  ['slate'],
  ['tinymce'],
  ['ckeditor4'],
];

describe('editors', () => {
  let browser: Browser;
  let server: FixtureServer;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launch(), startFixtureServer()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [name, quirks] of EDITORS.filter(([n]) => !process.env.TACT_EDITORS || process.env.TACT_EDITORS.split(',').includes(n))) {
    it(`${name}: underline, card by mouse and keyboard, apply, undo, type on`, async () => {
      await runEditorJourney(browser.context, server.origin, name, quirks);
    });
  }
});
