/**
 * Any other page with a reply box: the greeting the agent typed names the customer, and a quoted
 * message below the reply (inside the box, or right after it) gives their problem.
 */
import { $, cleanName, modeFromSwitch, textOf } from './dom.ts';
import { greetingName, splitQuote, quoteAuthor } from './quote.ts';
import type { SiteAdapter, TicketInfo } from './types.ts';

/** A quote rendered as markup: Gmail's `.gmail_quote`, Outlook's `#divRplyFwdMsg`, plain `blockquote`. */
const QUOTE_BLOCK = '.gmail_quote, blockquote, #divRplyFwdMsg, [id^="divRplyFwdMsg"]';

/** Reads the reply box and a quote below it; used by every adapter to fill what its selectors missed. */
export function readFromReplyBox(editorRoot: HTMLElement): Omit<TicketInfo, 'mode'> {
  const text = textOf(editorRoot) ?? '';
  const split = splitQuote(text);
  let customerMessage = split.quoted;
  let customerName = split.author;
  if (!customerMessage) {
    // A quote shown after the box (not part of the draft): the next few siblings up the tree.
    let scope: HTMLElement | null = editorRoot;
    for (let i = 0; i < 3 && scope && !customerMessage; i++, scope = scope.parentElement) {
      for (let sib = scope.nextElementSibling; sib && !customerMessage; sib = sib.nextElementSibling) {
        const block = sib.matches(QUOTE_BLOCK) ? (sib as HTMLElement) : $(sib, QUOTE_BLOCK);
        if (!block) continue;
        const quoted = splitQuote(textOf(block) ?? '');
        customerMessage = quoted.quoted ?? textOf(block);
        customerName ??= quoted.author ?? quoteAuthor(textOf(block.previousElementSibling) ?? '');
      }
    }
  }
  customerName = cleanName(customerName) ?? greetingName(split.reply);
  return { customerName, customerMessage };
}

export const generic: SiteAdapter = {
  id: 'generic',
  label: 'Any page',
  hosts: [],
  activeEditor(doc) {
    const active = doc.activeElement as HTMLElement | null;
    return active && (active.isContentEditable || active.tagName === 'TEXTAREA') ? active : null;
  },
  readTicket(_doc, editorRoot) {
    return { ...readFromReplyBox(editorRoot), mode: modeFromSwitch(editorRoot) ?? 'reply' };
  },
};
