/**
 * The card's "From the ticket" line: what the suggestions were built from, and a small form to
 * correct the customer's name and message when the page was read wrong (or not at all). The
 * correction holds for this reply box until the ticket around it changes.
 */
import { useState } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import type { FieldSource } from '../../sites/types.ts';
import type { TicketView } from '../ticket-context.ts';
import type { OverlayActions } from './model.ts';

/** Where a field came from, in the agent's language. */
export function sourceText(source: FieldSource | undefined): string {
  if (!source) return t('source_missing');
  const site = source.site ?? '';
  switch (source.kind) {
    case 'contact': return t('source_contact', site);
    case 'field': return t('source_field', source.label ?? '');
    case 'sender': return t('source_sender');
    case 'recipient': return t('source_recipient');
    case 'thread': return site ? t('source_thread', site) : t('source_thread_page');
    case 'quote': return t('source_quote');
    case 'greeting': return t('source_greeting');
    case 'subject': return site ? t('source_subject', site) : t('source_heading');
    case 'heading': return t('source_heading');
    case 'title': return t('source_title');
    case 'composer': return site ? t('source_composer', site) : t('source_composer_page');
    case 'no-notes': return t('source_no_notes', site);
    case 'correction': return t('source_correction');
  }
}

export function TicketSource({ layerId, view, actions }: { layerId: number; view: TicketView; actions: OverlayActions }) {
  const [editing, setEditing] = useState(false);
  // Kept here, not read back from the page's redraws, so a redraw never undoes what the agent typed.
  const [draft, setDraft] = useState({ customerName: '', customerMessage: '' });
  const { ticket, context } = view;
  const sources = ticket.sources ?? {};
  const open = () => {
    setDraft({ customerName: ticket.customerName ?? '', customerMessage: ticket.customerMessage ?? '' });
    setEditing(true);
  };
  if (!editing) {
    return (
      <p class="context">
        {context.length ? t('card_from_ticket', context.join(', ')) : t('ticket_nothing')}
        {view.corrected ? ` ${t('ticket_corrected')}` : ''}
        <button type="button" class="link" aria-expanded="false" onClick={open}>
          {context.length ? t('ticket_correct') : t('ticket_add')}
        </button>
      </p>
    );
  }
  const done = () => setEditing(false);
  return (
    <fieldset
      class="ticket-fix"
      // Inputs need the mouse and the keys that the card keeps for itself (focus, arrows).
      onMouseDown={(e) => e.stopPropagation()}
      onKeyDown={(e) => { if (e.key !== 'Escape') e.stopPropagation(); }}
    >
      <legend>{t('ticket_form')}</legend>
      <label>
        {t('ticket_name')}
        <input value={draft.customerName} onInput={(e) => setDraft({ ...draft, customerName: e.currentTarget.value })} />
      </label>
      <small class="source" data-field="customerName">{sourceText(sources.customerName)}</small>
      <label>
        {t('ticket_message')}
        <textarea rows={3} value={draft.customerMessage} onInput={(e) => setDraft({ ...draft, customerMessage: e.currentTarget.value })} />
      </label>
      <small class="source" data-field="customerMessage">{sourceText(sources.customerMessage)}</small>
      <p class="subject" data-field="subject">
        {t('ticket_subject', ticket.subject ?? '—')} <small class="source">{sourceText(sources.subject)}</small>
      </p>
      <p class="mode" data-field="mode">
        {t(ticket.mode === 'note' ? 'ticket_mode_note' : 'ticket_mode_reply')} <small class="source">{sources.mode ? sourceText(sources.mode) : t('source_default')}</small>
      </p>
      <div class="actions">
        {view.corrected && (
          <button type="button" onClick={(e) => { actions.correctTicket(layerId, undefined, e); done(); }}>{t('ticket_use_page')}</button>
        )}
        <button type="button" onClick={done}>{t('ticket_cancel')}</button>
        <button type="button" class="apply" onClick={(e) => { actions.correctTicket(layerId, draft, e); done(); }}>
          {t('ticket_use')}
        </button>
      </div>
    </fieldset>
  );
}
