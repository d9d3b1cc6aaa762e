/** Each supported editor, from its real npm package, through the whole journey in real Chromium. */
import { describe, it } from 'vitest';
import { withBrowserAndFixtures } from './harness.ts';
import { runEditorJourney } from './scenario.ts';

const EDITORS: string[] = [
  'textarea',
  'react-textarea',
  'contenteditable',
  'prosemirror',
  'ckeditor5',
  'quill',
  'lexical',
  'draft',
  'slate',
  'tinymce',
  'ckeditor4',
  'trix',
  'froala',
  'jodit',
  'toastui',
  'toastui-markdown',
  'squire',
];

describe('editors', () => {
  const env = withBrowserAndFixtures();

  for (const name of EDITORS.filter((n) => !process.env.TACT_EDITORS || process.env.TACT_EDITORS.split(',').includes(n))) {
    it(`${name}: underline, card by mouse and keyboard, apply, undo, type on`, async () => {
      await runEditorJourney(env.browser.context, env.server.origin, name);
    });
  }
});
