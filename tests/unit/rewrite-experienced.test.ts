/**
 * Issue #9, English: an apology says what the customer went through, never signs what they accuse
 * us of, and names the thing they wrote about before it falls back to a placeholder.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import { personalize } from '../../src/rewrite/index.ts';
import { asExperienced, extractProblem } from '../../src/rewrite/problem.ts';

const first = (reply: string, customerMessage: string) =>
  personalize(reply, analyze(reply, { customerMessage }), { customerMessage }).findings[0]?.suggestions[0]?.text;

describe('what they say we did becomes what they went through', () => {
  it.each([
    ['You cut off my internet even though I paid on time!', "I'm so sorry your internet was cut off"],
    ['your agent hung up on me', "I'm so sorry the call ended before you got help"],
    ['You guys cancelled my order without telling me', "I'm so sorry your order was cancelled without anyone telling you"],
    ['you charged me twice for the same order', "I'm so sorry you were charged twice for the same order"],
    ['Your rep was so rude to me on the phone', "I'm so sorry about your experience with our rep"],
    ['you have not answered me in 3 days', "I'm so sorry you haven't heard back from us in 3 days"],
    ['Your driver threw my parcel over the fence', "I'm so sorry your parcel was thrown over the fence"],
    ['you guys never answer my calls', "I'm so sorry your calls haven't been answered"],
    ['you never reply to my emails!!', "I'm so sorry your emails haven't been answered"],
    ['you sent me the wrong size again', "I'm so sorry you were sent the wrong size again"],
    ['Your staff were rude to me', "I'm so sorry about your experience with our staff"],
  ])('%j', (message, expected) => {
    expect(first('Sorry for the inconvenience!', message)).toBe(expected);
  });

  it('never repeats a motive, not even as what happened', () => {
    for (const message of ['You lied to me about my refund', 'you scammed me out of my deposit!!', 'The agent ignored me on purpose']) {
      const s = first('Sorry for the inconvenience!', message)!;
      expect(s).not.toMatch(/\b(?:lied|lie|scam\w*|on purpose|we\s+\w+ed\s+you)\b/i);
      expect(s).toMatch(/^I'm so sorry/);
    }
  });

  it.each([
    // Look-alikes: their own act, or someone else's, stays as they said it.
    ['we cut the cake', 'we cut the cake'],
    ['we charge a fee for late returns', 'we charge a fee for late returns'],
    ['your parcel never came', 'your parcel never came'],
    ['our app keeps crashing', 'our app keeps crashing'],
    ['they were rude about it', 'they were rude about it'],
  ])('%j is no accusation to turn round', (clause, same) => {
    expect(asExperienced(clause)).toBe(same);
  });

  it('the acknowledgement offered for an accusation admits nothing either', () => {
    const message = 'You cut off my internet even though I paid on time!';
    const reply = 'Hi Sam, thanks for writing in. Our team will look at your account today and call you back by 5pm.';
    const added = personalize(reply, analyze(reply, { customerMessage: message }), { customerMessage: message }).additions.map((a) => a.suggestion.text);
    expect(added.join(' ')).not.toMatch(/\bwe cut\b/i);
  });
});

describe('no clause reads whole: the thing they wrote about, before a placeholder', () => {
  it.each([
    ['Hi, I had sign up & paid for the 2T package but till now it still appear only 2Gb! Pls help me!', 'your 2T package'],
    ['You lied to me about my refund', 'your refund'],
  ])('%j → %j', (message, thing) => {
    const p = extractProblem(message)!;
    expect(p.clause).toBeNull();
    expect(p.topic).toBe(thing);
    expect(first('Sorry for the inconvenience!', message)).toBe(`I'm so sorry about the trouble with ${thing}`);
  });

  it.each([
    // A place, not the thing that failed; nothing failed at all.
    'we are facing very poor network in my village',
    'Thanks so much for your help with my order!',
  ])('names no thing for %j', (message) => {
    expect(extractProblem(message)?.topic ?? null).toBeNull();
  });
});

/** The reply with the first suggestion for the first finding of `category` applied, as Apply does. */
function applied(reply: string, category: string, customerMessage?: string): string | null {
  const report = analyze(reply, { lang: 'en', customerMessage });
  const f = personalize(reply, report, { customerMessage }).findings.find((x) => x.category === category);
  const s = f?.suggestions[0];
  if (!f || !s) return null;
  const range = s.range ?? f;
  return reply.slice(0, range.start) + s.text + reply.slice(range.end);
}

describe('one apology: none re-added when the reply already says sorry for something specific', () => {
  it('drops the generic apology from a sentence that holds a specific one', () => {
    expect(applied("Sorry for the inconvenience, I'm sorry your parcel is late.", 'generic-apology', 'My parcel is late again')).toBe("I'm sorry your parcel is late.");
  });

  it('keeps what else the sentence says', () => {
    expect(applied("I'm sorry your parcel is late. Sorry for the inconvenience, we'll send it today.", 'generic-apology', 'My parcel is late again')).toBe(
      "I'm sorry your parcel is late. We'll send it today.",
    );
  });

  it('offers no second apology for a sentence that is only the generic one', () => {
    expect(applied("I'm sorry your parcel is late. Sorry for the inconvenience. We'll send it today.", 'generic-apology', 'My parcel is late again')).toBeNull();
  });

  it.each([
    // Look-alikes: "sorry to hear", "sorry you feel": not specific, so the apology is still rewritten.
    "I'm sorry to hear that. Sorry for the inconvenience.",
    "Sorry you feel that way. We apologize for any inconvenience.",
  ])('%j still gets a specific apology', (reply) => {
    const out = applied(reply, 'generic-apology', 'My parcel never arrived');
    expect(out).toMatch(/sorry your parcel never arrived/i);
  });
});

describe('the apology names what it is about', () => {
  it('"sorry you are unhappy with our catering service" names the service, not their feeling', () => {
    expect(applied("Again, we're sorry you're unhappy with our catering service.", 'non-apology', 'Ba016 from Sydney.')).toBe(
      "Again, we're so sorry about your experience with our catering service.",
    );
  });
});

describe('jargon and hype: words, not instructions', () => {
  it.each([
    ['Greetings for the day! How can I help?', "I hope you're well! How can I help?"],
    ['Hi Jacqueline, Greetings for the day! I can help.', "Hi Jacqueline, I hope you're well! I can help."],
    ['Your request will be actioned shortly.', 'Your request will be handled shortly.'],
    ['We truly value your feedback.', 'Thank you for your feedback.'],
    ['Your safety will always be our number one priority.', 'Your safety will always come first for us.'],
    ['We will take your comments on board.', 'We will learn from your comments.'],
    ['We write to inform you that the branch will close.', 'The branch will close.'],
    ['Our support is the best in the world.', 'Our support is very good.'],
    ['Our new router is guaranteed to boost your speeds.', 'Our new router is designed to boost your speeds.'],
    ["There's never been a better time to switch.", "Now's a good time to switch."],
  ])('%j → %j', (reply, expected) => {
    const category = analyze(reply, { lang: 'en' }).findings[0]!.category;
    expect(applied(reply, category)).toBe(expected);
  });

  it.each([
    // Look-alikes the swaps must leave alone: nothing flagged, nothing offered.
    'The router is designed to boost your speeds.',
    'Your feedback helped us fix the bug.',
  ])('%j has nothing to swap', (reply) => {
    expect(analyze(reply, { lang: 'en' }).findings).toEqual([]);
  });
});

describe('accusations no passive can say plainly, and "sorry if"', () => {
  it.each([
    // "we upset your man", "our driver yelled at you": never signed, and no person named as "the trouble with".
    "y'all upset my man He's a big fan of yall but won't go cause of bad service. Please apologize",
    'your driver yelled at me and slammed the door',
  ])('%j is not said back as what we did', (message) => {
    const s = first("I'm so sorry about that.", message)!;
    expect(s).not.toMatch(/\bwe\s+\w+|our driver|your man/i);
  });

  it('"Sorry if we haven\'t dialed you back yet" says the fact without the "if"', () => {
    expect(first("Sorry if we haven't dialed you back yet. We'll call shortly.", 'When they say they will call you back in 15 minutes but they never do.')).toBe(
      "I'm so sorry we haven't dialed you back yet",
    );
  });

  it.each([
    // Look-alikes: how they feel, or whether they were put out, is no fact of ours.
    'Sorry if you feel we were slow.',
    'Sorry if we caused any confusion.',
  ])('%j keeps no "if" clause', (reply) => {
    expect(first(reply, 'My parcel never arrived')).toBe("I'm so sorry your parcel never arrived");
  });

  it('a lone "yet" goes with the words it belonged to', () => {
    const s = first("Sorry if we haven't dialed you back yet.", 'my parcel never arrived')!;
    expect(s).not.toMatch(/,\s*yet$|\]\s*yet$/);
  });

  it('sentences a form glued together are read apart ("…slowly.I have…")', () => {
    expect(extractProblem('This device has not been much used.The laptop has started performing slowly.I have got tired by writing emails.')?.clause).toBe(
      'the laptop has started performing slowly',
    );
  });
});

describe('a noun phrase with a second subject after it is no clause', () => {
  it('"your Lotd you\'ve never had such difficulty…" is refused; "your order you placed…" is not offered either', () => {
    const p = extractProblem('WOULD SOMEONE PLEASE HELP ME!! My Lotd I’ve never had such difficulty with customer service before. NOTHING WORKS!!!');
    expect(p?.clause ?? '').not.toMatch(/Lotd you/);
  });
});

describe('how they took it is theirs; what happened is said', () => {
  it('"I found this rude" is not said back; the wait they describe is', () => {
    const message =
      "I waited 50 minutes past my appointment time yesterday. When I politely asked how much longer, the receptionist rolled her eyes. I found this rude and upsetting.";
    expect(extractProblem(message)?.clause).toBe('you waited 50 minutes past your appointment time yesterday');
  });

  it.each([
    ['I found the agent very rude', null],
    // Look-alikes: a wait with no length, and a wait that was fine, name no trouble.
    ['I waited for my turn and it was fine', null],
  ])('%j offers no clause', (message, clause) => {
    expect(extractProblem(message)?.clause ?? null).toBe(clause);
  });
});

describe('a non-apology keeps the main complaint and no number that clashes with the reply (issue #9)', () => {
  const nonApology = (reply: string, customerMessage: string) => {
    const p = personalize(reply, analyze(reply, { customerMessage, lang: 'en' }), { customerMessage });
    return p.findings.find((f) => f.category === 'non-apology')?.suggestions[0]?.text;
  };

  it('says sorry about the person they complain of, in the reply\'s words, without "if you felt"', () => {
    const msg = 'I was kept waiting 35 minutes and when I asked why, the driver shouted at me. Never using you again.';
    expect(nonApology('I apologise if you felt our driver was rude when you asked about the wait. Traffic was heavy that evening.', msg))
      .toBe('I am sorry about your experience with our driver when you asked about the wait');
  });

  it('look-alike: "if you felt the charge was unfair" names no person and keeps the customer\'s own complaint', () => {
    const s = nonApology("I'm sorry if you felt the fee was unfair.", 'You charged me a £40 fee for a scratch that was already there.');
    expect(s ?? '').not.toMatch(/experience with/);
  });

  it('does not say back a length of time the reply gives differently', () => {
    const s = nonApology('We apologise for any upset you may feel. The flight was delayed by 2 hours because of fog.', 'My flight was 5 hours late and nobody told us anything.');
    expect(s ?? '').not.toMatch(/5 hours/);
  });
});
