/**
 * Typing into a 2,000-word draft and measuring what the agent would feel: long tasks on the main
 * thread while typing, and how soon the underline appears once the typing pause has elapsed.
 * Used by the e2e test (which checks the underlines) and by `npm run bench:e2e` (which prints figures).
 */
import type { Frame, Page } from 'playwright-core';
import { analyze } from '../../src/analysis/index.ts';
import { openFixture, until, type FixturePage } from './harness.ts';
import type { BrowserContext } from 'playwright-core';

/** Same as PAUSE_MS in src/content/session.ts: the quiet time that counts as a pause. */
export const PAUSE_MS = 300;

const FILLER_SENTENCES = [
  'Thanks for the screenshots of the checkout page.',
  'I looked at your account and the order history together with the billing team.',
  'The payment was captured twice because the first attempt timed out on our side.',
  'I have reversed the second charge and you will see it back on your card within a few days.',
  'Your replacement headphones left our warehouse this morning with tracking number 55120.',
  'If the package does not arrive by Friday, reply to this message and I will send another pair.',
  'I also added a note so the next person who reads your ticket knows the whole story.',
];

const FLAGGED = ['Sorry for any inconvenience.', 'It\'s company policy.', 'Act now!'];

/** About `words` words in paragraphs of ~100, with a flagged sentence in every paragraph. */
export function longDraft(words: number): string[] {
  const paragraphs: string[] = [];
  let count = 0;
  let i = 0;
  while (count < words) {
    const sentences: string[] = [];
    let pwords = 0;
    sentences.push(FLAGGED[paragraphs.length % FLAGGED.length]!);
    while (pwords < 100) {
      const s = FILLER_SENTENCES[i++ % FILLER_SENTENCES.length]!;
      sentences.push(s);
      pwords += s.split(/\s+/).length;
    }
    const p = sentences.join(' ');
    count += p.split(/\s+/).length;
    paragraphs.push(p);
  }
  return paragraphs;
}

/** Sentences typed key by key at the end of the long draft, each with the category it must raise. */
export const TYPED: Array<[string, string]> = [
  [' Sorry for any inconvenience.', 'generic-apology'],
  [' It\'s company policy.', 'policy-deflection'],
  [' I will call you tomorrow at ten. Act now!', 'hype'],
];

interface PageProbe { longTasks: Array<{ start: number; duration: number }>; lastKey: number; drawn: number[] }

/** Long tasks on this frame's main thread (the content script's isolated world shares it). */
export async function installLongTaskProbe(frame: Frame): Promise<void> {
  await frame.evaluate(() => {
    const w = window as unknown as { __probe: PageProbe };
    const probe: PageProbe = { longTasks: [], lastKey: 0, drawn: [] };
    w.__probe = probe;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
    document.addEventListener('keydown', () => { probe.lastKey = performance.now(); }, true);
  });
}

async function installDrawProbe(frame: Frame): Promise<void> {
  await frame.evaluate(() => {
    const probe = (window as unknown as { __probe: PageProbe }).__probe;
    const root = document.querySelector('tact-overlay')!.shadowRoot!;
    new MutationObserver((records) => {
      if (records.some((r) => Array.from(r.addedNodes).some((n) => n instanceof Element && (n.matches('[data-rule]') || n.querySelector('[data-rule]'))))) {
        probe.drawn.push(performance.now());
      }
    }).observe(root, { childList: true, subtree: true });
  });
}

export interface LongDraftFigures {
  editor: string;
  words: number;
  characters: number;
  typedKeys: number;
  longTasks: number;
  longestTaskMs: number;
  /** Long tasks from the first focus (loading the analysis module, warming the engine up). */
  focusLongTasks: number;
  focusLongestTaskMs: number;
  /** Long tasks while the whole draft arrived and was analysed for the first time. */
  bulkLongTasks: number;
  bulkLongestTaskMs: number;
  /** Time from the end of the typing pause to the underline being drawn, per typed sentence. */
  underlineAfterPauseMs: number[];
  underlinesDrawn: number;
}

/** With `coached: false` (Tact switched off for the site) the same typing gives the editor's own baseline. */
export async function typeLongDraft(context: BrowserContext, origin: string, editorName: string, { words = 2000, coached = true } = {}): Promise<{ figures: LongDraftFigures; fixture: FixturePage }> {
  const f = await openFixture(context, origin, editorName);
  const { page, frame } = f;
  const paragraphs = longDraft(words - 30);
  await installLongTaskProbe(frame);
  await f.editor.click();
  if (coached) await frame.locator('tact-overlay').waitFor({ state: 'attached' });
  await new Promise((r) => setTimeout(r, 1500)); // let the idle-time warm-up finish
  const focus = await frame.evaluate(() => (window as unknown as { __probe: PageProbe }).__probe.longTasks.splice(0));
  // The bulk arrives as one insertion per paragraph (like a pasted template); the end is typed.
  for (const [i, p] of paragraphs.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.insertText(p);
  }
  await page.keyboard.press('Enter');
  const settle = () => new Promise((r) => setTimeout(r, PAUSE_MS + 300));
  // Analysed once the chip counts as many findings as the engine gives for the whole model text
  // (their underlines may be scrolled out of view).
  if (!coached) await settle();
  else {
    const expected = analyze(await f.text()).findings.length;
    await until(async () => (await frame.locator('tact-overlay .chip').getAttribute('data-count', { timeout: 1000 })) === String(expected), `the chip to count ${expected} findings`, 15_000);
  }
  if (coached) await installDrawProbe(frame);
  const startedAt = await frame.evaluate(() => performance.now());
  const bulk = await frame.evaluate(() => (window as unknown as { __probe: PageProbe }).__probe.longTasks);

  const latencies: number[] = [];
  let typedKeys = 0;
  for (const [sentence, category] of TYPED) {
    const before = await frame.evaluate(() => (window as unknown as { __probe: PageProbe }).__probe.drawn.length);
    await page.keyboard.type(sentence);
    typedKeys += sentence.length;
    if (!coached) {
      await settle();
      continue;
    }
    // Wait for this sentence's underline (the last underline of its category moves to the end).
    await until(async () => {
      const drawn = await frame.evaluate(() => (window as unknown as { __probe: PageProbe }).__probe.drawn.length);
      return drawn > before && (await lastUnderlineNearCaret(page, frame, category));
    }, `underline for "${sentence.trim()}"`, 15_000);
    const latency = await frame.evaluate((pause) => {
      const p = (window as unknown as { __probe: PageProbe }).__probe;
      const firstAfter = p.drawn.find((t) => t > p.lastKey);
      return firstAfter === undefined ? null : firstAfter - p.lastKey - pause;
    }, PAUSE_MS);
    if (latency !== null) latencies.push(Math.round(latency * 10) / 10);
  }
  const probe = await frame.evaluate((since) => {
    const p = (window as unknown as { __probe: PageProbe }).__probe;
    return { longTasks: p.longTasks.filter((t) => t.start >= since), drawn: p.drawn?.length ?? 0 };
  }, startedAt);
  const text = await f.text();
  return {
    fixture: f,
    figures: {
      editor: editorName,
      words: text.split(/\s+/).filter(Boolean).length,
      characters: text.length,
      typedKeys,
      longTasks: probe.longTasks.length,
      longestTaskMs: Math.round(Math.max(0, ...probe.longTasks.map((t) => t.duration))),
      focusLongTasks: focus.length,
      focusLongestTaskMs: Math.round(Math.max(0, ...focus.map((t) => t.duration))),
      bulkLongTasks: bulk.length,
      bulkLongestTaskMs: Math.round(Math.max(0, ...bulk.map((t) => t.duration))),
      underlineAfterPauseMs: latencies,
      underlinesDrawn: probe.drawn,
    },
  };
}

/** Whether an underline of `category` sits on the caret's line (the sentence just typed). */
async function lastUnderlineNearCaret(page: Page, frame: Frame, category: string): Promise<boolean> {
  void page;
  return frame.evaluate((cat) => {
    const sel = document.getSelection();
    const active = document.activeElement as HTMLTextAreaElement | null;
    let caretBottom: number | null = null;
    if (active && active.tagName === 'TEXTAREA') {
      // A textarea's caret has no rect: the end of the text is at the bottom of its scrolled view.
      const r = active.getBoundingClientRect();
      caretBottom = r.bottom;
      const underlines = Array.from(document.querySelector('tact-overlay')!.shadowRoot!.querySelectorAll(`[data-category="${cat}"]`));
      return underlines.some((u) => Math.abs(u.getBoundingClientRect().bottom - caretBottom!) < 80);
    }
    if (!sel || !sel.rangeCount) return false;
    const rects = sel.getRangeAt(0).getClientRects();
    const rect = rects[0] ?? (sel.focusNode as Element | null)?.parentElement?.getBoundingClientRect();
    if (!rect) return false;
    caretBottom = rect.bottom;
    const underlines = Array.from(document.querySelector('tact-overlay')!.shadowRoot!.querySelectorAll(`[data-category="${cat}"]`));
    return underlines.some((u) => Math.abs(u.getBoundingClientRect().bottom - caretBottom!) < 60);
  }, category);
}

/**
 * How long Apply takes in one editor, as the agent sees it: from the trusted click on the card's
 * Apply button to the editor's own model holding the new text (checked on every DOM change and
 * input event in the editor's frame, so the figure is not rounded to a poll or a frame). Each run
 * opens the card on the phrase, applies, and undoes with Ctrl+Z for the next run.
 */
export async function measureApplyLatency(context: BrowserContext, origin: string, editorName: string, runs = 5): Promise<number[]> {
  const { DRAFT, PHRASE, underline, card, typeDraft } = await import('./scenario.ts');
  const f = await openFixture(context, origin, editorName);
  const { page, frame } = f;
  const times: number[] = [];
  try {
    await typeDraft(f, DRAFT);
    for (let i = 0; i < runs; i++) {
      const u = underline(frame);
      await u.waitFor({ state: 'visible', timeout: 10_000 });
      // Quill merges edits less than ~1 s apart into one undo step.
      if (editorName === 'quill') await page.waitForTimeout(1100);
      const box = (await u.boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      const c = card(frame);
      await c.waitFor({ state: 'visible' });
      const suggestion = (await c.locator('.s').first().textContent())!;
      const expected = DRAFT.replace(PHRASE, suggestion);
      // The probe lives in the editor's frame; the model is read through the page's fixture API.
      // A string, not a function: tsx's name-keeping helper does not exist in the page.
      await frame.evaluate(`(() => {
        const want = ${JSON.stringify(expected)};
        const top = window.top;
        window.__apply = { start: 0, end: 0 };
        function now() { return performance.timeOrigin + performance.now(); }
        function check() {
          const text = top.fixture.getText().replace(/\\u00a0/g, ' ').replace(/\\s+$/, '');
          if (window.__apply.start && !window.__apply.end && text === want) {
            window.__apply.end = now();
            observer.disconnect();
          }
        }
        const observer = new MutationObserver(check);
        observer.observe(document, { childList: true, characterData: true, subtree: true });
        document.addEventListener('input', check, true);
        // Also once per task: an editor can update its model after its last DOM change (Quill).
        function tick() { check(); if (!window.__apply.end) setTimeout(tick, 0); }
        document.addEventListener('click', function (e) {
          if (e.isTrusted && e.composedPath().some(function (n) { return n.tagName === 'TACT-OVERLAY'; })) {
            window.__apply.start = now();
            setTimeout(tick, 0);
          }
        }, { capture: true, once: true });
      })()`);
      await c.getByRole('button', { name: 'Apply', exact: true }).first().click();
      const probe = await until(() => frame.evaluate(() => {
        const p = (window as unknown as { __apply: { start: number; end: number } }).__apply;
        return p.end ? p : null;
      }), `Apply to land (${editorName}, run ${i + 1})`, 10_000, async () => ({ model: await f.text(), expected, probe: await frame.evaluate('window.__apply') }));
      times.push(Math.round((probe!.end - probe!.start) * 10) / 10);
      await page.keyboard.press('Control+z');
      await until(async () => (await f.text()).replace(/\u00a0/g, ' ').replace(/\s+$/, '') === DRAFT, `Ctrl+Z after run ${i + 1} (${editorName})`);
    }
  } finally {
    await page.close();
  }
  return times;
}
