import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterForHost, hostMatches, SITE_ADAPTERS } from '../../src/sites/index.ts';
import { cleanName, isNoteLabel, looksLikeName, sameName } from '../../src/sites/dom.ts';
import { gmailAccount } from '../../src/sites/gmail.ts';
import { greetingName, quoteAuthor, splitQuote } from '../../src/sites/quote.ts';

const manifest = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../manifest.json'), 'utf8')) as { content_scripts: Array<{ matches: string[] }> };

/** Whether a manifest match pattern's host part covers `host` (https). */
function matchesHost(pattern: string, host: string): boolean {
  const m = /^(\*|https?):\/\/([^/]+)\//.exec(pattern);
  if (!m || m[1] === 'http') return false;
  const h = m[2]!;
  return h.startsWith('*.') ? host === h.slice(2) || host.endsWith(h.slice(1)) : host === h;
}

const HOSTS: Array<[string, string]> = [
  ['acme.zendesk.com', 'zendesk'],
  ['acme.freshdesk.com', 'freshdesk'],
  ['app.intercom.com', 'intercom'],
  ['app.eu.intercom.com', 'intercom'],
  ['secure.helpscout.net', 'helpscout'],
  ['app.frontapp.com', 'front'],
  ['mail.google.com', 'gmail'],
  ['outlook.office.com', 'outlook'],
  ['outlook.live.com', 'outlook'],
  ['outlook.cloud.microsoft', 'outlook'],
  ['app.hubspot.com', 'hubspot'],
  ['app-eu1.hubspot.com', 'hubspot'],
  ['desk.zoho.com', 'zoho-desk'],
  ['desk.zoho.eu', 'zoho-desk'],
  ['desk.zoho.in', 'zoho-desk'],
  ['desk.zoho.com.au', 'zoho-desk'],
  ['desk.zoho.jp', 'zoho-desk'],
  ['desk.zoho.com.cn', 'zoho-desk'],
  ['desk.zohocloud.ca', 'zoho-desk'],
  ['desk.zoho.sa', 'zoho-desk'],
  ['app-na2.hubspot.com', 'hubspot'],
  ['app-ap1.hubspot.com', 'hubspot'],
  ['app.front.com', 'front'],
  ['acme.gorgias.com', 'gorgias'],
];

describe('choosing the site adapter by host name', () => {
  it.each(HOSTS)('%s → %s, and the manifest injects the content script there', (host, id) => {
    expect(adapterForHost(host).id).toBe(id);
    expect(manifest.content_scripts.some((cs) => cs.matches.some((p) => matchesHost(p, host)))).toBe(true);
  });

  it.each(['zendesk.com.evil.example', 'notzendesk.com', 'google.com', 'docs.google.com', 'localhost', '127.0.0.1', 'support.example.org'])('%s → generic', (host) => {
    expect(adapterForHost(host).id).toBe('generic');
  });

  it('injects on every host an adapter lists (each adapter host is a manifest match pattern)', () => {
    const patterns = new Set(manifest.content_scripts.flatMap((cs) => cs.matches));
    for (const adapter of SITE_ADAPTERS) {
      for (const host of adapter.hosts) expect(patterns, `${adapter.id}: https://${host}/*`).toContain(`https://${host}/*`);
    }
  });

  it('host patterns: a wildcard covers the bare domain and its subdomains, nothing else', () => {
    expect(hostMatches('*.zendesk.com', 'acme.zendesk.com')).toBe(true);
    expect(hostMatches('*.zendesk.com', 'zendesk.com')).toBe(true);
    expect(hostMatches('*.zendesk.com', 'evilzendesk.com')).toBe(false);
    expect(hostMatches('desk.zoho.com', 'desk.zoho.com.au')).toBe(false);
  });

  it('has one file per helpdesk adapter, each registered once', () => {
    const files = readdirSync(path.join(import.meta.dirname, '../../src/sites')).filter((f) => !/^(index|types|dom|thread|quote|generic)\.ts$/.test(f) && !f.endsWith('.test.ts'));
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(SITE_ADAPTERS.map((a) => a.id).sort());
    expect(new Set(SITE_ADAPTERS.map((a) => a.id)).size).toBe(SITE_ADAPTERS.length);
  });
});

describe('generic reading: the greeting the agent typed', () => {
  it.each([
    ['Hi Maria,\n\nSorry for the trouble.', 'Maria'],
    ['Hello Tom Baker, thanks for writing.', 'Tom Baker'],
    ['Dear Mr. Baker,\nWe are sorry.', 'Mr. Baker'],
    ['Hey Zoë!', 'Zoë'],
    ['Hi there,\nthanks.', undefined],
    ['Hi team,', undefined],
    ['Thanks for writing in.', undefined],
    ['hi maria, lowercase names are not trusted', undefined],
  ])('%j → %j', (text, name) => {
    expect(greetingName(text)).toBe(name);
  });
});

describe('generic reading: the quoted message below the reply', () => {
  it('Gmail-style "On … wrote:" gives the author and the message', () => {
    const text = 'Sorry for the trouble.\n\nOn Tue, 3 Mar 2026 at 10:04, Maria Lopez <maria@example.com> wrote:\n> Hi, my blender arrived with a cracked jar.\n> Please help.';
    expect(splitQuote(text)).toEqual({
      reply: 'Sorry for the trouble.\n\n',
      quoted: 'Hi, my blender arrived with a cracked jar.\nPlease help.',
      author: 'Maria Lopez',
    });
  });

  it('Outlook-style "From: … Sent: …" header', () => {
    const text = 'Thanks!\nFrom: Noah Fischer <noah@example.com>\nSent: Tuesday, March 3, 2026 10:04 AM\nTo: Acme Support\nSubject: Invoice\n\nMy invoice shows the wrong billing address.';
    const split = splitQuote(text);
    expect(split.author).toBe('Noah Fischer');
    expect(split.quoted).toBe('My invoice shows the wrong billing address.');
    expect(split.reply).toBe('Thanks!\n');
  });

  it('a reply with no quote is all reply; a "From:" sentence is not a header', () => {
    expect(splitQuote('Sorry for any inconvenience.')).toEqual({ reply: 'Sorry for any inconvenience.' });
    expect(splitQuote('From: Monday on we ship daily.\nThanks')).toEqual({ reply: 'From: Monday on we ship daily.\nThanks' });
    expect(quoteAuthor('On Mon, maria@example.com wrote:')).toBeUndefined();
  });

  it('"> " lines without a header are a quote with no author', () => {
    expect(splitQuote('Hi!\n> my parcel never came')).toEqual({ reply: 'Hi!\n', quoted: 'my parcel never came', author: undefined });
  });
});

describe('small readers', () => {
  it.each([
    ['Maria Lopez <maria@example.com>', 'Maria Lopez'],
    ['maria@example.com (Maria Lopez)', 'Maria Lopez'],
    ['maria@example.com', undefined],
    ['  "Tom  Baker" ', 'Tom Baker'],
    ['', undefined],
  ])('cleanName(%j) → %j', (raw, name) => {
    expect(cleanName(raw)).toBe(name);
  });

  it.each([
    ['Internal note', true], ['Note', true], ['Private comment', true], ['Comment', true],
    ['Public reply', false], ['Reply', false], ['Email', false], [undefined, false],
  ] as const)('isNoteLabel(%j) → %j', (label, note) => {
    expect(isNoteLabel(label)).toBe(note);
  });

  it.each([
    ['Maria Lopez', 'Maria Lopez'], ['Zoë', 'Zoë'], ['Mr. Baker', 'Mr. Baker'],
    ['You replied 2 hours ago', undefined], ['Hi, where can I download my invoice?', undefined],
    ['Open', 'Open'], ['priya@example.com', undefined], ['Order #4411', undefined], ['to Acme Support · Mar 3', undefined],
  ] as const)('looksLikeName(%j) → %j (a sender line, not a sentence or a date)', (text, name) => {
    expect(looksLikeName(text)).toBe(name);
  });

  it('sameName: a full name and its first name are the same person, case aside', () => {
    expect(sameName('Maria Lopez', 'maria')).toBe(true);
    expect(sameName('Maria Lopez', 'Marta Lopez')).toBe(false);
    expect(sameName(undefined, 'Maria')).toBe(false);
  });

  it('reads the signed-in Gmail address from the title', () => {
    expect(gmailAccount('Wrong size boots - agent@acme-shop.com - Gmail')).toBe('agent@acme-shop.com');
    expect(gmailAccount('Inbox (3) - Sam.Agent@Acme.com - Acme Mail')).toBe('sam.agent@acme.com');
    expect(gmailAccount('Gmail')).toBeUndefined();
  });
});
