/**
 * The card's "From the ticket" line: what the suggestions were built from, and a small form to
 * correct the customer's name and message when the page was read wrong (or not at all). The
 * correction holds for this reply box until the ticket around it changes.
 */
import { useState } from 'preact/hooks';
import type { TicketView } from '../ticket-context.ts';
import type { OverlayActions } from './model.ts';

const where = (source: string | undefined) => (source ? `from ${source}` : 'not found on the page');

export function TicketSource({ layerId, view, actions }: { layerId: number; view: TicketView; actions: OverlayActions }) {
  const [editing, setEditing] = useState(false);
  // Kept here, not read back from the page's redraws, so a redraw never undoes what the agent typed.
  const [draft, setDraft] = useState({ customerName: '', customerMessage: '' });
  const { ticket, context } = view;
  const open = () => {
    setDraft({ customerName: ticket.customerName ?? '', customerMessage: ticket.customerMessage ?? '' });
    setEditing(true);
  };
  const sources = ticket.sources ?? {};
  if (!editing) {
    return (
      <p class="context">
        {context.length ? `From the ticket: ${context.join(', ')}` : 'Nothing from the ticket'}
        {view.corrected ? ' (corrected)' : ''}
        <button type="button" class="link" aria-expanded="false" onClick={open}>
          {context.length ? 'Correct' : 'Add'}
        </button>
      </p>
    );
  }
  const done = () => setEditing(false);
  return (
    <div
      class="ticket-fix"
      role="group"
      aria-label="What Tact read from the ticket"
      // Inputs need the mouse and the keys that the card keeps for itself (focus, arrows).
      onMouseDown={(e) => e.stopPropagation()}
      onKeyDown={(e) => { if (e.key !== 'Escape') e.stopPropagation(); }}
    >
      <label>
        Customer name
        <input value={draft.customerName} onInput={(e) => setDraft({ ...draft, customerName: e.currentTarget.value })} />
      </label>
      <small class="source" data-field="customerName">{where(sources.customerName)}</small>
      <label>
        Their last message
        <textarea rows={3} value={draft.customerMessage} onInput={(e) => setDraft({ ...draft, customerMessage: e.currentTarget.value })} />
      </label>
      <small class="source" data-field="customerMessage">{where(sources.customerMessage)}</small>
      <p class="subject" data-field="subject">
        Subject: {ticket.subject ?? '—'} <small class="source">{where(sources.subject)}</small>
      </p>
      <p class="mode" data-field="mode">
        Writing: {ticket.mode === 'note' ? 'an internal note' : 'a reply to the customer'} <small class="source">{sources.mode ? `from ${sources.mode}` : 'by default'}</small>
      </p>
      <div class="actions">
        {view.corrected && (
          <button type="button" onClick={(e) => { actions.correctTicket(layerId, undefined, e); done(); }}>Use the page’s</button>
        )}
        <button type="button" onClick={done}>Cancel</button>
        <button
          type="button"
          class="apply"
          onClick={(e) => { actions.correctTicket(layerId, draft, e); done(); }}
        >
          Use these
        </button>
      </div>
    </div>
  );
}
