/**
 * Jargon and hype replaced by real words an agent would send (Vale-style substitution data, per
 * language): sentences shaped like the tuned-on labeled replies and e-mails. What Apply leaves must
 * read as one sentence, pass the analysis for its own finding, and ask for one fact at most.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import type { Lang } from '../../src/analysis/types.ts';
import { personalize } from '../../src/rewrite/index.ts';

/** The reply with the first suggestion for the first finding of `category` applied, as Apply does. */
function applied(reply: string, category: string, lang: Lang = 'en', customerMessage?: string): string {
  const report = analyze(reply, { lang, customerMessage });
  const p = personalize(reply, report, { customerMessage });
  const f = p.findings.find((x) => x.category === category && x.suggestions[0]);
  expect(f, `no ${category} suggestion for: ${reply}`).toBeTruthy();
  const s = f!.suggestions[0]!;
  expect((s.text.match(/\[/g) ?? []).length, s.text).toBeLessThanOrEqual(1);
  const range = s.range ?? f!;
  const out = reply.slice(0, range.start) + s.text + reply.slice(range.end);
  // Its own kind of finding is gone from the rewritten words.
  expect(analyze(out, { lang }).findings.filter((x) => x.category === category && x.start < range.start + s.text.length && x.end > range.start).map((x) => x.text)).toEqual([]);
  return out;
}

describe('jargon: plain words in place of the canned ones', () => {
  it.each([
    ['I\'d be glad to help you, I request you to please contact HP phone support from the link given below.', "I'd be glad to help you, please contact HP phone support from the link given below."],
    ['Kindly please proceed with new booking - Ed', 'Please proceed with new booking - Ed'],
    ["We can't make any promises about HDMI streaming, but rest assured that we care about your concerns and have shared the feedback.", "We can't make any promises about HDMI streaming, but we have shared the feedback."],
    ['Please rest assured that our team is working to have these removed!', 'Our team is working to have these removed!'],
    ['Please be advised that, going forward, bulk export has moved to Settings.', 'From now on, bulk export has moved to Settings.'],
    ['We have escalated your concern to the relevant team, who will revert back to you at the earliest.', 'We have escalated your concern to our [team] team, who will get back to you as soon as possible.'],
    ["Don't worry, we'll let the right team know it's something you'd like to see again.", "Don't worry, we'll let our [team] team know it's something you'd like to see again."],
    ['The health and safety of our customers and employees are our top priorities.', 'Keeping our customers and employees safe and healthy comes first for us.'],
    ["We're monitoring the situation closely and will continue to follow all public health guidance.", "We're keeping a close eye on things and will continue to follow all public health guidance."],
    ['Keeping your account safe is important to us.', 'We care about keeping your account safe.'],
    ['The next available agent will be with you as soon as possible.', 'One of our agents will be with you as soon as possible.'],
    ['Pls provide the same within next 24 hrs.', 'Pls provide it within next 24 hrs.'],
    ["We're awaiting for your response to resolve your issue.", "We're waiting for your reply to resolve your issue."],
    ['Please feel free to contact us anytime further assistance may be needed.', 'Please feel free to contact us if you need anything else.'],
    ['We value your business and appreciate your continued partnership.', 'We appreciate your continued partnership.'],
    ['Your request has been noted and a member of the team will contact you in due course.', 'Your request is logged and someone from our team will contact you by [when].'],
  ])('%j → %j', (reply, want) => {
    expect(applied(reply, 'jargon')).toBe(want);
  });

  it('keeps an emoticon and a link as the agent wrote them', () => {
    expect(applied('Hi Loreen :) Kindly DM us the booking number.', 'jargon')).toBe('Hi Loreen :) please DM us the booking number.');
  });
});

describe('deflection: the agent\'s own limit, said plainly, asking only for what the reply lacks', () => {
  it.each([
    // "policy terms and conditions" goes whole, not leaving "and conditions".
    ['However, due to our policy terms and conditions, we will need to discuss this with the account holder.', 'However, we will need to discuss this with the account holder because [the reason].'],
    // "…, so there's nothing more I can do here" goes with its "so".
    ["Our system won't let me apply a code to an order that has already been placed, so there's nothing more I can do here.", "I can't apply a code to an order that has already been placed; what I can do instead is [what you can do instead]."],
    // A privacy policy is the reason: it stays, said as one.
    ["Due to our privacy policy we're not able to address these concerns over social.", "To protect your privacy, we can't address these concerns over social; what I can do instead is [what you can do instead]."],
    // The name that closes the sentence stays last.
    ['You would need to speak with our Holidays team, Tracey.', 'The next step is to speak with our Holidays team at [how to reach them], Tracey.'],
  ])('%j → %j', (reply, want) => {
    expect(applied(reply, 'policy-deflection')).toBe(want);
  });

  it('does not ask for a route the reply already gives', () => {
    const out = applied("Hi Marissa. Due to contractual agreements, you'll need to contact AT&T for a resolution. Here's how to contact them: https://help.example.com/kb/sln25426.html -MD", 'policy-deflection');
    expect(out).toBe("Hi Marissa. Due to contractual agreements, the next step is to contact AT&T for a resolution. Here's how to contact them: https://help.example.com/kb/sln25426.html -MD");
  });
});

describe('hype: the plain claim, without the pressure', () => {
  it.each([
    ["That's a fantastic deal!", "That's a good deal!"],
    ['Our Premium plan is the best deal in the world right now and it\'s 100% risk-free.', 'Our Premium plan is a good deal right now.'],
    // A promised outcome ("our graduates double their income") is dropped whole: softened, it was still rated an unbacked claim.
    ['Honestly, it\'s the best coding course in the world, and our graduates double their income within a year!', "It's a good coding course!"],
    ["Our plan is the best deal in the world right now, and you'll triple your sales in a month.", 'Our plan is a good deal right now.'],
    ["We have some of the best crew in the business and want you to know that we're glad to have you fly with us today.", "We have crew we're proud of and want you to know that we're glad to have you fly with us today."],
    ["Grab it today and you'll get unlimited physio-led classes the moment you're back.", "Get it today and you'll get unlimited physio-led classes the moment you're back."],
  ])('%j → %j', (reply, want) => {
    expect(applied(reply, 'hype')).toBe(want);
  });
});

describe('ru, sv, zh: the same families in their own grammar', () => {
  it.each([
    // ru: the notice goes, the news stays; the Вы-form where the rewrite addresses them.
    ['Уведомляем вас, что аккаунт заблокирован по итогам проверки службы безопасности.', 'jargon', 'ru', 'Аккаунт заблокирован по итогам проверки службы безопасности.'],
    ['Информируем вас о том, что ваше обращение принято в работу.', 'jargon', 'ru', 'Мы получили Ваше обращение.'],
    ['Благодарим за терпение и понимание.', 'jargon', 'ru', 'Спасибо, что подождали.'],
    ['Ваша заявка будет обработана в порядке очереди, и ответ придёт в течение трёх дней.', 'jargon', 'ru', 'Ваша заявка будет обработана по очереди, и ответ придёт в течение трёх дней.'],
    ['Как я уже объяснял в прошлом письме, ссылка действует только 30 минут.', 'blame', 'ru', 'Ссылка действует только 30 минут.'],
    ['Также хочу рассказать об эксклюзивном предложении только для наших клиентов: КАСКО со скидкой 40% — успейте оформить до конца месяца.', 'hype', 'ru', 'Также хочу рассказать о предложении только для наших клиентов: КАСКО со скидкой 40% — можно оформить до конца месяца.'],
    // sv: an att-clause said as a main clause again (the adverb after the verb), a fronted clause gone (the subject before the verb).
    ['Vänligen notera att läckage oftast beror på att vattentanken inte sitter ordentligt på plats.', 'jargon', 'sv', 'Läckage beror oftast på att vattentanken inte sitter ordentligt på plats.'],
    ['Vi vill informera om att tömning av kärl endast sker enligt det fastställda hämtschemat för ert område.', 'jargon', 'sv', 'Tömning av kärl sker endast enligt det fastställda hämtschemat för ert område.'],
    ['Som det står i vårt tidigare mejl finns storleksguiden på produktsidan.', 'blame', 'sv', 'Storleksguiden finns på produktsidan.'],
    ['Du måste förstå att chauffören inte kan stå och vänta utanför porten med en tät körlista.', 'blame', 'sv', 'Chauffören kan inte stå och vänta utanför porten med en tät körlista.'],
    ['Ditt ärende har eskalerats till berörd avdelning, som återkommer snarast möjligt.', 'jargon', 'sv', 'Jag har skickat ditt ärende till vårt [team]-team, som återkommer snarast möjligt.'],
    // zh: no articles, full-width punctuation kept.
    ['感谢您对联通活动的关注！', 'jargon', 'zh', '谢谢您！'],
    ['上封邮件已经提醒过您，商品页面上有尺码表。', 'blame', 'zh', '商品页面上有尺码表。'],
    // The rush goes with the scarcity; how to take the offer stays, said plainly.
    ['名额有限，先到先得，立即回复"升级"即可办理。', 'hype', 'zh', '如需办理，回复"升级"即可。'],
    ['特此通知：您反映的问题已收悉。', 'jargon', 'zh', '您反映的问题我们已经收到了。'],
  ] as const)('%j (%s, %s) → %j', (reply, category, lang, want) => {
    expect(applied(reply, category, lang)).toBe(want);
  });
});
