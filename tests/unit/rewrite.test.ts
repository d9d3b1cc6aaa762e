import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import { personalize } from '../../src/rewrite/index.ts';
import { toSecondPerson } from '../../src/rewrite/perspective.ts';
import { loadCorpus } from '../../src/eval/corpus.ts';
import { scoreRewrites } from '../../src/eval/score-rewrites.ts';

function rewrite(reply: string, ctx: { customerName?: string; customerMessage?: string; nameForm?: 'first' | 'full' }) {
  const report = analyze(reply, ctx);
  return personalize(reply, report, ctx);
}

describe('the customer\'s words, turned to the second person', () => {
  it.each([
    ['my parcel never came', 'your parcel never came'],
    ['I was charged twice for my order', 'you were charged twice for your order'],
    ['your app freezes and pauses constantly', 'our app freezes and pauses constantly'],
    ['you sent me the wrong size', 'we sent you the wrong size'],
    ["I've been on hold for an hour", "you've been on hold for an hour"],
  ])('%j → %j', (from, to) => {
    expect(toSecondPerson(from)).toBe(to);
  });
});

describe('personalized rewrites', () => {
  it('builds the apology from the ticket: first name and what went wrong', () => {
    const p = rewrite('Sorry for any inconvenience. We will look into it.', {
      customerName: 'Maria Lopez',
      customerMessage: 'Hi, my blender arrived with a cracked jar and I need it for a party!',
    });
    expect(p.findings[0]!.suggestions[0]!.text).toBe("Maria, I'm so sorry your blender arrived with a cracked jar");
    expect(p.contextUsed).toEqual(expect.arrayContaining(['Maria', 'blender']));
  });

  it('uses the full name when the team asks for it, and no name twice', () => {
    const full = rewrite('Sorry for the trouble!', { customerName: 'Maria Lopez', customerMessage: 'My order #4411 never arrived.', nameForm: 'full' });
    expect(full.findings[0]!.suggestions[0]!.text).toMatch(/^Maria Lopez, I'm so sorry your order #4411 never arrived/);
    const greeted = rewrite('Hi Maria,\n\nSorry for the trouble!', { customerName: 'Maria Lopez', customerMessage: 'My order never arrived.' });
    expect(greeted.findings[0]!.suggestions[0]!.text).toBe("I'm so sorry your order never arrived");
  });

  it("uses the team's greeting with the customer's name when the reply has none", () => {
    const report = analyze('Your refund is on its way.', { customerName: 'Maria Lopez' });
    const p = personalize('Your refund is on its way.', report, { customerName: 'Maria Lopez', greeting: 'Hello {name},', nameForm: 'first' });
    expect(p.additions.find((a) => a.signal === 'personal')!.suggestion.text).toBe('Hello Maria,');
  });

  it('keeps a formal register formal and the team voice as "we"', () => {
    const p = rewrite('Dear Mr. Baker,\n\nWe apologize for any inconvenience this may have caused.\n\nKind regards,\nAcme Support', {
      customerName: 'Tom Baker',
      customerMessage: 'My parcel never came.',
    });
    expect(p.findings[0]!.suggestions[0]!.text).toBe('We are sorry your parcel never came');
  });

  it('never invents facts: what only the agent knows is a placeholder', () => {
    const p = rewrite("It's company policy.", { customerMessage: 'I want a refund for my broken kettle.' });
    const texts = p.findings[0]!.suggestions.map((s) => s.text);
    expect(texts.some((t) => /\[the reason\]/.test(t))).toBe(true);
    expect(texts.join(' ')).not.toMatch(/\d/);
    // No addition is only a blank: "Next, [the concrete next step]." was rated 2 of 5 every time.
    expect(p.additions.filter((a) => /\[/.test(a.suggestion.text))).toEqual([]);
  });

  it('without context still offers a better sentence, and no sentence to add that is only a blank', () => {
    const p = rewrite('Sorry for any inconvenience.', {});
    expect(p.findings[0]!.suggestions[0]!.text).toContain('[what went wrong for them]');
    // No name: no "Hi [name],". No complaint read: no feeling projected, and no "I'll [what you
    // will do]…" (the blind review rated such a blank 2.5 of 5: it adds nothing to send).
    expect(p.additions.map((a) => a.signal)).toEqual([]);
  });

  it('offers an acknowledgement built from the customer\'s own words when it is missing', () => {
    const p = rewrite('Please send me your order number.', { customerMessage: 'My laptop keeps crashing when I open Photoshop.' });
    expect(p.additions.find((a) => a.signal === 'acknowledgement')!.suggestion.text).toBe(
      'I can see how frustrating it is that your laptop keeps crashing when you open Photoshop.',
    );
  });

  it('every rewrite and addition passes the analysis with no flag', () => {
    const replies = ["I'm sorry you feel that way.", 'As per our policy, we cannot refund opened items.', 'Sorry to hear that!', 'We apologize for the inconvenience caused.'];
    for (const reply of replies) {
      const p = rewrite(reply, { customerName: 'Sam', customerMessage: 'I was charged twice for my subscription this month and nobody answers.' });
      for (const s of [...p.findings.flatMap((f) => f.suggestions), ...p.additions.map((a) => a.suggestion)]) {
        expect(analyze(s.text, { lang: 'en' }).findings, s.text).toEqual([]);
      }
    }
  });
});

describe('rewrite report on the corpus (issue #4 floors)', () => {
  const score = scoreRewrites(loadCorpus('replies.en.jsonl'));
  it('has findings to rewrite', () => expect(score.findings).toBeGreaterThan(50));
  it('all rewrites pass the analysis', () => expect(score.passRate).toBe(1));
  // Issue #9 replaced topic guesses ("sorry about the trouble with the wait") by one clean
  // placeholder when no complaint reads well; the share naming their words fell from 80% (guesses
  // included) to about 60%, and the rest must be that placeholder, never a made-up topic.
  it('first apology rewrites name the customer\'s own words, what the agent\'s apology names, or hold the one clean placeholder', () => {
    expect(score.mentionRate).toBeGreaterThanOrEqual(0.55);
    expect(score.apologies - Math.round(score.mentionRate * score.apologies) - score.cleanPlaceholder - score.fromReply - score.dropped).toBe(0);
  });
  it('no rewrite invents a number or a date', () => expect(score.invented).toBe(0));
});

describe('issue #9: rewrites a careful agent would send as they are', () => {
  const first = (reply: string, ctx: { customerName?: string; customerMessage?: string } = {}, category?: string) => {
    const p = rewrite(reply, ctx);
    return (category ? p.findings.find((f) => f.category === category) : p.findings[0])?.suggestions[0];
  };
  const applied = (reply: string, ctx: { customerMessage?: string } = {}, category?: string) => {
    const report = analyze(reply, ctx);
    const f = personalize(reply, report, ctx).findings.find((x) => !category || x.category === category)!;
    const s = f.suggestions[0]!;
    const range = s.range ?? f;
    return reply.slice(0, range.start) + s.text + reply.slice(range.end);
  };

  it('reads the complaint, not what the customer did normally', () => {
    expect(first('Sorry for the trouble.', { customerMessage: 'You cut off my internet even though I paid on time!' })!.text).toBe("I'm so sorry your internet was cut off");
    expect(first('Sorry for the trouble.', { customerMessage: 'Why was my account deleted? I had three years of photos!' })!.text).toBe("I'm so sorry your account was deleted");
    expect(first('Sorry for the trouble.', { customerMessage: "I ordered a desk lamp two weeks ago and it still hasn't shipped" })!.text).toBe("I'm so sorry your desk lamp still hasn't shipped");
  });

  it.each([
    // What failed outranks what they did about it and their verdict on it.
    ['I restarted it twice to no avail. It keeps crashing on login.', "I'm so sorry it keeps crashing on login"],
    ["It's completely unacceptable. I did not receive the email nor a phone call yesterday.", "I'm so sorry you did not receive the email nor a phone call yesterday"],
    // A missing thing in a verbless fragment is something they had none of.
    ['No signal for 3 days now!!', "I'm so sorry you've had no signal for 3 days"],
    // Their verdict stays theirs; the apology says what it was about.
    ['worst customer service ever.', "I'm so sorry about your experience with the customer service"],
    // The object pronoun ends the clause, it is not cut.
    ['I am trying to find this lamp. No stores locally have it.', "I'm so sorry no stores locally have it"],
    // Done to them: they are the subject.
    ['Went to the store & was charged twice for one coffee', "I'm so sorry you were charged twice for one coffee"],
    // A "why" question names the complaint; a request for help does not.
    ["why is my daughter's gift lost? Can you please help me?", "I'm so sorry your daughter's gift is lost"],
  ])('reads the complaint in %j', (message, apology) => {
    expect(first('Sorry for the trouble.', { customerMessage: message })!.text).toBe(apology);
  });

  it.each([
    // No clause of theirs reads after "I'm sorry": the failure is said back in a short frame of
    // ours around the whole thing it is about, never a clause cut mid-phrase.
    ['Hulu on Roku streaming stick will freeze 2 seconds before the ads end', "I'm so sorry Hulu is giving you trouble"],
    ['Sorry There Was an Unexpected error on my Roku, tried deleting the app', "I'm so sorry your Roku is giving you trouble"],
    ['Double charged AGAIN!!! third time this year, card ending 4431', "I'm so sorry you were charged twice"],
  ])('frames the complaint in %j', (message, apology) => {
    const s = first('Sorry for the trouble.', { customerMessage: message })!;
    expect(s.text).toBe(apology);
    // Our words, not theirs: the card must not claim it quotes the customer.
    expect(s.note).toBe('Names what went wrong, plainly.');
  });

  it('frames nothing on a thank-you, nor a place as the thing that failed', () => {
    expect(first('Sorry for the trouble.', { customerMessage: 'Thanks so much, the Roku works now!' })!.text).toBe("I'm so sorry [what went wrong for them]");
    expect(first('Sorry for the trouble.', { customerMessage: 'the screen stays black after I put it in my bag' })!.text).not.toMatch(/trouble with your bag/);
  });

  it('fixes what a reviewer saw in held-back suggestions', () => {
    // A headline ("flight delayed") gets its verb back.
    expect(first('Sorry to hear that.', { customerMessage: "I should've known there was a catch...flight delayed" })!.text).toBe("I'm so sorry your flight was delayed");
    // A request names the problem as a noun phrase, never as "you fix…".
    expect(first('Apologies for the trouble!', { customerMessage: 'please fix the p-dev320 error on Roku.' })!.text).toBe("I'm so sorry about the p-dev320 error on Roku");
    // The one thing the agent knows went wrong, said plainly, no placeholder.
    expect(first('Hi there, I apologize for the delayed response. The issue is being looked into.', { customerMessage: 'what do you mean?' })!.text).toBe("Hi there, I'm so sorry it took me so long to get back to you");
    // Text-speak is not pasted back; the clean placeholder instead.
    expect(first('Sorry to hear about this.', { customerMessage: 'Still no response frm them abt y we have 2 book 4 2 nights!' })!.text).toBe("I'm so sorry [what went wrong for them]");
    // An idiom is not their thing ("grinds my gears").
    expect(first('My apologies for any frustration.', { customerMessage: 'Whoever coded the app grinds my gears.' })!.text).not.toMatch(/gears/);
    // A handle goes, with the preposition that led to it; one glued to a full stop too.
    expect(first('Sorry about any confusion.', { customerMessage: 'why is the current season of @ClawsTNT not available once they have aired?' })!.text).toBe("I'm so sorry the current season is not available once they have aired");
    expect(first("We're sorry to hear this was your experience.", { customerMessage: '.@Uber_Support My driver broke down. Any tips on getting a refund?' })!.text).toBe("We're so sorry your driver broke down");
    // Their judgement of it is not the complaint; a stretched "meeeee" is not a word of it.
    expect(first('Sorry for this!', { customerMessage: "it not moving in 45 mins seems a little strange" })!.text).toBe("I'm so sorry [what went wrong for them]");
    expect(first('We apologize for any inconvenience.', { customerMessage: "somebody please help meeeeee I'm having the worst luck with your customer service" })!.text).toBe("We are sorry you're having the worst luck with our customer service");
    // A feeling about something: the apology names the something; a headline noun stays a noun.
    expect(first('Sorry for the trouble.', { customerMessage: 'disgusted with your customer service.' })!.text).toBe("I'm so sorry about your experience with our customer service");
    expect(first('Apologies.', { customerMessage: 'Typical @LondonMidland delays as always - what a joke of a train company' })!.text).toBe("I'm so sorry about the delays");
    // Sentences glued by a form are read apart.
    expect(first('Sorry for the trouble.', { customerMessage: 'I am the only user of this device.The laptop has started performing slowly.' })!.text).toBe("I'm so sorry the laptop has started performing slowly");
    // A headline's noun gets its verb; a pronoun is no headline noun; a verdict is not what they are.
    expect(first('Sorry to hear that.', { customerMessage: 'It was raining. Package wet.' })!.text).toBe("I'm so sorry your package is wet");
    expect(first('Sorry to hear that.', { customerMessage: 'I canceled trip but want to see about being credited' })!.text).not.toMatch(/your you/);
    expect(first('Sorry to hear that.', { customerMessage: "It's the same store. Misleading and incompetent." })!.text).not.toMatch(/you're misleading/);
    // The rest of a list of feelings goes with the apology it belonged to.
    expect(first('I would like to sincerely apologize for the stress, frustration, and the inconvenience that you endured.', { customerMessage: 'My bag never arrived.' })!.text).toBe('I am sorry your bag never arrived');
  });

  it('acknowledges an accusation without admitting it', () => {
    const s = first('Sorry for the trouble.', { customerMessage: 'Your agent ignored me on purpose. Unacceptable.' })!.text;
    expect(s).toBe("I'm so sorry you were ignored");
    expect(s).not.toMatch(/purpose|agent ignored/);
  });

  it('decodes HTML entities and never takes one for the product', () => {
    const all = rewrite('Sorry for the trouble.', { customerMessage: 'The lid &amp; the handle of my kettle are broken' }).findings[0]!.suggestions.map((s) => s.text).join(' | ');
    expect(all).not.toContain('&amp;');
  });

  it('offers one clean placeholder when no problem is clear', () => {
    const s = first('Sorry for any inconvenience.', { customerMessage: 'hello??' })!.text;
    expect(s).toBe("I'm so sorry [what went wrong for them]");
  });

  it('rewrites the sentence around an apology: lower-case after a greeting, the dragged tail gone', () => {
    expect(applied('Thanks for your patience and we apologize for any inconvenience this may have caused you.', { customerMessage: 'My parcel never came.' }))
      .toBe('Thanks for your patience and we are sorry your parcel never came.');
    expect(applied('Hi Sam, sorry to hear that! We will call you.', { customerMessage: 'My parcel never came.' })).toBe("Hi Sam, I'm so sorry your parcel never came! We will call you.");
  });

  it('keeps the agent\'s own refusal in a deflection and makes it honest, one placeholder', () => {
    const out = applied('Hi Sam, thanks for writing in. As per our policy, damaged items must be reported within 48 hours. Please send a photo.', {}, 'policy-deflection');
    expect(out).toBe('Hi Sam, thanks for writing in. Damaged items must be reported within 48 hours because [the reason]. Please send a photo.');
    const refusal = first("I'm afraid we're unable to change your billing date.", {}, 'policy-deflection')!.text;
    expect(refusal).toMatch(/can't change your billing date/);
    expect(refusal.match(/\[/g)).toHaveLength(1);
  });

  it('keeps a deflection\'s own way onward, said as help, and asks for nothing it gives; the greeting stays, in its place', () => {
    const out = applied('Hello, Unfortunately, we cannot remove protected registration for you, you will need to follow the steps in this guide to cancel it.', {}, 'policy-deflection');
    expect(out).toBe('Hello, unfortunately, we can\'t remove protected registration for you, but you can follow the steps in this guide to cancel it.');
    // A refusal that already gives the route gets no second alternative pasted after it.
    expect(first('Hey there, The support over social media is limited to technical questions only.', {}, 'policy-deflection')?.text ?? '').not.toMatch(/^Hey there, The/);
    const given = rewrite("We're sorry we can't help, but their telephone number is 0344 493 0787 option 1.", {}).findings.find((f) => f.category === 'policy-deflection');
    expect(given!.suggestions[0]!.text).toBe("We're sorry we can't help because [the reason], but I can point you the right way: their telephone number is 0344 493 0787 option 1");
  });

  it('swaps only the wrong words (substitution data), all of them in the sentence', () => {
    expect(first('Kindly DM us your order number.')!.text).toBe('Please DM us your order number');
    expect(applied('Please be advised that the relevant department will call you at this point in time.')).toBe('Our [team] team will call you now.');
  });

  it('never acknowledges a thank-you, nor adds a next step to a reply that closes the matter', () => {
    const thanks = rewrite('Glad we could help, Sam!', { customerMessage: 'Thank you so much, you guys are great!' });
    expect(thanks.additions.map((a) => a.signal)).not.toContain('acknowledgement');
    const closed = rewrite('Your refund has been processed.', { customerMessage: 'I was charged twice' });
    expect(closed.additions.map((a) => a.signal)).not.toContain('next-step');
  });

  it('writes ru, sv and zh rewrites in their own grammar (Вы-form, no English, one placeholder)', () => {
    const ru = rewrite('Приносим извинения за доставленные неудобства. Это политика компании.', {});
    expect(ru.findings.map((f) => f.suggestions[0]?.text)).toEqual(['Нам очень жаль, что [что случилось]', 'Причина этого правила: [причина]']);
    // No complaint read: no acknowledgement, and no step that is only a blank to fill ("Я [что Вы сделаете]").
    expect(ru.additions.map((a) => a.suggestion.text)).toEqual([]);
    const sv = rewrite('Vi ber om ursäkt för besväret. Det är företagets policy.', {});
    expect(sv.findings[0]!.suggestions[0]!.text).toBe('Vi beklagar verkligen att [det som hände]');
    const zh = rewrite('给您带来不便，敬请谅解。这是公司的政策。', {});
    for (const f of zh.findings) expect(f.suggestions[0]!.text).not.toMatch(/[A-Za-z]{3,}/);
  });
});
