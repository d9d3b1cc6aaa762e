/**
 * Front (`app.frontapp.com`, `app.front.com`). Nothing public shows a stable attribute of its page
 * (hashed styled-components classes only, HELPDESKS.md): this adapter reads nothing itself, and
 * the generic reading carries Front — the message above the reply box, a labelled contact field,
 * the greeting, the pane's heading, the composer's own words for a comment. Tested on a page
 * built that way (tests/fixtures/helpdesks/front.html).
 */
import { readGeneric } from './generic.ts';
import type { SiteAdapter } from './types.ts';

export const front: SiteAdapter = {
  id: 'front',
  hosts: ['app.frontapp.com', 'app.front.com'],
  readTicket: readGeneric,
};
