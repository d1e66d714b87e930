/**
 * Journeys: every named answer set in fixtures/answers/*.json, driven through the whole app by
 * clicking labels (from the start page, past the emergency page when in danger, through "Check your
 * answers"), must end on a result page showing exactly the engine's recommendations in the engine's
 * order (best next step first; court orders and the law in their own section, each in engine order).
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { driveTriage } from '../../machines/drive';
import type { TriageAnswers } from '../../schemas/answers';
import { runTriage } from '../../src/engine';
import { bundledDirectory } from '../../src/engine/directory';
import {
  driveTriageUi,
  expectCardNames,
  expectedOrder,
  renderApp,
  shownRecommendations,
  startTriage,
} from './helpers';

interface AnswerSet {
  name: string;
  description?: string;
  answers: TriageAnswers;
  mustRecommend?: string[];
  mustNotRecommend?: string[];
  first?: string;
}

const files = import.meta.glob<AnswerSet>('../../fixtures/answers/*.json', {
  eager: true,
  import: 'default',
});
const fixtures = Object.entries(files).map(([path, set]) => ({ ...set, name: set.name ?? path }));

/** Always driven, whatever the fixtures hold: danger, Kent, staying at home, risk signs, children. */
const INLINE: AnswerSet = {
  name: 'inline: in danger, Ashford, staying at home with the abuser gone, higher risk, children',
  answers: {
    immediateDanger: true,
    role: 'self',
    area: 'ashford',
    ageBand: '18-plus',
    gender: 'female',
    abuserLivesWithYou: false,
    abuserHasAccess: 'no',
    safeAtHome: 'yes',
    housing: 'social-rented',
    abuseTypes: ['physical', 'digital'],
    riskSigns: ['strangulation', 'getting-worse'],
    children: true,
    worriedChildRemoved: false,
    wants: ['secure-home', 'safety-plan'],
    communication: ['hearing-or-speech'],
  },
  mustRecommend: ['emergency-999', 'victim-support', 'idva', 'safer-scheme'],
  first: 'emergency-999',
};

describe('journeys through the app', () => {
  it('has the answer sets of fixtures/answers (or runs the inline set alone until they exist)', () => {
    for (const set of fixtures) expect(set.answers, set.name).toBeTypeOf('object');
  });

  for (const set of [INLINE, ...fixtures]) {
    it(set.name, async () => {
      const { user, container } = renderApp();
      await startTriage(user);
      const journey = await driveTriageUi(user, set.answers);
      await screen.findAllByRole('heading', { level: 3 });

      // The app asked what the machine asks, in its order, and showed the emergency page when it should.
      const drive = driveTriage(set.answers);
      if (!drive.ok) throw new Error(`${set.name}: the answers miss ${drive.missing.join(', ')}`);
      expect(journey.asked).toEqual(drive.asked);
      expect(journey.emergencyShown).toBe(drive.emergencyShown);

      const result = runTriage(set.answers, { directory: bundledDirectory });
      const shown = shownRecommendations(container);
      expect(shown).toEqual(expectedOrder(result.recommendations));
      expectCardNames(container, bundledDirectory);
      for (const id of set.mustRecommend ?? []) expect(shown).toContain(id);
      for (const id of set.mustNotRecommend ?? []) expect(shown).not.toContain(id);
      if (set.first) expect(shown[0]).toBe(set.first);
    }, 30_000);
  }
});
