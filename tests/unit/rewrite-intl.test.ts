import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import { personalize } from '../../src/rewrite/index.ts';
import { toVyForm } from '../../src/rewrite/problem-ru.ts';
import { shapeSv } from '../../src/rewrite/problem-sv.ts';

/** The first suggestion for the reply's first finding, with the customer's message as context. */
function apology(reply: string, customerMessage: string): string | undefined {
  const report = analyze(reply, { customerMessage });
  return personalize(reply, report, { customerMessage }).findings[0]?.suggestions[0]?.text;
}

describe('ru: the complaint in the Вы-form', () => {
  const reply = 'Приносим извинения за доставленные неудобства. Мы проверим заказ.';
  it.each([
    // What failed, not what they did normally (заказал); мой → Ваш.
    ['Здравствуйте! Я заказал чайник две недели назад, а мой заказ до сих пор не пришёл.', 'Нам очень жаль, что Ваш заказ до сих пор не пришёл'],
    // я + verb → Вы + verb agreeing with it.
    ['Я не могу войти в личный кабинет, пишет ошибку.', 'Нам очень жаль, что Вы не можете войти в личный кабинет'],
    ['Я уже 3 недели жду возврат.', 'Нам очень жаль, что Вы уже 3 недели ждёте возврат'],
    // Their accusation ("вы списали") is said impersonally, admitting nothing.
    ['Вы списали с меня деньги дважды!', 'Нам очень жаль, что списали с Вас деньги дважды'],
    // Their own "что" is not said twice after ours.
    ['Мне прислали SMS, что приём отменён, а я взяла отгул.', 'Нам очень жаль, что приём отменён'],
    // Shouting is theirs; a "почему" question is read for what it says.
    ['Вы ОПЯТЬ прислали не тот размер.', 'Нам очень жаль, что опять прислали не тот размер'],
    ['Почему вечером так медленно работает интернет?', 'Нам очень жаль, что вечером так медленно работает интернет'],
  ])('%j', (message, expected) => {
    expect(apology(reply, message)).toBe(expected);
  });

  it('keeps the clean placeholder when nothing failed', () => {
    expect(apology(reply, 'Спасибо за помощь!')).toBe('Нам очень жаль, что [что случилось]');
  });

  it('turns the past tense by number, not by gender', () => {
    expect(toVyForm('я получила не тот товар')).toBe('Вы получили не тот товар');
    expect(toVyForm('я оплатил, но мой заказ отменили')).toBe('Вы оплатили, но Ваш заказ отменили');
  });
});

describe('sv: the complaint as a clause after "att"', () => {
  const reply = 'Vi ber om ursäkt för besväret. Vi kollar på det.';
  it.each([
    // Subordinate word order: the sentence adverbs move before the finite verb; min → din.
    ['Hej! Min beställning har fortfarande inte kommit.', 'Vi beklagar verkligen att din beställning fortfarande inte har kommit'],
    ['Jag har inte fått någon återbetalning.', 'Vi beklagar verkligen att du inte har fått någon återbetalning'],
    // Their definite forms stay theirs, lower-case after "att".
    ['Paketet kom trasigt.', 'Vi beklagar verkligen att paketet kom trasigt'],
    ['Appen kraschar hela tiden när jag loggar in.', 'Vi beklagar verkligen att appen kraschar hela tiden när du loggar in'],
    // "Varför är X…": the verb goes back after its subject; their accusation is what they got.
    ['Varför är internet så långsamt på kvällarna?', 'Vi beklagar verkligen att internet är så långsamt på kvällarna'],
    ['Ni skickade FEL storlek IGEN.', 'Vi beklagar verkligen att du fick fel storlek igen'],
  ])('%j', (message, expected) => {
    expect(apology(reply, message)).toBe(expected);
  });

  it('keeps the clean placeholder when nothing failed', () => {
    expect(apology(reply, 'Tack för hjälpen!')).toBe('Vi beklagar verkligen att [det som hände]');
  });

  it('does not reorder an inverted main clause it cannot read', () => {
    expect(shapeSv('Nu fungerar appen inte')).toBeNull();
    expect(shapeSv('Spotify fungerar inte')).toBe('Spotify inte fungerar');
  });
});

describe('zh: the complaint without articles, person turned', () => {
  const reply = '给您带来不便，敬请谅解。我们会尽快处理。';
  it.each([
    ['你好，我的快递一直没到，已经五天了！', '很抱歉您的快递一直没到'],
    // An accusation becomes what happened to them (被), not an admission.
    ['你们重复扣了我两次钱', '很抱歉您被重复扣了两次钱'],
    // A clause opening with an adverb keeps the clause before it, which holds the subject.
    ['APP打不开，一直闪退', '很抱歉APP打不开，一直闪退'],
    // Their "你们" with no "我": the subject goes, as Chinese lets it.
    ['你们又发错尺码了！', '很抱歉又发错尺码了'],
  ])('%j', (message, expected) => {
    expect(apology(reply, message)).toBe(expected);
  });

  it('keeps the clean placeholder when nothing failed', () => {
    expect(apology(reply, '谢谢你们的帮助')).toBe('很抱歉[具体出了什么问题]');
  });
});

describe('ru, sv, zh acknowledgements name their situation', () => {
  it.each([
    ['Здравствуйте! Мы проверим заказ и напишем Вам.', 'Мой заказ до сих пор не пришёл.', 'Понимаю, как неприятно, что Ваш заказ до сих пор не пришёл.'],
    ['Hej! Vi kollar på det och återkommer.', 'Min beställning har fortfarande inte kommit.', 'Jag förstår hur frustrerande det är att din beställning fortfarande inte har kommit.'],
    ['您好，我们会尽快处理。', '我的快递一直没到，已经五天了！', '您的快递一直没到，我能理解您有多着急。'],
  ])('%j', (reply, customerMessage, expected) => {
    const report = analyze(reply, { customerMessage });
    const added = personalize(reply, report, { customerMessage }).additions.find((a) => a.signal === 'acknowledgement')!.suggestion.text;
    expect(added).toBe(expected);
    // Added to the reply, it is read as the acknowledgement it is meant to be.
    expect(analyze(`${reply} ${added}`, { customerMessage }).signals.acknowledgement.present).toBe(true);
  });
});

/** Every finding's suggestions and the additions, for one reply and the customer's message. */
function suggested(reply: string, customerMessage: string) {
  const report = analyze(reply, { customerMessage });
  return personalize(reply, report, { customerMessage });
}

/** The reply with a suggestion applied over its range (or the finding). */
function applyTo(reply: string, f: { start: number; end: number }, s: { text: string; range?: { start: number; end: number } }): string {
  const r = s.range ?? f;
  return reply.slice(0, r.start) + s.text + reply.slice(r.end);
}

describe('zh: who it happened to, and the feeling that fits (blind review: subjectless clauses, verdicts echoed, 着急 for rudeness)', () => {
  const reply = '给您带来不便，敬请谅解。我们会尽快处理。';
  it.each([
    // A wait takes 您, and the apology says it with 让您.
    ['约好下午3点取车，等到5点才拿到车。', '很抱歉让您等到5点才拿到车', '您等到5点才拿到车，我能理解您有多着急。'],
    // What is gone is the thing their sentence names, not a bare "全没了".
    ['手机里存的照片，昨天系统一升级全没了！', '很抱歉昨天系统一升级，您的照片全没了', '昨天系统一升级，您的照片全没了，我能理解这有多让人烦心。'],
    // "你们把我…扣了": what happened to theirs (被), admitting nothing; a charge is no wait.
    ['你们把我五月的话费扣了两次！', '很抱歉您五月的话费被扣了两次', '您五月的话费被扣了两次，我能理解这让您很困扰。'],
    // A verdict on our staff is never repeated as fact: what they went through is.
    ['昨天申请退款，客服态度特别差，问两句就不回了。', '很抱歉这次的经历让您很不愉快', '这次的经历让您很不愉快，我能理解您的心情。'],
  ])('%j', (message, apologyWant, ackWant) => {
    const p = suggested(reply, message);
    expect(p.findings[0]?.suggestions[0]?.text).toBe(apologyWant);
    const ack = p.additions.find((a) => a.signal === 'acknowledgement')?.suggestion.text;
    expect(ack).toBe(ackWant);
    expect(analyze(`${reply} ${ack}`, { customerMessage: message }).signals.acknowledgement.present).toBe(true);
  });

  it.each([
    // Look-alikes: a question still asking, and a trip ("出差") that is no failure, name nothing.
    ['你们是不是乱收费？'],
    ['我下周出差，想改一下收货地址。'],
  ])('offers the clean placeholder and no acknowledgement for %j', (message) => {
    const p = suggested(reply, message);
    expect(p.findings[0]?.suggestions[0]?.text).toBe('很抱歉[具体出了什么问题]');
    expect(p.additions.find((a) => a.signal === 'acknowledgement')).toBeUndefined();
  });

  it('pastes no clause whose subject is missing even with a 您 inside; the apology names the thing instead', () => {
    const p = suggested(reply, '按时到了，前台说预约已经过期作废了，还扣了我50元。');
    expect(p.findings[0]?.suggestions[0]?.text).toBe('很抱歉您的预约出了问题');
    expect(p.additions.find((a) => a.signal === 'acknowledgement')).toBeUndefined();
  });

  it('keeps our own act without a subject, as Chinese lets it', () => {
    expect(suggested(reply, '你们又发错颜色了！').findings[0]?.suggestions[0]?.text).toBe('很抱歉又发错颜色了');
  });

  it('apologises for what the non-apology itself names, not for the verdict', () => {
    const p = suggested('如果之前的沟通让您感到不愉快，我们深表歉意。退货已经为您办理好了。', '昨天申请退款，客服态度特别差，问两句就不回了。');
    expect(p.findings[0]?.suggestions[0]?.text).toBe('很抱歉之前的沟通让您不愉快');
    expect(p.findings[0]?.suggestions.map((s) => s.text).join(' ')).not.toMatch(/态度特别差/);
  });

  it('drops the canned lead-in and pardon around the apology', () => {
    const reply2 = '对此次给您造成的困扰，我们深表歉意，敬请谅解。您的订单已经重新安排送货。';
    const text = suggested(reply2, '约好昨天送货，等了一天没人来。').findings[0]?.suggestions[0]?.text;
    expect(text).toBe('很抱歉让您等了一天没人来');
  });
});

describe('ru, sv, zh hype: the whole pitch, not one word of it (blind review: the upsell and its pressure stayed)', () => {
  it('zh: to a customer with a problem, the reply without the pitch comes first; the offer as plain information second', () => {
    const reply = '您好！您的订单已经发出，明天送到。另外，现在正是升级的最佳时机：会员年卡限时抢购，仅需99元！名额有限，先到先得，即刻行动！';
    const p = suggested(reply, '我的订单一直没到');
    const hype = p.findings.filter((f) => f.category === 'hype');
    expect(hype.length).toBeGreaterThan(1);
    for (const f of hype) {
      // Every hype word of the pitch gets the same rewrite of the whole pitch.
      expect(applyTo(reply, f, f.suggestions[0]!)).toBe('您好！您的订单已经发出，明天送到。');
      const plain = applyTo(reply, f, f.suggestions[1]!);
      expect(plain).not.toMatch(/最佳时机|限时|仅需|名额有限|先到先得|即刻行动/);
      expect(analyze(plain, { lang: 'zh' }).findings.filter((x) => x.category === 'hype')).toEqual([]);
    }
  });

  it('zh: a customer who asked about the offer keeps it, said plainly', () => {
    const reply = '您好！会员年卡可以在App里购买。另外，现在正是升级的最佳时机：会员年卡限时抢购，仅需99元！名额有限，先到先得，即刻行动！';
    const p = suggested(reply, '会员年卡怎么买？');
    const f = p.findings.find((x) => x.category === 'hype')!;
    expect(f.suggestions[0]!.text).toMatch(/99元/);
    expect(applyTo(reply, f, f.suggestions[0]!)).toMatch(/^您好！会员年卡可以在App里购买。另外，/);
  });

  it('sv: a pitch under a frozen membership goes; a pure push ("Missa inte chansen!") is dropped whole', () => {
    const reply = 'Hej! Jag har fryst ditt kort från 1 december. Passa på innan du bestämmer dig: just nu får du vårt rehabpaket till halva priset, helt riskfritt! Missa inte chansen!';
    const p = suggested(reply, 'Jag har brutit benet och kan inte träna på två månader. Kan jag frysa kortet?');
    const f = p.findings.find((x) => x.category === 'hype')!;
    expect(applyTo(reply, f, f.suggestions[0]!)).toBe('Hej! Jag har fryst ditt kort från 1 december.');
    expect(f.suggestions[1]?.text).toBe('Just nu får du vårt rehabpaket till halva priset');
  });

  it('sv: the sentence that opens the pitch ("Passa förresten på att uppgradera…") belongs to it', () => {
    const reply = 'Hej! Jag har fryst ditt medlemskap till den 15 maj. Passa förresten på att uppgradera till Premium medan du är borta! Missa inte chansen att komma tillbaka starkare än någonsin.';
    const p = suggested(reply, 'Kan jag frysa mitt medlemskap i sex veckor?');
    const f = p.findings.find((x) => x.category === 'hype')!;
    const out = applyTo(reply, f, f.suggestions[0]!);
    expect(out).not.toMatch(/Passa|Missa/);
    expect(out).toMatch(/^Hej! Jag har fryst ditt medlemskap till den 15 maj\./);
  });

  it('ru: a customer who is leaving is not sold to', () => {
    const reply = 'Здравствуйте! Подписку я отключил, списаний больше не будет. Но прежде чем уйти — эксклюзивное предложение: три месяца «Премиума» всего за 1 рубль! Не упустите свой шанс!';
    const p = suggested(reply, 'Хочу отменить подписку, слишком дорого.');
    const f = p.findings.find((x) => x.category === 'hype')!;
    expect(applyTo(reply, f, f.suggestions[0]!)).toBe('Здравствуйте! Подписку я отключил, списаний больше не будет.');
    expect(f.suggestions[1]?.text).toBe('Но прежде чем уйти — предложение: три месяца «Премиума» за 1 рубль');
  });

  it('a pitch with nothing left but pressure offers nothing rather than a half-cleaned one', () => {
    const p = suggested('您好：\n\n高级版是全网最低价，百分百满意，零风险。限时抢购，仅限今天，千万不要错过！', '高级版值得升级吗？');
    for (const f of p.findings.filter((x) => x.category === 'hype')) for (const s of f.suggestions) expect(analyze(s.text, { lang: 'zh' }).findings).toEqual([]);
  });
});

describe('ru, sv, zh blame: the omission becomes a step, the reproach goes (blind review: dropping "Очевидно" still blamed him)', () => {
  it.each([
    ['ru', 'Очевидно, при получении Вы не проверили комплектность заказа с курьером, иначе проблему решили бы сразу.', 'При получении стоит проверить комплектность заказа с курьером.'],
    ['ru', 'Вам следовало заранее сообщить нам о переезде — тогда проблем бы не было.', 'В следующий раз можно заранее сообщить нам о переезде — тогда проблем не будет.'],
    ['ru', 'Как указано в договоре (п. 4.2), возврат возможен в течение 14 дней.', 'По договору (п. 4.2) возврат возможен в течение 14 дней.'],
    ['ru', 'Надо было сохранить чек — без него гарантийный ремонт не делается.', 'В следующий раз лучше сохранить чек — без него гарантийный ремонт не делается.'],
    ['sv', 'Bilen lämnades tillbaka smutsig, och du borde ha städat den innan återlämningen.', 'Bilen lämnades tillbaka smutsig, och det gäller att städa den innan återlämningen.'],
    ['sv', 'Du har uppenbarligen angett fel adress i beställningen, och då är det inte konstigt att paketet kom tillbaka.', 'Det verkar som att du har angett fel adress i beställningen.'],
    ['sv', 'Det framgår tydligt av avtalet som du godkände att uppsägningstiden är tre månader.', 'I avtalet står det att uppsägningstiden är tre månader.'],
    // A quoted name stays with its noun when the fronted reproach goes.
    ['sv', 'Som jag redan skrev i mitt förra mejl stängdes kontot ”Lisa_01” av i går.', 'Kontot ”Lisa_01” stängdes av i går.'],
    ['zh', '我之前已经说过了，您应该先备份数据再升级。', '建议您先备份数据再升级。'],
    ['zh', '经核查，快递已于周一送达，显然您没有看清取件短信。', '经核查，快递已于周一送达。'],
    ['zh', '上次我已经解释过了，是您在下单时自己选了自提。', '记录显示，您在下单时选了自提。'],
  ] as const)('%s: %j', (lang, reply, want) => {
    const report = analyze(reply, { lang });
    const f = report.findings.find((x) => x.category === 'blame')!;
    const s = personalize(reply, report, {}).findings.find((x) => x.category === 'blame')!.suggestions[0]!;
    const r = s.range ?? f;
    const out = reply.slice(0, r.start) + s.text + reply.slice(r.end);
    expect(out).toBe(want);
    expect(analyze(out, { lang }).findings).toEqual([]);
  });

  it.each([
    // Look-alikes: a plain fact in the Вы-form, a step already offered, are no blame to rewrite.
    ['ru', 'Вы не получили письмо, поэтому я отправил его повторно.'],
    ['sv', 'Du har angett en ny adress, så paketet skickas dit i morgon.'],
    ['zh', '建议您先备份数据再升级。'],
  ] as const)('%s: %j is not flagged', (lang, reply) => {
    expect(analyze(reply, { lang }).findings).toEqual([]);
  });
});

describe('ru, sv: the acknowledgement concedes nothing the reply disputes, feels what fits, and is not said twice', () => {
  const ack = (reply: string, message: string) => suggested(reply, message).additions.find((a) => a.signal === 'acknowledgement')?.suggestion.text;
  const apology = (reply: string, message: string) => suggested(reply, message).findings[0]?.suggestions[0]?.text;

  it('drops "utan förklaring" / "без объяснений": the reply may be the explanation', () => {
    const sv = 'Hej Oscar, Jag beklagar att du upplever avstängningen som orättvis. Kontot stängdes eftersom det loggades in från två länder samtidigt.';
    expect(apology(sv, 'Nu är mitt konto spärrat utan förklaring!')).toBe('Hej Oscar, jag beklagar verkligen att ditt konto är spärrat');
    const ru = 'Здравствуйте! Сожалеем, если это доставило Вам неудобства. Приём перенесён на 4 декабря.';
    expect(apology(ru, 'Мне пришла SMS, что приём отменён. Без объяснений, без предложения другого времени.')).toBe('Мне очень жаль, что приём отменён');
  });

  it("picks the event that hurt, not their sarcasm about our rule ('inte ens')", () => {
    const reply = 'Hej Amanda, Vi ber om ursäkt för besväret. Avgiften återbetalas inte när en föreställning flyttas.';
    const out = apology(reply, 'Föreställningen den 12 maj är flyttad till JUNI och jag får inte ens tillbaka avgiften? Jag kan inte gå i juni.');
    expect(out).toBe('Hej Amanda, vi beklagar verkligen att föreställningen den 12 maj är flyttad till juni');
    expect(out).not.toMatch(/\bens\b/);
  });

  it.each([
    // Their own misfortune is met with sympathy, not frustration.
    ['Hej William! Jag har flyttat lektionen till fredag.', 'Hej, jag har fått feber och kan inte köra i morgon. Kan jag flytta lektionen?', 'Vad tråkigt att du har fått feber och inte kan köra i morgon.'],
    // A failure of ours keeps the plain frustration.
    ['Hej! Vi kollar på det och återkommer.', 'Min beställning har fortfarande inte kommit.', 'Jag förstår hur frustrerande det är att din beställning fortfarande inte har kommit.'],
    // A serious loss is more than "неприятно".
    ['Здравствуйте! Мы рассмотрим Ваше заявление.', 'Мою квартиру затопили соседи сверху, ущерб больше 200 тысяч.', 'Понимаю, как это тяжело, что Вашу квартиру затопили соседи сверху.'],
  ])('%j', (reply, message, want) => {
    expect(ack(reply, message)).toBe(want);
    expect(analyze(`${reply} ${want}`, { customerMessage: message }).signals.acknowledgement.present).toBe(true);
  });

  it.each([
    ['Hej William! Krya på dig! Jag har flyttat lektionen till fredag.', 'Hej, jag har fått feber och kan inte köra i morgon. Kan jag flytta lektionen?'],
    ['Здравствуйте, Анна! Понимаю, как это тяжело — болезнь ребёнка. Мы продлим срок сдачи до 15 декабря.', 'Я не успела сдать проект до 28 ноября — заболел ребёнок.'],
    ['陈女士您好！带宝宝赶早班机确实辛苦，我已经备注了提前入住。', '航班早上到，能不能提前入住？小孩才两岁，怕等太久。'],
  ])('adds no second acknowledgement to a reply that already meets them warmly: %j', (reply, message) => {
    expect(ack(reply, message)).toBeUndefined();
  });

  it("still adds one when the warm words are only in the customer's quoted message", () => {
    const reply = 'Hej! Vi kollar på det och återkommer.\n\nDen 1 dec. 2026 skrev Kund <kund@example.se>:\n> Jag förstår att ni har mycket, men min beställning har fortfarande inte kommit.';
    expect(ack(reply, 'Jag förstår att ni har mycket, men min beställning har fortfarande inte kommit.')).toBe('Jag förstår hur frustrerande det är att din beställning fortfarande inte har kommit.');
  });
});
