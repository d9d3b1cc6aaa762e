/** Team phrases, rule overrides, never-flag words and helpdesk sites, each item with its source. */
import { useEffect, useState } from 'preact/hooks';
import type { EffectiveSettings } from '../config/merge.ts';
import { hostProblem } from '../config/schema.ts';
import { hasHostPermissions, requestHostPermissions } from '../platform/settings.ts';
import { Provenance } from './Provenance.tsx';
import { updatePersonal } from './store.ts';
import { lockText } from './words.ts';

type Props = { effective: EffectiveSettings; onProblems: (p: string[]) => void };

export function PhrasesPanel({ effective }: Props) {
  const lock = lockText(effective.locks.teamPhrases);
  return (
    <section aria-labelledby="phrases-heading">
      <h2 id="phrases-heading">Team phrases</h2>
      {effective.teamPhrases.length === 0 ? <p class="muted">None.</p> : (
        <ul class="items">
          {effective.teamPhrases.map((p) => (
            <li key={p.value.id} data-setting={`teamPhrases.${p.value.id}`}>
              Avoid <q>{p.value.avoid}</q>{p.value.prefer && <> — prefer <q>{p.value.prefer}</q></>}
              {p.value.lang && <span class="muted"> ({p.value.lang})</span>} <Provenance value={p} lock={lock} />
            </li>
          ))}
        </ul>
      )}
      {effective.rules.length > 0 && (
        <>
          <h3>Rules switched off or changed</h3>
          <ul class="items">
            {effective.rules.map((r) => (
              <li key={r.value.id} data-setting={`rules.${r.value.id}`}>
                <code>{r.value.id}</code>{r.value.enabled === false ? ' off' : ''}{r.value.severity ? ` (${r.value.severity})` : ''}{' '}
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
  return (
    <section aria-labelledby="allow-heading">
      <h2 id="allow-heading">Never flagged</h2>
      <ul class="items">
        {effective.allow.map((w) => <li key={w.value}>{w.value} <Provenance value={w} lock={lock} /></li>)}
      </ul>
      <form onSubmit={(e) => void add(e)}>
        <input aria-label="Word or phrase never to flag" value={word} disabled={Boolean(lock)} onInput={(e) => setWord((e.currentTarget as HTMLInputElement).value)} />
        <button type="submit" disabled={Boolean(lock) || !word.trim()}>Add</button>
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
    setNotice(granted ? `Tact will coach on ${h} from the next page load.` : `Tact was not allowed on ${h}.`);
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
    setNotice((await asked) ? `Tact will coach on ${value} from the next page load.` : `${value} was added, but Tact was not allowed there yet.`);
  };

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Helpdesk sites</h2>
      <p class="muted">Built-in helpdesks (Zendesk, Freshdesk, Intercom, Help Scout, Front, Gmail, Outlook and others) need nothing here. Add your helpdesk's own domain; Tact asks your browser for access to it.</p>
      <ul class="items">
        {effective.sites.map((s) => <SiteItem key={s.value.host} host={s.value.host} enabled={s.value.enabled !== false} provenance={<Provenance value={s} lock={lock} />} onAllow={allow} />)}
      </ul>
      <form onSubmit={(e) => void add(e)}>
        <input aria-label="Helpdesk host name, like support.example.com" placeholder="support.example.com" value={host} disabled={Boolean(lock)} onInput={(e) => setHost((e.currentTarget as HTMLInputElement).value)} />
        <button type="submit" disabled={Boolean(lock) || !host.trim()}>Add and allow</button>
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
      {host} — {enabled ? 'coached' : 'switched off'} {provenance}
      {enabled && granted === false && <button type="button" onClick={() => void onAllow(host)}>Allow Tact on {host}</button>}
    </li>
  );
}
