/** Toolbar popup: the active tab's draft, its findings and missing signals, and the site switch. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Finding } from '../analysis/types.ts';
import { CATEGORY_TEXT, SIGNAL_TEXT } from '../content/overlay/categories.ts';
import { sendToContent, type AdditionView, type DraftView } from '../messages.ts';
import { activeTabId, onActiveTabChanged } from '../platform/index.ts';
import { useTeamName } from './team-name.ts';

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

  if (state.kind === 'loading') return <p class="muted">Loading…</p>;
  if (state.kind === 'unavailable') {
    return (
      <>
        <header><h1>Tact{teamName && <span class="team"> · {teamName}</span>}</h1></header>
        <p class="muted">Tact coaches replies on supported helpdesks. Open a ticket and click into the reply box.</p>
      </>
    );
  }

  const { tabId, view } = state;
  const apply = async (finding: Finding, suggestion: number) => {
    const result = await sendToContent(tabId, 'popup:apply', { start: finding.start, end: finding.end, text: finding.text, suggestion });
    setNotice(result.applied ? 'Applied.' : result.reason === 'stale' ? 'The draft changed; showing fresh results.' : 'Could not apply here.');
    await refresh();
  };
  const add = async (addition: AdditionView, event: MouseEvent) => {
    // Only the agent's own click adds text to the draft (not a script in this page).
    if (!event.isTrusted) return;
    const result = await sendToContent(tabId, 'popup:add', { signal: addition.signal, text: addition.text });
    setNotice(result.applied ? 'Added.' : result.reason === 'stale' ? 'The draft changed; showing fresh results.' : 'Could not add here.');
    await refresh();
  };
  const toggle = async (enabled: boolean) => {
    await sendToContent(tabId, 'popup:set-site-enabled', { enabled });
    await refresh();
  };
  const report = view.report;
  const level = report ? (report.score >= 70 ? 'good' : report.score < 50 ? 'poor' : 'fair') : 'fair';

  return (
    <>
      <header>
        <h1>Tact{teamName && <span class="team"> · {teamName}</span>}</h1>
        <label class="switch">
          <input type="checkbox" role="switch" checked={view.enabled} onChange={(e) => void toggle((e.currentTarget as HTMLInputElement).checked)} />
          Coach on {view.site}
        </label>
      </header>
      {!view.enabled && <p class="muted">Coaching is off on this site.</p>}
      {view.enabled && !report && <p class="muted">Click into a reply box and start typing.</p>}
      {view.enabled && report && (
        <>
          <div>
            <span class="score" data-level={level} aria-label={`Score ${report.score} of 100`}>{report.score}</span>
            <span class="muted"> / 100 · {report.findings.length} {report.findings.length === 1 ? 'finding' : 'findings'}</span>
          </div>
          <p role="status" class="muted">{notice}</p>
          <section aria-label="Findings">
            <h2>Findings</h2>
            {report.findings.length === 0 && <p class="muted">Nothing to fix.</p>}
            <ul>
              {report.findings.map((f) => (
                <li class="finding" data-rule={f.category} data-severity={f.severity} key={`${f.rule}:${f.start}`}>
                  <strong>{CATEGORY_TEXT[f.category].label}</strong>: <span class="quote">“{f.text}”</span>
                  <div>{f.message}</div>
                  {f.suggestions.slice(0, 3).map((s, i) => (
                    <div class="suggestion" key={i}>
                      <span>{s.text}</span>
                      <button type="button" onClick={() => void apply(f, i)}>Apply</button>
                    </div>
                  ))}
                </li>
              ))}
            </ul>
          </section>
          {report.missing.length > 0 && (
            <section aria-label="Missing signals">
              <h2>Could be stronger</h2>
              <ul>
                {report.missing.map((id) => {
                  const addition = report.additions.find((a) => a.signal === id);
                  return (
                    <li key={id} data-signal={id}>
                      <strong>{SIGNAL_TEXT[id].label}</strong>: {SIGNAL_TEXT[id].tip}
                      {addition && (
                        <div class="suggestion addition" title={addition.note}>
                          <span>{addition.text}</span>
                          <button type="button" onClick={(e) => void add(addition, e)}>Add</button>
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
    </>
  );
}
