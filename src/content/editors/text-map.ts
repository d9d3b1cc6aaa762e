/**
 * Plain text of a contenteditable tree plus a map from text offsets back to DOM points.
 * Newlines are our own (one per block boundary and real <br>) so that sentences in different
 * paragraphs never run together; editors disagree on how they join blocks, so nothing relies on it.
 */

interface Segment {
  node: Text;
  /** Offset inside node.data where this run starts. */
  nodeStart: number;
  /** Offset inside the mapped text where this run starts. */
  textStart: number;
  length: number;
}

export interface TextMap {
  text: string;
  segments: Segment[];
}

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR',
  'TD', 'TH', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'FIGURE', 'FIGCAPTION', 'DL', 'DT', 'DD', 'HR',
  'ADDRESS', 'BODY',
]);

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

// Zero-width filler that editors park in the DOM: CKEditor 5 inline filler (U+2060 x7), Quill's
// span.ql-cursor, TinyMCE's span#_mce_caret and Slate's empty blocks (U+FEFF), ZWSP placeholders.
const FILLER = /[\u2060\uFEFF\u200B]/;

// Placeholder breaks that render an empty line but are no text in the editor's model.
const FILLER_BREAKS = [
  'br.ProseMirror-trailingBreak', // ProseMirror / TipTap
  'br[data-cke-filler]', // CKEditor 5
  'br[data-lexical-managed-linebreak]', // Lexical
  'br[data-mce-bogus]', // TinyMCE
  'br[data-text]', // Draft.js empty block
].join(',');

function isIsland(el: Element): boolean {
  // Slate's placeholder sits inside the editor as a non-editable island; so do mentions/widgets.
  return el.getAttribute('contenteditable') === 'false' || el.hasAttribute('data-slate-placeholder');
}

function isFillerBreak(br: Element): boolean {
  if (br.matches(FILLER_BREAKS)) return true;
  // A <br> closing its block only holds the line open (Quill's <p><br></p>, plain contenteditable).
  let next = br.nextSibling;
  while (next && next.nodeType === Node.TEXT_NODE && (next as Text).data === '') next = next.nextSibling;
  return next === null && br.parentElement !== null && BLOCK_TAGS.has(br.parentElement.tagName);
}

export function mapText(root: HTMLElement): TextMap {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let lastChar = '';
  let pendingBreak = false;

  const pushNewline = () => {
    parts.push('\n');
    length += 1;
    lastChar = '\n';
  };
  const flushBreak = () => {
    if (pendingBreak && length > 0 && lastChar !== '\n') pushNewline();
    pendingBreak = false;
  };

  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data;
        let runStart = -1;
        for (let i = 0; i <= data.length; i++) {
          const isFiller = i < data.length && FILLER.test(data[i]!);
          if (i < data.length && !isFiller) {
            if (runStart < 0) runStart = i;
            continue;
          }
          if (runStart >= 0) {
            flushBreak();
            const run = data.slice(runStart, i);
            segments.push({ node: child as Text, nodeStart: runStart, textStart: length, length: run.length });
            parts.push(run);
            length += run.length;
            lastChar = run[run.length - 1]!;
            runStart = -1;
          }
        }
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const el = child as Element;
        if (SKIPPED_TAGS.has(el.tagName) || isIsland(el)) continue;
        if (el.tagName === 'BR') {
          if (!isFillerBreak(el)) {
            flushBreak();
            pushNewline();
          }
          continue;
        }
        const block = BLOCK_TAGS.has(el.tagName);
        if (block) pendingBreak = true;
        walk(el);
        if (block) pendingBreak = true;
      }
    }
  };
  walk(root);
  return { text: parts.join(''), segments };
}

function segmentIndexAt(map: TextMap, offset: number, preferEnd: boolean): number {
  const segs = map.segments;
  let lo = 0;
  let hi = segs.length - 1;
  let found = -1;
  // Last segment starting at or before offset.
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid]!.textStart <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (found < 0) return segs.length ? 0 : -1;
  // An end offset sitting exactly at a segment start belongs to the previous segment's end.
  if (preferEnd && found > 0 && segs[found]!.textStart === offset) {
    const prev = segs[found - 1]!;
    if (prev.textStart + prev.length === offset) return found - 1;
  }
  return found;
}

export function domPoint(map: TextMap, offset: number, preferEnd = false): { node: Text; offset: number } | null {
  const index = segmentIndexAt(map, offset, preferEnd);
  if (index < 0) return null;
  const seg = map.segments[index]!;
  const within = Math.max(0, Math.min(seg.length, offset - seg.textStart));
  return { node: seg.node, offset: seg.nodeStart + within };
}

export function domRange(map: TextMap, start: number, end: number): Range | null {
  const a = domPoint(map, start, false);
  const b = domPoint(map, end, true);
  if (!a || !b) return null;
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/** Text offset of a DOM point (a selection end), or null when it lies outside the map. */
export function textOffset(map: TextMap, node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    for (const seg of map.segments) {
      if (seg.node !== node) continue;
      if (offset <= seg.nodeStart + seg.length) return seg.textStart + Math.max(0, offset - seg.nodeStart);
    }
  }
  // Caret between elements: the first segment after the point gives the offset.
  const doc = node.ownerDocument;
  if (!doc) return null;
  const probe = doc.createRange();
  try {
    probe.setStart(node, offset);
  } catch {
    return null;
  }
  let lo = 0;
  let hi = map.segments.length - 1;
  let answer = map.text.length;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = map.segments[mid]!;
    // comparePoint: -1 when (seg.node, nodeStart) is before the caret.
    if (probe.comparePoint(seg.node, seg.nodeStart) >= 0) {
      answer = seg.textStart;
      hi = mid - 1;
    } else {
      lo = mid + 1;
    }
  }
  return answer;
}
