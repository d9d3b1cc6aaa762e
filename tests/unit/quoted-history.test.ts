import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import fc from 'fast-check';
import { HEADER_SOURCE, historyStart } from '../../src/analysis/engine/history.ts';
import type { Lang } from '../../src/analysis/types.ts';

// The customer's words quoted below a reply are not the agent's tone; the reply above still is.
const cases: Array<[Lang, string, string, string]> = [
  ['en', 'Sorry for any inconvenience.', 'On Mon, 2 Nov 2026 at 09:14, Chen <chen@mail.example> wrote:\n> As I already said, you failed to deliver. Calm down is what your agent told me!', 'blame'],
  ['en', 'Sorry for any inconvenience.', '-----Original Message-----\nFrom: Chen <chen@mail.example>\nSent: Monday\nSubject: Re\n\nAs I already said, you failed to deliver.', 'blame'],
  ['ru', 'Приносим извинения за доставленные неудобства.', 'пн, 2 нояб. 2026 г. в 09:14, Виктор <v@mail.example>:\n> Как я уже писал, вы в третий раз сорвали срок доставки.', 'blame'],
  ['ru', 'Приносим извинения за доставленные неудобства.', '-------- Исходное сообщение --------\nОт: Виктор <v@mail.example>\nДата: вчера\n\nКак я уже писал, вы сорвали срок.', 'blame'],
  ['sv', 'Vi ber om ursäkt för besväret.', 'Den mån 2 nov. 2026 kl. 09:14 skrev Viktor <v@mail.example>:\n> Som jag redan skrivit har ni missat leveransdagen.', 'blame'],
  ['sv', 'Vi ber om ursäkt för besväret.', '-----Ursprungligt meddelande-----\nFrån: Viktor\nSkickat: igår\n\nSom jag redan skrivit har ni missat leveransdagen.', 'blame'],
  ['zh', '给您带来的不便，敬请谅解。', '在 2026年11月2日 周一 09:14，吴先生 <w@mail.example> 写道：\n> 我已经说过了，你们第三次没按时送货。', 'blame'],
  ['zh', '给您带来的不便，敬请谅解。', '------------------ 原始邮件 ------------------\n发件人: 吴先生\n发送时间: 周一\n\n我已经说过了，你们第三次没按时送货。', 'blame'],
];

describe('quoted mail history', () => {
  it.each(cases)('%s: the history is not read, the reply is', (lang, reply, history, category) => {
    const report = analyze(`${reply}\n\n${history}`, { lang });
    expect(report.findings.map((f) => f.category)).toContain('generic-apology');
    expect(report.findings.filter((f) => f.category === category).map((f) => f.text)).toEqual([]);
    // The same words written by the agent are flagged.
    const own = history.split('\n').at(-1)!.replace(/^> /, '');
    expect(analyze(own, { lang }).findings.map((f) => f.category)).toContain(category);
  });

  it('skips "> " lines wherever they are, and keeps offsets into the whole text', () => {
    const text = 'Hi Chen,\n> You failed to pay on time, obviously.\nSorry for any inconvenience.';
    const report = analyze(text, { lang: 'en' });
    expect(report.findings.map((f) => f.category)).toEqual(['generic-apology']);
    const f = report.findings[0]!;
    expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('finding the history header quickly', () => {
  // The reference: the header expression run over the whole text, as before lines were picked.
  const whole = new RegExp(HEADER_SOURCE, 'imu');
  const PIECES = [
    'On Mon, 2 Nov 2026 at 09:14, Anna wrote:', 'Den 2 nov. 2026 skrev Anna:', 'Анна пишет:', '王女士 写道：', 'Anna <anna@example.com>:',
    '-----Original Message-----', '-------- Исходное сообщение --------', 'From: Anna', 'Sent: Monday', 'Från: Anna', 'Skickat: måndag',
    'Thanks for waiting', 'Note: it ships at 10:30', '--', ' -- ', '> quoted', 'wrote', ':', '：', ' ', '\t', '\n', '\r\n', '\r', '\u2028', 'x'.repeat(170),
  ];
  it('finds the same place as the whole-text expression', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        const m = whole.exec(text);
        expect(historyStart(text)).toBe(m ? m.index : text.length);
      }),
      { numRuns: 4000 },
    );
  });
});
