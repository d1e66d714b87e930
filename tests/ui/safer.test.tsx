/**
 * Professional mode: reached by `?mode=professional` (the app's `professional` prop) or from the start
 * page; one criterion per page with "Not known yet"; check answers; the verdict page lists every
 * criterion with its status and reason, what to do, the alternatives, and a referral summary to copy.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { knownSaferAnswers } from '../../machines/saferMachine';
import type { SaferAnswers } from '../../schemas/answers';
import { maracStep } from '../../src/content/maracSteps';
import { COMMON, PROFESSIONAL_START, START } from '../../src/content/pages';
import { CHECK_ANSWERS, GAP_ACTIONS, VERDICT } from '../../src/content/results';
import { CRITERION_NAMES } from '../../src/content/safer';
import { saferStep } from '../../src/content/steps';
import { checkSafer } from '../../src/engine';
import { verdictTitle } from '../../src/ui/safer/VerdictPage';
import { driveSaferUi, heading, renderApp, type User } from './helpers';

afterEach(() => vi.restoreAllMocks());

async function toVerdict(user: User, answers: SaferAnswers) {
  await user.click(screen.getByRole('button', { name: COMMON.startNow }));
  expect(heading()).toHaveTextContent(saferStep('ageBand').title);
  await driveSaferUi(user, answers);
  expect(heading()).toHaveTextContent(CHECK_ANSWERS.title);
  await user.click(screen.getByRole('button', { name: CHECK_ANSWERS.saferConfirm }));
}

const ELIGIBLE: SaferAnswers = {
  ageBand: '18-plus',
  area: 'canterbury',
  needToStayLocal: true,
  housing: 'social-rented',
  perpetratorLivesThere: false,
  perpetratorHasLegalAccess: 'no',
  safestOption: true,
  survivorConsents: true,
  landlordConsent: 'yes',
  referrerIsProfessional: true,
};

async function expectVerdictPage(answers: SaferAnswers) {
  const result = checkSafer(knownSaferAnswers(answers));
  expect(heading()).toHaveTextContent(verdictTitle(result));
  await waitFor(() => expect(heading()).toHaveFocus());
  for (const c of result.criteria) {
    const row = document.querySelector<HTMLElement>(`[data-criterion="${c.id}"]`);
    if (!row) throw new Error(`no row for ${c.id}`);
    expect(row).toHaveTextContent(CRITERION_NAMES[c.id]);
    expect(within(row).getByText(VERDICT.status[c.status])).toBeInTheDocument();
    expect(within(row).getByText(c.reason)).toBeInTheDocument();
    if (c.status !== 'met') {
      expect(
        screen.getByText(GAP_ACTIONS[c.id][c.status === 'unknown' ? 'unknown' : 'not-met']),
      ).toBeInTheDocument();
    }
  }
  expect(document.querySelectorAll('[data-criterion]')).toHaveLength(result.criteria.length);
  const shown = [...document.querySelectorAll<HTMLElement>('[data-alternative]')].map(
    (el) => el.dataset.alternative,
  );
  expect(shown).toEqual(result.alternatives.map((a) => a.id));
  for (const alt of result.alternatives) expect(screen.getByText(alt.reason)).toBeInTheDocument();
  return result;
}

describe('the SAFER check', () => {
  it('is reached from the public start page', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: START.professionalLink }));
    expect(heading()).toHaveTextContent(PROFESSIONAL_START.title);
    await waitFor(() => expect(heading()).toHaveFocus());
    await user.click(screen.getByRole('button', { name: COMMON.startNow }));
    const shown = await screen.findByRole('heading', { level: 1, name: saferStep('ageBand').title });
    await waitFor(() => expect(shown).toHaveFocus());
    await user.click(screen.getByRole('button', { name: COMMON.back }));
    expect(heading()).toHaveTextContent(PROFESSIONAL_START.title);
  });

  it('says "Eligible" when every criterion is met, and copies the referral summary', async () => {
    const { user } = renderApp({ professional: true });
    // After userEvent.setup(), which puts its own clipboard in place.
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    expect(heading()).toHaveTextContent(PROFESSIONAL_START.title);
    await toVerdict(user, ELIGIBLE);
    const result = await expectVerdictPage(ELIGIBLE);
    expect(result.verdict).toBe('eligible');
    expect(heading()).toHaveTextContent(VERDICT.eligibleTitle);

    const summary = screen.getByTestId('referral-summary').textContent ?? '';
    expect(summary).toContain(VERDICT.eligibleTitle);
    for (const c of result.criteria) expect(summary).toContain(CRITERION_NAMES[c.id]);
    await user.click(screen.getByRole('button', { name: VERDICT.copy }));
    expect(writeText).toHaveBeenCalledWith(summary);
    expect(await screen.findByText(VERDICT.copied)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(VERDICT.copied);
  });

  it('says "Not known yet: 2 rules to check" (never "Eligible once …"), shown as "Not known yet" on check answers, with no summary to copy', async () => {
    const { user } = renderApp({ professional: true });
    const answers: SaferAnswers = { ...ELIGIBLE };
    delete answers.landlordConsent;
    delete answers.survivorConsents;
    await user.click(screen.getByRole('button', { name: COMMON.startNow }));
    await driveSaferUi(user, answers);
    // The page shown (the verdict page, made ahead, is in the document too, hidden).
    expect(within(screen.getByRole('main')).getAllByText('Not known yet')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: CHECK_ANSWERS.saferConfirm }));
    const result = await expectVerdictPage(answers);
    expect(result.verdict).toBe('eligible-once');
    expect(heading().textContent).toBe('Not known yet: 2 rules to check');
    expect(screen.getByTestId('verdict-lead')).toHaveTextContent(VERDICT.eligibleOnceLead);
    // A referral is not the next step yet: no summary to copy, no referral form.
    expect(screen.queryByRole('button', { name: VERDICT.copy })).toBeNull();
    expect(
      screen.queryByRole('link', { name: new RegExp(VERDICT.formLink.replace(/[()]/g, '\\$&')) }),
    ).toBeNull();
    // A rule not known yet: its tag says so once; the reason says what to find out.
    for (const c of result.criteria.filter((x) => x.status === 'unknown')) {
      expect(c.reason).not.toMatch(/not known/i);
    }
  });

  it('says "Not eligible", names each failed criterion and offers the alternatives', async () => {
    const { user } = renderApp({ professional: true });
    const answers: SaferAnswers = { ...ELIGIBLE, area: 'medway', perpetratorHasLegalAccess: 'yes' };
    await toVerdict(user, answers);
    const result = await expectVerdictPage(answers);
    expect(result.verdict).toBe('not-eligible');
    expect(heading()).toHaveTextContent(VERDICT.notEligibleTitle);
    expect(result.alternatives.map((a) => a.id)).toEqual(
      expect.arrayContaining(['medway-sanctuary', 'occupation-order']),
    );
    for (const c of result.criteria.filter((x) => x.status === 'not-met')) {
      expect(screen.getByText(new RegExp(CRITERION_NAMES[c.id]), { selector: 'p' })).toBeInTheDocument();
    }
    // Plain sentences: the lead counts the rules not met, with no double negative.
    const lead = screen.getByTestId('verdict-lead').textContent ?? '';
    expect(lead).toMatch(/^2 rules are not met: /);
    expect(lead).not.toMatch(/not met: [^.]*\bnot\b/);
    expect(screen.queryByRole('button', { name: VERDICT.copy })).toBeNull();
  });

  it('when eligible, says where the referral form is, and the summary is clean text', async () => {
    const { user } = renderApp({ professional: true });
    await toVerdict(user, { ...ELIGIBLE, landlordConsent: 'owner-occupier', housing: 'owner' });
    const link = screen.getByRole('link', { name: new RegExp(VERDICT.formLink.replace(/[()]/g, '\\$&')) });
    expect(link).toHaveAttribute('href', VERDICT.formHref);
    expect(screen.getByText(VERDICT.formText)).toBeInTheDocument();
    const summary = screen.getByTestId('referral-summary').textContent ?? '';
    const lines = summary.split('\n').filter(Boolean);
    expect(lines[0]).toBe(VERDICT.summaryHeading);
    expect(new Set(lines).size).toBe(lines.length);
    expect(summary).not.toMatch(/Not known yet\. Not known yet/);
    expect(summary).not.toMatch(/Answers:/);
  });

  it('links every result to the MARAC check, which opens at its first question', async () => {
    const { user } = renderApp({ professional: true });
    await toVerdict(user, { ...ELIGIBLE, safestOption: false });
    await user.click(screen.getByRole('button', { name: VERDICT.maracButton }));
    await screen.findByRole('heading', { level: 1, name: maracStep('area').title });
  });

  it('tells the professional when the clipboard cannot be used', async () => {
    const { user } = renderApp({ professional: true });
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
      configurable: true,
    });
    await toVerdict(user, ELIGIBLE);
    await user.click(screen.getByRole('button', { name: VERDICT.copy }));
    expect(await screen.findByText(VERDICT.copyFailed)).toBeInTheDocument();
  });

  it('goes back from the verdict to check answers with the answers kept', async () => {
    const { user } = renderApp({ professional: true });
    await toVerdict(user, ELIGIBLE);
    await user.click(screen.getByRole('button', { name: COMMON.back }));
    expect(heading()).toHaveTextContent(CHECK_ANSWERS.title);
    expect(screen.getByText('Canterbury')).toBeInTheDocument();
  });
});
