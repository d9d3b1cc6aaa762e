import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';

// An apology that names what happened to the customer recognises their situation; one about our
// own doing or a bare thing names a case but not the customer in it (signals/en.ts): both newer
// labelings of real replies left those out.
const ack = (text: string) => analyze(text, { lang: 'en' }).signals.acknowledgement.spans.map((s) => s.text);

describe('an apology counts as acknowledgement when the customer is in it', () => {
  it.each([
    [
      "I'm sorry our driver left your parcel behind the bins in the rain.",
      "I'm sorry our driver left your parcel behind the bins in the rain",
    ],
    ['I am sorry the strap gave way after only two hikes.', 'I am sorry the strap gave way after only two hikes'],
    ["I'm sorry we haven't been able to reach you today.", "I'm sorry we haven't been able to reach you today"],
  ])('%s', (text, span) => {
    expect(ack(text)).toEqual([span]);
  });

  it.each([
    'Sorry we ran out of some essentials. Where did you visit?',
    "We're sorry for the extended travel time today, Ally.",
    'Sorry for the hunt, the button moved in the redesign.',
  ])('not: %s', (text) => {
    expect(ack(text)).toEqual([]);
  });
});
