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

const INSTRUCTION = 'Rewrite this sentence from a customer-support reply so it sounds warm, specific and human. Keep its meaning and any [placeholders]. Reply with the sentence only.';

/** The sentence rephrased on this device, or null when no model is ready or it fails. */
export async function rephraseOnDevice(text: string, scope: object = globalThis, signal?: AbortSignal): Promise<string | null> {
  const kind = onDeviceModel(scope);
  try {
    if (kind === 'rewriter') {
      const api = (scope as { Rewriter: RewriterStatic }).Rewriter;
      if ((await api.availability()) !== 'available') return null;
      const rewriter = await api.create({ tone: 'as-is', format: 'plain-text', length: 'as-is', sharedContext: INSTRUCTION });
      try {
        return clean(await rewriter.rewrite(text, { signal }));
      } finally {
        rewriter.destroy?.();
      }
    }
    if (kind === 'prompt') {
      const api = (scope as { LanguageModel: LanguageModelStatic }).LanguageModel;
      if ((await api.availability()) !== 'available') return null;
      const session = await api.create();
      try {
        return clean(await session.prompt(`${INSTRUCTION}\n\n${text}`, { signal }));
      } finally {
        session.destroy?.();
      }
    }
  } catch {
    // The model is optional: any failure leaves the deterministic suggestions as they are.
  }
  return null;
}

function clean(out: string): string | null {
  const s = out.trim().replace(/^["“]|["”]$/g, '').trim();
  return s && s.length < 400 ? s : null;
}
