/**
 * The reading that works on any helpdesk-like page, and fills what a helpdesk's adapter missed:
 * - the customer's latest message: the message block nearest above the reply box that is not the
 *   agent's own (or a quoted "On … wrote:" block in or below the box);
 * - their name: a "Requester" / "Customer" / "From" / "Contact" field, the sender of that message,
 *   the quote's author, or the greeting the agent typed;
 * - the subject: the heading of the pane the reply box is in;
 * - reply or note: an ARIA switch or the composer's own words.
 * Every field says where it came from (`sources`), so the card can tell the agent.
 */
import { $, $$, anchorIn, cleanName, looksLikeName, modeFromComposer, modeFromSwitch, pageDocument, sameName, textOf } from './dom.ts';
import { greetingName, quoteAuthor, splitQuote } from './quote.ts';
import type { SiteAdapter, TicketInfo } from './types.ts';

/** A quote rendered as markup: Gmail's `.gmail_quote`, Outlook's `#divRplyFwdMsg`, plain `blockquote`. */
const QUOTE_BLOCK = '.gmail_quote, blockquote, #divRplyFwdMsg, [id^="divRplyFwdMsg"]';

type Reading = Omit<TicketInfo, 'mode'> & { sources: NonNullable<TicketInfo['sources']> };

/** Reads the reply box and a quote in or below it (the greeting, "On … wrote:"). */
export function readFromReplyBox(editorRoot: HTMLElement): Reading {
  const sources: Reading['sources'] = {};
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
  if (customerMessage) sources.customerMessage = { kind: 'quote' };
  customerName = cleanName(customerName);
  if (customerName) sources.customerName = { kind: 'quote' };
  else {
    customerName = greetingName(split.reply);
    if (customerName) sources.customerName = { kind: 'greeting' };
  }
  return { customerName, customerMessage, sources };
}

// --- "Requester: Maria Lopez" fields ---

const FIELD_LABEL = /^\s*(requester|requested by|customer|customer name|contact|contact name|client|from|end user)\s*:?\s*$/i;
const FIELD_INLINE = /^\s*(requester|requested by|customer|contact|from)\s*:\s*(.{2,60})$/i;

/** The customer's name from a labelled field anywhere on the page, with the label it was under. */
export function labelledName(doc: Document, editorRoot: HTMLElement): { name: string; label: string } | undefined {
  const body = doc.body;
  if (!body) return undefined;
  for (const el of $$(body, '[aria-label]')) {
    const label = el.getAttribute('aria-label')!;
    if (!FIELD_LABEL.test(label) || el.contains(editorRoot)) continue;
    const name = looksLikeName(textOf(el));
    if (name) return { name, label: label.trim() };
  }
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode() as Text | null; node && seen < 20_000; node = walker.nextNode() as Text | null, seen++) {
    const data = node.data;
    if (data.length > 80 || !/\S/.test(data)) continue;
    const parent = node.parentElement;
    if (!parent || editorRoot.contains(parent) || parent.closest('script, style, button, [contenteditable="true"]')) continue;
    const inline = FIELD_INLINE.exec(data);
    if (inline) {
      const name = looksLikeName(inline[2]);
      if (name) return { name, label: inline[1]! };
      continue;
    }
    const label = FIELD_LABEL.exec(data);
    if (!label || (parent.textContent ?? '').trim().length > data.trim().length + 1) continue;
    const forId = parent instanceof HTMLLabelElement ? parent.htmlFor : '';
    const value = (forId && doc.getElementById(forId)) || parent.nextElementSibling || parent.parentElement?.nextElementSibling;
    const name = looksLikeName(textOf(value));
    if (name) return { name, label: label[1]! };
  }
  return undefined;
}

// --- the message block nearest above the reply box ---

const SKIP = 'h1, h2, h3, h4, h5, h6, nav, header, footer, aside, form, button, select, script, style, [role="heading"], [role="toolbar"], [role="tablist"], [role="menu"], [role="navigation"], [role="banner"], [role="search"], [role="dialog"], [role="complementary"], [aria-hidden="true"]';
const AGENT_TOKENS = new Set(['agent', 'outbound', 'outgoing', 'sent', 'staff', 'operator', 'teammate', 'internal', 'note', 'private', 'self', 'mine', 'me', 'own']);
const CUSTOMER_TOKENS = new Set(['customer', 'inbound', 'incoming', 'requester', 'visitor', 'received', 'client', 'enduser']);

/** Words in an element's class, id, data-* and aria-label ("ThreadListItem is-note" → thread, list, item, is, note). */
function markerWords(el: Element): string[] {
  const parts = [el.getAttribute('class') ?? '', el.id, el.getAttribute('aria-label') ?? ''];
  for (const attr of Array.from(el.attributes)) {
    if (!attr.name.startsWith('data-') || attr.value.length > 40) continue;
    // data-from-agent="false" says the opposite of its name.
    if (attr.value === 'false') continue;
    parts.push(attr.name.slice(5), attr.value);
  }
  return parts.join(' ').replace(/end[-_ ]?user/gi, ' enduser ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

export function sideOf(el: Element, upTo: Element | null): 'agent' | 'customer' | undefined {
  for (let cur: Element | null = el; cur && cur !== upTo; cur = cur.parentElement) {
    const words = markerWords(cur);
    if (words.some((w) => AGENT_TOKENS.has(w))) return 'agent';
    if (words.some((w) => CUSTOMER_TOKENS.has(w))) return 'customer';
  }
  return undefined;
}

/** How many of a container's last children are looked at for the latest message. */
const RECENT = 40;

interface Block { el: HTMLElement; text: string; name?: string; side?: 'agent' | 'customer' }

const isHidden = (el: HTMLElement) => el.hidden || el.getClientRects().length === 0;
const hasEditor = (el: Element) => !!$(el, '[contenteditable="true"], textarea, input:not([type="hidden"]), iframe');

/** A message block's sender (its first line when that is a name, or its aria-label) and body. */
function asBlock(el: HTMLElement, upTo: Element | null): Block | undefined {
  const text = textOf(el);
  if (!text || text.length < 12 || !/\p{L}{2}/u.test(text)) return undefined;
  const lines = text.split('\n');
  const labelled = /(?:^|\bmessage\s+)from\s+(.+)$/i.exec(el.getAttribute('aria-label') ?? '')?.[1];
  let name = looksLikeName(labelled);
  let body = text;
  const firstLine = lines[0]!.replace(/\s+(?:wrote|replied|said)\b.*$|\s*[·•|–-]\s.*$/i, '');
  if (/^(?:you|me)$/i.test(firstLine)) return { el, text: lines.slice(1).join('\n'), side: 'agent' };
  const headName = lines.length > 1 ? looksLikeName(firstLine) : undefined;
  if (headName) {
    name ??= headName;
    // Header lines (name, time, "to Support") end where the first sentence starts.
    let i = 1;
    while (i < 3 && i < lines.length - 1 && lines[i]!.length < 40 && !/[.!?]$/.test(lines[i]!)) i++;
    body = lines.slice(i).join('\n');
  }
  if (body.length < 8) return undefined;
  return { el, text: body, name, side: sideOf(el, upTo) };
}

/** The last message in `el` (a message, a thread of them, or wrappers around either). */
function lastBlockIn(el: HTMLElement, upTo: Element | null, depth: number, skipAgent: (b: Block) => boolean): Block | undefined {
  if (el.matches(SKIP) || isHidden(el) || hasEditor(el)) return undefined;
  // textContent, not innerText: a thread of thousands of messages is measured without layout;
  // visibility and the layout-aware text are read only for the messages actually looked at.
  const size = (k: Element) => (k.textContent ?? '').trim().length;
  // Only the last children count: the latest messages sit nearest the box, and a thread of
  // thousands is not read whole on every change (measured: 22 ms for 5,000 messages, all read).
  const kids = Array.from(el.children).slice(-RECENT).filter((k): k is HTMLElement => k instanceof HTMLElement && size(k) > 0 && !k.matches(SKIP));
  const long = kids.filter((k) => size(k) >= 20);
  // A thread repeats one kind of element (same tag and first class); a message's header and body differ.
  const signature = (k: Element) => `${k.tagName}.${k.classList[0] ?? ''}`;
  const seen = new Set<string>();
  const repeated = long.some((k) => seen.size === seen.add(signature(k)).size);
  if (depth < 6 && (repeated || (kids.length === 1 && long.length === 1))) {
    // A thread (several messages) or a wrapper: the latest message inside.
    for (let i = kids.length - 1; i >= 0; i--) {
      const found = lastBlockIn(kids[i]!, upTo, depth + 1, skipAgent);
      if (found) return found;
    }
    return undefined;
  }
  const block = asBlock(el, upTo);
  return block && !skipAgent(block) ? block : undefined;
}

/**
 * The customer's message nearest above the reply box: walks back from the box through the
 * previous siblings of each ancestor, skipping the agent's own messages and internal notes, and
 * (when the customer's name is known) messages sent under another name.
 */
export function messageAbove(doc: Document, editorRoot: HTMLElement, knownName?: string): Block | undefined {
  const anchor = anchorIn(doc, editorRoot);
  const skipAgent = (b: Block) => b.side === 'agent' || (!!knownName && !!b.name && !sameName(b.name, knownName));
  let examined = 0;
  for (let node: Element | null = anchor; node && node !== doc.body && node.parentElement; node = node.parentElement) {
    for (let sib = node.previousElementSibling; sib && examined < 200; sib = sib.previousElementSibling, examined++) {
      if (!(sib instanceof HTMLElement)) continue;
      const found = lastBlockIn(sib, node.parentElement, 0, skipAgent);
      if (found) return found;
    }
  }
  return undefined;
}

/** The heading of the pane the reply box is in (the ticket's subject on most helpdesks). */
export function paneHeading(doc: Document, editorRoot: HTMLElement): string | undefined {
  const anchor = anchorIn(doc, editorRoot);
  for (let scope = anchor.parentElement; scope; scope = scope.parentElement) {
    const heading = $(scope, 'h1, h2, [role="heading"][aria-level="1"], [role="heading"][aria-level="2"]');
    if (heading && !heading.contains(anchor) && !isHidden(heading)) return textOf(heading);
    if (scope === doc.body) break;
  }
  return undefined;
}

/** The generic reading of the page around `editorRoot`. */
export function readGeneric(doc: Document, editorRoot: HTMLElement): TicketInfo {
  const page = pageDocument(doc);
  const box = readFromReplyBox(editorRoot);
  const sources = { ...box.sources };
  let { customerName, customerMessage } = box;
  if (!customerName || sources.customerName?.kind === 'greeting') {
    const field = labelledName(page, editorRoot);
    if (field) {
      customerName = field.name;
      sources.customerName = { kind: 'field', label: field.label };
    }
  }
  if (!customerMessage) {
    const above = messageAbove(page, editorRoot, customerName);
    if (above) {
      customerMessage = above.text;
      sources.customerMessage = { kind: 'thread' };
      if (!customerName && above.name) {
        customerName = above.name;
        sources.customerName = { kind: 'sender' };
      }
    }
  }
  const subject = paneHeading(page, editorRoot);
  if (subject) sources.subject = { kind: 'heading' };
  const mode = modeFromSwitch(editorRoot) ?? modeFromComposer(editorRoot);
  if (mode) sources.mode = { kind: 'composer' };
  return { customerName, customerMessage, subject, mode: mode ?? 'reply', sources };
}

export const generic: SiteAdapter = {
  id: 'generic',
  hosts: [],
  readTicket: readGeneric,
};
