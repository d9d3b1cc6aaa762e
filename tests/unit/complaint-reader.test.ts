/**
 * Issue #9: the complaint is read from the customer's message as a person would read it, and the
 * sentences Tact offers to add read as one an agent would send. Real messages from the tuned-on
 * parts of the corpus (never the held-back ones).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import { personalize, type RewriteOptions } from '../../src/rewrite/index.ts';
import { extractProblem } from '../../src/rewrite/problem.ts';
import { loadLocalCorpus } from '../../src/eval/corpus.ts';
import { isHeldBack } from '../../src/eval/split.ts';

const tweets = ['labeled.en.tact.jsonl', 'labeled.en.tact2.jsonl', 'labeled.en.tact3.jsonl', 'labeled.en.tact4.jsonl'].flatMap((f) => loadLocalCorpus(f));
const row = (rows: ReturnType<typeof loadLocalCorpus>, id: string) => {
  const r = rows.find((x) => x.id === id)!;
  expect(isHeldBack(r.id)).toBe(false);
  return r;
};
const additionsOf = (reply: string, options: RewriteOptions) => personalize(reply, analyze(reply, { customerMessage: options.customerMessage, customerName: options.customerName }), options).additions;
const acknowledgement = (reply: string, customerMessage: string) => additionsOf(reply, { customerMessage }).find((a) => a.signal === 'acknowledgement')?.suggestion.text ?? null;

describe('acknowledgements read as a whole sentence', () => {
  it('keeps the object a preposition holds: "haven’t heard from you" is not cut to "haven’t heard"', () => {
    const r = row(tweets, 'twcs-808');
    expect(extractProblem(r.customer_msg)?.clause).toBe('you haven’t heard from us');
    expect(acknowledgement(r.reply, r.customer_msg!)).toBe('I can see how frustrating it is that you haven’t heard from us.');
  });

  it('reads "never mind avocado" as a manner of speech, not as something that failed', () => {
    const r = row(tweets, 'twcs-192');
    expect(extractProblem(r.customer_msg)?.clause ?? null).toBeNull();
    expect(acknowledgement(r.reply, r.customer_msg!)).toBeNull();
  });

  it('offers no acknowledgement on a Chinese thank-you for a problem already solved', () => {
    const r = row(loadLocalCorpus('emails.zh.jsonl'), 'email-zh-017');
    expect(additionsOf(r.reply, { customerMessage: r.customer_msg }).filter((a) => a.signal === 'acknowledgement')).toEqual([]);
    // A complaint that ends with a thank-you is still a complaint.
    expect(acknowledgement('我们会尽快为您查询。', '我的快递一直没到，谢谢')).toBe('您的快递一直没到，我理解这有多让人着急。');
  });
});
