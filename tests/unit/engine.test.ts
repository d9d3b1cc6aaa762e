import { describe, expect, it } from 'vitest';
import { analyze, clearSentenceCache } from '../../src/analysis/index.ts';
import { splitSentences } from '../../src/analysis/engine/segment.ts';
import { detectLang } from '../../src/analysis/lang/detect.ts';

describe('sentence splitting', () => {
  it('splits on terminal punctuation but not on abbreviations, decimals or URLs', () => {
    const text = 'Hi Mr. Smith, the fee is 4.99 today. See https://example.com/a.b?x=1 for details! Thanks.\nBest, Ann';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Hi Mr. Smith, the fee is 4.99 today.',
      'See https://example.com/a.b?x=1 for details!',
      'Thanks.',
      'Best, Ann',
    ]);
  });

  it('keeps offsets true to the text', () => {
    const text = '  😀 Sorry!  Next line.\n\n  Third one?  ';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('findings on real-looking drafts', () => {
  const email = [
    'Dear Ms. Alvarez,',
    '',
    'Thank you for reaching out to us regarding your recent order.',
    '',
    'We apologize for any inconvenience this may have caused. Please be advised that, as per our policy, refunds can only be issued within 30 days of purchase. Unfortunately there is nothing further we can do at this point in time.',
    '',
    'We value your business and look forward to serving you again.',
    '',
    'Kind regards,',
    'The Customer Care Team',
  ].join('\n');

  it('flags each scripted phrase of a long e-mail with its exact span', () => {
    const r = analyze(email);
    expect(r.findings.map((f) => [f.category, f.text])).toEqual([
      ['generic-apology', 'We apologize for any inconvenience this may have caused'],
      ['jargon', 'Please be advised'],
      ['policy-deflection', 'as per our policy'],
      ['policy-deflection', 'there is nothing further we can do'],
      ['jargon', 'at this point in time'],
      ['jargon', 'We value your business'],
    ]);
    for (const f of r.findings) expect(email.slice(f.start, f.end)).toBe(f.text);
  });

  it('scores a good reply above a scripted one', () => {
    const good = "Hi Tom,\n\nI'm really sorry your blender arrived with a cracked jar. I've sent a replacement jar by express today; you'll get the tracking link within the hour.\n\nBest,\nSam";
    const g = analyze(good, { customerName: 'Tom' });
    expect(g.findings).toEqual([]);
    expect(Object.values(g.signals).every((s) => s.present)).toBe(true);
    expect(g.score).toBeGreaterThan(analyze(email).score + 50);
  });

  it('leaves quoted customer words alone', () => {
    const r = analyze('You wrote that the deal was "amazing" and "100% free", so I checked: it is free for 30 days.');
    expect(r.findings).toEqual([]);
  });
});

describe('the per-sentence cache', () => {
  it('gives the same report warm as cold, while typing', () => {
    const draft = 'Hi Maria, sorry for any inconvenience. I have checked your order 4411. It ships tomorrow';
    let typed = '';
    for (const ch of draft) {
      typed += ch;
      const warm = analyze(typed, { customerName: 'Maria' });
      clearSentenceCache();
      const cold = analyze(typed, { customerName: 'Maria' });
      expect(warm).toEqual(cold);
    }
  });

  it('does not mix up results across customers', () => {
    const a = analyze('Thanks Maria.', { customerName: 'Maria' });
    const b = analyze('Thanks Maria.', { customerName: 'Zoltan', customerMessage: 'my card was charged twice' });
    expect(a.signals.personal.present).toBe(true);
    expect(b.signals.personal.spans.map((s) => s.text)).toEqual(['Maria']);
  });
});

describe('team config in the analysis', () => {
  it('turns categories and rules off, changes severity, and allows words', () => {
    const text = 'Sorry for any inconvenience. Act now! Please be advised.';
    expect(analyze(text, { config: { disabled: ['hype'] } }).findings.map((f) => f.category)).toEqual(['generic-apology', 'jargon']);
    expect(analyze(text, { config: { disabled: ['en.apology.generic'] } }).findings.map((f) => f.category)).toEqual(['hype', 'jargon']);
    expect(analyze(text, { config: { severity: { 'generic-apology': 'hint' } } }).findings[0]!.severity).toBe('hint');
    expect(analyze('Try Act Now Pro today.', { config: { allow: ['Act Now Pro'] } }).findings).toEqual([]);
  });

  it('matches team phrases as plain text, never as patterns', () => {
    const config = { teamPhrases: [{ id: 'p1', avoid: 'ticket', prefer: 'request' }, { id: 'evil', avoid: '(a+)+$' }, { id: 'dot', avoid: 'a.b' }] };
    const r = analyze('Your ticket is open. aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab axb', { config });
    expect(r.findings.map((f) => [f.rule, f.text])).toEqual([['team.p1', 'ticket']]);
    expect(r.findings[0]!.suggestions[0]!.text).toBe('request');
    expect(analyze('Pattern (a+)+$ here', { config }).findings.map((f) => f.rule)).toEqual(['team.evil']);
  });
});

describe('language detection', () => {
  it.each([
    ['Hi Maria, sorry for the delay with your order.', 'en'],
    ['Здравствуйте, Мария! Приносим извинения за задержку.', 'ru'],
    ['您好，给您带来不便，敬请谅解。', 'zh'],
    ['Hej Anna, tack för att du hörde av dig. Vi har skickat en ny vara.', 'sv'],
    ['😀😀😀', 'und'],
  ])('%j is %s', (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });
});
