/**
 * A page made ahead that fails to render (here the result page, made while "Check your answers" is
 * read) does not take the page shown down with it (React keeps an error in a hidden Activity's
 * render to that render); once it is to be shown, the wizard's error boundary shows the crash page,
 * as for any page.
 */
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CRASH } from '../../src/content/pages';
import { CHECK_ANSWERS } from '../../src/content/results';
import { parseTriageAnswers } from '../../src/engine/index';
import { MEDWAY_SELF } from '../support/answers';
import { driveTriageToCheckAnswers, heading, renderApp, startTriage } from './helpers';

const { ResultPage } = vi.hoisted(() => ({
  ResultPage: vi.fn(() => {
    throw new Error('the result page broke');
  }),
}));
vi.mock('../../src/ui/wizard/ResultPage', () => ({ ResultPage }));

beforeEach(() => {
  // React reports caught errors on the console; keep the test output clean.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('a page made ahead that crashes', () => {
  it('leaves "Check your answers" as it is, and shows the crash page once confirmed', async () => {
    const { user } = renderApp();
    await startTriage(user);
    await driveTriageToCheckAnswers(user, parseTriageAnswers(MEDWAY_SELF).answers);
    // The result has been tried ahead, and failed: the page shown is untouched.
    await waitFor(() => expect(ResultPage).toHaveBeenCalled());
    expect(heading()).toHaveTextContent(CHECK_ANSWERS.title);
    expect(screen.getByRole('button', { name: CHECK_ANSWERS.confirm })).toBeVisible();
    expect(screen.queryByRole('heading', { level: 1, name: CRASH.title })).toBeNull();

    await user.click(screen.getByRole('button', { name: CHECK_ANSWERS.confirm }));
    expect(await screen.findByRole('heading', { level: 1, name: CRASH.title })).toBeVisible();
  });
});
