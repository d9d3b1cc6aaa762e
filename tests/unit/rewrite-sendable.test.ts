/**
 * Issue #9: a suggestion is offered only when a careful agent would send it as it is. The
 * customer's words go into a frame only when they read whole there; otherwise the frame says less
 * or is not offered. Real customer messages from the tuned-on parts of the corpus.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import { personalize, type RewriteOptions } from '../../src/rewrite/index.ts';
import { readsAsClause } from '../../src/rewrite/clause-check.ts';
import { extractProblem } from '../../src/rewrite/problem.ts';
import { loadCorpus, loadLocalCorpus, type CorpusReply } from '../../src/eval/corpus.ts';
import { isHeldBack } from '../../src/eval/split.ts';

const pool = [
  ...loadCorpus('replies.en.jsonl'),
  ...loadCorpus('replies.en.more.jsonl'),
  ...loadLocalCorpus('labeled.en.tact4.jsonl'),
  ...loadLocalCorpus('emails.en.jsonl'),
];
const byId = (id: string): CorpusReply => {
  const r = pool.find((x) => x.id === id)!;
  expect(isHeldBack(r.id) && !r.id.startsWith('email')).toBe(false);
  return r;
};
const run = (reply: string, options: RewriteOptions) =>
  personalize(reply, analyze(reply, { customerMessage: options.customerMessage, customerName: options.customerName }), options);
const additionsOf = (r: CorpusReply) =>
  run(r.reply, { customerMessage: r.customer_msg }).additions.map((a) => `${a.signal}: ${a.suggestion.text}`);

describe('a clause read from the customer reads whole, or is not used', () => {
  it.each([
    // Their grammar would become ours: agreement lost, an auxiliary doubled, a verb missing.
    'your videos on the home section has disappeared',
    'it has hasn’t appeared in your themes category',
    'the charges has not appear on your statement',
    'your password not working',
    'you trains from Manchester Piccadilly to York delayed again',
    // Their inference, someone else's flights, code, text-speak, a run-on.
    'you cannot believe we haven’t caught',
    'it keeps canceling his flights',
    'the stopcode was critical_service_failed',
    'you can’t travel b4 the year runs out',
    'you can’t get in its been 2 weeks',
    // Cut before its end.
    'you keep getting this error message saying',
    'your recommended doesn’t',
  ])('refuses %j', (clause) => {
    expect(readsAsClause(clause)).toBe(false);
  });

  it.each([
    'your order #4411 never arrived',
    'the coffee machine leaks all over the counter',
    'your scheduled ride canceled on you when he was 1 minute away',
    'no one at office remembers or signed for',
    'you don’t have the pro account',
    'your 7525 photosmart is not printing black ink',
  ])('reads %j', (clause) => {
    expect(readsAsClause(clause)).toBe(true);
  });

  it('offered unasked, a clause must also point at nothing outside it and be said plainly', () => {
    // "it" of a sentence before, a shouted word, an absence that is praise, a bare count noun.
    for (const c of [
      'your Lego Star Wars won’t let you download it',
      'it’s not difficult',
      'you CAN’T even reorder',
      'you’ve had no fees to check bags',
      'you can’t play game',
    ])
      expect({ c, ok: readsAsClause(c, true) }).toEqual({ c, ok: false });
    for (const c of ['you haven’t received it', 'you’ve had no reply', 'your PS3 won’t display on your tv anymore'])
      expect({ c, ok: readsAsClause(c, true) }).toEqual({ c, ok: true });
  });

  it('reads a verb of failure the lexicon files as a noun ("leaks"), so no "about" frame takes a clause', () => {
    // email-en-022: "The coffee machine leaks all over the counter."
    const r = byId('email-en-022');
    expect(extractProblem(r.customer_msg)!.clause).toBe('the coffee machine leaks all over the counter');
    expect(extractProblem('Hi, my coffee machine still leaks water every morning. Can you help?')!.clause).toBe(
      'your coffee machine still leaks water every morning',
    );
    const p = run(r.reply, { customerMessage: r.customer_msg });
    const apology = p.findings.find((f) => f.category === 'generic-apology')!;
    expect(apology.suggestions[0]!.text).toBe('I am sorry the coffee machine leaks all over the counter');
  });

  it('falls back to the thing they wrote about, not a placeholder, when no clause of theirs reads whole', () => {
    // ibmcdp-test-1223267698026713088: "…till now it still appear only 2Gb! Pls help me!"
    const r = byId('ibmcdp-test-1223267698026713088');
    const first = run(r.reply, { customerMessage: r.customer_msg }).findings.find((f) => f.category === 'generic-apology')!.suggestions[0]!
      .text;
    expect(first).not.toContain('still appear');
    expect(first).toContain('about the trouble with your 2T package');
    expect(first.match(/\[/g) ?? []).toHaveLength(0);
  });
});

describe('sentences to add are sendable as they are', () => {
  it('no acknowledgement built from a clause that does not read whole', () => {
    // "Comments and my videos on the home section has disappeared…"
    expect(additionsOf(byId('ibmcdp-dev-1243264469255491586')).filter((a) => a.startsWith('acknowledgement'))).toEqual([]);
  });

  it('no acknowledgement and no blank step on a message that praises', () => {
    // "great airline. No fees to check bags…" and "I got my four burrito bowls without issue."
    for (const id of ['twcs-2043', 'twcs-2149']) expect({ id, adds: additionsOf(byId(id)) }).toEqual({ id, adds: [] });
  });

  it('no "I\'ll [what you will do]" beside a question the reply puts to the customer', () => {
    // twcs-1692: "my order hasn't arrived…" answered with "What does the current tracking say?"
    expect(additionsOf(byId('twcs-1692')).filter((a) => a.startsWith('ownership') || a.startsWith('next-step'))).toEqual([]);
  });

  it('a commitment names the complaint when it reads whole, and is not offered as a blank', () => {
    // twcs-1344: "cant order online, says "cannot connect to chipotle supercomputer." on the app."
    const r = byId('twcs-1344');
    const reply = 'We shut online ordering off for the promotion tonight.';
    const adds = run(reply, { customerMessage: r.customer_msg }).additions.map((a) => a.suggestion.text);
    expect(adds).toContain("I'll look into why you can't order online and get back to you.");
    expect(adds.join(' ')).not.toContain('[what you will do]');
    // No complaint that reads whole ("…it still appear only 2Gb!"): no commitment at all.
    const blank = run(reply, { customerMessage: byId('ibmcdp-test-1223267698026713088').customer_msg }).additions;
    expect(blank.filter((a) => a.signal === 'ownership')).toEqual([]);
  });

  it('an apology followed by "and would love to help" gives the second verb its own subject', () => {
    const r = byId('twcs-1344');
    const p = run('I apologize for the inconvenience and would love to help you out.', { customerMessage: r.customer_msg });
    expect(p.findings[0]!.suggestions[0]!.text).toBe("I'm so sorry you can't order online, and I would love to help you out");
  });

  it('a non-apology with no complaint read asks what happened to them before presuming our fault', () => {
    // twcs-1666: "…This is shady as hell" — no clause of theirs reads as what went wrong.
    const r = byId('twcs-1666');
    const f = run(r.reply, { customerMessage: r.customer_msg }).findings.find((x) => x.category === 'non-apology')!;
    expect(f.suggestions[0]!.text).toContain('[what went wrong for them]');
  });
});
