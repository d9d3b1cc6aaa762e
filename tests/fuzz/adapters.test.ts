// @vitest-environment happy-dom
/**
 * Every helpdesk adapter's readTicket on a page whose texts are hostile (the customer's message,
 * the quote under the reply, the sender's name, the reply itself): each grows about linearly
 * from 10 KB to 100 KB of page text. The page is a plain DOM (happy-dom) with the parts every
 * adapter falls back to (a reply box, a quote, messages); what the adapters' own selectors find
 * is read through the same readers (textOf, cleanName, splitQuote).
 */
import { describe, expect, it } from 'vitest';
import { SITE_ADAPTERS } from '../../src/sites/index.ts';
import { generic } from '../../src/sites/generic.ts';
import { describeGrowth, growth, MAX_RATIO_FOR_10X } from './growth.ts';
import { HOSTILE_TEXTS } from './hostile-text.ts';
import { FULL_FUZZ } from './random-text.ts';

const CASES = FULL_FUZZ ? Object.keys(HOSTILE_TEXTS) : ['em spaces after "On x,"', 'em spaces in a quote', 'at-signs and dots'];

/** A page with the hostile text in each place a reader looks; returns its reply box. */
function page(text: string): HTMLElement {
  document.title = `${text.slice(0, 2000)} - agent@acme.com - Gmail`;
  document.body.innerHTML = `
    <main role="main">
      <article class="message" aria-label="Message from x"><span class="gD" email="c@x.com" name=""></span><div class="a3s"></div></article>
      <div role="textbox" contenteditable="true" id="editor" g_editable="true"></div>
      <blockquote class="gmail_quote"></blockquote>
    </main>`;
  const parts = document.querySelectorAll<HTMLElement>('article, .a3s, #editor, blockquote');
  for (const el of parts) el.append(document.createTextNode(text));
  document.querySelector('.gD')!.setAttribute('name', text.slice(0, 5000));
  return document.getElementById('editor')!;
}

describe('helpdesk adapters read hostile pages in linear time', () => {
  for (const adapter of [...SITE_ADAPTERS, generic]) {
    it.each(CASES)(`${adapter.id}: %s`, (name) => {
      const g = growth((n) => HOSTILE_TEXTS[name]!(n), (text) => {
        const editor = page(text);
        return adapter.readTicket(document, editor);
      });
      expect(g.ratio, `${adapter.id} on ${name}: ${describeGrowth(g)}`).toBeLessThan(MAX_RATIO_FOR_10X);
    });
  }
});
