/**
 * Wiping: the quick exit's `pathway:exit` event, the shell's `pathway:reset` (restore from the
 * back/forward cache) and "Start again" drop every answer at once: actors stopped, the start page
 * shown, and a new start with nothing chosen.
 */
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { triageMachine } from '../../machines/triageMachine';
import { COMMON, START } from '../../src/content/pages';
import { triageStep } from '../../src/content/steps';
import {
  EXIT_EVENT,
  listenForExit,
  liveActorCount,
  onWipe,
  RESET_EVENT,
  trackActor,
  wipeAnswers,
} from '../../src/ui/session';
import { choose, driveTriageUi, heading, renderApp, startTriage } from './helpers';

let stopListening: () => void;
beforeEach(() => {
  stopListening = listenForExit(window);
});
afterEach(() => stopListening());

describe('wipeAnswers', () => {
  it('stops every tracked actor, forgets it, and tells each listener', () => {
    const actor = createActor(triageMachine).start();
    actor.send({ type: 'ANSWER.immediateDanger', value: false });
    trackActor(actor);
    const listener = vi.fn();
    const unsubscribe = onWipe(listener);
    wipeAnswers();
    expect(actor.getSnapshot().status).toBe('stopped');
    expect(liveActorCount()).toBe(0);
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
  });

  it('keeps wiping when one actor fails to stop', () => {
    const bad = {
      stop: () => {
        throw new Error('no');
      },
    };
    const good = createActor(triageMachine).start();
    trackActor(bad);
    trackActor(good);
    expect(() => wipeAnswers()).not.toThrow();
    expect(good.getSnapshot().status).toBe('stopped');
    expect(liveActorCount()).toBe(0);
  });
});

async function answerSome() {
  const rendered = renderApp();
  const { user } = rendered;
  await startTriage(user);
  await choose(user, triageStep('immediateDanger', undefined), false);
  await user.click(screen.getByRole('button', { name: COMMON.continue }));
  await choose(user, triageStep('role', undefined), 'someone-else');
  await user.click(screen.getByRole('button', { name: COMMON.continue }));
  expect(heading()).toHaveTextContent(triageStep('area', 'someone-else').title);
  expect(liveActorCount()).toBe(1);
  return rendered;
}

describe('the quick exit', () => {
  it('wipes every answer at once on pathway:exit: the start page shows and nothing is remembered', async () => {
    const { user, container } = await answerSome();
    act(() => {
      window.dispatchEvent(new Event(EXIT_EVENT));
    });
    // Synchronously: no question, no answer left on the page.
    expect(heading()).toHaveTextContent(START.title);
    expect(liveActorCount()).toBe(0);
    expect(container.querySelectorAll('input:checked')).toHaveLength(0);
    expect(container.textContent).not.toContain(triageStep('area', 'someone-else').title);

    // Starting again asks from the beginning with nothing chosen.
    await startTriage(user);
    await choose(user, triageStep('immediateDanger', undefined), false);
    await user.click(screen.getByRole('button', { name: COMMON.continue }));
    expect(screen.getByLabelText('Someone I’m worried about')).not.toBeChecked();
  });

  it('shows a clean start page on pathway:reset', async () => {
    await answerSome();
    act(() => {
      window.dispatchEvent(new Event(RESET_EVENT));
    });
    expect(heading()).toHaveTextContent(START.title);
    expect(liveActorCount()).toBe(0);
  });

  it('answers pathway:reset once the clean start page shows, so the shell uncovers it in place and never reloads', async () => {
    const { container } = await answerSome();
    const reset = new Event(RESET_EVENT, { cancelable: true });
    let shownWhenAnswered = '';
    // The shell asks after every listener has run: by then the start page must be on screen.
    act(() => {
      window.dispatchEvent(reset);
      shownWhenAnswered = heading().textContent ?? '';
    });
    expect(reset.defaultPrevented).toBe(true);
    expect(shownWhenAnswered).toBe(START.title);
    expect(container.querySelectorAll('input:checked')).toHaveLength(0);
  });

  it('leaves pathway:reset unanswered when no app is there to show a start page (the shell reloads)', () => {
    const reset = new Event(RESET_EVENT, { cancelable: true });
    window.dispatchEvent(reset);
    expect(reset.defaultPrevented).toBe(false);
  });

  it('"Start again" on the result page wipes everything', async () => {
    const { user } = renderApp();
    await startTriage(user);
    await driveTriageUi(user, {
      immediateDanger: false,
      role: 'own-behaviour',
      area: 'unknown',
      communication: [],
    });
    expect(liveActorCount()).toBe(1);
    await user.click(screen.getByRole('button', { name: COMMON.startAgain }));
    expect(heading()).toHaveTextContent(START.title);
    await waitFor(() => expect(heading()).toHaveFocus());
    expect(liveActorCount()).toBe(0);
  });
});
