/**
 * The note under a suggestion speaks the agent's UI language, whatever language the reply is in:
 * every note the rewrites produce on the labeled replies and e-mails of all four languages has a
 * `note_*` catalog entry, and the card shows it in the chosen language.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import { loadCorpus, loadLocalCorpus, localCorpusFiles } from '../../src/eval/corpus.ts';
import { setUiLocale, UI_LOCALES } from '../../src/i18n/index.ts';
import { noteInUi, noteKey } from '../../src/i18n/notes.ts';
import { personalize } from '../../src/rewrite/index.ts';

afterEach(() => setUiLocale('en'));

function notesProduced(): Map<string, string> {
  const rows = [...loadCorpus('replies.en.more.jsonl'), ...loadCorpus('replies.zh.jsonl'), ...localCorpusFiles().flatMap((f) => loadLocalCorpus(f))];
  const notes = new Map<string, string>();
  for (const r of rows) {
    const lang = (r as { lang?: 'en' | 'ru' | 'sv' | 'zh' }).lang;
    const report = analyze(r.reply, { customerMessage: r.customer_msg, ...(lang ? { lang } : {}) });
    const p = personalize(r.reply, report, { customerMessage: r.customer_msg });
    for (const f of p.findings) for (const s of f.suggestions) if (s.note) notes.set(s.note, r.id);
    for (const a of p.additions) if (a.suggestion.note) notes.set(a.suggestion.note, r.id);
  }
  return notes;
}

describe('suggestion notes', () => {
  const notes = notesProduced();

  it('come in every reply language and each has a catalog entry', () => {
    expect(notes.size).toBeGreaterThan(30);
    const missing = [...notes].filter(([note]) => !noteKey(note)).map(([note, id]) => `${note} (${id})`);
    expect(missing, 'add a note_* entry to _locales/*/messages.json for each').toEqual([]);
  });

  it('show in the UI language, not the reply language', () => {
    const russian = [...notes.keys()].find((n) => /[а-я]/i.test(n));
    const english = [...notes.keys()].find((n) => /^[A-Za-z]/.test(n));
    expect(russian && english).toBeTruthy();
    for (const locale of UI_LOCALES) {
      setUiLocale(locale);
      const fromRussian = noteInUi(russian)!;
      const fromEnglish = noteInUi(english)!;
      if (locale === 'ru') expect(fromRussian).toMatch(/[а-я]/i);
      else expect(fromRussian).not.toMatch(/[а-я]/i);
      if (locale === 'en') expect(fromEnglish).toBe(english);
      else expect(fromEnglish).not.toBe(english);
    }
  });
});
