/** `tact check` on files from other systems: old Mac line ends, UTF-16 from Windows editors. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTeamConfig, formatConfigErrors } from '../../src/config/validate.ts';

const BIN = resolve(__dirname, '../../bin/tact.js');
const dir = mkdtempSync(join(tmpdir(), 'tact-cli-enc-'));

function tact(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('line ends', () => {
  it.each([
    ['CR only', '\r'],
    ['CRLF', '\r\n'],
    ['LF', '\n'],
  ])('%s: findings get the line and column an editor shows', (_name, eol) => {
    const file = join(dir, `reply-${eol.length}-${eol.charCodeAt(0)}.txt`);
    writeFileSync(file, ['Hi Maria,', '', 'Sorry for any inconvenience.', 'Act now!', ''].join(eol));
    const r = tact(['check', file]);
    expect(r.out).toContain(`${file}:3:1  warning  generic-apology  "Sorry for any inconvenience"`);
    expect(r.out).toContain(`${file}:4:1  hint     hype  "Act now"`);
  });

  it('a broken team config with CR-only line ends names the line of the problem', () => {
    const result = parseTeamConfig('{\r  "teamName": "Support",\r  "teamPhrases": [\r    {"id": "a", "avoid": "x",}\r  ]\r}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatConfigErrors(result.errors)[0]).toMatch(/line 4, column \d+\)$/);
  });
});

describe('encodings', () => {
  const config = '{\n  "teamName": "Support",\n  "teamPhrases": [{ "id": "p1", "avoid": "going forward" }]\n}\n';

  it.each([
    ['UTF-16 LE with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(config, 'utf16le')])],
    ['UTF-16 LE without a mark', Buffer.from(config, 'utf16le')],
    ['UTF-16 BE with a byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(config, 'utf16le').swap16()])],
  ])('a team config saved as %s is reported as UTF-16, to be saved as UTF-8', (_name, bytes) => {
    const file = join(dir, 'team-utf16.json');
    writeFileSync(file, bytes);
    const r = tact(['check', '--config', file, '-'], 'Going forward, use the portal.');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/UTF-16.*save it as UTF-8/);
    expect(r.err).not.toMatch(/not valid JSON/);
  });

  it('the same config in UTF-8 (with or without a mark) is applied', () => {
    for (const bytes of [Buffer.from(config), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(config)])]) {
      const file = join(dir, 'team-utf8.json');
      writeFileSync(file, bytes);
      const r = tact(['check', '--config', file, '-'], 'Going forward, use the portal.');
      expect(r.err).toBe('');
      expect(r.out).toContain('Your team avoids "going forward"');
    }
  });

  it('a reply file saved as UTF-16 with a mark is read as text', () => {
    const file = join(dir, 'reply-utf16.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hi Maria,\r\nSorry for any inconvenience.\r\n', 'utf16le')]));
    expect(tact(['check', file]).out).toContain(`${file}:2:1  warning  generic-apology`);
  });
});
