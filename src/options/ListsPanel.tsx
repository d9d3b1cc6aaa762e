/** Team phrases, rule overrides, never-flag words and helpdesk sites, each item with its source. */
import { useEffect, useState } from 'preact/hooks';
import type { EffectiveSettings } from '../config/merge.ts';
import { hostProblem } from '../config/schema.ts';
import { t } from '../i18n/index.ts';
import { hasHostPermissions, requestHostPermissions } from '../platform/settings.ts';
import { Provenance } from './Provenance.tsx';
import { updatePersonal } from './store.ts';
import { lockText } from './words.ts';

type Props = { effective: EffectiveSettings; onProblems: (p: string[]) => void };

/** Why an Add button is disabled, said next to it (a greyed-out button alone explains nothing). */
function disabledReason(lock: string | null, empty: boolean, emptyReason: string): string | null {
  if (lock) return lock;
  return empty ? emptyReason : null;
}

export function PhrasesPanel({ effective }: Props) {
  const lock = lockText(effective.locks.teamPhrases);
  return (
    <section class="group" aria-labelledby="phrases-heading">
      <h2 id="phrases-heading">{t('opt_phrases_heading')}</h2>
      <p class="help">{t('opt_phrases_help')}</p>
      {effective.teamPhrases.length === 0 ? <p class="muted">{t('opt_phrases_none')}</p> : (
        <ul class="items">
          {effective.teamPhrases.map((p) => (
            <li key={p.value.id} data-setting={`teamPhrases.${p.value.id}`}>
              {t('opt_avoid')} <q>{p.value.avoid}</q>{p.value.prefer && <> — {t('opt_prefer')} <q>{p.value.prefer}</q></>}
              {p.value.lang && <span class="muted"> ({p.value.lang})</span>} <Provenance value={p} lock={lock} />
            </li>
          ))}
        </ul>
      )}
      {effective.rules.length > 0 && (
        <>
          <h3>{t('opt_rules_changed')}</h3>
          <ul class="items">
            {effective.rules.map((r) => (
              <li key={r.value.id} data-setting={`rules.${r.value.id}`}>
                <code>{r.value.id}</code>{r.value.enabled === false ? ` ${t('opt_rule_off')}` : ''}{r.value.severity ? ` (${t(r.value.severity === 'warning' ? 'severity_warning' : 'severity_hint')})` : ''}{' '}
                <Provenance value={r} lock={lockText(effective.locks.rules)} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function AllowPanel({ effective, onProblems }: Props) {
  const lock = lockText(effective.locks.allow);
  const [word, setWord] = useState('');
  const add = async (event: Event) => {
    event.preventDefault();
    const problems = await updatePersonal((p) => ({ ...p, allow: [...(p.allow ?? []), word.trim()] }));
    onProblems(problems);
    if (!problems.length) setWord('');
  };
  const remove = async (value: string) => {
    onProblems(await updatePersonal((p) => ({ ...p, allow: (p.allow ?? []).filter((w) => w !== value) })));
  };
  const reason = disabledReason(lock, !word.trim(), t('opt_allow_empty_reason'));
  return (
    <section class="group" aria-labelledby="allow-heading">
      <h2 id="allow-heading">{t('opt_allow_heading')}</h2>
      <p class="help">{t('opt_allow_help')}</p>
      {effective.allow.length === 0 ? <p class="muted">{t('opt_allow_none')}</p> : (
        <ul class="items">
          {effective.allow.map((w) => (
            <li key={w.value}>
              {w.value} <Provenance value={w} lock={lock} />
              {/* The agent's own entries (typed here or "Ignore always" in the card) can be undone. */}
              {w.source === 'personal' && !lock && (
                <button type="button" class="remove" aria-label={`${t('opt_remove')}: ${w.value}`} onClick={() => void remove(w.value)}>{t('opt_remove')}</button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form class="row" onSubmit={(e) => void add(e)}>
        <label for="allow-word">{t('opt_allow_label')}</label>
        <input id="allow-word" placeholder={t('opt_allow_placeholder')} value={word} disabled={Boolean(lock)} onInput={(e) => setWord((e.currentTarget as HTMLInputElement).value)} />
        <button type="submit" disabled={Boolean(reason)} aria-describedby={reason ? 'allow-reason' : undefined}>{t('opt_add')}</button>
        {reason && <span class="reason" id="allow-reason">{reason}</span>}
      </form>
    </section>
  );
}

export function SitesPanel({ effective, onProblems }: Props) {
  const lock = lockText(effective.locks.sites);
  const [host, setHost] = useState('');
  const [notice, setNotice] = useState('');
  const patternOf = (h: string) => `https://${h.toLowerCase()}/*`;

  // permissions.request needs a user gesture: it is called straight from the click handler.
  const allow = async (h: string) => {
    const granted = await requestHostPermissions([patternOf(h)]);
    setNotice(granted ? t('opt_site_allowed', h) : t('opt_site_refused', h));
  };

  const add = async (event: Event) => {
    event.preventDefault();
    const value = host.trim().toLowerCase();
    const problem = hostProblem(value);
    if (problem) return onProblems([`sites: "${value}" ${problem}`]);
    const asked = requestHostPermissions([patternOf(value)]);
    const problems = await updatePersonal((p) => ({ ...p, sites: [...(p.sites ?? []).filter((s) => s.host !== value), { host: value }] }));
    onProblems(problems);
    if (!problems.length) setHost('');
    setNotice((await asked) ? t('opt_site_allowed', value) : t('opt_site_added_not_allowed', value));
  };
  const reason = disabledReason(lock, !host.trim(), t('opt_site_empty_reason'));

  return (
    <section class="group" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('opt_sites_heading')}</h2>
      <p class="help">{t('opt_sites_help')}</p>
      <ul class="items">
        {effective.sites.map((s) => <SiteItem key={s.value.host} host={s.value.host} enabled={s.value.enabled !== false} provenance={<Provenance value={s} lock={lock} />} onAllow={allow} />)}
      </ul>
      <form class="row" onSubmit={(e) => void add(e)}>
        <label for="site-host">{t('opt_site_label')}</label>
        <input id="site-host" placeholder="support.example.com" value={host} disabled={Boolean(lock)} onInput={(e) => setHost((e.currentTarget as HTMLInputElement).value)} />
        <button type="submit" disabled={Boolean(reason)} aria-describedby={reason ? 'site-reason' : undefined}>{t('opt_site_add')}</button>
        {reason && <span class="reason" id="site-reason">{reason}</span>}
      </form>
      <p role="status">{notice}</p>
    </section>
  );
}

function SiteItem({ host, enabled, provenance, onAllow }: { host: string; enabled: boolean; provenance: preact.ComponentChildren; onAllow: (h: string) => Promise<void> }) {
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => {
    void hasHostPermissions([`https://${host.toLowerCase()}/*`]).then(setGranted, () => setGranted(false));
  }, [host]);
  return (
    <li data-setting={`sites.${host}`}>
      {host} — {enabled ? t('opt_site_coached') : t('opt_site_off')} {provenance}
      {enabled && granted === false && <button type="button" onClick={() => void onAllow(host)}>{t('opt_site_allow', host)}</button>}
    </li>
  );
}
