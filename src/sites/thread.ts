/** The thread reading most helpdesks share: messages in order, some from the customer. */
import { $, $$, cleanName, textOf } from './dom.ts';

export interface ThreadSpec {
  /** Every message of the thread, in page order. */
  messages: string;
  /** Whether a message is the customer's (not an agent's, not an internal note). */
  fromCustomer(message: HTMLElement): boolean;
  /** The message's body, without its header (sender, time). */
  body?: string;
  /** The sender's name inside a message. */
  sender?: string;
  /** The thread lists the newest message first (Help Scout). */
  newestFirst?: boolean;
}

/** The customer's latest message in `scope`, and the name it was sent under. */
export function latestCustomerMessage(scope: ParentNode | null | undefined, spec: ThreadSpec): { name?: string; text?: string } {
  const messages = $$(scope, spec.messages).filter((m) => spec.fromCustomer(m));
  const last = spec.newestFirst ? messages[0] : messages[messages.length - 1];
  if (!last) return {};
  const body = spec.body ? $(last, spec.body) : last;
  return { text: textOf(body), name: spec.sender ? cleanName(textOf($(last, spec.sender))) : undefined };
}
