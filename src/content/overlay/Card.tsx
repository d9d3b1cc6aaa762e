import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import { categoryLabel, findingMessage, findingWhy, repeats } from '../../i18n/rules.ts';
import { onDeviceState, type ModelState } from '../rephrase.ts';
import type { CardView, OverlayActions, RephraseOutcome } from './model.ts';
import { distinctSuggestions } from './suggestions.ts';
import type { TicketView } from '../ticket-context.ts';
import { TicketSource } from './TicketSource.tsx';
import { noteInUi } from '../../i18n/notes.ts';

const CARD_WIDTH = 340;

function placement(card: CardView): { left: number; top?: number; bottom?: number } {
  const { anchor } = card;
  const vw = document.documentElement.clientWidth || window.innerWidth;
  const vh = window.innerHeight;
  const left = Math.max(8, Math.min(anchor.left, vw - CARD_WIDTH - 8));
  const below = anchor.top + anchor.height + 6;
  // Open upwards when the reply box sits at the bottom of the screen (chat composers).
  if (below + 200 > vh && anchor.top > vh - below) return { left, bottom: vh - anchor.top + 6 };
  return { left, top: below };
}

const MARGIN = 8;
const GAP = 6;

/**
 * Fits the rendered card in the viewport of its frame: below the words if it fits there, else
 * above, else (an iframe editor such as TinyMCE or CKEditor 4, a frame of ~220 px) over the words,
 * as tall as the frame allows and scrolling inside, so every suggestion can be reached.
 */
export function fitCard(el: HTMLElement, anchor: CardView['anchor'], vh: number): void {
  el.style.bottom = '';
  el.style.maxHeight = '';
  const height = el.scrollHeight + (el.offsetHeight - el.clientHeight);
  const below = anchor.top + anchor.height + GAP;
  const roomBelow = vh - below - MARGIN;
  const roomAbove = anchor.top - GAP - MARGIN;
  let top: number;
  if (height <= roomBelow) top = below;
  else if (height <= roomAbove) top = anchor.top - GAP - height;
  else top = Math.max(MARGIN, Math.min(below, vh - MARGIN - height));
  el.style.top = `${Math.round(top)}px`;
  el.style.maxHeight = `${Math.max(0, Math.floor(vh - top - MARGIN))}px`;
}

export function Card({ card, actions, ticket }: { card: CardView; actions: OverlayActions; ticket?: TicketView | null }) {
  const ref = useRef<HTMLDivElement>(null);
  const { finding } = card;
  const suggestions = distinctSuggestions(finding.suggestions);

  useEffect(() => {
    // The first suggestion's Apply, not the ticket line's Correct above it: Enter applies at once.
    if (card.keyboard) (ref.current?.querySelector<HTMLButtonElement>('button.apply') ?? ref.current?.querySelector<HTMLButtonElement>('button'))?.focus();
  }, [card.finding, card.keyboard]);

  // "Rephrase" is offered only when the browser reports its on-device model available.
  const [model, setModel] = useState<ModelState>('absent');
  const [rephrasing, setRephrasing] = useState<'idle' | 'working' | Exclude<RephraseOutcome, 'applied'>>('idle');
  useEffect(() => {
    setRephrasing('idle');
    if (!actions.rephrase) return;
    let live = true;
    void onDeviceState().then((state) => { if (live) setModel(state); });
    return () => { live = false; };
  }, [card.finding]);
  const rephrase = async (event: MouseEvent) => {
    if (!actions.rephrase || rephrasing === 'working') return;
    setRephrasing('working');
    const outcome = await actions.rephrase(card, event);
    setRephrasing(outcome === 'applied' ? 'idle' : outcome);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const buttons = Array.from(ref.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);
    const root = ref.current?.getRootNode() as ShadowRoot | undefined;
    const index = buttons.indexOf(root?.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      actions.close(card, true);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      buttons[(index + step + buttons.length) % buttons.length]?.focus();
    }
  };

  const message = findingMessage(finding);
  const why = findingWhy(finding);
  const pos = placement(card);
  useLayoutEffect(() => {
    if (ref.current) fitCard(ref.current, card.anchor, window.innerHeight);
  });
  const titleId = `tact-card-title-${card.layerId}`;
  const messageId = `tact-card-message-${card.layerId}`;
  return (
    <div
      ref={ref}
      class="card"
      role="dialog"
      aria-labelledby={titleId}
      aria-describedby={messageId}
      data-category={finding.category}
      data-model={model}
      // fitCard sets the height it has room for; the ticket form can make it grow (it scrolls then).
      style={{ left: `${pos.left}px`, top: pos.top !== undefined ? `${pos.top}px` : undefined, bottom: pos.bottom !== undefined ? `${pos.bottom}px` : undefined, overflowY: 'auto' }}
      onKeyDown={onKeyDown}
      // Keep the caret and focus in the editor when the card is used with the mouse.
      onMouseDown={(event) => event.preventDefault()}
    >
      <h2 id={titleId}>
        <span class="sev" data-severity={finding.severity} aria-hidden="true" />
        {categoryLabel(finding.category)}
        <span class="sev-name">{t(finding.severity === 'warning' ? 'severity_warning' : 'severity_hint')}</span>
      </h2>
      <p class="message" id={messageId}>{message}</p>
      {/* The reason only when it adds something the message did not already say. */}
      {!repeats(message, why) && <p class="why">{why}</p>}
      {suggestions.length > 0 && ticket && (
        // What the suggestions were built from, so the agent can trust or correct it.
        <TicketSource layerId={card.layerId} view={ticket} actions={actions} />
      )}
      {suggestions.length > 0 && (
        <ul aria-label={t('card_suggestions')}>
          {suggestions.map(({ s, index }, i) => (
            <li key={index}>
              <span class="text" id={`tact-s-${card.layerId}-${i}`}>
                <span class="s">{s.text}</span>
                {s.note && <span class="note">{noteInUi(s.note)}</span>}
              </span>
              <button type="button" class="apply" aria-describedby={`tact-s-${card.layerId}-${i}`} onClick={(e) => actions.apply(card, index, e)}>
                {t('card_apply')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {rephrasing !== 'idle' && (
        <p class="rephrase-status" role="status" data-state={rephrasing}>
          {t(rephrasing === 'working' ? 'card_rephrase_working' : rephrasing === 'unavailable' ? 'card_rephrase_unavailable' : 'card_rephrase_failed')}
        </p>
      )}
      <div class="actions">
        <span class="hint">{t('card_esc_hint')}</span>
        {actions.rephrase && model === 'available' && (
          <button type="button" title={t('card_rephrase_title')} disabled={rephrasing === 'working'} aria-busy={rephrasing === 'working'} onClick={(e) => void rephrase(e)}>{t('card_rephrase')}</button>
        )}
        <button type="button" title={t('card_ignore_title')} onClick={(e) => actions.ignore(card, 'once', e)}>{t('card_ignore')}</button>
        <button type="button" title={t('card_ignore_always_title')} onClick={(e) => actions.ignore(card, 'always', e)}>{t('card_ignore_always')}</button>
      </div>
    </div>
  );
}
