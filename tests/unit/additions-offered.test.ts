/**
 * Issue #9: a sentence to add is offered only where an agent would send it, and lands where it
 * reads naturally. Real replies and e-mails from the tuned-on parts of the corpus.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import { personalize, type RewriteOptions } from '../../src/rewrite/index.ts';
import { placeAddition } from '../../src/content/additions.ts';
import { loadLocalCorpus } from '../../src/eval/corpus.ts';
import { isHeldBack } from '../../src/eval/split.ts';

const tweets = ['labeled.en.tact.jsonl', 'labeled.en.tact2.jsonl', 'labeled.en.tact3.jsonl', 'labeled.en.tact4.jsonl'].flatMap((f) => loadLocalCorpus(f));
const emails = (lang: string) => loadLocalCorpus(`emails.${lang}.jsonl`);
const byId = (rows: ReturnType<typeof loadLocalCorpus>, id: string) => {
  const r = rows.find((x) => x.id === id)!;
  expect(isHeldBack(r.id) && !r.id.startsWith('email')).toBe(false);
  return r;
};
const additionsOf = (reply: string, options: RewriteOptions) => personalize(reply, analyze(reply, { customerMessage: options.customerMessage, customerName: options.customerName }), options).additions;
const apply = (text: string, p: { at: number; insert: string; replaces: number }) => text.slice(0, p.at) + p.insert + text.slice(p.at + p.replaces);

describe('additions are offered only where an agent would send them', () => {
  it('offers nothing on thank-yous and praise', () => {
    for (const id of ['twcs-1370', 'twcs-2193', 'twcs-6908', 'twcs-3892', 'twcs-1362', 'twcs-2041']) {
      const r = byId(tweets, id);
      expect({ id, got: additionsOf(r.reply, { customerMessage: r.customer_msg }).map((a) => a.suggestion.text) }).toEqual({ id, got: [] });
    }
  });

  it('offers no step on a reply that already gives one or closes the matter', () => {
    // "Please DM us your booking reference…" is the next step; "Glad this has been resolved" closes it.
    for (const id of ['twcs-873', 'twcs-2762', 'twcs-1171']) {
      const r = byId(tweets, id);
      const signals = additionsOf(r.reply, { customerMessage: r.customer_msg }).map((a) => a.signal);
      expect({ id, signals }).toEqual({ id, signals: signals.filter((s) => s !== 'next-step' && s !== 'ownership') });
    }
  });

  it('holds at most one placeholder per reply, and builds the acknowledgement from the complaint', () => {
    const adds = additionsOf('Please send me your order number.', { customerMessage: 'My laptop keeps crashing when I open Photoshop.' });
    expect(adds.find((a) => a.signal === 'acknowledgement')!.suggestion.text).toBe('I can see how frustrating it is that your laptop keeps crashing when you open Photoshop.');
    expect(adds.filter((a) => /\[/.test(a.suggestion.text)).length).toBeLessThanOrEqual(1);
  });

  it('greets only with a known name, in the reply\'s register, and never stacks a greeting', () => {
    const msg = 'My parcel never arrived and nobody answers the phone.';
    expect(additionsOf('It is on its way now.', { customerMessage: msg }).some((a) => a.signal === 'personal')).toBe(false);
    expect(additionsOf('It is on its way now.', { customerMessage: msg, customerName: 'Maria Lopez' }).find((a) => a.signal === 'personal')!.suggestion.text).toBe('Hi Maria,');
    const letter = 'I have checked and it was returned to our depot.\n\nIt will be sent again by tracked delivery.\n\nKind regards,\nSam';
    expect(additionsOf(letter, { customerMessage: msg, customerName: 'Maria Lopez' }).find((a) => a.signal === 'personal')!.suggestion.text).toBe('Dear Maria,');
    // A tweet that opens "Hey there,": the name goes into that greeting, replacing it.
    const tweet = 'Hey there, support over social media is limited to technical questions. Please call our phone support.';
    const hey = additionsOf(tweet, { customerMessage: msg, customerName: 'Maria Lopez' }).find((a) => a.signal === 'personal')!;
    expect(hey.suggestion.text).toBe('Hey Maria,');
    expect(apply(tweet, placeAddition(tweet, 'personal', hey.suggestion.text))).toBe(tweet.replace('Hey there,', 'Hey Maria,'));
    // One already named: nothing to add.
    expect(additionsOf(`Hi Maria,\n\n${letter}`, { customerMessage: msg, customerName: 'Maria Lopez' }).some((a) => a.signal === 'personal')).toBe(false);
  });
});

describe('additions land in the body, never after the signature or in quoted history', () => {
  it('an Outlook e-mail: before the sign-off, above "-----Original Message-----"', () => {
    const r = byId(emails('en'), 'email-en-002');
    const out = apply(r.reply, placeAddition(r.reply, 'next-step', 'Next, [step].'));
    expect(out.indexOf('Next, [step].')).toBeLessThan(out.indexOf('Kind regards,'));
    expect(out).toContain('I can\'t wait to hear how it goes on your next trip! Next, [step].');
  });

  it('a Russian e-mail: before «Всего доброго», not under the signature above «Исходное сообщение»', () => {
    const r = byId(emails('ru'), 'email-ru-008');
    const out = apply(r.reply, placeAddition(r.reply, 'next-step', 'Дальше [шаг].'));
    expect(out.indexOf('Дальше [шаг].')).toBeLessThan(out.indexOf('Всего доброго'));
  });

  it('a sentence closing a mail goes above "Med vänlig hälsning" and never under a "… skrev …:" header', () => {
    for (const [mail, sentence, signOff, header] of [
      ['Hej Amanda,\n\nDina biljetter gäller på det nya datumet.\n\nMed vänlig hälsning\nOliver\n\nDen ons 25 nov. 2026 kl. 22:41 skrev Amanda Falk <amanda@example.se>:\n> Jag kan inte gå i mars.', 'Jag hör av mig i morgon.', 'Med vänlig hälsning', 'skrev Amanda'],
      ['Здравствуйте, Виктор!\n\nБилеты действуют на новую дату.\n\nпн, 2 нояб. 2026 г. в 09:14, Виктор <v@mail.example>:\n> Я не могу пойти в марте.', 'Я напишу Вам завтра.', 'пн, 2 нояб.', 'пн, 2 нояб.'],
      ['您好，吴先生：\n\n门票在新日期有效。\n\n在 2026年11月2日 周一 09:14，吴先生 <w@mail.example> 写道：\n> 三月我去不了。', '我明天再联系您。', '在 2026年', '写道'],
    ]) {
      const out = apply(mail!, placeAddition(mail!, 'ownership', sentence!));
      expect(out.indexOf(sentence!)).toBeLessThan(out.indexOf(signOff!));
      expect(out.indexOf(sentence!)).toBeLessThan(out.indexOf(header!));
    }
  });

  it('an acknowledgement goes after "曹先生：\\n您好！" and "Уважаемая Анастасия!", a closing line above "顺颂时祺"', () => {
    const zh = '曹先生：\n您好！关于户名变更一事，需要到营业厅办理。\n\n顺颂时祺！\n客户服务中心\n华源燃气';
    const ack = apply(zh, placeAddition(zh, 'acknowledgement', '我理解这有多让人着急。'));
    expect(ack.indexOf('我理解')).toBeGreaterThan(ack.indexOf('您好！'));
    const own = apply(zh, placeAddition(zh, 'ownership', '我会跟进。'));
    expect(own.indexOf('我会跟进')).toBeLessThan(own.indexOf('顺颂时祺'));
    const ru = 'Уважаемая Анастасия!\n\nПриём 2 декабря отменён. Для Вас зарезервировано время 4 декабря.';
    const ruAck = apply(ru, placeAddition(ru, 'acknowledgement', 'Понимаю, как это неприятно.'));
    expect(ruAck.indexOf('Понимаю')).toBeGreaterThan(ruAck.indexOf('Анастасия!'));
  });

  it('a tweet signed with the agent name on its own line, and a reply ending in a list', () => {
    const tweet = 'What store does this happen in?\nDan';
    expect(apply(tweet, placeAddition(tweet, 'ownership', "I'll check."))).toBe("What store does this happen in? I'll check.\nDan");
    // twcs-2359: a name after a spaced dash signs the tweet as "-Daniel" does.
    const dashed = 'Hi Tim, Did you purchase this in store or was it for home delivery? - Daniel';
    expect(apply(dashed, placeAddition(dashed, 'ownership', "I'll check."))).toBe("Hi Tim, Did you purchase this in store or was it for home delivery? I'll check. - Daniel");
    const list = 'Here is what to try:\n- restart the router\n- check the cable';
    expect(apply(list, placeAddition(list, 'next-step', 'Next, x.'))).toBe(`${list}\n\nNext, x.`);
    const quoted = 'Your refund is on its way.\n\n-----Original Message-----\nFrom: Steve Carter\nSent: Monday\nWhere is my refund?';
    expect(apply(quoted, placeAddition(quoted, 'ownership', "I'll check."))).toBe(quoted.replace('way.', "way. I'll check."));
    const thread = "We're sorry you didn't receive much communication. 1/2";
    expect(apply(thread, placeAddition(thread, 'ownership', "I'll check."))).toBe("We're sorry you didn't receive much communication. I'll check. 1/2");
    const signedZh = '建议您先到物业再找一找。\n\n祝您生活愉快！\n客服专员 小林\n\n------------------ 原始邮件 ------------------\n发件人: 陈先生';
    expect(apply(signedZh, placeAddition(signedZh, 'ownership', '我会跟进。'))).toBe(signedZh.replace('再找一找。', '再找一找。我会跟进。'));
    const zh = '您好，退款已经在处理中。\n\n「原始邮件」\n我的退款在哪里？';
    expect(apply(zh, placeAddition(zh, 'ownership', '我会跟进。')).indexOf('我会跟进')).toBeLessThan(zh.indexOf('「原始邮件」'));
  });
});

describe('acknowledgements that fit (issue #9, blind review f41/f53)', () => {
  const ack = (reply: string, customerMessage: string) => personalize(reply, analyze(reply, { customerMessage, lang: 'en' }), { customerMessage }).additions.find((a) => a.signal === 'acknowledgement')?.suggestion.text;

  it('adds none where the reply already says sorry for what happened, or recognises it', () => {
    const msg = 'Hello, I asked four days ago whether I can add child seats to my booking and still haven\'t heard back.';
    expect(ack("Hi Aoife, I'm sorry it took us four days to answer your question about child seats. I've added two seats to your booking.", msg)).toBeUndefined();
    expect(ack("Hi Aoife, I understand how stressful this has been before a trip. I've added two seats to your booking.", msg)).toBeUndefined();
    // Look-alike: a reply that only answers still gets one.
    expect(ack("Hi Aoife, I've added two seats to your booking.", msg)).toMatch(/^I can see how \w+ it is that you still haven['’]t heard back/);
  });

  it('picks the feeling that fits instead of "frustrating" for everything', () => {
    expect(ack('Please send me your order number.', 'I have been charged twice this month for one subscription.')).toMatch(/^I can see how worrying it is that/);
    expect(ack('Please send me your order number.', 'My new kettle arrived broken.')).toMatch(/^I can see how disappointing it is that/);
    expect(ack('Please send me your order number.', 'My laptop keeps crashing when I open Photoshop.')).toMatch(/^I can see how frustrating it is that/);
  });

  it('offers no feeling about an illness, and none that restates what the reply explains', () => {
    expect(ack('Please send me the booking number.', 'I had a fever and missed my flight to Rome.')).toBeUndefined();
    expect(ack('Your line was suspended because the last three bills were unpaid.', 'My internet was cut off without any explanation.')).toBeUndefined();
  });

  it('never offers an empty "Next, [the concrete next step]."', () => {
    const p = personalize('Thanks for reaching out.', analyze('Thanks for reaching out.', { customerMessage: 'My parcel never arrived, can you help?', lang: 'en' }), { customerMessage: 'My parcel never arrived, can you help?' });
    expect(p.additions.map((a) => a.suggestion.text).join(' ')).not.toMatch(/Next, \[/);
  });
});

describe('an acknowledgement says nothing the reply disputes, in our own spelling (issue #9)', () => {
  const ack = (reply: string, customerMessage: string) => personalize(reply, analyze(reply, { customerMessage, lang: 'en' }), { customerMessage }).additions.find((a) => a.signal === 'acknowledgement')?.suggestion.text;

  it('a word capitalised because it was quoted from an error goes lower-case; a place keeps its capital', () => {
    expect(ack('Please follow the steps in this article.', 'Every time I try, it says "Cannot Install". I cannot Install the update.')).not.toMatch(/Install/);
    expect(ack('Please send us the order number.', 'My order has gone to my old address in Leeds!')).toMatch(/Leeds\.$/);
  });

  it('does not say back a length of time the reply gives differently', () => {
    expect(ack('The flight was delayed by 2 hours because of fog.', 'My flight was 5 hours late and nobody told us anything.') ?? '').not.toMatch(/5 hours/);
    // Look-alike: the same number in the reply is no clash.
    expect(ack('Please send me your booking reference.', 'My flight was 5 hours late and nobody told us anything.')).toMatch(/5 hours late/);
  });
});
