/**
 * check-links inside `npm test`: every web address the product can show a person (the git-tracked
 * files under fixtures/, src/, public/ and server/, and index.html and 404.html; not mocks/ nor
 * mockServiceWorker.js, nor images and fonts) is on a host of sources/links-allowlist.txt. The same
 * rules as the shared tools/check-links, with its ignore list: www.w3.org, localhost, 127.*, and the
 * example domains.
 */
import { describe, expect, it } from 'vitest';
import { allowlistLines } from './evidence';
import { type Hit, hitsIn, trackedFiles } from './tracked';

/** The address pattern of check-links. */
const PATTERN = /https?:\/\/[A-Za-z0-9.-]+[^"' )<>`]*/g;
/** The files check-links reads, and those it leaves out of them. */
const SHOWN = /^(fixtures\/|src\/|public\/|server\/|index\.html$|404\.html$)/;
const LEFT_OUT = /(^|\/)(mockServiceWorker\.js)$|\.(png|jpg|jpeg|gif|ico|woff2?|svg)$|(^|\/)mocks\//;

const knownHosts = new Set(
  allowlistLines('links-allowlist.txt')
    .map((line) => line.split('\t')[0] ?? '')
    .filter((host) => host !== ''),
);

/** check-links' host: the scheme cut, then everything from the first / : ? or #, in lower case. */
const hostOf = (url: string) =>
  url
    .replace(/^https?:\/\//, '')
    .replace(/[/:?#].*$/, '')
    .toLowerCase();

/** The hosts check-links ignores: XML namespaces, this machine, example domains, nothing. */
const ignored = (host: string) =>
  host === 'www.w3.org' ||
  host === 'localhost' ||
  host.startsWith('127.') ||
  host.endsWith('.example') ||
  host.startsWith('example.') ||
  host.endsWith('.example.com') ||
  host.endsWith('.example.org') ||
  host === '';

function unknownHosts(hits: Hit[]): string[] {
  return hits
    .filter((hit) => !ignored(hostOf(hit.text)) && !knownHosts.has(hostOf(hit.text)))
    .map((hit) => `unknown host ${hostOf(hit.text)} in ${hit.text} at ${hit.file}:${hit.line}`);
}

describe('check-links, in the project', () => {
  const files = trackedFiles().filter((file) => SHOWN.test(file) && !LEFT_OUT.test(file));

  it('reads the files the product shows, and not the mocks', () => {
    expect(files).toEqual(expect.arrayContaining(['fixtures/directory.json', 'index.html', '404.html']));
    expect(files.some((file) => file.startsWith('src/'))).toBe(true);
    expect(files.some((file) => /(^|\/)mocks\/|mockServiceWorker\.js$/.test(file))).toBe(false);
    expect(files.some((file) => file.startsWith('tests/'))).toBe(false);
  });

  it('finds every web address the product shows on a host of sources/links-allowlist.txt', () => {
    const unknown = unknownHosts(hitsIn(files, PATTERN));
    expect(unknown, unknown.join('\n')).toEqual([]);
  });

  it('reports a host not on the list, with its file and line, and ignores what check-links ignores', () => {
    const hits: Hit[] = [
      'https://www.domesticabuseservices.org.uk/practitioners',
      'https://domesticabuseservices.org.uk', // the bare host is not listed: a look-alike until it is
      'http://WWW.VICTIMSUPPORT.ORG.UK:443/x',
      'https://www.victimsupport.org.uk.evil.example.net/',
      'http://www.w3.org/2000/svg',
      'http://localhost:8080/',
      'http://127.0.0.1:5173',
      'https://partner.example',
      'https://example.com/embed',
      'https://www.example.org/page',
    ].map((text, i) => ({ file: 'src/x.ts', line: i + 1, text }));
    expect(unknownHosts(hits)).toEqual([
      'unknown host domesticabuseservices.org.uk in https://domesticabuseservices.org.uk at src/x.ts:2',
      'unknown host www.victimsupport.org.uk.evil.example.net in https://www.victimsupport.org.uk.evil.example.net/ at src/x.ts:4',
    ]);
    expect(
      [...'href="https://www.gov.uk/x" and (https://galop.org.uk)'.matchAll(PATTERN)].map((m) => m[0]),
    ).toEqual(['https://www.gov.uk/x', 'https://galop.org.uk']);
  });
});
