/**
 * schemas/embed.ts: the embed options a partner gives, the messages between the partner page and the
 * frame, and the partner allow-list file. Every bad value is refused alone, with the option named.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  ChildMessage,
  clampHeight,
  EmbedOptions,
  ignoredOptionsWarning,
  isSafeExitUrl,
  isWebOrigin,
  MAX_HEIGHT,
  MIN_HEIGHT,
  PartnersFile,
  parseEmbedOptions,
  ViewportMessage,
} from '../../schemas/embed';
import { parsePartners } from '../../server/partners';

describe('the exit address rule', () => {
  it.each([
    'https://www.bbc.co.uk/weather',
    'https://example.org/a?b=c#d',
    'http://localhost:5173/weather',
    'http://127.0.0.1:9/x',
    'http://[::1]:8080/',
  ])('accepts %s', (url) => expect(isSafeExitUrl(url)).toBe(true));

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<p>hi</p>',
    'http://www.example.org/',
    'ftp://example.org/',
    '//example.org/',
    '/weather',
    'https://user:pass@example.org/',
    'https://example.org/ spaced',
    'https:\\\\example.org',
    '',
  ])('refuses %j', (url) => expect(isSafeExitUrl(url)).toBe(false));
});

describe('origins', () => {
  it('accepts an origin exactly as a browser writes it, and nothing more', () => {
    expect(isWebOrigin('https://www.kent.gov.uk')).toBe(true);
    expect(isWebOrigin('http://localhost:8081')).toBe(true);
    expect(isWebOrigin('https://www.kent.gov.uk/')).toBe(false);
    expect(isWebOrigin('https://www.kent.gov.uk/page')).toBe(false);
    expect(isWebOrigin('https://WWW.KENT.GOV.UK')).toBe(false);
    expect(isWebOrigin('https://www.kent.gov.uk:443')).toBe(false);
    expect(isWebOrigin('http://www.kent.gov.uk')).toBe(false);
    expect(isWebOrigin('null')).toBe(false);
    expect(isWebOrigin('*')).toBe(false);
    expect(isWebOrigin("https://a.example 'unsafe-inline'")).toBe(false);
  });
});

describe('parseEmbedOptions', () => {
  it('reads every option the snippet writes', () => {
    const search =
      '?mode=professional&area=medway&exit=https%3A%2F%2Fwww.example.org%2Fnews&parent=https%3A%2F%2Fwww.medway.gov.uk';
    expect(parseEmbedOptions(search)).toEqual({
      options: {
        mode: 'professional',
        area: 'medway',
        exit: 'https://www.example.org/news',
        parent: 'https://www.medway.gov.uk',
      },
      ignored: [],
    });
  });

  it('drops each bad option alone, names it and says what to use, and keeps the rest', () => {
    const { options, ignored } = parseEmbedOptions(
      '?mode=admin&area=outside&exit=javascript%3Aalert(1)&parent=https%3A%2F%2Fa.example%2Fpath&colour=red',
    );
    expect(options).toEqual({});
    expect(ignored.map((i) => i.option)).toEqual(['mode', 'area', 'exit', 'parent', 'colour']);
    expect(ignored[0]?.reason).toBe('use one of self-service, professional');
    expect(ignored[1]?.reason).toMatch(/^use one of ashford, .*medway$/);
    expect(ignored[2]?.reason).toBe('use an https:// address (http:// only for localhost)');
    expect(ignored[3]?.reason).toMatch(/^use an origin/);
    expect(ignored[4]?.reason).toMatch(/not an embed option/);
    expect(parseEmbedOptions('?mode=professional&area=nowhere').options).toEqual({ mode: 'professional' });
  });

  it('trusts neither copy of an option given twice', () => {
    const { options, ignored } = parseEmbedOptions(
      '?exit=https%3A%2F%2Fa.example%2F&exit=https%3A%2F%2Fb.example%2F',
    );
    expect(options).toEqual({});
    expect(ignored).toEqual([{ option: 'exit', reason: 'given more than once' }]);
  });

  it('never throws, whatever the query, and keeps only valid options', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(parseEmbedOptions(`?${name}=1`).ignored).toEqual([
        { option: name, reason: expect.stringMatching(/not an embed option/) },
      ]);
    }
    const pair = fc.tuple(
      fc.oneof(fc.constantFrom('mode', 'area', 'exit', 'parent', '__proto__'), fc.string()),
      fc.oneof(
        fc.constantFrom('professional', 'medway', 'https://a.example/', 'https://a.example', 'javascript:x'),
        fc.string().map((rest) => `https://${rest}`),
        fc.string(),
      ),
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(pair)), (query) => {
        const { options } = parseEmbedOptions(typeof query === 'string' ? query : new URLSearchParams(query));
        expect(z.safeParse(EmbedOptions, options).success).toBe(true);
        if (options.exit) expect(isSafeExitUrl(options.exit)).toBe(true);
        if (options.parent) expect(isWebOrigin(options.parent)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('makes one warning of every ignored option, and none when all is well', () => {
    expect(ignoredOptionsWarning([])).toBeNull();
    const warning = ignoredOptionsWarning(parseEmbedOptions('?mode=x&area=y').ignored);
    expect(warning).toMatch(/^Support Pathway embed: ignored 2 options: mode \(use one of/);
    expect(warning).toContain('; area (use one of');
  });
});

describe('messages', () => {
  it('accepts exactly the three messages from the frame', () => {
    for (const message of [
      { type: 'pathway:height', height: 812 },
      { type: 'pathway:exit' },
      { type: 'pathway:top' },
    ]) {
      expect(z.safeParse(ChildMessage, message).success).toBe(true);
    }
  });

  it.each([
    [null],
    ['pathway:exit'],
    [[{ type: 'pathway:exit' }]],
    [{ type: 'pathway:exit', url: 'https://evil.example' }],
    [{ type: 'pathway:height' }],
    [{ type: 'pathway:height', height: '800' }],
    [{ type: 'pathway:height', height: Number.NaN }],
    [{ type: 'pathway:height', height: Number.POSITIVE_INFINITY }],
    [{ type: 'pathway:height', height: -1 }],
    [{ type: 'pathway:resize', height: 800 }],
    [{ type: 'pathway:viewport', hidden: 10 }],
  ])('refuses %j', (message) => {
    expect(z.safeParse(ChildMessage, message).success).toBe(false);
  });

  it('the partner page tells the frame only how much of it is hidden', () => {
    expect(z.safeParse(ViewportMessage, { type: 'pathway:viewport', hidden: 120 }).success).toBe(true);
    expect(z.safeParse(ViewportMessage, { type: 'pathway:viewport', hidden: -5 }).success).toBe(false);
    expect(z.safeParse(ViewportMessage, { type: 'pathway:viewport', hidden: 1, extra: 1 }).success).toBe(
      false,
    );
  });

  it('clamps any height into 200–20,000 px, rounding up', () => {
    expect(clampHeight(0)).toBe(MIN_HEIGHT);
    expect(clampHeight(812.2)).toBe(813);
    expect(clampHeight(1e9)).toBe(MAX_HEIGHT);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), (height) => {
        const clamped = clampHeight(height);
        expect(clamped).toBeGreaterThanOrEqual(MIN_HEIGHT);
        expect(clamped).toBeLessThanOrEqual(MAX_HEIGHT);
      }),
    );
  });
});

describe('the partner allow-list file', () => {
  it('the shipped config/partners.json is valid', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../config/partners.json', import.meta.url), 'utf8');
    expect(z.safeParse(PartnersFile, JSON.parse(text)).success).toBe(true);
  });

  it('reads partners and names the bad field of a bad entry', () => {
    const good = {
      partners: [{ name: 'Medway Council', origin: 'https://www.medway.gov.uk', addedOn: '2026-11-01' }],
    };
    expect(parsePartners(JSON.stringify(good), 'p.json').map((p) => p.origin)).toEqual([
      'https://www.medway.gov.uk',
    ]);
    const bad = { partners: [{ name: 'Typo', origin: 'https://www.medway.gov.uk/' }] };
    expect(() => parsePartners(JSON.stringify(bad), 'p.json')).toThrow(
      /p\.json: not a valid partner list\npartners\.0\.origin: /,
    );
    const wildcard = { partners: [{ name: 'All', origin: '*' }] };
    expect(() => parsePartners(JSON.stringify(wildcard), 'p.json')).toThrow(/partners\.0\.origin/);
    const twice = { partners: [good.partners[0], good.partners[0]] };
    expect(() => parsePartners(JSON.stringify(twice), 'p.json')).toThrow(/each origin at most once/);
    expect(() => parsePartners('{', 'p.json')).toThrow(/p\.json: not valid JSON/);
  });
});
