/**
 * Texts a customer, a page or a team config can send, by accident or on purpose: long runs of
 * the characters that meet in the readers' patterns (spaces of every kind, line breaks, quote
 * marks, brackets, commas) around the words the readers look for. Each builder makes exactly
 * `size` characters.
 */
import { fill } from './growth.ts';

const EM = '\u2003';

export const HOSTILE_TEXTS: Record<string, (size: number) => string> = {
  'spaces after "On x,"': (n) => `Thanks.\nOn x,${fill(' ', n - 12)}\n`,
  'em spaces after "On x,"': (n) => `Thanks.\nOn x,${fill(EM, n - 12)}\n`,
  'em spaces in a quote': (n) => `Sorry for any inconvenience.\n\nOn Tue, 3 Mar 2026, Maria <m@x.com> wrote:\n> ${fill(EM, n - 80)}`,
  '"On" lines that never say wrote': (n) => fill('On Mon, Maria Lopez <maria@example.com>\n', n),
  'spaces before "wrote" without the colon': (n) => `On x, y${fill(' ', n - 14)}wrote\n`,
  '"From:" and spaces': (n) => `From:${fill(' ', n - 5)}`,
  '"From:" lines, no Sent': (n) => fill('From: Maria <m@x.com>\n', n),
  'blank lines': (n) => fill('\n', n),
  'spaces and line breaks': (n) => fill(' \n\u2003\r', n),
  'CR only': (n) => fill('Sorry for any inconvenience.\r', n),
  'quote marks': (n) => fill('> ', n),
  'nested quote marks and spaces': (n) => fill('>\u2003> \t>', n),
  'open angle brackets': (n) => fill('<', n),
  'open parentheses': (n) => fill('(', n),
  'one long word': (n) => fill('a', n),
  'at-signs and dots': (n) => fill('a@b.', n),
  'commas': (n) => fill(',', n),
  'greeting and spaces': (n) => `Hi${fill(' ', n - 2)}`,
  'greetings on every line': (n) => fill('Hi Maria Lopez\n', n),
  'dashes': (n) => fill(' - ', n),
  'apologies': (n) => fill('Sorry. ', n),
  'long apology sentence': (n) => `Sorry for any ${fill('very ', n - 30)}inconvenience.`,
  'zero-width and soft hyphens': (n) => fill('so\u200brry\u00ad for any in\u200dconvenience ', n),
  'emoji': (n) => fill('😀', n),
  'dotted capital I': (n) => fill('İ', n),
};
