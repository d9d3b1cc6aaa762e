/** The team config: its URL (when the agent may set it), its status in words, import and export. */
import { useState } from 'preact/hooks';
import { effectiveValues, type EffectiveSettings } from '../config/merge.ts';
import { teamConfigUrlProblem } from '../config/schema.ts';
import type { ConfigStatus, TeamConfigCache } from '../config/stored.ts';
import { isTestLoopbackUrl } from '../build-flags.ts';
import { sendToWorker } from '../messages.ts';
import { Provenance } from './Provenance.tsx';
import { describeErrors, updatePersonal } from './store.ts';
import { translateConfigMessage } from '../i18n/config-messages.ts';
import { formatTime, lockText } from './words.ts';
import { t } from '../i18n/index.ts';

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
      setNotice(value ? t('opt_team_saved_checking') : t('opt_team_url_removed'));
    }
  };

  const checkNow = async () => {
    setNotice(t('opt_team_checking'));
    const result = await sendToWorker('options:refresh-team-config', {});
    setNotice(result.lastError ? t('opt_team_check_problem') : t('opt_team_checked'));
  };

  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const result = await sendToWorker('options:import-team-config', { text: await file.text(), name: file.name });
    input.value = '';
    if (result.ok) {
      setImportProblems([]);
      setNotice(t('opt_team_imported', file.name));
    } else {
      setImportProblems(describeErrors(result.errors));
      setNotice(t('opt_team_not_imported', file.name));
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
    <section class="group" aria-labelledby="team-heading">
      <h2 id="team-heading">{t('opt_team_heading')}</h2>
      <p class="help">{t('opt_team_help')}</p>
      {effective.teamName.value && (
        <p class="team-name">{t('opt_team_name')} <strong>{effective.teamName.value}</strong> <Provenance value={effective.teamName} lock={null} /></p>
      )}
      <form class="url" onSubmit={saveUrl}>
        <label for="team-url">{t('opt_team_url')}</label>
        <input
          id="team-url"
          type="url"
          placeholder="https://example.com/tact-team.json"
          value={draftUrl ?? url.value ?? ''}
          disabled={url.locked}
          aria-describedby="team-url-source team-url-help"
          onInput={(e) => setDraftUrl((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" disabled={url.locked}>{t('opt_team_save_url')}</button>
        <button type="button" onClick={() => void checkNow()} disabled={!url.value} aria-describedby={url.value ? undefined : 'check-reason'}>{t('opt_team_check_now')}</button>
        <span id="team-url-source"><Provenance value={url} lock={lock} /></span>
      </form>
      <p class="help" id="team-url-help">{t('opt_team_url_help')}</p>
      {!url.value && <p class="reason" id="check-reason">{t('opt_team_check_reason')}</p>}
      {urlProblems.length > 0 && <ul class="problems" role="alert">{urlProblems.map((p) => <li>{p}</li>)}</ul>}

      <dl class="status" aria-label={t('opt_team_status')}>
        {url.value && (
          <>
            <dt>{t('opt_team_last_checked')}</dt><dd data-field="last-checked">{formatTime(team.lastCheckedAt)}</dd>
            <dt>{t('opt_team_last_updated')}</dt><dd data-field="last-success">{formatTime(team.lastSuccessAt)}</dd>
            <dt>{t('opt_team_last_problem')}</dt>
            <dd data-field="last-error">
              {team.lastError ? (
                <>
                  <span role="alert">{translateConfigMessage(team.lastError)}</span>
                  {cache ? <span> — {t('opt_team_still_using', formatTime(cache.savedAt))}</span> : <span> — {t('opt_team_none_loaded')}</span>}
                  {team.lastErrorDetails && team.lastErrorDetails.length > 1 && (
                    <ul class="problems">{describeErrors(team.lastErrorDetails).map((p) => <li>{p}</li>)}</ul>
                  )}
                </>
              ) : t('opt_none')}
            </dd>
          </>
        )}
        {!url.value && cache?.origin.kind === 'file' && (
          <><dt>{t('opt_team_imported_file')}</dt><dd>{cache.origin.name}, {formatTime(cache.savedAt)}</dd></>
        )}
      </dl>

      <div class="actions">
        {/* The native file input stays (keyboard, screen readers); its label is styled as the button. */}
        <input id="import-file" class="file-input" type="file" accept=".json,application/json" disabled={Boolean(url.value)} aria-describedby={url.value ? 'import-reason' : 'import-help'} onChange={(e) => void importFile(e)} />
        <label for="import-file" class="button" aria-disabled={Boolean(url.value)}>{t('opt_team_import')}</label>
        <button type="button" onClick={exportEffective} aria-describedby="export-help">{t('opt_team_export')}</button>
      </div>
      {url.value ? <p class="reason" id="import-reason">{t('opt_team_import_reason')}</p> : <p class="help" id="import-help">{t('opt_team_import_help')}</p>}
      <p class="help" id="export-help">{t('opt_team_export_help')}</p>
      {importProblems.length > 0 && <ul class="problems" role="alert" aria-label={t('opt_team_import_problems')}>{importProblems.map((p) => <li>{p}</li>)}</ul>}
      <p class="notice" role="status">{notice}</p>
      {status.policyErrors.length > 0 && (
        <div class="problems"><p>{t('opt_policy_ignored')}</p><ul>{describeErrors(status.policyErrors).map((p) => <li>{p}</li>)}</ul></div>
      )}
      {status.personalErrors.length > 0 && (
        <div class="problems"><p>{t('opt_personal_ignored')}</p><ul>{describeErrors(status.personalErrors).map((p) => <li>{p}</li>)}</ul></div>
      )}
    </section>
  );
}
