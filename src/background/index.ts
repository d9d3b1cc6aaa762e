/**
 * Service worker: keeps the toolbar badge in step with the coached draft, and the settings
 * (policy, team config, the agent's own) merged. Its only network request is the team config URL.
 */
import { handleMessages } from '../messages.ts';
import { setBadge } from '../platform/index.ts';
import { startSettings } from './config/index.ts';

const lifetime = new AbortController();
startSettings(lifetime.signal);

handleMessages({
  'content:report-summary': {
    from: 'content-script',
    handle: async ({ score, findings }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return;
      const text = score === null || findings === 0 ? '' : String(findings);
      await setBadge(tabId, text, score !== null && score < 50 ? '#b45309' : '#2563eb');
    },
  },
}, lifetime.signal);
