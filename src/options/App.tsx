/** Options page: every setting with its value, where it came from and whether it is locked. */
import { useState } from 'preact/hooks';
import { CategoriesPanel } from './CategoriesPanel.tsx';
import { LanguagePanel } from './LanguagePanel.tsx';
import { AllowPanel, PhrasesPanel, SitesPanel } from './ListsPanel.tsx';
import { StylePanel } from './StylePanel.tsx';
import { TeamPanel } from './TeamPanel.tsx';
import { useEffective, useStatus, useTeamCache } from './store.ts';
import { t } from '../i18n/index.ts';

const SECTIONS = [
  ['categories-heading', 'opt_categories_heading'],
  ['allow-heading', 'opt_allow_heading'],
  ['style-heading', 'opt_style_heading'],
  ['sites-heading', 'opt_sites_heading'],
  ['team-heading', 'opt_team_heading'],
  ['phrases-heading', 'opt_phrases_heading'],
  ['language-heading', 'opt_language_heading'],
] as const;

export function App() {
  const stored = useEffective();
  const status = useStatus();
  const cache = useTeamCache();
  const [problems, setProblems] = useState<string[]>([]);
  if (!stored) return <p class="muted">{t('opt_loading')}</p>;
  const { effective } = stored;
  return (
    <>
      <header class="page-header">
        <h1>{t('opt_title')}</h1>
        {effective.teamName.value && <p>{t('opt_coaching_for')} <strong>{effective.teamName.value}</strong></p>}
        <p class="help">{t('opt_intro')}</p>
      </header>
      <nav aria-label={t('opt_sections')}>
        <ul>{SECTIONS.map(([id, key]) => <li key={id}><a href={`#${id}`}>{t(key)}</a></li>)}</ul>
      </nav>
      {problems.length > 0 && <ul class="problems" role="alert" aria-label={t('opt_not_saved')}>{problems.map((p) => <li>{p}</li>)}</ul>}
      <CategoriesPanel effective={effective} onProblems={setProblems} />
      <AllowPanel effective={effective} onProblems={setProblems} />
      <StylePanel effective={effective} onProblems={setProblems} />
      <SitesPanel effective={effective} onProblems={setProblems} />
      <TeamPanel effective={effective} status={status} cache={cache} />
      <PhrasesPanel effective={effective} onProblems={setProblems} />
      <LanguagePanel />
      <footer class="privacy"><p>{t('opt_privacy')}</p></footer>
    </>
  );
}
