/**
 * Deflection, hype and dropped-word rewrites on real sentences agents wrote (corpus/emails.*.jsonl
 * and the labeled replies; none from the held-back emails.b sets the blind review rates).
 * Each applied suggestion must read as one sentence, re-analyse flag-free, hold at most one
 * placeholder, and keep the agent's facts.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import type { Lang } from '../../src/analysis/types.ts';
import { personalize } from '../../src/rewrite/index.ts';
import { tidySentence } from '../../src/rewrite/tidy.ts';

function suggestionsFor(reply: string, lang: Lang, category: string, customerMessage?: string) {
  const report = analyze(reply, { lang, customerMessage });
  const p = personalize(reply, report, { customerMessage });
  return p.findings.filter((f) => f.category === category).map((f) => f.suggestions[0]?.text);
}

function firstFor(reply: string, lang: Lang, category: string, customerMessage?: string): string {
  // A sentence with two findings: the first that has a rewrite (one rewrite fixes both).
  const s = suggestionsFor(reply, lang, category, customerMessage).find(Boolean);
  expect(s, `no ${category} suggestion for: ${reply}`).toBeTruthy();
  // What Apply puts in the reply must pass the analysis and ask the agent for one thing at most.
  expect(analyze(s!, { lang }).findings.map((f) => f.text)).toEqual([]);
  expect((s!.match(/\[/g) ?? []).length).toBeLessThanOrEqual(1);
  return s!;
}

describe('deflection: the frame goes, the limit is said plainly, one placeholder', () => {
  it('drops "It is our policy that" and the finality, asking for the reason once', () => {
    const s = firstFor('It is our policy that a late fee applies to every payment made after the due date, and this cannot be changed.', 'en', 'policy-deflection');
    expect(s).toBe('A late fee applies to every payment made after the due date because [the reason]');
  });

  it('gives both findings of one sentence the same single rewrite', () => {
    const all = suggestionsFor('It is our policy that a late fee applies to every payment made after the due date, and this cannot be changed.', 'en', 'policy-deflection');
    expect(all.length).toBe(2);
    expect(new Set(all).size).toBe(1);
  });

  it('turns "the system does not allow us to" into the agent\'s own plain limit and keeps who decided', () => {
    const s = firstFor('The system does not allow us to reactivate it, and the decision was made by that team.', 'en', 'policy-deflection');
    expect(s).toMatch(/^We can't reactivate it, and the decision was made by that team; what I can do instead is \[what you can do instead\]$/);
  });

  it('never promises to ask a team or names one the agent did not', () => {
    for (const reply of ["I'm afraid my hands are tied once the booking has been confirmed.", "I'm not authorised to waive fees once they have been charged."]) {
      const s = firstFor(reply, 'en', 'policy-deflection');
      expect(s).not.toMatch(/I'll ask|\[team\]|our .* team/);
      expect(s).toMatch(/I can't/);
    }
  });

  it('turns a hand-off asked of the customer into the next step (never "the quickest way", a claim nobody can back), keeping the route they were given', () => {
    // Real replies (tuned-on labeled sets): "I request you to…", "We suggest you to…", "please reach out to…".
    expect(firstFor('For any hardware or repair related queries I suggest you to please contact HP phone support for further assistance.', 'en', 'policy-deflection'))
      .toMatch(/^For any hardware or repair related queries the next step is to contact HP phone support/);
    const linked = firstFor('We suggest you to get in touch with our Answer desk team: https://t.co/Jo5IpyEY0u', 'en', 'policy-deflection');
    expect(linked).toContain('https://t.co/Jo5IpyEY0u');
    expect(linked).not.toContain('[');
  });

  it('says "nothing further I can do" as what can still be done, not a stranded "Unfortunately"', () => {
    const s = firstFor('Unfortunately there is nothing further I can do from my side.', 'en', 'policy-deflection');
    expect(s).toBe('What I can still do is [what you can do instead]');
  });

  it('keeps a plain refusal no frame hides, with what can be done instead', () => {
    expect(firstFor('Invoices cannot be reissued once they have been generated.', 'en', 'policy-deflection'))
      .toBe("Invoices can't be reissued once they have been generated; what I can do instead is [what you can do instead]");
    // "Those are the rules" refuses nothing the agent could offer around: no rewrite rather than a bolted-on offer.
    expect(suggestionsFor('Those are the rules.', 'en', 'policy-deflection').filter(Boolean)).toEqual([]);
  });

  it('goes on in lower case after a greeting, even a bare name, and keeps "eBay" as spelled', () => {
    expect(firstFor('Dick, Please contact our phone support for the repair status.', 'en', 'policy-deflection')).toMatch(/^Dick, the next step is to contact/);
    expect(firstFor('Hi, as per our policy, damaged items must be reported within 48 hours.', 'en', 'policy-deflection')).toMatch(/^Hi, damaged items/);
    expect(tidySentence('eBay sellers can list again', 'en')).toBe('eBay sellers can list again');
  });

  it('ru, sv, zh: the limit in the agent\'s own words, a hand-off as the next step, one placeholder', () => {
    // Sentences from the tuned-on e-mail sets (corpus/emails*.{ru,sv,zh}.jsonl, not held back).
    expect(firstFor('Штрафы начисляются автоматически, и отменить их не в моей власти.', 'ru', 'policy-deflection'))
      .toBe('Штрафы начисляются автоматически, и отменить их я не могу; со своей стороны я могу [альтернатива]');
    expect(firstFor('По вопросу повторного списания обращайтесь в банк, выпустивший карту.', 'ru', 'policy-deflection'))
      .toBe('По вопросу повторного списания следующий шаг — обратиться в банк, выпустивший карту');
    expect(firstFor('Tyvärr har vi inte möjlighet att återbetala biljetter som redan har utfärdats.', 'sv', 'policy-deflection'))
      .toBe('Tyvärr kan vi inte återbetala biljetter som redan har utfärdats; det jag kan göra är [alternativ]');
    // Two findings in one sentence: the hand-off gets the rewrite; "sköts av budfirman" keeps its own card.
    expect(suggestionsFor('Själva leveransen sköts av budfirman, så du får vända dig direkt till dem.', 'sv', 'policy-deflection'))
      .toContain('Själva leveransen sköts av budfirman, så nästa steg är att vända dig direkt till dem, och jag kan skicka dig deras kontaktuppgifter');
    expect(firstFor('Jag förstår att det är tråkigt, men det finns tyvärr inget mer jag kan göra i ärendet.', 'sv', 'policy-deflection'))
      .toBe('Jag förstår att det är tråkigt, men det jag fortfarande kan göra är [alternativ]');
    // The rule held up as the answer and "no exceptions" go; the limit itself keeps its own card.
    // The limit with what the agent can do instead reads clean now (我能为您做的是 is an offer), so it comes first.
    expect(suggestionsFor('发票一经开具无法更改，这是财务系统的硬性规定，没有例外。', 'zh', 'policy-deflection')).toContain('发票一经开具无法更改；我能为您做的是[替代方案]');
  });

  it('ru, sv, zh hype and notices: the offer and the news kept as plain facts', () => {
    expect(firstFor('Passa på – priset gäller endast idag, så slå till innan midnatt!', 'sv', 'hype')).toBe('Priset gäller till och med i dag');
    expect(firstFor('Информируем, что домашний интернет по договору 88120 можно отключить в личном кабинете.', 'ru', 'jargon'))
      .toBe('Домашний интернет по договору 88120 можно отключить в личном кабинете');
    expect(firstFor('另外，即日起至月底，购买任意厨房小家电享受超值优惠，买一送一，数量有限，抢完即止！', 'zh', 'hype')).toBe('另外，即日起至月底，购买任意厨房小家电享受优惠，买一送一');
  });

  it('offers nothing for a fragment rather than a broken sentence', () => {
    expect(suggestionsFor('Due to the outage, power we will not be able to provide any clear updates.', 'en', 'policy-deflection').filter(Boolean).every((t) => !/^,/.test(t!))).toBe(true);
  });

  it('keeps a third party as the one who decides (sv) and drops "tyvärr" only where it hides', () => {
    expect(firstFor('Systemet tillåter inte att en kod läggs på en order som redan är lagd, så jag kan tyvärr inte göra något mer.', 'sv', 'policy-deflection'))
      .not.toMatch(/tyvärr|vårt \[team\]/);
    expect(firstFor('Det är inte mitt beslut om avgiften kan tas bort, det avgörs helt av Klarna.', 'sv', 'policy-deflection'))
      .toBe('Det är Klarna som avgör om avgiften kan tas bort, inte jag; det jag kan göra är [alternativ]');
  });

  it('ru: the rule stated with its reason, the wall clause gone, the partner kept', () => {
    expect(firstFor('Таковы правила компании.', 'ru', 'policy-deflection')).toBe('Причина этого правила: [причина]');
    expect(firstFor('Доставку выполнял наш партнёр, поэтому решение о компенсации принимает он, повлиять на это мы не можем.', 'ru', 'policy-deflection'))
      .toBe('Доставку выполнял наш партнёр, поэтому решение о компенсации принимает он; со своей стороны я могу [альтернатива]');
  });

  it('zh: both frames go from one sentence, the fact stays, no ASCII space after a full-width comma', () => {
    const s = firstFor('门票一经售出不予退换，这是公司的规定，我们也没有办法。', 'zh', 'policy-deflection');
    expect(s).toBe('门票售出后不能退换，这是因为[原因]');
  });
});

describe('hype: the pitch goes, not just the word', () => {
  it('states the offer plainly', () => {
    expect(firstFor('This amazing plan is only £10 a month — act now!', 'en', 'hype')).toBe('This plan costs £10 a month');
    expect(firstFor('Act now — this price is only available until midnight, and I\'ve already reserved it for you.', 'en', 'hype'))
      .toBe("This price is only available until midnight, and I've already reserved it for you");
  });

  it('strips every pressure phrase of a sv pitch', () => {
    const s = firstFor('Men innan du går: ett exklusivt erbjudande bara för dig – 70 % rabatt för alltid.', 'sv', 'hype');
    expect(s).not.toMatch(/exklusivt|bara för dig/);
    expect(s).toContain('70 % rabatt för alltid');
  });
});

describe('swaps that drop words repair the sentence', () => {
  it('keeps the verb\'s subject when "We value your business" goes', () => {
    expect(firstFor('We value your business and have passed your comments on to the store manager.', 'en', 'jargon')).toBe('We have passed your comments on to the store manager');
    expect(firstFor('We value your business and going forward we will ensure that stock levels are reflected on the website.', 'en', 'jargon'))
      .toBe('From now on we will ensure that stock levels are reflected on the website');
  });

  it('drops the reproach with its "in my previous email"', () => {
    expect(firstFor('As I mentioned in my previous email, the reading you sent was lower than the last one.', 'en', 'blame')).toBe('The reading you sent was lower than the last one');
  });

  it('tidies what a dropped word leaves behind', () => {
    expect(tidySentence('honestly an deal you will like', 'en')).toBe('Honestly a deal you will like');
    expect(tidySentence('a hour ago, a FAQ and an user guide', 'en')).toBe('An hour ago, an FAQ and a user guide');
    expect(tidySentence('It ends on Sunday, so to lock it in', 'en')).toBe('It ends on Sunday, so you can lock it in');
    expect(tidySentence('We  have , , shared it ,', 'en')).toBe('We have, shared it');
    expect(tidySentence('数量有限， 即刻下单，', 'zh')).toBe('数量有限，即刻下单');
  });
});

describe('deflection kinds added for issue #8: each gets one honest sentence', () => {
  it('the wrong person or team: the limit owned, then what the agent can do', () => {
    expect(firstFor("I'm not the right person for this.", 'en', 'policy-deflection')).toBe("I can't sort this out myself; what I can do instead is [what you can do instead]");
    expect(firstFor("That's above my pay grade.", 'en', 'policy-deflection')).toBe("I can't decide this myself; what I can do instead is [what you can do instead]");
    // The team the agent named stays, as the one who handles it.
    expect(firstFor("We don't handle refunds, that's the billing team.", 'en', 'policy-deflection'))
      .toBe("The billing team handles refunds, so they're the ones who can help with this; I can send you their contact details");
  });

  it('someone else responsible: who handles it, and the way to them made easy (no route asked for when the reply gives one)', () => {
    expect(firstFor('The carrier is responsible for damaged parcels.', 'en', 'policy-deflection'))
      .toBe("The carrier handles damaged parcels, so they're the ones who can help with this; I can send you their contact details");
    expect(firstFor('The carrier is responsible for damaged parcels. You can file a claim at https://example.com/claims', 'en', 'policy-deflection'))
      .toBe("The carrier handles damaged parcels, so they're the ones who can help with this");
    expect(firstFor('That sits with our underwriters.', 'en', 'policy-deflection')).toMatch(/^Our underwriters handle this, so they're the ones who can help with this/);
    expect(firstFor('Only the bank can tell you why the payment was declined.', 'en', 'policy-deflection')).toMatch(/^The bank can tell you why the payment was declined, so they're the ones who can help with this/);
    expect(firstFor("We are not responsible for the courier's delays.", 'en', 'policy-deflection')).toBe("We can't answer for the courier's delays; what I can do instead is [what you can do instead]");
    expect(firstFor('Any disputes should be raised with the merchant.', 'en', 'policy-deflection'))
      .toBe("The merchant handles disputes, so they're the ones who can help with this; I can send you their contact details");
  });

  it('out of scope or cover: said plainly, with what can still be done', () => {
    expect(firstFor('Your device is out of warranty.', 'en', 'policy-deflection')).toBe('Your device is no longer under warranty; what I can do instead is [what you can do instead]');
    expect(firstFor('Unfortunately this is outside the scope of our support.', 'en', 'policy-deflection')).toBe("Unfortunately this is something we can't help with directly; what I can do instead is [what you can do instead]");
    expect(firstFor("This isn't covered by our warranty.", 'en', 'policy-deflection')).toBe("This isn't covered by our warranty; what I can do instead is [what you can do instead]");
  });

  it('the rule as an end point: the decision owned with its reason, the shrug gone, the verdict said plainly', () => {
    expect(firstFor('Management has decided not to extend the deadline.', 'en', 'policy-deflection')).toBe("We've decided not to extend the deadline because [the reason]");
    expect(firstFor("It's too late to cancel the order.", 'en', 'policy-deflection')).toBe('I can no longer cancel the order; what I can do instead is [what you can do instead]');
    expect(firstFor("Refunds aren't something we do.", 'en', 'policy-deflection')).toBe("We don't offer refunds; what I can do instead is [what you can do instead]");
    expect(firstFor("That's the way it is.", 'en', 'policy-deflection')).toBe('The reason for this rule is [the reason]');
    expect(firstFor('I have checked with my supervisor and unfortunately the answer is still no.', 'en', 'policy-deflection'))
      .toBe("I have checked with my supervisor and unfortunately we still can't do this; what I can do instead is [what you can do instead]");
    expect(firstFor('This is our final response.', 'en', 'policy-deflection')).toBe("We can't change this decision; what I can do instead is [what you can do instead]");
  });
});

describe('deflection hand-offs without invented claims (issue #9, blind review f41/f53)', () => {
  it('never says a route is "the quickest way", in any language', () => {
    const cases: Array<[string, Lang]> = [
      ['You will need to contact the manufacturer.', 'en'],
      ['I suggest you to please contact HP phone support for further assistance.', 'en'],
      ['The carrier is responsible for damaged parcels.', 'en'],
      ['По вопросу повторного списания обращайтесь в банк, выпустивший карту.', 'ru'],
      ['Själva leveransen sköts av budfirman, så du får vända dig direkt till dem.', 'sv'],
    ];
    for (const [reply, lang] of cases) {
      for (const s of suggestionsFor(reply, lang, 'policy-deflection')) expect(s ?? '').not.toMatch(/quickest|fastest|быстрее|snabbast|最快/iu);
    }
  });

  it('never fills in a hand-off the agent did not offer (blind review: an invented promise)', () => {
    // "a decision for our finance department": asking finance is the agent's call, not the suggestion's.
    const own = firstFor('Refunds on annual plans are a decision for our finance department rather than the support team, so I am unable to process one.', 'en', 'policy-deflection');
    expect(own).toMatch(/^Refunds on annual plans are a decision for our finance department rather than the support team, so I can't process one/);
    expect(own).not.toMatch(/what I can do is ask|look at your case/);
    expect(firstFor('Refund requests are handled by the billing team, so I cannot approve one.', 'en', 'policy-deflection')).not.toMatch(/ask our billing team/);
    expect(firstFor('Chargebacks are a decision for your bank, so I cannot reverse one.', 'en', 'policy-deflection')).not.toMatch(/ask your bank|look at your case/);
    expect(firstFor('Invoices cannot be reissued once they have been generated.', 'en', 'policy-deflection')).toMatch(/\[what you can do instead\]$/);
  });
});
