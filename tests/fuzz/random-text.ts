/** Random text for property tests, weighted towards what the readers and rules look at. */
import fc from 'fast-check';

/** `npm run fuzz` sets TACT_FUZZ=full for many more random cases than `npm test` runs. */
export const FULL_FUZZ = process.env.TACT_FUZZ === 'full';
export const FUZZ_RUNS = FULL_FUZZ ? 2000 : 100;

const PIECES = [
  ' ', '  ', '\u2003', '\u00a0', '\t', '\n', '\r', '\r\n', '\u2028', '>', '> ', '<', '>', '(', ')', '[', ']', '@', ',', '.', '-', '"', '“', '”',
  'On ', 'wrote:', 'From:', 'Sent:', 'Date:', 'To:', 'Subject:', 'Hi ', 'Dear ', 'Mr. ', 'Maria', 'Lopez', 'maria@example.com',
  'mailto:', 'sorry', 'Sorry for any inconvenience.', 'unfortunately', 'policy', 'please be advised', 'İ', 'ß', 'ﬁ',
  '\u200b', '\u00ad', '\ufeff', 'о', 'ｓｏｒｒｙ', '😀', '你好', 'спасибо', 'tack', '. ', '! ', '?',
];

export function hostileString(maxPieces = 60): fc.Arbitrary<string> {
  return fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: maxPieces }).map((parts) => parts.join(''));
}
