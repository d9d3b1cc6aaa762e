/**
 * Turns the customer's words into words addressed to them: "my parcel never came" → "your
 * parcel never came", and their "you" (the company) into "we": "your app crashes" → "our app
 * crashes". Verb agreement follows the new subject ("I was" → "you were").
 */
const SWAPS: Record<string, string> = {
  i: 'you', me: 'you', my: 'your', mine: 'yours', myself: 'yourself',
  "i'm": "you're", "i've": "you've", "i'll": "you'll", "i'd": "you'd", im: "you're", ive: "you've",
  we: 'you', us: 'you', our: 'your', ours: 'yours', ourselves: 'yourselves', "we're": "you're", "we've": "you've", "we'll": "you'll", "we'd": "you'd",
  you: 'we', your: 'our', yours: 'ours', yourself: 'ourselves', yourselves: 'ourselves', "you're": "we're", "you've": "we've", "you'll": "we'll", "you'd": "we'd",
  u: 'we', ur: 'our',
};

// After a swapped subject, the verb that must agree with it.
const AGREE_AFTER_YOU: Record<string, string> = { am: 'are', was: 'were', "wasn't": "weren't", "i'm": "you're" };

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[^\p{L}\p{N}]+/gu;

export function toSecondPerson(input: string): string {
  // "you guys", "y'all": the company, one word for the swap below.
  const text = input.replace(/(?<![\p{L}])you\s+guys(?![\p{L}])/giu, 'you').replace(/(?<![\p{L}])y['’]all(?![\p{L}])/giu, 'you');
  const tokens = text.match(TOKEN) ?? [];
  const out: string[] = [];
  let lastSubject = '';
  for (const tok of tokens) {
    const lower = tok.toLowerCase().replace(/’/g, "'");
    if (!/[\p{L}\p{N}]/u.test(tok)) {
      out.push(tok);
      continue;
    }
    let next = SWAPS[lower];
    if (next === undefined && (lastSubject === 'you' || lastSubject === 'we')) next = AGREE_AFTER_YOU[lower];
    // "you" the object after a preposition or verb ("sent you") becomes "us", not "we".
    if (lower === 'you' && out.length && /(?:to|for|with|from|at|by|between|of|on|into|than|send|sent|tell|told|give|gave|ask|asked|call|called|email|emailed|message|charged|sold|paid|contact|contacted|about|help|let|reach)\s*$/i.test(out.slice(-2).join(''))) next = 'us';
    if (next === undefined) {
      out.push(tok);
      lastSubject = '';
      continue;
    }
    lastSubject = ['you', 'we'].includes(next) ? next : '';
    out.push(matchCase(tok, next, false));
  }
  return out.join('');
}

function matchCase(original: string, replacement: string, first: boolean): string {
  if (original === original.toUpperCase() && original.length > 1 && original !== 'I') return replacement.toUpperCase();
  // "I", "I've" are capitalised by rule, not by position: their replacement stays lower-case.
  if (first || (/^[A-Z]/.test(original) && !/^I(?:$|['’])/.test(original))) return replacement[0]!.toUpperCase() + replacement.slice(1);
  return replacement;
}
