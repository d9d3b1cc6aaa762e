/**
 * Apply (a suggestion, from the card or the popup) and Add (a sentence for a missing signal, from
 * the popup) are one edit: replace a checked range of the draft through the editor's own input path,
 * then select the first `[placeholder]` of the new text so the agent types over it.
 */
import type { Finding, TextRange } from '../../analysis/types.ts';
import type { Request, Response } from '../../messages.ts';
import { placeAddition } from '../additions.ts';
import type { CoachCore } from '../coach-core.ts';
import { focusIsIn } from '../editors/input-path.ts';
import { holdKeys } from '../held-keys.ts';
import { selectPlaceholder, watchAgentInput } from '../placeholder.ts';
import { rephraseSentence } from '../rephrase.ts';
import { findingKey, type Session } from '../session.ts';

type EditResult = Response<'popup:apply'>;

interface Edit {
  /** What is replaced, with the text that must still be there (an empty range to insert). */
  target: TextRange;
  insert: string;
  /** Where, after the edit, the text whose placeholder is selected starts, and that text. */
  placeholder?: { at: number; text: string };
}

export async function runEdit(session: Session, edit: Edit): Promise<EditResult> {
  const { target, insert, placeholder } = edit;
  // Keys typed while the editor takes the edit are typed after it (see held-keys.ts). From here on
  // any other key press or click is the agent's own next step: the edit stops if it comes before
  // the change, and the placeholder selection must not undo it after.
  const keys = holdKeys(session.adapter.root);
  const input = watchAgentInput(session.adapter.root.ownerDocument);
  const outcome = await session.adapter
    .replace(target.start, target.end, target.text, insert, { signal: session.signal, acted: input.acted })
    .catch((): 'failed' => 'failed');
  if (outcome === 'applied') {
    void (async () => {
      const selected = placeholder ? await selectPlaceholder(session.adapter, placeholder.at, placeholder.text, input).catch(() => null) : null;
      input.stop();
      // Over the placeholder the agent would have typed over, else after the new text.
      const end = target.start + insert.length;
      await typeHeld(session, keys.take(), selected ?? { start: end, end });
    })();
    return { applied: true };
  }
  input.stop();
  // Not applied: the words are as they were, and keys typed meanwhile go after them.
  await typeHeld(session, keys.take(), { start: target.end, end: target.end });
  // The words changed since they were analysed: show what is there now instead of guessing.
  if (outcome === 'stale') session.analyzeNow();
  return { applied: false, reason: outcome === 'stale' ? 'stale' : 'failed' };
}

/** Types held keys over [start, end) through the editor's input path (one more edit, no placeholder). */
async function typeHeld(session: Session, typed: string, { start, end }: { start: number; end: number }): Promise<void> {
  // Never pulls focus back: an agent who clicked elsewhere meanwhile has moved on.
  if (!typed || session.signal.aborted || !focusIsIn(session.adapter.root)) return;
  const text = session.adapter.readText();
  if (end > text.length) return;
  await runEdit(session, { target: { start, end, text: text.slice(start, end) }, insert: typed });
}

/** Names a box's draft as the popup saw it: the session, and a hash of the text analysed. */
export function draftKey(session: Session): string {
  const text = session.analyzedText;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${session.id}:${(h >>> 0).toString(36)}.${text.length}`;
}

/** The box whose draft the popup showed, if its text is still what the popup showed. */
function popupSession(core: CoachCore, draft: string): Session | 'stale' | null {
  const session = core.sessionById(Number(draft.split(':')[0]));
  if (!session) return null;
  session.analyzeNow();
  return draftKey(session) === draft ? session : 'stale';
}

/**
 * The card's suggestion `index` if the draft as it is now still offers it, with its range in the
 * text as it is now. The agent may have typed on with the card open: the rewrite of the sentence as
 * it was would replace only what was there then and cut what came after ("Damaged items mus
 * because [the reason]t be reported…"). When it is not offered any more the card shows what is
 * (card.ts follows the new analysis) and nothing is applied.
 */
function stillOffered(session: Session, finding: Finding, index: number): { target: TextRange; text: string } | null {
  const offered = finding.suggestions[index];
  if (!offered || !session.catchUp()) return null;
  const now = session.placed.find((p) => p.key === findingKey(finding))?.finding;
  const same = now?.suggestions[index];
  if (!now || !same || same.text !== offered.text) return null;
  return { target: same.range ?? now, text: same.text };
}

/** Replaces `target` (the finding's span, or the sentence a suggestion rewrites) with `text`. */
const applyEdit = (target: TextRange, text: string): Edit => ({ target, insert: text, placeholder: { at: target.start, text } });

export function init(core: CoachCore, _signal: AbortSignal): void {
  core.actions.apply = (view, index, event) => {
    if (!event.isTrusted) return;
    const session = core.sessionById(view.layerId);
    const suggestion = session && stillOffered(session, view.finding, index);
    if (!session || !suggestion) return;
    core.card.close(false);
    void runEdit(session, applyEdit(suggestion.target, suggestion.text));
  };
  core.actions.rephrase = async (view, event) => {
    const session = core.sessionById(view.layerId);
    if (!event.isTrusted || !session) return 'failed';
    // The sentence the first suggestion rewrites (or the finding alone), rephrased from that suggestion.
    const first = view.finding.suggestions.length ? stillOffered(session, view.finding, 0) : null;
    if (view.finding.suggestions.length && !first) return 'stale';
    const target = first?.target ?? view.finding;
    const draft = session.adapter.readText();
    const result = await rephraseSentence(first?.text ?? view.finding.text);
    if (!result.ok) return result.reason;
    // Typed on while the model wrote: the sentence may have grown past `target` (see stillOffered).
    if (session.adapter.readText() !== draft) {
      session.analyzeNow();
      return 'stale';
    }
    core.card.close(false);
    const edit = await runEdit(session, applyEdit(target, result.text));
    return edit.applied ? 'applied' : edit.reason === 'stale' ? 'stale' : 'failed';
  };
}

export async function applyFromPopup(core: CoachCore, { draft, start, end, text, suggestion }: Request<'popup:apply'>): Promise<EditResult> {
  const session = popupSession(core, draft);
  if (session === null) return { applied: false, reason: 'no-draft' };
  if (session === 'stale') return { applied: false, reason: 'stale' };
  const placed = session.placed.find((p) => p.finding.start === start && p.finding.end === end && p.finding.text === text);
  const chosen = placed?.finding.suggestions[suggestion];
  if (!placed || chosen === undefined) return { applied: false, reason: 'stale' };
  return runEdit(session, applyEdit(chosen.range ?? placed.finding, chosen.text));
}

export async function addFromPopup(core: CoachCore, { draft, signal: id, text }: Request<'popup:add'>): Promise<EditResult> {
  const session = popupSession(core, draft);
  if (session === null) return { applied: false, reason: 'no-draft' };
  // The draft changed since the popup showed it: the sentence may no longer fit where it would go.
  if (session === 'stale') return { applied: false, reason: 'stale' };
  // Only a sentence the current analysis still offers (the signal may have appeared meanwhile).
  const report = session.report;
  const offered = report && !report.signals[id]?.present
    ? session.coached?.additions.find((a) => a.signal === id && a.suggestion.text === text)
    : undefined;
  if (!offered) return { applied: false, reason: 'stale' };
  const { at, insert, sentenceOffset, replaces } = placeAddition(session.analyzedText, id, text);
  // An empty range at `at` (or the unnamed greeting it replaces), through the same input path as Apply (one undo step).
  const target = { start: at, end: at + replaces, text: session.analyzedText.slice(at, at + replaces) };
  return runEdit(session, { target, insert, placeholder: { at: at + sentenceOffset, text } });
}
