/** Options page: every setting with its value, where it came from and whether it is locked. */
import { useState } from 'preact/hooks';
import { CategoriesPanel } from './CategoriesPanel.tsx';
import { AllowPanel, PhrasesPanel, SitesPanel } from './ListsPanel.tsx';
import { StylePanel } from './StylePanel.tsx';
import { TeamPanel } from './TeamPanel.tsx';
import { useEffective, useStatus, useTeamCache } from './store.ts';

export function App() {
  const stored = useEffective();
  const status = useStatus();
  const cache = useTeamCache();
  const [problems, setProblems] = useState<string[]>([]);
  if (!stored) return <p class="muted">Loading settings…</p>;
  const { effective } = stored;
  return (
    <>
      <header>
        <h1>Tact settings</h1>
        {effective.teamName.value && <p>Coaching for <strong>{effective.teamName.value}</strong></p>}
      </header>
      {problems.length > 0 && <ul class="problems" role="alert" aria-label="Not saved">{problems.map((p) => <li>{p}</li>)}</ul>}
      <TeamPanel effective={effective} status={status} cache={cache} />
      <CategoriesPanel effective={effective} onProblems={setProblems} />
      <PhrasesPanel effective={effective} onProblems={setProblems} />
      <AllowPanel effective={effective} onProblems={setProblems} />
      <SitesPanel effective={effective} onProblems={setProblems} />
      <StylePanel effective={effective} onProblems={setProblems} />
    </>
  );
}
