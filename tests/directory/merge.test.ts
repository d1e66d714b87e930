/**
 * mergeDirectory: the live copy replaces the bundled one entry by entry, only where an entry passes
 * the schema. Pure tests (no HTTP): the odd shapes a published file can take.
 */
import { describe, expect, it } from 'vitest';
import { Directory } from '../../schemas/directory';
import { bundledDirectory } from '../../src/directory/bundled';
import { mergeDirectory, mergeDirectoryInSlices } from '../../src/directory/live';
import { directoryJson } from '../../src/mocks/handlers';

const quiet = () => {};
const ids = (d: Directory) => d.services.map((s) => s.id);

describe('mergeDirectory', () => {
  for (const [what, raw] of [
    ['null', null],
    ['a list', []],
    ['a string', 'directory'],
    ['no version', { services: directoryJson().services }],
    ['services not a list', { version: 1, services: {} }],
  ] as const) {
    it(`keeps the bundled directory for ${what}`, () => {
      const outcome = mergeDirectory(bundledDirectory, raw, quiet);
      expect(outcome.status).toBe('kept-bundled');
      expect(outcome.directory).toBe(bundledDirectory);
    });
  }

  it('keeps the bundled directory when no entry passes', () => {
    const doc = directoryJson();
    for (const s of doc.services) s.checkedOn = 'yesterday';
    const warnings: string[] = [];
    const outcome = mergeDirectory(bundledDirectory, doc, (m) => warnings.push(m));
    expect(outcome.status).toBe('kept-bundled');
    expect(outcome.dropped).toHaveLength(doc.services.length);
    expect(outcome.dropped.every((d) => d.field === 'checkedOn')).toBe(true);
    expect(warnings.filter((w) => w.includes('dropped live entry'))).toHaveLength(doc.services.length);
  });

  it('drops both copies of an id given twice and keeps the bundled entry', () => {
    const doc = directoryJson();
    const copy = structuredClone(doc.services.find((s) => s.id === 'refuge'));
    if (!copy) throw new Error('no refuge');
    copy.summary = 'A different summary of the refuge service.';
    doc.services.push(copy);
    const outcome = mergeDirectory(bundledDirectory, doc, quiet);
    if (outcome.status !== 'updated') throw new Error(outcome.reason);
    expect(outcome.bundled).toEqual(['refuge']);
    expect(outcome.directory.services.find((s) => s.id === 'refuge')).toEqual(
      bundledDirectory.services.find((s) => s.id === 'refuge'),
    );
    expect(outcome.dropped).toContainEqual({ id: 'refuge', field: 'id', message: 'appears more than once' });
  });

  it('drops an unknown id, an entry with no id, and entries that are not objects', () => {
    const doc = directoryJson() as { version: number; services: unknown[] };
    doc.services.push({ ...(doc.services[0] as object), id: 'made-up-service' }, { name: 'no id' }, 42, null);
    const outcome = mergeDirectory(bundledDirectory, doc, quiet);
    if (outcome.status !== 'updated') throw new Error(outcome.reason);
    expect(ids(outcome.directory)).toEqual(ids(bundledDirectory));
    const droppedIds = new Set(outcome.dropped.map((d) => d.id));
    expect(droppedIds).toEqual(
      new Set([
        'made-up-service',
        `services[${doc.services.length - 3}]`,
        `services[${doc.services.length - 2}]`,
        `services[${doc.services.length - 1}]`,
      ]),
    );
    expect(outcome.dropped.find((d) => d.id === 'made-up-service')?.field).toBe('id');
  });

  it('never takes a link other than https, or a phone number that is not digits', () => {
    const doc = directoryJson();
    const vs = doc.services.find((s) => s.id === 'victim-support') as unknown as {
      contacts: Array<Record<string, unknown>>;
    };
    const dave = doc.services.find((s) => s.id === 'dave') as unknown as {
      contacts: Array<Record<string, unknown>>;
    };
    const web = vs.contacts.find((c) => c.type === 'web');
    const phone = dave.contacts.find((c) => c.type === 'phone');
    if (!web || !phone) throw new Error('fixture changed');
    web.url = 'http://victimsupport.example/';
    phone.number = 'javascript:alert(1)';
    const outcome = mergeDirectory(bundledDirectory, doc, quiet);
    if (outcome.status !== 'updated') throw new Error(outcome.reason);
    expect(outcome.bundled.sort()).toEqual(['dave', 'victim-support']);
    expect(Directory.safeParse(outcome.directory).success).toBe(true);
    const rendered = JSON.stringify(outcome.directory);
    expect(rendered).not.toContain('http://victimsupport');
    expect(rendered).not.toContain('javascript:');
  });

  it('keeps the bundled order whatever order the live copy has', () => {
    const doc = directoryJson();
    doc.services.reverse();
    const outcome = mergeDirectory(bundledDirectory, doc, quiet);
    expect(outcome.status).toBe('updated');
    expect(ids(outcome.directory)).toEqual(ids(bundledDirectory));
  });

  it('tolerates extra top-level fields (a publisher may add metadata)', () => {
    const outcome = mergeDirectory(bundledDirectory, { ...directoryJson(), published: '2026-12-01' }, quiet);
    expect(outcome.status).toBe('updated');
  });
});

describe('mergeDirectoryInSlices', () => {
  const withProblems = () => {
    const doc = directoryJson() as { version: number; services: unknown[] };
    const refuge = structuredClone(doc.services.find((s) => (s as { id: string }).id === 'refuge'));
    doc.services.push(refuge, { name: 'no id' }, 42);
    (doc.services[1] as { checkedOn: string }).checkedOn = 'yesterday';
    return doc;
  };

  for (const [what, doc] of [
    ['the published copy', directoryJson],
    ['a copy with a bad entry, a duplicate and entries that are not services', withProblems],
    ['a copy that is not a directory', () => ({ version: 2, services: [] })],
  ] as const) {
    it(`gives what mergeDirectory gives for ${what}, the same warnings included`, async () => {
      const warnings: [string[], string[]] = [[], []];
      let yields = 0;
      const sliced = await mergeDirectoryInSlices(bundledDirectory, doc(), (m) => warnings[0].push(m), {
        sliceMs: 0,
        yieldToPage: async () => {
          yields++;
        },
      });
      expect(sliced).toEqual(mergeDirectory(bundledDirectory, doc(), (m) => warnings[1].push(m)));
      expect(warnings[0]).toEqual(warnings[1]);
      if (sliced.status === 'updated') expect(yields).toBeGreaterThan(bundledDirectory.services.length);
    });
  }

  it('lets the page run only when a slice has taken its time', async () => {
    let yields = 0;
    const outcome = await mergeDirectoryInSlices(bundledDirectory, directoryJson(), quiet, {
      sliceMs: Number.POSITIVE_INFINITY,
      yieldToPage: async () => {
        yields++;
      },
    });
    expect(outcome.status).toBe('updated');
    expect(yields).toBe(0);
  });
});
