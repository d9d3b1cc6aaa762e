/**
 * Adapter for <textarea> (plain or React-controlled) and single-line chat composers
 * (<input type=text>): positions come from a hidden mirror.
 */
import { replaceInTextarea } from './input-path.ts';
import { hasFocus } from './shadow.ts';
import type { Box, EditorAdapter, EditOutcome } from './types.ts';

const COPIED_STYLES = [
  'boxSizing', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'fontStyle', 'fontVariant', 'fontWeight',
  'fontStretch', 'fontSize', 'fontFamily', 'lineHeight', 'letterSpacing', 'wordSpacing', 'textTransform',
  'textIndent', 'textAlign', 'tabSize', 'direction', 'fontFeatureSettings', 'fontKerning',
] as const;

export function textareaAdapter(el: HTMLTextAreaElement | HTMLInputElement, mirrorParent: () => Node): EditorAdapter {
  const singleLine = el instanceof HTMLInputElement;
  let mirror: HTMLDivElement | null = null;
  let mirrorText: Text | null = null;

  const layoutMirror = (): { mirror: HTMLDivElement; text: Text } => {
    if (!mirror || !mirror.isConnected) {
      mirror = el.ownerDocument.createElement('div');
      mirror.setAttribute('aria-hidden', 'true');
      mirrorText = el.ownerDocument.createTextNode('');
      mirror.append(mirrorText);
      mirrorParent().appendChild(mirror);
    }
    const style = getComputedStyle(el);
    const s = mirror.style;
    for (const key of COPIED_STYLES) s[key] = style[key];
    s.position = 'fixed';
    s.left = '0px';
    s.top = '0px';
    s.visibility = 'hidden';
    s.overflow = 'hidden';
    s.whiteSpace = singleLine ? 'pre' : 'pre-wrap';
    s.overflowWrap = singleLine ? 'normal' : 'break-word';
    s.boxSizing = 'border-box';
    s.borderColor = 'transparent';
    // clientWidth excludes the scrollbar, which narrows the text like in the real box.
    const borders = parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
    s.width = `${el.clientWidth + borders}px`;
    s.height = 'auto';
    if (singleLine) {
      // An input centres its one line in its content box: a line box of that height does the same.
      const content = el.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      s.lineHeight = `${Math.max(content, 0)}px`;
    }
    if (mirrorText!.data !== el.value) mirrorText!.data = el.value;
    return { mirror, text: mirrorText! };
  };

  return {
    family: 'textarea',
    root: el,
    readText: () => el.value,
    rects(start, end) {
      const { mirror: m, text } = layoutMirror();
      const range = el.ownerDocument.createRange();
      const length = text.data.length;
      range.setStart(text, Math.min(start, length));
      range.setEnd(text, Math.min(end, length));
      const origin = m.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      const dx = box.left - origin.left - el.scrollLeft;
      const dy = box.top - origin.top - el.scrollTop;
      return Array.from(range.getClientRects())
        .filter((r) => r.width >= 1)
        .map((r) => ({ left: r.left + dx, top: r.top + dy, width: r.width, height: r.height }));
    },
    clipBox(): Box {
      const r = el.getBoundingClientRect();
      return { left: r.left + el.clientLeft, top: r.top + el.clientTop, width: el.clientWidth, height: el.clientHeight };
    },
    caret: () => (hasFocus(el) ? el.selectionEnd : null),
    saveSelection() {
      const start = el.selectionStart;
      const end = el.selectionEnd;
      const direction = el.selectionDirection ?? 'none';
      return {
        restore() {
          el.focus({ preventScroll: true });
          el.setSelectionRange(start, end, direction);
        },
      };
    },
    async replace(start, end, expected, replacement, guard): Promise<EditOutcome> {
      return replaceInTextarea(el, start, end, expected, replacement, guard);
    },
    watch(onChange, signal) {
      el.addEventListener('input', onChange, { signal });
      signal.addEventListener('abort', () => {
        mirror?.remove();
        mirror = null;
      }, { once: true });
    },
  };
}
