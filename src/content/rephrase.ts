/**
 * Optional "Rephrase on this device" through the browser's on-device model (Chrome's built-in
 * Rewriter or Prompt API). Feature-detected, never required, nothing leaves the machine: when the
 * browser has no such model the button is simply not offered. Deterministic rewrites stay the
 * default; this is only an extra the agent can ask for.
 */

export type OnDeviceModel = 'rewriter' | 'prompt';

interface RewriterLike { rewrite(text: string, options?: { context?: string; signal?: AbortSignal }): Promise<string>; destroy?(): void }
interface RewriterStatic { availability(): Promise<string>; create(options?: Record<string, unknown>): Promise<RewriterLike> }
interface SessionLike { prompt(text: string, options?: { signal?: AbortSignal }): Promise<string>; destroy?(): void }
interface LanguageModelStatic { availability(): Promise<string>; create(options?: Record<string, unknown>): Promise<SessionLike> }

/** Which on-device model the browser offers, if any (checked, never assumed). */
export function onDeviceModel(scope: object = globalThis): OnDeviceModel | null {
  try {
    if ('Rewriter' in scope && typeof (scope as { Rewriter?: unknown }).Rewriter === 'function') return 'rewriter';
    if ('LanguageModel' in scope && typeof (scope as { LanguageModel?: unknown }).LanguageModel === 'function') return 'prompt';
  } catch {
    // A page that trapped the global: treat it as absent.
  }
  return null;
}

/** What the browser says of its on-device model: only 'available' is offered to the agent. */
export type ModelState = 'available' | 'downloadable' | 'downloading' | 'unavailable' | 'absent';

/**
 * The model's state as the browser reports it (`availability()`), never assumed from the object
 * existing: Chromium has `LanguageModel` even where the model is not downloaded or cannot run.
 */
export async function onDeviceState(scope: object = globalThis): Promise<ModelState> {
  const kind = onDeviceModel(scope);
  if (!kind) return 'absent';
  try {
    const api = kind === 'rewriter' ? (scope as { Rewriter: RewriterStatic }).Rewriter : (scope as { LanguageModel: LanguageModelStatic }).LanguageModel;
    const state = await api.availability();
    return state === 'available' || state === 'downloadable' || state === 'downloading' ? state : 'unavailable';
  } catch {
    return 'unavailable';
  }
}

export type RephraseResult = { ok: true; text: string } | { ok: false; reason: 'unavailable' | 'failed' };

/** The sentence rephrased on this device, or why not: the model is not ready, or gave nothing usable. */
export async function rephraseSentence(text: string, scope: object = globalThis, signal?: AbortSignal): Promise<RephraseResult> {
  if ((await onDeviceState(scope)) !== 'available') return { ok: false, reason: 'unavailable' };
  const run = await generate(text, scope, signal);
  if ('error' in run) return { ok: false, reason: run.error === 'create' ? 'unavailable' : 'failed' };
  const out = run.text;
  // The agent's placeholders must survive: a model that drops one would hide what is still to fill in.
  const wanted = text.match(/\[[^\]\n]+\]/g) ?? [];
  if (wanted.some((p) => !out.includes(p))) return { ok: false, reason: 'failed' };
  return { ok: true, text: out };
}

const INSTRUCTION = 'Rewrite this sentence from a customer-support reply so it sounds warm, specific and human. Keep its meaning and any [placeholders]. Reply with the sentence only.';

/** The sentence rephrased on this device, or null when no model is ready or it fails. */
export async function rephraseOnDevice(text: string, scope: object = globalThis, signal?: AbortSignal): Promise<string | null> {
  const out = await generate(text, scope, signal);
  return 'text' in out ? out.text : null;
}

/** One run of the model: its sentence, or whether it could not start ('create') or gave nothing usable. */
async function generate(text: string, scope: object, signal?: AbortSignal): Promise<{ text: string } | { error: 'create' | 'output' }> {
  const kind = onDeviceModel(scope);
  let session: { run(): Promise<string>; destroy?(): void } | null = null;
  try {
    if (kind === 'rewriter') {
      const api = (scope as { Rewriter: RewriterStatic }).Rewriter;
      if ((await api.availability()) !== 'available') return { error: 'create' };
      const rewriter = await api.create({ tone: 'as-is', format: 'plain-text', length: 'as-is', sharedContext: INSTRUCTION });
      session = { run: () => rewriter.rewrite(text, { signal }), destroy: () => rewriter.destroy?.() };
    } else if (kind === 'prompt') {
      const api = (scope as { LanguageModel: LanguageModelStatic }).LanguageModel;
      if ((await api.availability()) !== 'available') return { error: 'create' };
      const created = await api.create();
      session = { run: () => created.prompt(`${INSTRUCTION}\n\n${text}`, { signal }), destroy: () => created.destroy?.() };
    } else {
      return { error: 'create' };
    }
  } catch {
    // The browser refused to start the model (not on this device, blocked by policy).
    return { error: 'create' };
  }
  try {
    const out = clean(await session.run());
    return out === null ? { error: 'output' } : { text: out };
  } catch {
    return { error: 'output' };
  } finally {
    session.destroy?.();
  }
}

function clean(out: string): string | null {
  const s = out.trim().replace(/^["“]|["”]$/g, '').trim();
  return s && s.length < 400 ? s : null;
}
