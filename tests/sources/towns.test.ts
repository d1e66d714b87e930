/**
 * The area question's town hints (src/content/areas.ts AREA_TOWNS): each town is named, under its own
 * council area, in a quoted sentence of sources/pages/kent-towns.md, and the hint shows under that
 * area's option on the question.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AREA_NAMES, AREA_TOWNS } from '../../src/content/areas';
import { triageStep } from '../../src/content/steps';

const text = readFileSync(new URL('../../sources/pages/kent-towns.md', import.meta.url), 'utf8');
/** Each "## Area" section's quoted words (the sentences from the sources). */
const sections = new Map(
  text
    .split(/^## /m)
    .slice(1)
    .map((section) => {
      const [heading = '', ...rest] = section.split('\n');
      const quotes = [...rest.join(' ').matchAll(/"([^"]+)"/g)].map((m) => m[1]).join(' ');
      return [heading.trim(), quotes.replace(/\s+/g, ' ')] as const;
    }),
);

describe('the towns named under each area', () => {
  it('are each in a quoted source sentence of that area’s section', () => {
    const entries = Object.entries(AREA_TOWNS);
    expect(entries.length).toBeGreaterThanOrEqual(12);
    for (const [area, towns] of entries) {
      const quotes = sections.get(AREA_NAMES[area as keyof typeof AREA_NAMES]);
      expect(quotes, `no section for ${area}`).toBeDefined();
      for (const town of towns ?? []) expect(quotes, `${town} (${area})`).toContain(town);
    }
  });

  it('show under their area on the area question: Chatham under Medway, Sittingbourne under Swale', () => {
    const options = triageStep('area', 'self').options;
    const hint = (value: string) => options.find((o) => o.value === value)?.hint ?? '';
    expect(hint('medway')).toContain('Chatham');
    expect(hint('swale')).toContain('Sittingbourne');
    expect(hint('thanet')).toContain('Margate');
    expect(hint('maidstone')).toBe('');
  });
});
