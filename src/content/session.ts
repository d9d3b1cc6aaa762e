/**
 * One coached reply box: reads its text on typing pauses, hands it to the coaching (coaching.ts),
 * lays out where its findings are on screen. Torn down by aborting its signal when the box leaves
 * the page.
 */
import type { Finding, Report } from '../analysis/types.ts';
import type { Coached } from './coaching.ts';
import type { Box, EditorAdapter } from './editors/types.ts';
import { analysisConfigKnown, onAnalysisConfigChanged } from './team-settings.ts';

/** Quiet time after the last keystroke that counts as a typing pause. */
export const PAUSE_MS = 300;

export interface Placed {
  finding: Finding;
  key: string;
  boxes: Box[];
}

export interface SessionHooks {
  /** What the overlay shows for this box's text (src/content/coaching.ts). */
  coach(text: string, session: Session): Coached;
  /** Analyses a piece of a long draft with the same options as `coach`, to warm the engine's cache. */
  warm(piece: string, session: Session): void;
  /** Findings, layout or visibility changed: redraw. */
  changed(session: Session): void;
}

export const findingKey = (f: Finding) => `${f.rule}|${f.start}|${f.text}`;

export class Session {
  coached: Coached | null = null;
  /** The text `report` was computed from. */
  analyzedText = '';
  placed: Placed[] = [];
  /** Whether `report` describes the current text (false between a keystroke and the next pause). */
  fresh = false;
  /**
   * While the agent types, findings that end before the first changed character keep their
   * underline (text before an edit does not move); later ones hide until the next analysis.
   */
  stableUntil = Infinity;
  clip: Box = { left: 0, top: 0, width: 0, height: 0 };
  readonly ignoredOnce = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly controller = new AbortController();

  constructor(readonly id: number, readonly adapter: EditorAdapter, private readonly hooks: SessionHooks) {
    const signal = this.controller.signal;
    adapter.watch(() => this.onEdit(), signal);
    // New team or policy settings: analyse again with them, no keystroke needed.
    onAnalysisConfigChanged(() => {
      this.coached = null;
      if (this.fresh || this.awaitingSettings) this.analyzeNow();
    }, signal);
    const resize = new ResizeObserver(() => this.relayout());
    resize.observe(adapter.root);
    signal.addEventListener('abort', () => {
      resize.disconnect();
      if (this.timer !== null) clearTimeout(this.timer);
    }, { once: true });
  }

  get report(): Report | null {
    return this.coached?.report ?? null;
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get findings(): Finding[] {
    return this.placed.map((p) => p.finding);
  }

  destroy(): void {
    this.controller.abort();
    this.placed = [];
  }

  /** Whether a finding's underline is shown (current, or safely before the text being edited). */
  visible(p: Placed): boolean {
    return this.fresh || p.finding.end < this.stableUntil;
  }

  private onEdit(): void {
    // The editor re-rendered without changing the text (normalising nodes, spellcheck marks):
    // the findings hold, only their boxes may have moved.
    if (this.fresh && this.coached && this.adapter.readText() === this.analyzedText) {
      this.layout();
      return;
    }
    const wasFresh = this.fresh;
    this.fresh = false;
    const before = this.stableUntil;
    if (this.placed.some((p) => p.finding.end < this.stableUntil)) {
      this.stableUntil = Math.min(this.stableUntil, commonPrefixLength(this.analyzedText, this.adapter.readText()));
    }
    if (wasFresh || this.stableUntil !== before) this.hooks.changed(this);
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.analyzeNow();
    }, PAUSE_MS);
  }

  /** Analyses right away (typing pause, keyboard shortcut); cheap when nothing changed. */
  analyzeNow(): void {
    if (this.signal.aborted || this.warming) return;
    // Not with built-in defaults while the agent's own settings are on their way (team-settings.ts).
    this.awaitingSettings = !analysisConfigKnown();
    if (this.awaitingSettings) return;
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const text = this.adapter.readText();
    if (newTextLength(this.analyzedText, text) > BIG_CHANGE) {
      void this.warmThenAnalyze(text);
      return;
    }
    if (text !== this.analyzedText || !this.coached) {
      this.analyzedText = text;
      // analyze() keeps its own per-sentence cache, so the whole draft is passed on every pause.
      this.coached = this.hooks.coach(text, this);
    }
    this.fresh = true;
    this.stableUntil = Infinity;
    this.layout();
  }

  /**
   * Brings the findings up to date before the agent acts on one. An underline outlives its
   * analysis while the agent types on after it (see visible()), so a card opened on it, or an
   * Apply from a card opened before, would use a sentence that has grown since: the rewrite of
   * "…damaged items mus" replaced that much and cut "must" mid-word. Says whether the findings now
   * describe the text in the box (not while a long draft is analysed in pieces).
   */
  catchUp(): boolean {
    if (!this.fresh || this.adapter.readText() !== this.analyzedText) this.analyzeNow();
    return this.fresh;
  }

  /** Analyses again even if the text is the same (the ticket, settings or ignore list changed). */
  reanalyze(): void {
    this.coached = null;
    this.analyzeNow();
  }

  private warming = false;
  private awaitingSettings = false;

  /**
   * A pasted template or a long draft opened for editing: analyse it a few paragraphs per task so
   * the engine's sentence cache fills without one long task, then analyse the whole as usual.
   */
  private async warmThenAnalyze(text: string): Promise<void> {
    this.warming = true;
    try {
      for (const piece of paragraphGroups(text, WARM_CHUNK)) {
        await nextTask();
        if (this.signal.aborted) return;
        this.hooks.warm(piece, this);
      }
    } finally {
      this.warming = false;
    }
    // Whatever the agent typed meanwhile is read fresh; its few new sentences are cheap.
    const latest = this.adapter.readText();
    this.analyzedText = latest;
    this.coached = this.hooks.coach(latest, this);
    this.fresh = true;
    this.stableUntil = Infinity;
    this.layout();
  }

  /** Recomputes positions after scrolling, resizing or the box moving. */
  relayout(): void {
    if (this.signal.aborted || !this.coached) return;
    // A change no input event announced (a script set the textarea): treat it as an edit.
    if (this.fresh && this.adapter.readText() !== this.analyzedText) {
      this.onEdit();
      return;
    }
    // While typing only the findings before the edit are drawn, and their offsets still hold.
    this.layout();
  }

  private layout(): void {
    const clip = this.adapter.clipBox();
    this.clip = clip;
    const placed: Placed[] = [];
    for (const finding of this.report?.findings ?? []) {
      // Skip a finding whose text no longer matches (the engine and the DOM disagree): never
      // underline the wrong words.
      if (this.analyzedText.slice(finding.start, finding.end) !== finding.text) continue;
      const boxes = this.adapter.rects(finding.start, finding.end).map((b) => clipBox(b, clip)).filter((b): b is Box => b !== null);
      placed.push({ finding, key: findingKey(finding), boxes });
    }
    this.placed = placed;
    this.hooks.changed(this);
  }

  /** The finding under a viewport point, if any. */
  hit(x: number, y: number): Placed | null {
    for (const p of this.placed) {
      if (!this.visible(p)) continue;
      for (const b of p.boxes) {
        if (x >= b.left && x <= b.left + b.width && y >= b.top && y <= b.top + b.height) return p;
      }
    }
    return null;
  }

  /** The finding at the caret, else the next one after it, else the first. */
  atCaret(): Placed | null {
    const caret = this.adapter.caret();
    if (caret === null) return this.placed[0] ?? null;
    return this.placed.find((p) => p.finding.start <= caret && caret <= p.finding.end)
      ?? this.placed.find((p) => p.finding.start >= caret)
      ?? this.placed[0] ?? null;
  }
}

function commonPrefixLength(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** More new characters than this since the last analysis are analysed in pieces. */
const BIG_CHANGE = 1500;
const WARM_CHUNK = 1000;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Characters in `next` that are not in the common prefix and suffix with `prev`. */
function newTextLength(prev: string, next: string): number {
  const max = Math.min(prev.length, next.length);
  let a = 0;
  while (a < max && prev.charCodeAt(a) === next.charCodeAt(a)) a++;
  let b = 0;
  while (b < max - a && prev.charCodeAt(prev.length - 1 - b) === next.charCodeAt(next.length - 1 - b)) b++;
  return next.length - a - b;
}

/** The text cut at paragraph breaks into pieces of about `size` characters. */
function paragraphGroups(text: string, size: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const paragraph of text.split('\n')) {
    if (current && current.length + paragraph.length > size) {
      pieces.push(current);
      current = '';
    }
    current = current ? `${current}\n${paragraph}` : paragraph;
  }
  if (current.trim()) pieces.push(current);
  return pieces;
}

function clipBox(b: Box, clip: Box): Box | null {
  const left = Math.max(b.left, clip.left);
  const top = Math.max(b.top, clip.top);
  const right = Math.min(b.left + b.width, clip.left + clip.width);
  const bottom = Math.min(b.top + b.height, clip.top + clip.height);
  if (right - left < 1 || bottom - top < 1) return null;
  return { left, top, width: right - left, height: bottom - top };
}
