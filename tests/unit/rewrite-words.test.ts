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
    ['You would need to speak with our Holidays team, Tracey.', 'The quickest way to sort this out is to speak with our Holidays team at [how to reach them], Tracey.'],
  ])('%j → %j', (reply, want) => {
    expect(applied(reply, 'policy-deflection')).toBe(want);
  });

  it('does not ask for a route the reply already gives', () => {
    const out = applied("Hi Marissa. Due to contractual agreements, you'll need to contact AT&T for a resolution. Here's how to contact them: https://help.example.com/kb/sln25426.html -MD", 'policy-deflection');
    expect(out).toBe("Hi Marissa. Due to contractual agreements, the quickest way to sort this out is to contact AT&T for a resolution. Here's how to contact them: https://help.example.com/kb/sln25426.html -MD");
  });
});
