/**
 * Every phone number, opening time and address of every directory entry is in the text of a source
 * that entry cites (sources/seeds, sources/pages, or, for a number of the contacts allow-list, the
 * allow-list line of the publisher whose site the entry cites). See sources/README.md for the rules.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Service } from '../../schemas/directory';
import {
  ALWAYS,
  citationProblems,
  factsOf,
  hasNumber,
  hasTime,
  pages,
  resolve,
  seeds,
  spellingsOf,
} from '../sources/evidence';

const directory = JSON.parse(
  readFileSync(new URL('../../fixtures/directory.json', import.meta.url), 'utf8'),
) as {
  services: Service[];
};

describe('each directory entry rests on the sources it cites', () => {
  it('has the directory and the evidence to check it against', () => {
    expect(directory.services.length).toBeGreaterThan(20);
    expect(seeds.size).toBe(5);
    expect(pages.length).toBeGreaterThanOrEqual(4);
  });

  for (const service of directory.services) {
    it(`${service.id}: its numbers, hours and addresses are in its cited sources`, () => {
      const problems = citationProblems(service);
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});

/** For each [source text, fact, found]: whether `finds` finds the fact in the text, one expectation each. */
const expectFound = (finds: (text: string, fact: string) => boolean, cases: [string, string, boolean][]) => {
  for (const [text, fact, found] of cases) expect(finds(text, fact), `${fact} in "${text}"`).toBe(found);
};

describe('how a fact is found in a source', () => {
  it('matches phone numbers by their digits, however the source spaces them', () => {
    expectFound(hasNumber, [
      ['Supportline is available on 08 08 16 89 111', '0808 168 9111', true],
      ['call 0808 168 9111 (open 24 hours', '0808 168 9111', true],
      ['call 03000 41 41 41', '03000 41 41 41', true],
      ['call 101 or go to a police station', '101', true],
      // Not a number inside another number, nor one digit off.
      ['Men’s Advice Line on 0808 801 0327', '101', false],
      ['call 0808 168 9276', '0808 168 9111', false],
      [`call 0808 168 9276${'0'}`, '0808 168 9276', false],
    ]);
  });

  it('knows the ordinary spellings of a time, and no others', () => {
    expectFound(hasTime, [
      ['8 am to 8 pm Monday to Friday', '08:00', true],
      ['8 am to 8 pm Monday to Friday', '20:00', true],
      ['Urgent Telephone 4pm - 8.30am', '16:00', true],
      ['Urgent Telephone 4pm - 8.30am', '08:30', true],
      ['Tuesdays 9.30am-12noon', '12:00', true],
      ['12:30pm to 2:30pm', '14:30', true],
      ['open 09:30 to 11:30', '09:30', true],
      ['Urgent Telephone 4pm - 8.30am', '08:00', false],
      ['18am', '08:00', false],
      ['8 pm', '08:00', false],
      ['from 8.30am', '20:30', false],
    ]);
    expect(spellingsOf('00:00')).toContain('midnight');
    expect(ALWAYS.test('open 24 hours a day, seven days a week')).toBe(true);
    expect(ALWAYS.test('our free and confidential, 24/7 Supportline')).toBe(true);
    expect(ALWAYS.test('8am to 8pm')).toBe(false);
  });

  it('resolves a seed by file name, a page by the address it lists, a number by its publisher’s site', () => {
    expect(resolve('003_32df5fee2bef8a23.txt').places).toEqual(['seeds/003_32df5fee2bef8a23.txt']);
    expect(
      resolve('https://www.kelsi.org.uk/child-protection-and-safeguarding/domestic-abuse/').places,
    ).toEqual(['pages/kelsi-domestic-abuse.md']);
    expect(resolve('https://www.childline.org.uk').places).toEqual(['contacts-allowlist.txt: 0800 1111']);
    // A site that no page lists and no allow-list line names, and a seed that does not exist.
    expect(resolve('https://www.kelsi.org.uk/another-page').texts).toEqual([]);
    expect(resolve('999_0000000000000000.txt').texts).toEqual([]);
  });

  it('finds every kind of fact an entry holds: numbers in contacts and in prose, hours, addresses', () => {
    const entry = directory.services.find((s) => s.id === 'ashford-one-stop-shop') as Service;
    const kinds = new Set(factsOf(entry).map((f) => f.kind));
    expect([...kinds].sort()).toEqual(['address', 'phone', 'time']);
    expect(
      factsOf(entry)
        .filter((f) => f.field === 'whatHappens')
        .map((f) => f.value),
    ).toEqual(['07765 897211']);
  });

  it('fails an entry, naming the entry, the field and where it looked, when a fact is not in its sources', () => {
    const entry = directory.services.find((s) => s.id === 'ashford-one-stop-shop') as Service;
    const wrong: Service = {
      ...entry,
      whatHappens: `${entry.whatHappens} Or call 0808 168 9276.`,
      contacts: entry.contacts.map((c) =>
        c.type === 'in-person'
          ? {
              ...c,
              address: 'The Willow Centre, 25 Brookfield Road, Ashford, TN23 4EY',
              hours: { kind: 'weekly', slots: [{ days: ['tu'], opens: '09:00', closes: '12:00' }] },
            }
          : c,
      ),
    };
    const problems = citationProblems(wrong);
    const looked = '(looked in seeds/000_eb8053a6fcaf2e60.txt)';
    expect(problems).toEqual([
      `ashford-one-stop-shop: contacts[0].hours.slots[0].opens "09:00" is in none of its cited sources ${looked}`,
      `ashford-one-stop-shop: contacts[0].address "The Willow Centre, 25 Brookfield Road, Ashford, TN23 4EY" is in none of its cited sources ${looked}`,
      `ashford-one-stop-shop: whatHappens "0808 168 9276" is in none of its cited sources ${looked}`,
    ]);
    expect(citationProblems({ ...entry, source: ['https://www.example.org/nowhere'] })[0]).toMatch(
      /^ashford-one-stop-shop: source "https:\/\/www\.example\.org\/nowhere" is not/,
    );
    expect(
      citationProblems({
        ...entry,
        source: ['https://www.childline.org.uk'],
        hours: { kind: 'always' },
      }).some(
        (p) =>
          p ===
          'ashford-one-stop-shop: hours open at all hours ("24 hours", "24/7"…) is in none of its cited sources (looked in contacts-allowlist.txt: 0800 1111)',
      ),
    ).toBe(true);
  });
});
