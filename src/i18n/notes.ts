/**
 * The one-line note under a suggestion, in the agent's language. The rewrite code writes each
 * note in the reply's language (the command line prints it beside the suggestion), while the card
 * and popup speak the agent's UI language: a Swedish agent answering in English reads a Swedish
 * note. Each `note_*` catalog entry is one note in four languages, so a note written in any of them
 * is found and said again in the current one. A note with no entry is shown as written.
 */
import { CATALOGS, type MessageKey, t, UI_LOCALES } from './index.ts';

let byText: Map<string, MessageKey> | undefined;

function index(): Map<string, MessageKey> {
  if (byText) return byText;
  byText = new Map();
  for (const locale of UI_LOCALES) {
    for (const [key, { message }] of Object.entries(CATALOGS[locale])) {
      if (key.startsWith('note_') && !byText.has(message)) byText.set(message, key as MessageKey);
    }
  }
  return byText;
}

/** The catalog key for `note`, if it has one. */
export const noteKey = (note: string): MessageKey | undefined => index().get(note.trim());

export function noteInUi(note: string | undefined): string | undefined {
  if (!note) return note;
  const key = noteKey(note);
  return key ? t(key) : note;
}
