/** Which elements are reply boxes, and which one an event happened in. */
import { shadowRootsUnder } from './shadow.ts';

/** Everything that can be a reply box; narrowed by `editorRootOf`. */
export const EDITABLE_SELECTOR = 'textarea, input, [contenteditable]:not([contenteditable="false"])';

function usableTextarea(el: HTMLTextAreaElement | HTMLInputElement): boolean {
  return !el.readOnly && !el.disabled;
}

// What a chat composer calls itself ("Type a message…", "Reply", "Write a reply"); in the UI
// languages Tact ships: en, ru, sv, zh.
const MESSAGE_LABEL = /\b(?:message|reply|chat|respond|compose)\b|type (?:a|your) |write (?:a|your) |сообщени|ответ|напишите|meddelande|svar|skriv |消息|回复|留言/i;
// Search boxes, logins and form fields, whatever else their label says.
const NOT_A_REPLY = /search|find|filter|query|lookup|login|log in|sign in|user|e-?mail|password|phone|address|name|subject|title|url|code|coupon|promo|поиск|sök|搜索/i;
const MIN_COMPOSER_WIDTH = 200;

/** The words an input is labelled with: ARIA, placeholder, its <label>, name and id. */
function labelOf(input: HTMLInputElement): string {
  const doc = input.ownerDocument;
  const parts = [input.getAttribute('aria-label'), input.placeholder, input.name, input.id, input.title];
  const labelledBy = input.getAttribute('aria-labelledby');
  if (labelledBy) for (const id of labelledBy.split(/\s+/)) parts.push(doc.getElementById(id)?.textContent ?? null);
  for (const label of Array.from(input.labels ?? [])) parts.push(label.textContent);
  return parts.filter(Boolean).join(' ');
}

/**
 * Whether a single-line input is a chat composer (the page's reply box): a plain text field,
 * labelled as a message or reply, wide enough to write one in; never a search box, a login or a
 * form field (a form with a password, an autocomplete hint, a combobox).
 */
export function isReplyInput(input: HTMLInputElement): boolean {
  const type = (input.getAttribute('type') ?? 'text').toLowerCase();
  if (type !== 'text' || !usableTextarea(input)) return false;
  const role = input.getAttribute('role');
  if (role === 'searchbox' || role === 'combobox' || input.getAttribute('aria-autocomplete') === 'list' || input.hasAttribute('list')) return false;
  const autocomplete = (input.getAttribute('autocomplete') ?? '').toLowerCase();
  if (autocomplete && autocomplete !== 'off' && autocomplete !== 'on') return false;
  if (input.closest('[role="search"], search') || input.form?.querySelector('input[type="password"]')) return false;
  const label = labelOf(input);
  if (!MESSAGE_LABEL.test(label) || NOT_A_REPLY.test(label)) return false;
  return input.getBoundingClientRect().width >= MIN_COMPOSER_WIDTH;
}

/** The reply box containing `node`: a textarea, a chat composer input, or the topmost editable ancestor. */
export function editorRootOf(node: Node | null): HTMLElement | null {
  if (!node) return null;
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  if (!el) return null;
  if (el.tagName === 'TEXTAREA') return usableTextarea(el as HTMLTextAreaElement) ? (el as HTMLTextAreaElement) : null;
  if (el.tagName === 'INPUT') return isReplyInput(el as HTMLInputElement) ? (el as HTMLInputElement) : null;
  if (!(el as HTMLElement).isContentEditable) return null;
  let root = el as HTMLElement;
  while (root.parentElement && root.parentElement.isContentEditable) root = root.parentElement;
  return root;
}

/** Reply boxes under `scope` right now, inside shadow roots too (each once, outermost editable only). */
export function findEditors(scope: ParentNode): HTMLElement[] {
  const found = new Set<HTMLElement>();
  for (const tree of [scope, ...shadowRootsUnder(scope)]) {
    for (const el of Array.from(tree.querySelectorAll<HTMLElement>(EDITABLE_SELECTOR))) {
      const root = editorRootOf(el);
      if (root) found.add(root);
    }
  }
  return [...found];
}
