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
