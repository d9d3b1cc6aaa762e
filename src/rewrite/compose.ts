import type { Finding, SignalId, Suggestion } from '../analysis/types.ts';
import type { Problem } from './problem.ts';
import type { Register } from './register.ts';
import { sorry } from './register.ts';

/** What the composer knows of the ticket. */
export interface Ticket {
  firstName?: string;
  problem: Problem | null;
  /** "your laptop": what of theirs is affected, when the full clause is not usable. */
  thing: string | null;
}

/** Rewrites for one finding, best first; unchecked (the caller verifies each with analyze()). */
export function rewritesFor(finding: Finding, sentenceStart: boolean, nameInSentence: boolean, ticket: Ticket, register: Register): Suggestion[] {
  const weSubject = /^we\b|^our\b/i.test(finding.text);
  const lead = (s: string) => (sentenceStart ? s : lowerFirst(s));
  const named = (s: string) => (sentenceStart && ticket.firstName && !nameInSentence ? `${ticket.firstName}, ${lowerFirst(s)}` : lead(s));
  const out: Suggestion[] = [];
  switch (finding.category) {
    case 'generic-apology':
    case 'non-apology': {
      const base = sorry(register, weSubject);
      if (ticket.problem?.clause) out.push({ text: named(`${base} ${ticket.problem.clause}`), note: 'Names what went wrong, in their words.' });
      if (ticket.thing) out.push({ text: named(`${base} about the trouble with ${ticket.thing}`), note: 'Names what of theirs is affected.' });
      else if (ticket.problem?.keywords[0]) out.push({ text: named(`${base} about the trouble with the ${ticket.problem.keywords[0]}`), note: 'Names what their message is about.' });
      if (finding.category === 'non-apology') out.push({ text: lead(`${base} that we [what we got wrong]`), note: 'Own what happened, not how they feel.' });
      out.push({ text: named(`${base} [what went wrong for them]`), note: 'Fill in what happened to them.' });
      break;
    }
    case 'policy-deflection': {
      const topic = ticket.thing ?? (ticket.problem?.keywords[0] ? `the ${ticket.problem.keywords[0]}` : null);
      if (topic) out.push({ text: named(`About ${topic}: I can't [do what they asked] because [the reason], but what I can do is [alternative]`), note: 'Give the reason and what you can do.' });
      out.push({ text: lead(`I can't [do what they asked] because [the reason], but what I can do is [alternative]`), note: 'Give the reason and what you can do.' });
      out.push(...finding.suggestions);
      break;
    }
    default:
      out.push(...finding.suggestions);
  }
  return out;
}

/** A sentence to add when the reply lacks a signal. */
export function additionFor(signal: SignalId, ticket: Ticket, register: Register, teamGreeting?: string): Suggestion | null {
  const name = ticket.firstName;
  switch (signal) {
    case 'acknowledgement':
      if (ticket.problem?.clause) return { text: `I can see how frustrating it is that ${ticket.problem.clause}.`, note: 'Recognise their situation in their words.' };
      return { text: 'I can see how frustrating [what happened to them] must be.', note: 'Recognise their situation.' };
    case 'personal':
      if (teamGreeting) return { text: teamGreeting, note: "Your team's greeting, with their name." };
      return { text: register.formal ? `Dear ${name ?? '[name]'},` : `Hi ${name ?? '[name]'},`, note: name ? 'Use their name.' : 'Add their name.' };
    case 'ownership':
      return { text: "I'll [what you will do] and update you by [when].", note: 'Commit to the next action yourself.' };
    case 'next-step':
      return { text: 'Next, [the concrete next step], and you will hear from me by [when].', note: 'Say what happens next, and when.' };
  }
}

/** Lower-cases the first letter, except the pronoun I ("I'm", "I've"). */
function lowerFirst(s: string): string {
  return /^I(?:\b|')/.test(s) ? s : s[0]!.toLowerCase() + s.slice(1);
}
