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
    ['您好，我们会尽快处理。', '我的快递一直没到，已经五天了！', '您的快递一直没到，我理解这有多让人着急。'],
  ])('%j', (reply, customerMessage, expected) => {
    const report = analyze(reply, { customerMessage });
    const added = personalize(reply, report, { customerMessage }).additions.find((a) => a.signal === 'acknowledgement')!.suggestion.text;
    expect(added).toBe(expected);
    // Added to the reply, it is read as the acknowledgement it is meant to be.
    expect(analyze(`${reply} ${added}`, { customerMessage }).signals.acknowledgement.present).toBe(true);
  });
});
