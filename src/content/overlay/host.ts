/** The one shadow host per frame that carries every underline, chip and card. */
import { render, h } from 'preact';
import { Overlay } from './Overlay.tsx';
import { OVERLAY_CSS } from './styles.ts';
import type { OverlayActions, OverlayModel } from './model.ts';

export interface OverlayHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  draw(model: OverlayModel): void;
  destroy(): void;
}

export function createOverlayHost(doc: Document, actions: OverlayActions): OverlayHost {
  // A custom tag name: page rules for div/span cannot match it. Appended to <html>, never inside an
  // editor, so no editor sees a foreign node (TinyMCE's editable is the iframe's <body>).
  const host = doc.createElement('tact-overlay');
  host.setAttribute('style', 'position:fixed!important;inset:0!important;pointer-events:none!important;z-index:2147483647!important;display:block!important;contain:layout style;');
  // Open, so tests and assistive tech can reach the controls; the page gains nothing it could misuse
  // because every action checks event.isTrusted.
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  doc.documentElement.append(host);

  return {
    host,
    shadow,
    draw(model) {
      if (!host.isConnected) doc.documentElement.append(host);
      render(h(Overlay, { model, actions }), mount);
    },
    destroy() {
      render(null, mount);
      host.remove();
    },
  };
}
