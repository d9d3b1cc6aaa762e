import { Card } from './Card.tsx';
import type { OverlayActions, OverlayModel } from './model.ts';

const px = (n: number) => `${Math.round(n * 10) / 10}px`;

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
                data-rule={u.category}
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
              aria-label={`Tact score ${layer.chip.score}, ${layer.chip.count} ${layer.chip.count === 1 ? 'finding' : 'findings'}`}
              title="Tact: Alt+Enter in the reply opens the suggestions at the caret"
              style={{ left: px(layer.chip.left), top: px(layer.chip.top) }}
              onMouseDown={(e) => e.preventDefault()}
              onClick={(e) => actions.chip(layer.id, e)}
            >
              {layer.chip.score} · {layer.chip.count}
            </button>
          )}
          {layer.chip && layer.ticket?.mode === 'note' && (
            // Internal notes are not coached for tone unless the agent asks, for this note only.
            <button
              type="button"
              class="note-toggle"
              aria-pressed={layer.ticket.noteCoached}
              title="Internal note: tone is not coached unless you ask"
              style={{ left: px(layer.chip.left - 128), top: px(layer.chip.top) }}
              onMouseDown={(e) => e.preventDefault()}
              onClick={(e) => actions.toggleNote(layer.id, e)}
            >
              Coach this note
            </button>
          )}
        </div>
      ))}
      {model.card && <Card card={model.card} actions={actions} context={model.layers.find((l) => l.id === model.card!.layerId)?.ticket?.context ?? []} />}
    </>
  );
}
