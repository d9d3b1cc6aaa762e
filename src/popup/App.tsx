/** Toolbar popup: the active tab's draft, its findings and missing signals, and the site switch. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Finding } from '../analysis/types.ts';
import { t, tn } from '../i18n/index.ts';
import { categoryLabel, findingMessage, signalLabel, signalTip } from '../i18n/rules.ts';
import { distinctSuggestions } from '../content/overlay/suggestions.ts';
import { sendToContent, type AdditionView, type DraftView } from '../messages.ts';
import { activeTabId, onActiveTabChanged, openOptionsPage } from '../platform/index.ts';
import { useTeamName } from './team-name.ts';
import { sitesLock, switchSite } from './site-switch.ts';
import { noteInUi } from '../i18n/notes.ts';

type State =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'ready'; tabId: number; view: DraftView };

const REFRESH_MS = 1000;

export function App() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [notice, setNotice] = useState('');
  const teamName = useTeamName();

  const refresh = useCallback(async () => {
    const tabId = await activeTabId();
    if (tabId === undefined) return setState({ kind: 'unavailable' });
    try {
      const view = await sendToContent(tabId, 'popup:get-draft', {});
      setState(view ? { kind: 'ready', tabId, view } : { kind: 'unavailable' });
    } catch {
      // No content script in this tab: not a supported helpdesk.
      setState({ kind: 'unavailable' });
    }
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    void refresh();
    onActiveTabChanged(() => void refresh(), controller.signal);
    // The draft keeps changing while the popup is open (the agent types in another window).
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    controller.signal.addEventListener('abort', () => clearInterval(timer));
    return () => controller.abort();
  }, [refresh]);

  const title = <h1>{t('extName')}{teamName && <span class="team"> · {teamName}</span>}</h1>;
  if (state.kind === 'loading') return <p class="muted">{t('popup_loading')}</p>;
  if (state.kind === 'unavailable') {
    return (
      <>
        <header>{title}</header>
        <p class="muted">{t('popup_unavailable')}</p>
        <Footer />
      </>
    );
  }

  const { tabId, view } = state;
  const report = view.report;
  const apply = async (finding: Finding, suggestion: number) => {
    // Only the frame that showed this draft answers; none does when it went away meanwhile.
    const result = (await sendToContent(tabId, 'popup:apply', { draft: report?.draft ?? '', start: finding.start, end: finding.end, text: finding.text, suggestion })
      .catch(() => undefined)) ?? { applied: false, reason: 'stale' as const };
    setNotice(result.applied ? t('popup_applied') : result.reason === 'stale' ? t('popup_stale') : t('popup_apply_failed'));
    await refresh();
  };
  const add = async (addition: AdditionView, event: MouseEvent) => {
    // Only the agent's own click adds text to the draft (not a script in this page).
    if (!event.isTrusted) return;
    const result = (await sendToContent(tabId, 'popup:add', { draft: report?.draft ?? '', signal: addition.signal, text: addition.text })
      .catch(() => undefined)) ?? { applied: false, reason: 'stale' as const };
    setNotice(result.applied ? t('popup_added') : result.reason === 'stale' ? t('popup_stale') : t('popup_add_failed'));
    await refresh();
  };
  const toggle = async (enabled: boolean) => {
    const lock = await sitesLock();
    if (lock) {
      setNotice(t(lock === 'policy' ? 'opt_locked_policy' : 'opt_locked_team'));
      return;
    }
    const problems = await switchSite(view.site, enabled);
    if (problems.length) setNotice(problems.join(' '));
    await refresh();
  };
  const level = report ? (report.score >= 70 ? 'good' : report.score < 50 ? 'poor' : 'fair') : 'fair';

  return (
    <>
      <header>
        {title}
        <label class="switch">
          <input type="checkbox" role="switch" checked={view.enabled} onChange={(e) => void toggle((e.currentTarget as HTMLInputElement).checked)} />
          {t('popup_coach_on', view.site)}
        </label>
      </header>
      {!view.enabled && <p class="muted">{t('popup_off')}</p>}
      {view.enabled && !report && <p class="muted">{t('popup_start')}</p>}
      {view.enabled && report?.pending && <p class="muted" role="status" data-pending="true">{t('popup_checking')}</p>}
      {view.enabled && report && !report.pending && (
        <>
          <div class="summary">
            <span class="score" data-level={level} aria-label={t('popup_score_label', report.score)}>{report.score}</span>
            <span class="muted" aria-hidden="true"> {t('popup_of_100')}</span>
            <span class="muted"> · {tn('popup_count', report.findings.length)}</span>
          </div>
          {report.placeholders.length > 0 && (
            // A suggestion applied but not filled in: the draft is not ready to send.
            <p class="not-ready" role="alert" data-ready="false">{tn('popup_not_ready', report.placeholders.length, report.placeholders.join(', '))}</p>
          )}
          <details class="explain">
            <summary>{t('popup_how_score')}</summary>
            <p>{t('score_explained')}</p>
          </details>
          <p role="status" class="muted">{notice}</p>
          <section aria-labelledby="findings-heading" data-section="findings">
            <h2 id="findings-heading">{t('popup_findings')}</h2>
            {report.findings.length === 0 && <p class="muted">{t('popup_nothing')}</p>}
            <ul>
              {report.findings.map((f) => (
                <li class="finding" data-rule={f.rule} data-category={f.category} data-severity={f.severity} key={`${f.rule}:${f.start}`}>
                  <strong>{categoryLabel(f.category)}</strong>: <span class="quote">“{f.text}”</span>
                  <div>{findingMessage(f)}</div>
                  {distinctSuggestions(f.suggestions).map(({ s, index }) => (
                    <div class="suggestion" key={index}>
                      <span>{s.text}</span>
                      <button type="button" onClick={() => void apply(f, index)}>{t('card_apply')}</button>
                    </div>
                  ))}
                </li>
              ))}
            </ul>
          </section>
          {report.missing.length > 0 && (
            <section aria-labelledby="missing-heading" data-section="missing">
              <h2 id="missing-heading">{t('popup_missing')}</h2>
              <ul>
                {report.missing.map((id) => {
                  const addition = report.additions.find((a) => a.signal === id);
                  return (
                    <li key={id} data-signal={id}>
                      <strong>{signalLabel(id)}</strong>: {signalTip(id)}
                      {addition && (
                        <div class="suggestion addition" title={noteInUi(addition.note)}>
                          <span>{addition.text}</span>
                          <button type="button" onClick={(e) => void add(addition, e)}>{t('popup_add')}</button>
                        </div>
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          )}
        </>
      )}
      <Footer />
    </>
  );
}

function Footer() {
  return (
    <footer>
      <p class="muted privacy">{t('popup_privacy')}</p>
      <button type="button" class="link" onClick={() => void openOptionsPage().then(() => window.close())}>{t('popup_settings')}</button>
    </footer>
  );
}
