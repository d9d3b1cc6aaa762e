import { Card } from './Card.tsx';
import { chipLabel, chipText } from './chip.ts';
import { t, tn } from '../../i18n/index.ts';
import type { LayerView, OverlayActions, OverlayModel } from './model.ts';

const px = (n: number) => `${Math.round(n * 10) / 10}px`;

/** What a screen reader hears after a pause in typing: the count of the box being coached. */
function announcement(layers: LayerView[]): string {
  const chip = layers.find((l) => l.chip)?.chip;
  if (!chip) return '';
  return chip.count === 0 ? t('live_none', chip.score) : tn('live_findings', chip.count, chip.score);
}

export function Overlay({ model, actions }: { model: OverlayModel; actions: OverlayActions }) {
  return (
    <>
      {model.layers.map((layer) => (
        <div class="layer" key={layer.id} data-layer={layer.id}>
          {layer.underlines.map((u) =>
            u.boxes.map((b, i) => (
              <div
                key={`${u.key}:${i}`}
                class={u.active ? 'u active' : 'u'}
                data-rule={u.rule}
                data-category={u.category}
                data-severity={u.severity}
                style={{ left: px(b.left), top: px(b.top), width: px(b.width), height: px(b.height) }}
              />
            )),
          )}
          {layer.chip && (
            <button
              type="button"
              class="chip"
              data-level={layer.chip.score >= 70 ? 'good' : layer.chip.score < 50 ? 'poor' : 'fair'}
              data-count={layer.chip.count}
              data-ready={layer.chip.placeholders.length ? 'false' : 'true'}
              aria-label={chipLabel(layer.chip.score, layer.chip.count, layer.chip.placeholders)}
              title={t('chip_tooltip', t('score_explained'))}
              style={{ left: px(layer.chip.left), top: px(layer.chip.top) }}
              onMouseDown={(e) => e.preventDefault()}
              onClick={(e) => actions.chip(layer.id, e)}
            >
              {chipText(layer.chip.score, layer.chip.count, layer.chip.placeholders)}
            </button>
          )}
          {layer.chip && layer.ticket?.mode === 'note' && (
            // Internal notes are not coached for tone unless the agent asks, for this note only.
            <button
              type="button"
              class="note-toggle"
              aria-pressed={layer.ticket.noteCoached}
              title={t('note_toggle_title')}
              style={{ left: px(layer.chip.left - 132), top: px(layer.chip.top) }}
              onMouseDown={(e) => e.preventDefault()}
              onClick={(e) => actions.toggleNote(layer.id, e)}
            >
              {t('note_toggle')}
            </button>
          )}
        </div>
      ))}
      <div class="sr-only" role="status" aria-live="polite">{announcement(model.layers)}</div>
      {model.card && <Card card={model.card} actions={actions} ticket={model.layers.find((l) => l.id === model.card!.layerId)?.ticket} />}
    </>
  );
}
