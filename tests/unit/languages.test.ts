import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import { detectLang } from '../../src/analysis/lang/detect.ts';
import { loadCorpus } from '../../src/eval/corpus.ts';
import { scoreCorpus } from '../../src/eval/score-corpus.ts';

describe('language detection picks the right pack', () => {
  it.each([
    ['ru', 'Здравствуйте, Мария! Спасибо, что написали нам. Я проверил ваш заказ: посылка уже в пути и будет у вас в пятницу. Если что-то пойдёт не так, просто ответьте на это письмо.'],
    ['sv', 'Hej Anna! Tack för ditt mejl. Jag har kollat din order och paketet är på väg, det kommer på fredag. Hör av dig om något inte stämmer.'],
    ['sv', 'Hej Anna, tack for ditt mejl. Vi har skickat en ny order till dig och den kommer inom tre dagar. Hör av dig om det inte kommer fram.'],
    ['sv', 'Hej Anna, tack for ditt mejl. Vi har skickat en ny order till dig och den kommer inom tre dagar. Svara bara om det inte kommer fram.'],
    ['zh', '王先生您好，感谢您的耐心。我已经查询了您的订单，包裹明天就会送到。如果还有问题，请随时私信我们。'],
    ['zh', '您好，请问您的iPhone 12是在哪个门店购买的？我帮您查一下保修。'],
    ['en', 'Hi Maria, you wrote «Мой заказ так и не пришёл, где он?» and I am sorry the parcel is late. I have checked with the courier and it will arrive on Friday.'],
    ['en', 'Hi Tom, thanks for reaching out. I have issued the refund and it will show in 3-5 days.'],
  ])('%s: %s', (lang, text) => {
    expect(detectLang(text)).toBe(lang);
    expect(analyze(text).lang).toBe(lang);
  });
});

describe('findings in each language carry exact UTF-16 offsets', () => {
  const cases: Array<[string, string, string[]]> = [
    ['ru', 'Здравствуйте, Иван!\n\nПриносим извинения за доставленные неудобства. Это политика компании. Как я уже писал, 100% бесплатно только сегодня! Доводим до вашего сведения, что заказ отправлен.', ['Приносим извинения за доставленные неудобства', 'Это политика компании', 'Как я уже писал', '100% бесплатно', 'Доводим до вашего сведения']],
    ['sv', 'Hej Erik!\n\nVi beklagar eventuella olägenheter. Det är inte mitt beslut. Som jag redan skrivit är det 100 % gratis. Vi vill informera om att ordern är skickad.', ['Vi beklagar eventuella olägenheter', 'Det är inte mitt beslut', 'Som jag redan skrivit', '100 % gratis', 'Vi vill informera om att']],
    ['zh', '😀 您好！对此造成的不便深表歉意。这是公司的政策，我们也没有办法。我已经说过了，100% 免费！期待与您高效合作。', ['对此造成的不便深表歉意', '这是公司的政策', '我们也没有办法', '我已经说过了', '100% 免费', '高效合作']],
  ];
  it.each(cases)('%s', (lang, text, spans) => {
    const report = analyze(text);
    expect(report.lang).toBe(lang);
    for (const f of report.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    const found = report.findings.map((f) => f.text);
    for (const span of spans) expect(found).toContain(span);
  });

  it('reads signals in each language', () => {
    const ru = analyze('Здравствуйте, Мария! Понимаю, как это неприятно. Я проверю заказ №55123 и напишу вам до пятницы.', { customerName: 'Мария' });
    expect(ru.signals.personal.present && ru.signals.acknowledgement.present && ru.signals.ownership.present && ru.signals['next-step'].present).toBe(true);
    const sv = analyze('Hej Anna! Jag förstår hur jobbigt det är. Jag har skickat en ny laddare, den kommer inom två dagar.');
    expect(sv.signals.personal.present && sv.signals.acknowledgement.present && sv.signals.ownership.present && sv.signals['next-step'].present).toBe(true);
    const zh = analyze('王先生您好，理解您的心情。我已经为您补发了耳机，预计三天内送达。', { customerMessage: '耳机坏了' });
    expect(zh.signals.personal.present && zh.signals.acknowledgement.present && zh.signals.ownership.present && zh.signals['next-step'].present).toBe(true);
  });

  it('leaves plain facts and look-alikes alone', () => {
    for (const text of ['Ваш полис страхования продлён. Бесплатная доставка для заказов от 3000 рублей.', 'Gratis frakt gäller för din order. Din försäkringspolicy är förnyad.', '我们会为您免费更换新的耳机，免费更换后保修两年。']) {
      expect(analyze(text).findings.map((f) => f.text)).toEqual([]);
    }
  });
});

// Floors measured on the labeled Chinese replies, set a little below what the packs reach
// (generic-apology 1.000, jargon 0.947, policy 0.800, next-step 0.96, ownership 0.97, personal 0.75).
const ZH_FLOORS: Record<string, number> = {
  'generic-apology': 0.9,
  jargon: 0.85,
  'policy-deflection': 0.6,
  personal: 0.7,
  ownership: 0.85,
  'next-step': 0.9,
};

describe('accuracy on the labeled Chinese corpus', () => {
  const score = scoreCorpus(loadCorpus('replies.zh.jsonl'));

  it('reads every reply as Chinese', () => {
    expect(score.replies).toBe(100);
    expect(score.predictions.filter((p) => p.report.lang !== 'zh').map((p) => p.reply.id)).toEqual([]);
  });

  it.each(Object.entries(ZH_FLOORS))('%s F1 is at least %s', (id, floor) => {
    const m = score.metrics.find((x) => x.id === id)!;
    expect(m.f1, `${id}: P=${m.precision.toFixed(3)} R=${m.recall.toFixed(3)}`).toBeGreaterThanOrEqual(floor);
  });

  it('wrongly flags at most 3% of flag-free replies', () => {
    expect(score.falseAlarmRate).toBeLessThanOrEqual(0.03);
  });
});
