/** The team config: its URL (when the agent may set it), its status in words, import and export. */
import { useState } from 'preact/hooks';
import { effectiveValues, type EffectiveSettings } from '../config/merge.ts';
import { teamConfigUrlProblem } from '../config/schema.ts';
import type { ConfigStatus, TeamConfigCache } from '../config/stored.ts';
import { isTestLoopbackUrl } from '../build-flags.ts';
import { sendToWorker } from '../messages.ts';
import { Provenance } from './Provenance.tsx';
import { describeErrors, updatePersonal } from './store.ts';
import { formatTime, lockText } from './words.ts';

interface Props {
  effective: EffectiveSettings;
  status: ConfigStatus;
  cache: TeamConfigCache | null;
}

export function TeamPanel({ effective, status, cache }: Props) {
  const url = effective.teamConfigUrl;
  const lock = lockText(effective.locks.teamConfigUrl);
  const [draftUrl, setDraftUrl] = useState<string | null>(null);
  const [urlProblems, setUrlProblems] = useState<string[]>([]);
  const [importProblems, setImportProblems] = useState<string[]>([]);
  const [notice, setNotice] = useState('');
  const team = status.team;

  const saveUrl = async (event: Event) => {
    event.preventDefault();
    const value = (draftUrl ?? url.value ?? '').trim();
    const problem = value === '' || isTestLoopbackUrl(value) ? undefined : teamConfigUrlProblem(value);
    if (problem) return setUrlProblems([`teamConfigUrl: ${problem}`]);
    const problems = await updatePersonal((p) => {
      if (value === '') delete p.teamConfigUrl;
      else p.teamConfigUrl = value;
      return p;
    });
    setUrlProblems(problems);
    if (!problems.length) {
      setDraftUrl(null);
      setNotice(value ? 'Saved. Checking the team config…' : 'Team config URL removed.');
    }
  };

  const checkNow = async () => {
    setNotice('Checking…');
    const result = await sendToWorker('options:refresh-team-config', {});
    setNotice(result.lastError ? 'The check found a problem (see below).' : 'Checked.');
  };

  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const result = await sendToWorker('options:import-team-config', { text: await file.text(), name: file.name });
    input.value = '';
    if (result.ok) {
      setImportProblems([]);
      setNotice(`Imported ${file.name}.`);
    } else {
      setImportProblems(describeErrors(result.errors));
      setNotice(`${file.name} was not imported; nothing was changed.`);
    }
  };

  const exportEffective = () => {
    const blob = new Blob([`${JSON.stringify(effectiveValues(effective), null, 2)}\n`], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'tact-settings.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  };

  return (
    <section aria-labelledby="team-heading">
      <h2 id="team-heading">Team config</h2>
      {effective.teamName.value && (
        <p class="team-name">Team: <strong>{effective.teamName.value}</strong> <Provenance value={effective.teamName} lock={null} /></p>
      )}
      <form class="url" onSubmit={saveUrl}>
        <label for="team-url">Team config URL</label>
        <input
          id="team-url"
          type="url"
          placeholder="https://example.com/tact-team.json"
          value={draftUrl ?? url.value ?? ''}
          disabled={url.locked}
          aria-describedby="team-url-source"
          onInput={(e) => setDraftUrl((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" disabled={url.locked}>Save URL</button>
        <button type="button" onClick={() => void checkNow()} disabled={!url.value}>Check now</button>
        <span id="team-url-source"><Provenance value={url} lock={lock} /></span>
      </form>
      {urlProblems.length > 0 && <ul class="problems" role="alert">{urlProblems.map((p) => <li>{p}</li>)}</ul>}

      <dl class="status" aria-label="Team config status">
        {url.value && (
          <>
            <dt>Last checked</dt><dd data-field="last-checked">{formatTime(team.lastCheckedAt)}</dd>
            <dt>Last updated</dt><dd data-field="last-success">{formatTime(team.lastSuccessAt)}</dd>
            <dt>Last problem</dt>
            <dd data-field="last-error">
              {team.lastError ? (
                <>
                  <span role="alert">{team.lastError}</span>
                  {cache ? <span> — still using the copy saved {formatTime(cache.savedAt)}.</span> : <span> — no team config has loaded yet.</span>}
                  {team.lastErrorDetails && team.lastErrorDetails.length > 1 && (
                    <ul class="problems">{describeErrors(team.lastErrorDetails).map((p) => <li>{p}</li>)}</ul>
                  )}
                </>
              ) : 'none'}
            </dd>
          </>
        )}
        {!url.value && cache?.origin.kind === 'file' && (
          <><dt>Imported file</dt><dd>{cache.origin.name}, {formatTime(cache.savedAt)}</dd></>
        )}
      </dl>

      <div class="actions">
        <label class="file">
          Import a team config file
          <input type="file" accept=".json,application/json" disabled={Boolean(url.value)} onChange={(e) => void importFile(e)} />
        </label>
        <button type="button" onClick={exportEffective}>Export effective settings</button>
      </div>
      {importProblems.length > 0 && <ul class="problems" role="alert" aria-label="Import problems">{importProblems.map((p) => <li>{p}</li>)}</ul>}
      <p class="notice" role="status">{notice}</p>
      {status.policyErrors.length > 0 && (
        <div class="problems"><p>Some policy settings were ignored:</p><ul>{describeErrors(status.policyErrors).map((p) => <li>{p}</li>)}</ul></div>
      )}
      {status.personalErrors.length > 0 && (
        <div class="problems"><p>Some of your settings were ignored:</p><ul>{describeErrors(status.personalErrors).map((p) => <li>{p}</li>)}</ul></div>
      )}
    </section>
  );
}
