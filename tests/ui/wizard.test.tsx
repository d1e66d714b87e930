/**
 * Moving through the self-service wizard in the whole app: start page, "before you start", focus and
 * titles on every page change, back links, the emergency page, the change-answers loop, and the
 * browser's Back button, with the URL never changing.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TriageAnswers } from '../../schemas/answers';
import { COMMON, INTERRUPTION, ONLINE_SAFETY, pageTitle, START } from '../../src/content/pages';
import { CHECK_ANSWERS, EMERGENCY_PAGE } from '../../src/content/results';
import { triageStep } from '../../src/content/steps';
import { bundledDirectory } from '../../src/directory/bundled';
import { SENTINEL_STATE } from '../../src/ui/history';
import { choose, driveTriageUi, heading, painted, renderApp, startTriage, type User } from './helpers';

const SELF: TriageAnswers = {
  immediateDanger: false,
  role: 'self',
  area: 'ashford',
  ageBand: '18-plus',
  gender: 'female',
  abuserLivesWithYou: true,
  safeAtHome: 'yes',
  housing: 'private-rented',
  abuseTypes: ['coercive-control'],
  riskSigns: [],
  children: false,
  wants: ['talk-now'],
  communication: [],
};

const q = (question: Parameters<typeof triageStep>[0], role?: Parameters<typeof triageStep>[1]) =>
  triageStep(question, role);

async function answer(
  user: User,
  question: Parameters<typeof triageStep>[0],
  value: unknown,
  role = SELF.role,
) {
  await choose(user, q(question, role), value);
  await user.click(screen.getByRole('button', { name: COMMON.continue }));
}

let startUrl: string;
beforeEach(() => {
  startUrl = window.location.href;
});

describe('the start page', () => {
  it('says what the service does and does not do, shows the emergency box, and does not move focus on load', async () => {
    renderApp();
    expect(heading()).toHaveTextContent(START.title);
    await painted();
    expect(heading()).not.toHaveFocus();
    await waitFor(() => expect(document.title).toBe(pageTitle(START.title)));
    for (const line of START.doesNot) expect(screen.getByText(line)).toBeInTheDocument();
    const box = screen.getByRole('region', { name: 'If you are in danger now' });
    const call = bundledDirectory.services.find((s) => s.id === 'emergency-999');
    expect(within(box).getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999');
    expect(box).toHaveTextContent('55');
    expect(box).toHaveTextContent(/BSL/);
    expect(call).toBeDefined();
    expect(screen.getByRole('button', { name: START.professionalLink })).toBeInTheDocument();
  });

  it('leads to "before you start", then the first question, each heading focused and named in the title', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: COMMON.startNow }));
    expect(heading()).toHaveTextContent(INTERRUPTION.title);
    await waitFor(() => expect(heading()).toHaveFocus());
    await waitFor(() => expect(document.title).toBe(pageTitle(INTERRUPTION.title)));
    expect(screen.getByText(INTERRUPTION.historyWarning)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: INTERRUPTION.onlineSafetyLink }));
    expect(heading()).toHaveTextContent(ONLINE_SAFETY.title);
    await waitFor(() => expect(heading()).toHaveFocus());
    const digital = bundledDirectory.services.find((s) => s.id === 'digital-abuse-advice');
    expect(screen.getByText(digital?.whatHappens ?? 'no digital abuse entry')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: COMMON.back }));
    expect(heading()).toHaveTextContent(INTERRUPTION.title);

    await user.click(screen.getByRole('button', { name: COMMON.continue }));
    const first = await screen.findByRole('heading', { level: 1, name: q('immediateDanger').title });
    await waitFor(() => expect(first).toHaveFocus());
    await waitFor(() => expect(document.title).toBe(pageTitle(q('immediateDanger').title)));
  });
});

describe('the self-service questions', () => {
  it('moves focus to each new question, and the back link goes back a question, then to "before you start"', async () => {
    const { user } = renderApp();
    await startTriage(user);
    await answer(user, 'immediateDanger', false);
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: q('role').title })).toHaveFocus(),
    );
    await answer(user, 'role', 'self');
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: q('area', 'self').title })).toHaveFocus(),
    );
    await waitFor(() => expect(document.title).toBe(pageTitle(q('area', 'self').title)));

    await user.click(screen.getByRole('button', { name: COMMON.back }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: q('role').title })).toHaveFocus(),
    );
    // The answer given before is still chosen.
    expect(screen.getByLabelText('Myself')).toBeChecked();
    await user.click(screen.getByRole('button', { name: COMMON.back }));
    await user.click(screen.getByRole('button', { name: COMMON.back }));
    expect(heading()).toHaveTextContent(INTERRUPTION.title);
    expect(window.location.href).toBe(startUrl);
  });

  it('words the questions for someone worried about another person', async () => {
    const { user } = renderApp();
    await startTriage(user);
    await answer(user, 'immediateDanger', false);
    await answer(user, 'role', 'someone-else');
    expect(heading()).toHaveTextContent('Where does the person you’re worried about live?');
    await answer(user, 'area', 'medway', 'someone-else');
    expect(heading()).toHaveTextContent('How old is the person you’re worried about?');
  });

  it('shows the emergency page after "yes, in danger", with 999, 55 and BSL, and lets the person continue', async () => {
    const { user } = renderApp();
    await startTriage(user);
    await answer(user, 'immediateDanger', true);
    expect(heading()).toHaveTextContent(EMERGENCY_PAGE.title);
    await waitFor(() => expect(heading()).toHaveFocus());
    expect(screen.getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999');
    expect(screen.getByText(/Press 55 when you are asked/)).toBeInTheDocument();
    expect(screen.getAllByText(/British Sign Language/).length).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: COMMON.continue }));
    expect(heading()).toHaveTextContent(q('role').title);
    // Back from the role question returns to the emergency page, then to the danger question.
    await user.click(screen.getByRole('button', { name: COMMON.back }));
    expect(heading()).toHaveTextContent(EMERGENCY_PAGE.title);
    await user.click(screen.getByRole('button', { name: COMMON.back }));
    expect(heading()).toHaveTextContent(q('immediateDanger').title);
    expect(screen.getByLabelText('Yes')).toBeChecked();
  });
});

describe('check your answers', () => {
  it('lists each answer with a Change link whose hidden text says what it changes', async () => {
    const { user } = renderApp();
    await startTriage(user);
    await driveTriageUi(user, { ...SELF });
    // On the result page now: its back link returns to check answers, answers intact.
    await user.click(screen.getByRole('button', { name: COMMON.back }));
    expect(heading()).toHaveTextContent(CHECK_ANSWERS.title);
    await waitFor(() => expect(heading()).toHaveFocus());
    const change = screen.getByRole('button', { name: `Change ${q('area', 'self').change}` });
    expect(within(change).getByText(q('area', 'self').change)).toHaveClass('govuk-visually-hidden');
    const rows = document.querySelectorAll('.govuk-summary-list__row');
    expect(rows).toHaveLength(Object.keys(SELF).length);
    expect(screen.getByText('Ashford')).toBeInTheDocument();
  }, 30_000);

  it('after a change, asks only the new follow-up questions, then returns to check answers', async () => {
    const { user } = renderApp();
    await startTriage(user);
    for (const [key, value] of Object.entries(SELF)) {
      await answer(user, key as Parameters<typeof triageStep>[0], value);
    }
    expect(heading()).toHaveTextContent(CHECK_ANSWERS.title);

    // A simple change: straight back to check answers, showing the new answer.
    await user.click(screen.getByRole('button', { name: `Change ${q('area', 'self').change}` }));
    expect(heading()).toHaveTextContent(q('area', 'self').title);
    expect(screen.getByLabelText('Ashford')).toBeChecked();
    await answer(user, 'area', 'medway');
    expect(heading()).toHaveTextContent(CHECK_ANSWERS.title);
    await waitFor(() => expect(heading()).toHaveFocus());
    expect(screen.getByText('Medway')).toBeInTheDocument();
    expect(screen.queryByText('Ashford')).toBeNull();

    // A change that opens a new question: it is asked, then check answers again.
    await user.click(
      screen.getByRole('button', { name: `Change ${q('abuserLivesWithYou', 'self').change}` }),
    );
    await answer(user, 'abuserLivesWithYou', false);
    expect(heading()).toHaveTextContent(q('abuserHasAccess', 'self').title);
    await answer(user, 'abuserHasAccess', 'no');
    expect(heading()).toHaveTextContent(CHECK_ANSWERS.title);
    expect(screen.getByText(q('abuserHasAccess', 'self').summary)).toBeInTheDocument();

    // Back from a changed question returns to check answers.
    await user.click(screen.getByRole('button', { name: `Change ${q('gender', 'self').change}` }));
    await user.click(screen.getByRole('button', { name: COMMON.back }));
    expect(heading()).toHaveTextContent(CHECK_ANSWERS.title);
  }, 30_000);
});

describe('the browser Back button', () => {
  it('adds one history entry with the same URL and no answers, and goes back like the back link', async () => {
    const before = window.history.length;
    const { user } = renderApp();
    await startTriage(user);
    await answer(user, 'immediateDanger', false);
    await answer(user, 'role', 'self');
    expect(window.history.length).toBe(before + 1);
    expect(window.history.state).toEqual(SENTINEL_STATE);
    expect(window.location.href).toBe(startUrl);

    // The browser leaves the extra entry and fires popstate: the app goes back one question.
    fireEvent.popState(window);
    const shown = await screen.findByRole('heading', { level: 1, name: q('role').title });
    await waitFor(() => expect(shown).toHaveFocus());
    expect(window.location.href).toBe(startUrl);
    fireEvent.popState(window);
    expect(
      await screen.findByRole('heading', { level: 1, name: q('immediateDanger').title }),
    ).toBeInTheDocument();
    fireEvent.popState(window);
    expect(await screen.findByRole('heading', { level: 1, name: INTERRUPTION.title })).toBeInTheDocument();
    fireEvent.popState(window);
    expect(await screen.findByRole('heading', { level: 1, name: START.title })).toBeInTheDocument();
    expect(window.location.href).toBe(startUrl);
    expect(window.location.hash).toBe('');
  });
});
