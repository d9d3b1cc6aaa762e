/**
 * Keys the agent types into the box while an Apply is in flight, held back so they can be typed
 * once the edit is done, where they would have gone had the editor taken the edit at once
 * (features/edit.ts types them through the same input path as the edit).
 *
 * CKEditor 4, TinyMCE and Slate take our paste a task after the event, and the agent's next key
 * can come in between. Let through, it lands over the words still selected for the paste (they are
 * lost), or, with the caret moved off them first, the editor then inserts the paste at the caret:
 * the new text after the key and the old words kept ("…any inconvenienceKI am sorry […]", seen in
 * the CKEditor 4 browser test in 1 of 5 runs on a loaded machine).
 */
import { eventInside } from './editors/shadow.ts';

export interface HeldKeys {
  /** Stops holding; the characters held so far (Enter as a line break). */
  take(): string;
}

/**
 * Create it before `watchAgentInput`: a held key then stops the other listeners, so it neither
 * cancels the edit nor keeps the placeholder from being selected (it is typed over it after).
 */
export function holdKeys(root: HTMLElement): HeldKeys {
  const held: string[] = [];
  const controller = new AbortController();
  root.ownerDocument.addEventListener('keydown', (event) => {
    if (!event.isTrusted || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
    // Characters and Enter; every other key (arrows, Backspace, Escape) is the agent moving on.
    if ([...event.key].length !== 1 && event.key !== 'Enter') return;
    if (!eventInside(root, event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    held.push(event.key === 'Enter' ? '\n' : event.key);
  }, { capture: true, signal: controller.signal });

  return {
    take() {
      controller.abort();
      return held.join('');
    },
  };
}
