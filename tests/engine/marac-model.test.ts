/**
 * Model-based tests of maracMachine with xstate/graph (see maracModel.ts for how the paths are
 * chosen), as model.test.ts does for the SAFER check: every path answering forward ends in `verdict`,
 * asks what the rules and the engine ask, and its result keeps every rule of the Kent & Medway
 * threshold (maracInvariants.ts); Back returns to the previous state of the path; Change and an
 * answer return to check answers having asked exactly the newly-needed questions; and between them
 * the explorations fire every transition (node.transitions and node.always) and enter every state.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { maracMachine } from '../../machines/maracMachine';
import { exploreMarac } from './maracModel';
import { transitionsOf } from './model';
import { modelTests, once } from './modelTests';

const explore = once(() => exploreMarac());

describe('maracMachine, model-based', () => {
  modelTests(
    explore,
    {
      title: 'every path answering forward ends in `verdict`, asks what the rules ask and keeps every rule',
      expect: (model) => {
        // 3 area classes × 3 DASH × 7 judgement routes × 7 escalation routes × 3 suicide × 3 staying
        // home, and for someone based outside (no staying-home question): 3 × 7 × 7 × 3.
        expect(model.paths).toBe(3 * 3 * 7 * 7 * 3 * 3 + 3 * 7 * 7 * 3);
        expect(model.values.seen).toBeGreaterThan(model.values.total / 2);
      },
    },
    () => {
      expect(explore().coverage.missed().total).toBeGreaterThan(40);
      const labels = [...transitionsOf(maracMachine).values()];
      expect(labels).toContain('highRiskIndicators --ANSWER.highRiskIndicators [hasIndicator]--> escalating');
      expect(labels).toContain('escalating --ANSWER.escalating [isEscalating]--> suicideOrSelfHarmRisk');
      expect(labels).toContain(
        'suicideOrSelfHarmRisk --ANSWER.suicideOrSelfHarmRisk [basedOutside]--> checkAnswers',
      );
    },
  );

  it('routes on the answer just given: an indicator skips the judgement question, escalation the count', () => {
    const actor = createActor(maracMachine).start();
    actor.send({ type: 'ANSWER.area', value: 'dover' });
    actor.send({ type: 'ANSWER.dashYesCount', value: 6 });
    actor.send({ type: 'ANSWER.highRiskIndicators', value: ['strangulation'] });
    expect(actor.getSnapshot().value).toBe('escalating');
    actor.send({ type: 'ANSWER.escalating', value: true });
    expect(actor.getSnapshot().value).toBe('suicideOrSelfHarmRisk');
    actor.send({ type: 'BACK' });
    actor.send({ type: 'ANSWER.escalating', value: false });
    expect(actor.getSnapshot().value).toBe('eventsInLast6Months');
    actor.send({ type: 'BACK' });
    actor.send({ type: 'BACK' });
    actor.send({ type: 'ANSWER.highRiskIndicators', value: [] });
    expect(actor.getSnapshot().value).toBe('professionalJudgementHighRisk');
  });
});
