/**
 * The MARAC threshold check in professional mode: offered on the professionals' start page beside
 * the SAFER check; one question per page, each answerable "Not known yet" (the DASH count and the
 * events count typed as whole numbers); check answers; a result page to trust at a glance (the
 * verdict in a few words, every threshold and the area met / not met / not known with its reason,
 * what to do next), with the summary to copy only where a referral is the next step. Every answer
 * set of fixtures/marac is driven through the UI.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { maracSet, maracSets } from '../../fixtures/marac';
import {
  AREA_CRITERION,
  MARAC_PAGE,
  MARAC_VERDICT_TITLES,
  NEXT_STEP_COPY,
  THRESHOLD_NAMES,
} from '../../src/content/marac';
import { maracStep } from '../../src/content/maracSteps';
import { COMMON, PROFESSIONAL_START } from '../../src/content/pages';
import { CHECK_ANSWERS } from '../../src/content/results';
import { saferStep } from '../../src/content/steps';
import { checkMarac } from '../../src/engine';
import { driveMaracUi, heading, renderApp, type User } from './helpers';

afterEach(() => vi.restoreAllMocks());

async function startMarac(user: User) {
  expect(heading()).toHaveTextContent(PROFESSIONAL_START.title);
  await user.click(screen.getByRole('button', { name: PROFESSIONAL_START.maracStart }));
  await screen.findByRole('heading', { level: 1, name: maracStep('area').title });
}

describe('the MARAC check', () => {
  it('is offered beside the SAFER check on the professionals’ start page, and Back returns there', async () => {
    const { user } = renderApp({ professional: true });
    expect(
      screen.getByRole('heading', { level: 2, name: PROFESSIONAL_START.saferTitle }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: PROFESSIONAL_START.maracTitle }),
    ).toBeInTheDocument();
    await startMarac(user);
    await waitFor(() => expect(heading()).toHaveFocus());
    await user.click(screen.getByRole('button', { name: COMMON.back }));
    expect(heading()).toHaveTextContent(PROFESSIONAL_START.title);
    await user.click(screen.getByRole('button', { name: COMMON.startNow }));
    await screen.findByRole('heading', { level: 1, name: saferStep('ageBand').title });
  });

  it('refuses a DASH count that is not a whole number from 0 to 24, naming the field; "Not known yet" clears the box', async () => {
    const { user } = renderApp({ professional: true });
    await startMarac(user);
    await user.click(screen.getByLabelText('Ashford'));
    await user.click(screen.getByRole('button', { name: COMMON.continue }));
    const copy = maracStep('dashYesCount');
    await screen.findByRole('heading', { level: 1, name: copy.title });
    const box = screen.getByLabelText(copy.inputLabel ?? '');
    for (const bad of ['25', '3.5', 'fourteen', '']) {
      await user.clear(box);
      if (bad) await user.type(box, bad);
      await user.click(screen.getByRole('button', { name: COMMON.continue }));
      expect(heading()).toHaveTextContent(copy.title);
      const summary = await screen.findByRole('alert');
      expect(within(summary).getByRole('link', { name: copy.error })).toHaveAttribute(
        'href',
        '#dashYesCount',
      );
    }
    await user.type(box, '12');
    await user.click(screen.getByLabelText(copy.notKnown?.label ?? ''));
    expect(box).toHaveValue('');
    await user.type(box, '9');
    expect(screen.getByLabelText(copy.notKnown?.label ?? '')).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: COMMON.continue }));
    await screen.findByRole('heading', { level: 1, name: maracStep('highRiskIndicators').title });
    // Back keeps the count.
    await user.click(screen.getByRole('button', { name: COMMON.back }));
    await screen.findByRole('heading', { level: 1, name: copy.title });
    expect(screen.getByLabelText(copy.inputLabel ?? '')).toHaveValue('9');
  });

  describe.each(maracSets)('answer set $name', (set) => {
    it('reaches its verdict through the UI, every threshold at a glance, the next steps, and a summary only for a referral', async () => {
      const { user } = renderApp({ professional: true });
      const writeText = vi.fn(() => Promise.resolve());
      Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
      await startMarac(user);
      await driveMaracUi(user, set.answers);
      expect(heading()).toHaveTextContent(CHECK_ANSWERS.title);
      await user.click(screen.getByRole('button', { name: MARAC_PAGE.confirm }));

      const result = checkMarac(set.answers);
      expect(result.verdict).toBe(set.verdict);
      await screen.findByRole('heading', { level: 1, name: MARAC_VERDICT_TITLES[set.verdict] });
      // A short heading: the verdict in a few words.
      expect((heading().textContent ?? '').split(' ').length).toBeLessThanOrEqual(8);
      for (const t of result.thresholds) {
        const row = document.querySelector<HTMLElement>(`[data-threshold="${t.id}"]`);
        if (!row) throw new Error(`no row for ${t.id}`);
        expect(row.dataset.status).toBe(t.status);
        expect(row).toHaveTextContent(THRESHOLD_NAMES[t.id]);
        expect(within(row).getByText(MARAC_PAGE.status[t.status])).toBeInTheDocument();
        expect(within(row).getByText(t.reason)).toBeInTheDocument();
      }
      const area = document.querySelector<HTMLElement>('[data-threshold="area"]');
      expect(area).toHaveTextContent(AREA_CRITERION);
      expect(area?.dataset.status).toBe(result.area.status);
      const met = [...document.querySelectorAll<HTMLElement>('[data-status="met"][data-threshold]')]
        .map((r) => r.dataset.threshold)
        .filter((id) => id !== 'area');
      expect(met.sort()).toEqual([...set.met].sort());

      const next = [...document.querySelectorAll<HTMLElement>('[data-next]')].map((el) => el.dataset.next);
      expect(next).toEqual(result.next.map((n) => n.id));
      for (const n of result.next)
        expect(
          screen.getByRole('heading', { level: 3, name: NEXT_STEP_COPY[n.id].title }),
        ).toBeInTheDocument();

      const referral = set.verdict === 'refer' || set.verdict === 'refer-where-they-live';
      const copyButton = screen.queryByRole('button', { name: MARAC_PAGE.summary.copy });
      expect(Boolean(copyButton)).toBe(referral);
      if (referral && copyButton) {
        const summary = screen.getByTestId('referral-summary').textContent ?? '';
        expect(summary).toContain(MARAC_VERDICT_TITLES[set.verdict]);
        const lines = summary.split('\n').filter(Boolean);
        expect(new Set(lines).size).toBe(lines.length);
        expect(summary).not.toMatch(/not known[^\n]*not known/i);
        for (const t of result.thresholds) expect(summary).toContain(THRESHOLD_NAMES[t.id]);
        await user.click(copyButton);
        expect(writeText).toHaveBeenCalledWith(summary);
        expect(await screen.findByText(MARAC_PAGE.summary.copied)).toBeInTheDocument();
      }
      if (set.verdict === 'refer') {
        const link = screen.getByRole('link', { name: new RegExp(MARAC_PAGE.formLink) });
        expect(link).toHaveAttribute(
          'href',
          'https://www.domesticabuseservices.org.uk/practitioners/make-a-referral',
        );
      }
    });
  });

  it('links a referral of someone who wants to stay at home to the SAFER check', async () => {
    const { user } = renderApp({ professional: true });
    await startMarac(user);
    await driveMaracUi(user, maracSet('stay-home-gravesham').answers);
    await user.click(screen.getByRole('button', { name: MARAC_PAGE.confirm }));
    await screen.findByRole('heading', { level: 1, name: MARAC_VERDICT_TITLES.refer });
    await user.click(screen.getByRole('button', { name: MARAC_PAGE.saferButton }));
    await screen.findByRole('heading', { level: 1, name: saferStep('ageBand').title });
  });

  it('changes an answer from check answers, asking what the change makes newly needed', async () => {
    const { user } = renderApp({ professional: true });
    await startMarac(user);
    await driveMaracUi(user, maracSet('strangulation-dover').answers);
    // Judgement was not asked (an indicator was given).
    expect(screen.queryByText(maracStep('professionalJudgementHighRisk').summary)).toBeNull();
    await user.click(
      screen.getByRole('button', { name: new RegExp(maracStep('highRiskIndicators').change) }),
    );
    await screen.findByRole('heading', { level: 1, name: maracStep('highRiskIndicators').title });
    await user.click(screen.getByLabelText('Strangulation'));
    await user.click(screen.getByLabelText('None of these'));
    await user.click(screen.getByRole('button', { name: COMMON.continue }));
    await screen.findByRole('heading', { level: 1, name: maracStep('professionalJudgementHighRisk').title });
    await user.click(screen.getByLabelText('No'));
    await user.click(screen.getByRole('button', { name: COMMON.continue }));
    await screen.findByRole('heading', { level: 1, name: CHECK_ANSWERS.title });
    await user.click(screen.getByRole('button', { name: MARAC_PAGE.confirm }));
    await screen.findByRole('heading', { level: 1, name: MARAC_VERDICT_TITLES['not-high-risk'] });
    expect(screen.queryByRole('button', { name: MARAC_PAGE.summary.copy })).toBeNull();
  });
});
