/**
 * "Do this now" (src/engine/doThisNow.ts): over every answer set and every hour of a week, the action
 * is a line open at that hour (by its own hours in the directory), or a web page; 999 when someone is
 * in danger; the accessible routes when BSL or hearing or speech was said; never a closed line.
 */
import { describe, expect, it } from 'vitest';
import { answerSet, answerSets } from '../../fixtures/answers';
import type { Directory } from '../../schemas/directory';
import { bundledDirectory } from '../../src/directory/bundled';
import { runTriage } from '../../src/engine';
import { contactHours, doThisNow } from '../../src/engine/doThisNow';
import { isOpen } from '../../src/engine/hours';

/** Monday 23 November 2026, 00:00 in London (GMT), and each hour of that week. */
const WEEK = Array.from({ length: 7 * 24 }, (_, h) => new Date(Date.UTC(2026, 10, 23, h, 30)));
const MON_10AM = new Date('2026-11-23T10:00:00Z');
const MON_9PM = new Date('2026-11-23T21:00:00Z');
const SUN_3AM = new Date('2026-11-29T03:00:00Z');

const service = (id: string) => bundledDirectory.services.find((s) => s.id === id);

describe('do this now', () => {
  it('is, for every answer set at every hour of the week, open at that hour or a web page, and never 55', () => {
    for (const set of answerSets) {
      for (const at of WEEK) {
        const recs = runTriage(set.answers, { at }).recommendations;
        const action = doThisNow(recs, bundledDirectory, at);
        const where = `${set.name} at ${at.toISOString()}`;
        expect(action, where).toBeDefined();
        if (!action) continue;
        expect(
          recs.map((r) => r.id),
          where,
        ).toContain(action.id);
        expect(action.href, where).toMatch(/^(tel:\d+|https:\/\/)/);
        expect(action.href, where).not.toBe('tel:55');
        if (action.open === 'web') {
          expect(action.contact.type, where).toBe('web');
        } else {
          const hours = contactHours(action.contact, service(action.id));
          expect(hours, where).toBeDefined();
          if (hours) expect(isOpen(hours, at), where).toBe(true);
        }
        if (set.answers.immediateDanger) expect(action.id, where).toBe('emergency-999');
        else if (action.id === 'emergency-999')
          // Outside danger, 999 only when nothing else at all could be offered.
          expect(recs.filter((r) => r.id !== 'emergency-999').length, where).toBe(0);
      }
    }
  });

  it("gives Victim Support's weekday line by day, and its 24-hour line at night and at the weekend", () => {
    const recs = runTriage(answerSet('male-thanet').answers, { at: MON_10AM }).recommendations;
    expect(recs[0]?.id).toBe('victim-support');
    expect(doThisNow(recs, bundledDirectory, MON_10AM)?.href).toBe('tel:08081689276');
    expect(doThisNow(recs, bundledDirectory, MON_9PM)?.href).toBe('tel:08081689111');
    expect(doThisNow(recs, bundledDirectory, SUN_3AM)?.href).toBe('tel:08081689111');
  });

  it('never offers a line the directory holds no hours for, even when it comes first', () => {
    const recs = runTriage(answerSet('male-thanet').answers, { at: MON_10AM }).recommendations;
    const noHours: Directory = {
      ...bundledDirectory,
      services: bundledDirectory.services.map((s) =>
        s.id === 'victim-support'
          ? { ...s, contacts: s.contacts.map((c) => (c.type === 'phone' ? { ...c, hours: undefined } : c)) }
          : s,
      ),
    };
    const action = doThisNow(recs, noHours, MON_10AM);
    expect(action?.href).not.toMatch(/^tel:0808168/);
  });

  it('calls 999 in danger, and gives 999 BSL when BSL or hearing or speech was said', () => {
    const danger = answerSet('danger-kent-lives-with-abuser');
    const recs = runTriage(danger.answers, { at: SUN_3AM }).recommendations;
    expect(doThisNow(recs, bundledDirectory, SUN_3AM)?.href).toBe('tel:999');
    const bsl = runTriage({ ...danger.answers, communication: ['bsl'] }, { at: SUN_3AM }).recommendations;
    expect(doThisNow(bsl, bundledDirectory, SUN_3AM)?.href).toMatch(/^https:\/\/www\.999bsl\.co\.uk/);
  });

  it('leads with live chat, not a voice line, when hearing or speech was said', () => {
    const set = answerSet('hearing-bsl');
    const recs = runTriage(set.answers, { at: MON_10AM }).recommendations;
    const action = doThisNow(recs, bundledDirectory, MON_10AM);
    expect(['chat', 'bsl']).toContain(action?.contact.type);
  });
});
