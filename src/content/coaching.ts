/**
 * What the overlay shows for a reply box's text: the report (findings the agent did not ignore,
 * with suggestions personalized from the ticket), the sentences to add for missing signals, and
 * what of the ticket the suggestions used. The one place where the ticket, the settings, the
 * ignore list and the rewrites meet; the session hands it the text on each typing pause.
 */
import { analyze } from '../analysis/index.ts';
import type { AnalyzeOptions, Finding, Report } from '../analysis/types.ts';
import { personalize, type Addition } from '../rewrite/index.ts';
import { splitQuote } from '../sites/quote.ts';
import { analysisConfig, rewriteStyle } from './team-settings.ts';
import type { TicketContext } from './ticket-context.ts';

export interface Coached {
  /** Null for an empty box. */
  report: Report | null;
  /** Sentences to add for the signals the reply lacks (from the ticket). */
  additions: Addition[];
  /** What of the ticket the suggestions used ("Maria", "blender"). */
  context: string[];
}

/** Whether the agent chose to ignore a finding (this once in this box, or always). */
export interface IgnoreList {
  has(finding: Finding, once: ReadonlySet<string>): boolean;
}

export interface Coaching {
  coach(text: string, root: HTMLElement, ignoredOnce: ReadonlySet<string>): Coached;
  /**
   * Analyses a piece of a long draft with exactly the options `coach` uses, so the engine's
   * sentence cache (keyed by those options) is warm for the real run.
   */
  warm(piece: string, root: HTMLElement): void;
}

export const ignoreKey = (f: Finding) => `${f.rule}\u0000${f.text.toLowerCase()}`;

export function createCoaching(tickets: TicketContext, ignores: IgnoreList): Coaching {
  const options = (root: HTMLElement): AnalyzeOptions => {
    const { customerName, customerMessage, subject } = tickets.of(root).ticket;
    return { config: analysisConfig(), customerName, customerMessage, subject };
  };

  return {
    coach(text, root, ignoredOnce) {
      if (!text.trim()) return { report: null, additions: [], context: [] };
      // A quoted message below the reply ("On … wrote:") is the customer's words, not the agent's
      // tone: only the reply above it is coached (offsets hold, it is a prefix of the text).
      const reply = splitQuote(text).reply;
      const opts = options(root);
      const report = analyze(reply, opts);
      if (tickets.of(root).quiet) return { report: { ...report, findings: [] }, additions: [], context: [] };
      const personal = personalize(reply, report, { customerName: opts.customerName, customerMessage: opts.customerMessage, ...rewriteStyle() });
      const findings = personal.findings.filter((f) => !ignores.has(f, ignoredOnce));
      return { report: { ...report, findings }, additions: personal.additions, context: personal.contextUsed };
    },
    warm(piece, root) {
      analyze(piece, options(root));
    },
  };
}
