/** Words the card and the popup use to explain a category or a missing signal. */
import type { FlagCategory, SignalId } from '../../analysis/types.ts';

export const CATEGORY_TEXT: Record<FlagCategory, { label: string; why: string }> = {
  'generic-apology': {
    label: 'Generic apology',
    why: 'An apology that could be pasted into any ticket tells the customer nobody read theirs. Name what went wrong.',
  },
  'non-apology': {
    label: 'Non-apology',
    why: 'Apologising for how the customer feels, or “if” they were upset, shifts the problem onto them.',
  },
  'policy-deflection': {
    label: 'Policy deflection',
    why: 'Hiding behind a rule or a system ends the conversation. Give the reason and what you can do instead.',
  },
  hype: {
    label: 'Hype',
    why: 'Marketing pressure in a support reply reads as a sales script and costs trust.',
  },
  blame: {
    label: 'Blame',
    why: 'Defensive or condescending wording makes the customer feel at fault, even when they are not.',
  },
  jargon: {
    label: 'Canned phrase',
    why: 'Corporate stock phrases put distance between you and the customer. Say it the way you would in person.',
  },
};

export const SIGNAL_TEXT: Record<SignalId, { label: string; tip: string }> = {
  acknowledgement: { label: 'Acknowledgement', tip: 'Recognise the customer’s situation in your own words.' },
  personal: { label: 'Personal touch', tip: 'Use their name or a detail of their case.' },
  ownership: { label: 'Ownership', tip: 'Commit in the first person: “I’ll…”, “Let me…”.' },
  'next-step': { label: 'Next step', tip: 'Say what happens next, or ask for the one detail you need.' },
};
