/**
 * Content-script entry, kept small because it runs on every page load of a helpdesk: it watches for
 * reply boxes and loads the coach (analysis, overlay) only when the agent first focuses one.
 */
import { handleMessages } from '../messages.ts';
import { followUiLocale } from '../i18n/preference.ts';
import type { Coach } from './coach.ts';
import { isSiteEnabled, onSiteToggled, siteOf } from './site.ts';
// Taken now, at page load: the coach's wait for the settings counts from here (team-settings.ts).
import './started.ts';
import { watchEditors } from './watcher.ts';
import { watchSiteCoaching } from './team-sites.ts';

const site = siteOf(window);
const lifetime = new AbortController();
let run: AbortController | null = null;
let coach: Coach | null = null;
let coachLoading: Promise<Coach> | null = null;
let enabled = false;

function loadCoach(): Promise<Coach> {
  // The card and chip speak the agent's language (options page), read once before the first draw.
  coachLoading ??= Promise.all([import('./coach.ts'), followUiLocale(lifetime.signal)]).then(([{ createCoach }]) => {
    coach = createCoach(document);
    return coach;
  });
  return coachLoading;
}

function start(): void {
  if (run) return;
  run = new AbortController();
  const signal = run.signal;
  watchEditors(document, {
    onFocus(root) {
      void loadCoach().then((c) => {
        if (!signal.aborted) c.focus(root);
      });
    },
    onRemoved(root) {
      coach?.removed(root);
    },
  }, signal, () => coach?.overlayNode ?? null);
}

function stop(): void {
  run?.abort();
  run = null;
  coach?.destroy();
  coach = null;
  coachLoading = null;
}

function setEnabled(next: boolean): void {
  enabled = next;
  if (next) start();
  else stop();
}

// This frame's part of the popup's draft key (`frame|text`): Apply and Add go to this frame only.
const FRAME = crypto.randomUUID();
const ownDraft = (draft: string): string | null => (draft.startsWith(`${FRAME}|`) ? draft.slice(FRAME.length + 1) : null);

handleMessages({
  'popup:get-draft': {
    from: 'extension-page',
    handle: () => {
      const report = coach?.draft() ?? null;
      // Frames without a coached draft stay silent so the frame that has one answers the popup.
      if (!report && window !== window.top) return undefined;
      return { site, enabled, report: report && { ...report, draft: `${FRAME}|${report.draft}` } };
    },
  },
  'popup:apply': {
    from: 'extension-page',
    handle: (request) => {
      // Another frame's draft (or none): stay silent, that frame answers.
      const draft = ownDraft(request.draft);
      if (draft === null || !coach) return undefined;
      return coach.applyFromPopup({ ...request, draft });
    },
  },
  'popup:add': {
    // Like popup:apply: only the extension's own pages (the popup, after the agent's click) may ask.
    from: 'extension-page',
    handle: (request) => {
      const draft = ownDraft(request.draft);
      if (draft === null || !coach) return undefined;
      return coach.addFromPopup({ ...request, draft });
    },
  },
}, lifetime.signal);

// The agent's switch for this site, and the team's or policy's `sites` list.
watchSiteCoaching(site, { isEnabled: isSiteEnabled, onToggled: onSiteToggled }, setEnabled, lifetime.signal);
