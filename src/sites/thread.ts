/** The thread reading most helpdesks share: messages in page order, some from the customer. */
import { $, $$, anchorIn, cleanName, nearestTo, textOf } from './dom.ts';

export interface ThreadSpec {
  /** Every message of the thread, in page order. */
  messages: string;
  /** Whether a message is the customer's (not an agent's, not an internal note). */
  fromCustomer(message: HTMLElement): boolean;
  /** The message's body, without its header (sender, time); the first that matches. */
  body?: string[];
  /** The sender's name inside a message. */
  sender?: string;
}

export interface ThreadMessage {
  name?: string;
  text?: string;
}

/**
 * The customer's message nearest to the reply box in `scope` (the last one above it; else the
 * first below it, for helpdesks that list the newest message first, above the box).
 */
export function customerMessageNear(scope: ParentNode | null | undefined, editorRoot: HTMLElement, spec: ThreadSpec): ThreadMessage {
  if (!scope) return {};
  const doc = (scope as Node).ownerDocument ?? (scope as Document);
  const messages = $$(scope, spec.messages).filter((m) => spec.fromCustomer(m));
  const message = nearestTo(anchorIn(doc, editorRoot), messages);
  if (!message) return {};
  const body = spec.body ? $(message, ...spec.body) : message;
  return { text: textOf(body ?? message), name: spec.sender ? cleanName(textOf($(message, spec.sender))) : undefined };
}
