/**
 * Journeys: every named answer set in fixtures/answers/*.json, driven through the whole app by
 * clicking labels (from the start page, past the emergency page when in danger, through "Check your
 * answers"), must end on a result page showing exactly the engine's recommendations in the engine's
 * order within plain-headed groups (src/ui/resultLayout.ts), after one "Do this now" action.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type AnswerSet, answerSets } from '../../fixtures/answers';
import { saferSets } from '../../fixtures/safer';
import { driveTriage } from '../../machines/drive';
import { knownSaferAnswers } from '../../machines/saferMachine';
import { COMMON } from '../../src/content/pages';
import { CHECK_ANSWERS, VERDICT } from '../../src/content/results';
import { bundledDirectory } from '../../src/directory/bundled';
import { checkSafer, runTriage } from '../../src/engine';
import { verdictTitle } from '../../src/ui/safer/VerdictPage';
import { MEDWAY_SELF } from '../support/answers';
import {
  driveSaferUi,
  driveTriageUi,
  expectCardNames,
  expectedOrder,
  heading,
  renderApp,
  shownRecommendations,
  startTriage,
} from './helpers';

/** Driven as well as the fixtures: danger, Kent, staying at home, risk signs, children, hearing. */
const INLINE: Pick<AnswerSet, 'name' | 'answers' | 'mustRecommend' | 'first'> & {
  mustNotRecommend?: string[];
} = {
  name: 'inline: in danger, Ashford, staying at home with the abuser gone, higher risk, children',
  answers: {
    ...MEDWAY_SELF,
    immediateDanger: true,
    area: 'ashford',
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
  it('has the answer sets of fixtures/answers', () => {
    expect(answerSets.length).toBeGreaterThan(10);
  });

  for (const set of [INLINE, ...answerSets]) {
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
      // The engine's first leads the list; the page starts with one action ("Do this now").
      if (set.first) expect(result.recommendations[0]?.id).toBe(set.first);
      expect(container.querySelectorAll('[data-do-this-now] a[data-action]')).toHaveLength(1);
    }, 30_000);
  }
});

describe('SAFER checks through the app', () => {
  it('has the answer sets of fixtures/safer', () => {
    expect(saferSets.length).toBeGreaterThan(5);
  });

  for (const set of saferSets) {
    it(set.name, async () => {
      const { user } = renderApp({ professional: true });
      await user.click(screen.getByRole('button', { name: COMMON.startNow }));
      await driveSaferUi(user, set.answers);
      await user.click(screen.getByRole('button', { name: CHECK_ANSWERS.saferConfirm }));

      const result = checkSafer(knownSaferAnswers(set.answers));
      expect(result.verdict).toBe(set.verdict);
      expect(heading()).toHaveTextContent(verdictTitle(result));
      const status = (id: string) =>
        document.querySelector<HTMLElement>(`[data-criterion="${id}"]`)?.dataset.status;
      for (const id of set.notMet) expect(status(id)).toBe('not-met');
      for (const id of set.unknown) expect(status(id)).toBe('unknown');
      const shown = [...document.querySelectorAll<HTMLElement>('[data-alternative]')].map(
        (el) => el.dataset.alternative,
      );
      expect(shown).toEqual(result.alternatives.map((a) => a.id));
      if (set.alternatives) expect([...shown].sort()).toEqual([...set.alternatives].sort());
      // The summary to copy only where a referral is the next step (issue 15).
      if (result.verdict === 'eligible')
        expect(screen.getByTestId('referral-summary')).toHaveTextContent(VERDICT.summaryHeading);
      else expect(screen.queryByTestId('referral-summary')).toBeNull();
    }, 30_000);
  }
});
