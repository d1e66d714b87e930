/**
 * The page Continue leads to is made while the person reads the page before it (hidden, at idle
 * priority: src/ui/wizard/Wizard.tsx), so that Continue only has to show it: a question's next page
 * once a valid answer is ticked (or was given before), the page after a page that asks nothing, and
 * the result while "Check your answers" is read. What is shown is always the machine's page.
 */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { maracStep } from '../../src/content/maracSteps';
import { COMMON, INTERRUPTION, PROFESSIONAL_START } from '../../src/content/pages';
import { CHECK_ANSWERS, EMERGENCY_PAGE, resultWording } from '../../src/content/results';
import { saferStep, triageStep } from '../../src/content/steps';
import { parseTriageAnswers } from '../../src/engine/index';
import { MEDWAY_SELF } from '../support/answers';
import { choose, driveTriageToCheckAnswers, heading, renderApp, startTriage } from './helpers';

const q = (question: Parameters<typeof triageStep>[0]) => triageStep(question, 'self');
const hiddenHeading = (name: string) => screen.findByRole('heading', { level: 1, hidden: true, name });
const shownHeadings = () => screen.getAllByRole('heading', { level: 1 });
const SELF = parseTriageAnswers(MEDWAY_SELF).answers;

describe('the page made ahead', () => {
  it('is the next page for the answer ticked, hidden, and Continue shows that same page', async () => {
    const { user } = renderApp();
    await startTriage(user);
    await choose(user, q('immediateDanger'), true);
    const emergency = await hiddenHeading(EMERGENCY_PAGE.title);
    expect(emergency).not.toBeVisible();
    // A different answer, a different page ahead.
    await choose(user, q('immediateDanger'), false);
    const role = await hiddenHeading(q('role').title);
    expect(role).not.toBeVisible();
    expect(screen.queryByRole('heading', { level: 1, hidden: true, name: EMERGENCY_PAGE.title })).toBeNull();
    // One page is shown, and it alone has the page's landmark id.
    expect(shownHeadings()).toHaveLength(1);
    expect(heading()).toHaveTextContent(q('immediateDanger').title);
    expect(document.querySelectorAll('#main-content')).toHaveLength(1);
    expect(document.querySelector('#main-content')).toContainElement(heading());

    await user.click(screen.getByRole('button', { name: COMMON.continue }));
    expect(heading()).toBe(role);
    expect(role).toBeVisible();
    expect(document.querySelector('#main-content')).toContainElement(role);
    await waitFor(() => expect(role).toHaveFocus());
  });

  it('after Back, shows the answer the machine holds: no tick that was not sent, no error', async () => {
    const { user } = renderApp();
    await startTriage(user);
    await choose(user, q('immediateDanger'), false);
    await user.click(screen.getByRole('button', { name: COMMON.continue }));
    expect(heading()).toHaveTextContent(q('role').title);
    // Continue with nothing chosen: an error. Then a tick, not sent, and Back.
    await user.click(screen.getByRole('button', { name: COMMON.continue }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    await user.click(screen.getByLabelText('Myself'));
    await user.click(screen.getByRole('button', { name: COMMON.back }));
    expect(heading()).toHaveTextContent(q('immediateDanger').title);
    expect(screen.getByLabelText('No')).toBeChecked();

    await user.click(screen.getByRole('button', { name: COMMON.continue }));
    expect(heading()).toHaveTextContent(q('role').title);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByLabelText('Myself')).not.toBeChecked();
    await waitFor(() => expect(document.title).not.toMatch(/^Error/));
  });

  it('is the result while "Check your answers" is read', async () => {
    const { user } = renderApp();
    await startTriage(user);
    await driveTriageToCheckAnswers(user, SELF);
    expect(heading()).toHaveTextContent(CHECK_ANSWERS.title);
    const result = await hiddenHeading(resultWording('self', false).title);
    expect(result).not.toBeVisible();

    await user.click(screen.getByRole('button', { name: CHECK_ANSWERS.confirm }));
    expect(heading()).toBe(result);
    expect(result).toBeVisible();
  });
});

describe('the wizards made ahead', () => {
  it('makes the first question while "Before you start" is read, and Continue shows that same page', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: COMMON.startNow }));
    expect(heading()).toHaveTextContent(INTERRUPTION.title);
    const first = await hiddenHeading(q('immediateDanger').title);
    expect(first).not.toBeVisible();
    expect(shownHeadings()).toHaveLength(1);
    expect(document.querySelectorAll('#main-content')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: COMMON.continue }));
    expect(heading()).toBe(first);
    expect(first).toBeVisible();
    await waitFor(() => expect(first).toHaveFocus());
  });

  it('starts a new wizard each time, with no answer from the one left', async () => {
    const { user } = renderApp();
    await startTriage(user);
    await choose(user, q('immediateDanger'), false);
    await user.click(screen.getByRole('button', { name: COMMON.continue }));
    expect(heading()).toHaveTextContent(q('role').title);
    await user.click(screen.getByRole('button', { name: COMMON.back }));
    expect(screen.getByLabelText('No')).toBeChecked();
    await user.click(screen.getByRole('button', { name: COMMON.back }));
    expect(heading()).toHaveTextContent(INTERRUPTION.title);

    await user.click(screen.getByRole('button', { name: COMMON.continue }));
    expect(heading()).toHaveTextContent(q('immediateDanger').title);
    expect(screen.getByLabelText('No')).not.toBeChecked();
    expect(screen.getByLabelText('Yes')).not.toBeChecked();
  });

  it('makes both checks’ first questions while the professionals’ page is read', async () => {
    const { user } = renderApp({ professional: true });
    expect(heading()).toHaveTextContent(PROFESSIONAL_START.title);
    const safer = await hiddenHeading(saferStep('ageBand').title);
    const marac = await hiddenHeading(maracStep('area').title);
    expect(safer).not.toBeVisible();
    expect(marac).not.toBeVisible();
    expect(shownHeadings()).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: PROFESSIONAL_START.maracStart }));
    expect(heading()).toBe(marac);
    await user.click(screen.getByRole('button', { name: COMMON.back }));
    expect(heading()).toHaveTextContent(PROFESSIONAL_START.title);
    // A wizard was left: the checks are made again, new.
    await waitFor(() => expect(safer).not.toBeInTheDocument());
    const saferAgain = await hiddenHeading(saferStep('ageBand').title);
    await user.click(screen.getByRole('button', { name: COMMON.startNow }));
    expect(heading()).toBe(saferAgain);
  });
});
