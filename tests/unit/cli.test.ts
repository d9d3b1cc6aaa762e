import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve(__dirname, '../../bin/tact.js');
const dir = mkdtempSync(join(tmpdir(), 'tact-cli-'));

function tact(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('tact check (the real command line)', () => {
  it('prints findings like a linter and exits 1 on a warning', () => {
    const file = join(dir, 'reply.txt');
    writeFileSync(file, 'Hi Maria,\n\nSorry for any inconvenience.\nAct now!\n');
    const r = tact(['check', file]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${file}:3:1  warning  generic-apology  "Sorry for any inconvenience"  `);
    expect(r.out).toContain(`${file}:4:1  hint     hype  "Act now"`);
    // A summary line, as ESLint and Vale end their reports.
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('✖ 2 problems (0 errors, 1 warning, 1 hint), 1 file checked');
  });

  it('says when there is nothing to fix, prints its version, and checks the files inside a folder', () => {
    expect(tact(['check'], "Hi Maria, I've sent the replacement; it ships tomorrow.").out).toBe('✔ no problems, 1 file checked\n');
    const version = tact(['--version']);
    expect(version.code).toBe(0);
    expect(version.out).toMatch(/^tact \d+\.\d+\.\d+\n$/);
    expect(tact(['check', '--version']).out).toBe(version.out);
    const folder = mkdtempSync(join(tmpdir(), 'tact-cli-folder-'));
    mkdirSync(join(folder, 'macros'));
    writeFileSync(join(folder, 'a.txt'), 'Sorry for any inconvenience.\n');
    writeFileSync(join(folder, 'macros', 'b.md'), 'Hi Maria, I will send it today.\n');
    writeFileSync(join(folder, 'notes.json'), '{}');
    const r = tact(['check', folder]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${join(folder, 'a.txt')}:1:1  warning  generic-apology`);
    expect(r.out).toContain('2 files checked');
    expect(r.err).toBe('');
  });

  it('exits 0 when only hints or nothing are found, reading stdin', () => {
    expect(tact(['check'], "Hi Maria, I've sent the replacement; it ships tomorrow.").code).toBe(0);
    const hint = tact(['check', '-'], 'Going forward, use the new portal.');
    expect(hint.code).toBe(0);
    expect(hint.out).toContain('jargon');
  });

  it('reports an unfilled [placeholder] left by a suggestion as a finding line, and exits 1', () => {
    const file = join(dir, 'placeholder.txt');
    writeFileSync(file, "Hi Maria,\n\nI'm so sorry your parcel never came. I'll update you by [when].\nSee [the docs](https://example.com).\n");
    const r = tact(['check', file]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${file}:3:57  error    placeholder  "[when]"  Unfilled placeholder`);
    // A markdown link is not a placeholder.
    expect(r.out).not.toContain('[the docs]');
    const filled = tact(['check', '-'], "Hi Maria, I'm so sorry your parcel never came. I'll update you by Friday.");
    expect(filled.code).toBe(0);
    expect(filled.out).not.toContain('placeholder');
  });

  it('exits 2 on a missing file or a bad option, with a clear message', () => {
    const missing = tact(['check', join(dir, 'nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe(`tact: ${join(dir, 'nope.txt')}: no such file or folder\n`);
    const badFormat = tact(['check', '--format', 'xml']);
    expect(badFormat.code).toBe(2);
    // One line, not the whole usage text.
    expect(badFormat.err).toBe('tact: --format must be text or jsonl, not "xml" (see tact check --help)\n');
    expect(tact(['check', '--frob']).err).toBe('tact: unknown option --frob (see tact check --help)\n');
    expect(tact(['frobnicate']).code).toBe(2);
  });

  it('writes one JSON line per input line in order, keeping going past bad lines', () => {
    const input = [
      JSON.stringify({ id: 'a', reply: 'Sorry for the trouble!', customer_msg: 'My parcel never came', customer_name: 'Maria Lopez' }),
      'this is not json',
      JSON.stringify({ id: 'c' }),
      JSON.stringify({ id: 'd', reply: 'Hi Maria, your parcel is on its way and I will send the tracking link today.' }),
    ].join('\n');
    const r = tact(['check', '--format', 'jsonl'], input);
    expect(r.code).toBe(2);
    const rows = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ id: 'a', lang: 'en', flags: ['generic-apology'] });
    expect(rows[0].findings[0]).toMatchObject({ category: 'generic-apology', start: 0, end: 21, text: 'Sorry for the trouble' });
    // Suggestions are built from customer_msg and customer_name.
    expect(rows[0].findings[0].suggestions[0].text).toBe("Maria, I'm so sorry your parcel never came");
    expect(rows[0].context).toContain('Maria');
    expect(rows[1].error).toMatch(/not valid JSON/);
    expect(rows[2]).toMatchObject({ id: 'c' });
    expect(rows[2].error).toMatch(/reply/);
    expect(rows[3]).toMatchObject({ id: 'd', flags: [] });
    expect(rows[3].signals).toEqual(expect.arrayContaining(['personal', 'ownership', 'next-step']));
    // stdout stays pure JSON lines; stderr says why the exit status is 2.
    expect(r.err).toMatch(/^tact: exit status 2: 2 of 4 input lines could not be checked .*line 2: not valid JSON.*line 3: "reply" is missing/);
  });

  it('applies a team config: a team phrase is flagged, a category the team turned off is not', () => {
    const config = join(dir, 'team.json');
    writeFileSync(config, JSON.stringify({
      teamName: 'Support EU',
      categories: { hype: { enabled: false } },
      teamPhrases: [{ id: 'no-ticket-word', avoid: 'ticket', prefer: 'request', message: 'We say "request", not "ticket".' }],
    }));
    const r = tact(['check', '--config', config], 'Act now! I have updated your ticket.');
    expect(r.out).not.toContain('hype');
    expect(r.out).toContain('"ticket"');
    expect(r.out).toContain('We say "request", not "ticket".');
  });

  it('refuses a broken team config with the field and the problem named', () => {
    const config = join(dir, 'broken.json');
    writeFileSync(config, JSON.stringify({ teamPhrases: [{ id: 'x', avoid: 7 }] }));
    const r = tact(['check', '--config', config], 'Hello');
    expect(r.code).toBe(2);
    expect(r.err).toContain('teamPhrases[0].avoid');
  });
});
