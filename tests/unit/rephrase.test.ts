import { describe, expect, it } from 'vitest';
import { onDeviceModel, rephraseOnDevice } from '../../src/content/rephrase.ts';

describe('optional on-device rephrase', () => {
  it('is not offered, and fails no call, when the browser has no on-device model (Node, most browsers)', async () => {
    expect(onDeviceModel(globalThis)).toBeNull();
    expect(onDeviceModel({})).toBeNull();
    await expect(rephraseOnDevice('Sorry for any inconvenience.', {})).resolves.toBeNull();
  });

  it('uses the Rewriter API when it is there and ready', async () => {
    class Rewriter {
      static async availability() { return 'available'; }
      static async create() { return new Rewriter(); }
      async rewrite(text: string) { return `“${text.replace('any inconvenience', 'the cracked jar')}”`; }
    }
    expect(onDeviceModel({ Rewriter })).toBe('rewriter');
    await expect(rephraseOnDevice('Sorry for any inconvenience.', { Rewriter })).resolves.toBe('Sorry for the cracked jar.');
  });

  it('gives nothing while the model still has to download, or when it throws', async () => {
    class LanguageModel {
      static async availability() { return 'downloadable'; }
      static async create(): Promise<never> { throw new Error('must not be called'); }
    }
    expect(onDeviceModel({ LanguageModel })).toBe('prompt');
    await expect(rephraseOnDevice('x', { LanguageModel })).resolves.toBeNull();
    class Broken { static async availability(): Promise<string> { throw new Error('boom'); } }
    await expect(rephraseOnDevice('x', { Rewriter: Broken })).resolves.toBeNull();
  });
});

describe('on-device model state and outcome', () => {
  const model = (state: string, answer: (text: string) => string | Promise<string>) => class LanguageModel {
    static async availability() { return state; }
    static async create() { return new LanguageModel(); }
    async prompt(text: string) { return answer(text.slice(text.lastIndexOf('\n') + 1)); }
  };

  it('reports what the browser says, not that the object exists', async () => {
    const { onDeviceState } = await import('../../src/content/rephrase.ts');
    expect(await onDeviceState({})).toBe('absent');
    expect(await onDeviceState({ LanguageModel: model('available', (t) => t) })).toBe('available');
    expect(await onDeviceState({ LanguageModel: model('downloadable', (t) => t) })).toBe('downloadable');
    expect(await onDeviceState({ LanguageModel: model('no', (t) => t) })).toBe('unavailable');
    class Throws { static async availability(): Promise<string> { throw new Error('blocked by policy'); } }
    expect(await onDeviceState({ LanguageModel: Throws })).toBe('unavailable');
  });

  it('says why nothing changed: not available, or no usable sentence (a dropped placeholder counts)', async () => {
    const { rephraseSentence } = await import('../../src/content/rephrase.ts');
    const text = "I'm so sorry your parcel never came; I'll update you by [when]";
    expect(await rephraseSentence(text, { LanguageModel: model('downloading', (t) => t) })).toEqual({ ok: false, reason: 'unavailable' });
    expect(await rephraseSentence(text, { LanguageModel: model('available', () => "I'm sorry, I'll update you soon") })).toEqual({ ok: false, reason: 'failed' });
    expect(await rephraseSentence(text, { LanguageModel: model('available', () => '') })).toEqual({ ok: false, reason: 'failed' });
    const kept = "I'm really sorry the parcel never arrived; you'll hear from me by [when]";
    expect(await rephraseSentence(text, { LanguageModel: model('available', () => kept) })).toEqual({ ok: true, text: kept });
  });
});
