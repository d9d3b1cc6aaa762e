/** The plain data the overlay draws; the coach computes it, the components only render it. */
import type { Finding, Severity, FlagCategory } from '../../analysis/types.ts';
import type { Box } from '../editors/types.ts';
import type { TicketCorrection, TicketView } from '../ticket-context.ts';

export interface UnderlineView {
  key: string;
  /** The rule's id (`en.apology.generic`); `category` is its family. */
  rule: string;
  category: FlagCategory;
  severity: Severity;
  boxes: Box[];
  active: boolean;
}

export interface LayerView {
  id: number;
  underlines: UnderlineView[];
  /** `placeholders`: unfilled `[placeholders]` in the draft (not ready to send while there are any). */
  chip: { left: number; top: number; score: number; count: number; placeholders: string[] } | null;
  /** The ticket around the box (site adapter): context used, reply or internal note. */
  ticket?: TicketView | null;
}

export interface CardView {
  layerId: number;
  finding: Finding;
  anchor: Box;
  /** Opened from the keyboard: focus moves into the card and Escape returns it to the editor. */
  keyboard: boolean;
}

export interface OverlayModel {
  layers: LayerView[];
  card: CardView | null;
}

export type RephraseOutcome = 'applied' | 'unavailable' | 'failed' | 'stale';

export interface OverlayActions {
  apply(card: CardView, suggestion: number, event: Event): void;
  ignore(card: CardView, scope: 'once' | 'always', event: Event): void;
  close(card: CardView, returnFocus: boolean): void;
  chip(layerId: number, event: Event): void;
  /** The agent's name and message for the ticket (undefined: back to what the page shows). */
  correctTicket(layerId: number, correction: TicketCorrection | undefined, event: Event): void;
  /** Turn tone coaching on or off for the internal note in this box. */
  toggleNote(layerId: number, event: Event): void;
  /**
   * Rephrase the finding's sentence with the browser's on-device model (offered only when the
   * browser reports the model available); resolves with what happened, for the card to say.
   */
  rephrase?(card: CardView, event: Event): Promise<RephraseOutcome>;
}
