/**
 * The result page: exactly the engine's recommendations, in its order (best next step first, then other
 * help, then court orders and the law), each with its reasons, opening status, contacts and "checked
 * on" date; only safe links; the print warning before printing; wording by who is asking.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TriageAnswers } from '../../schemas/answers';
import type { Directory } from '../../schemas/directory';
import { PRINT, RESULT, resultWording } from '../../src/content/results';
import { runTriage } from '../../src/engine';
import { bundledDirectory } from '../../src/directory/bundled';
import { directoryStore } from '../../src/directory/store';
import { dateText, openingStatus } from '../../src/ui/format';
import { allowedHref } from '../../src/ui/safeHref';
import { ResultPage } from '../../src/ui/wizard/ResultPage';
import { expectCardNames, expectedOrder, shownRecommendations } from './helpers';

afterEach(() => directoryStore.reset());

const ASHFORD: TriageAnswers = {
  immediateDanger: false,
  role: 'self',
  area: 'ashford',
  ageBand: '18-plus',
  gender: 'male',
  abuserLivesWithYou: false,
  abuserHasAccess: 'yes',
  safeAtHome: 'yes',
  housing: 'social-rented',
  abuseTypes: ['stalking', 'coercive-control'],
  riskSigns: ['threats-to-kill'],
  children: true,
  worriedChildRemoved: true,
  wants: ['court-protection', 'check-partner-history'],
  communication: ['bsl'],
};
/** Saturday 21 November 2026, noon in London. */
const SATURDAY = new Date('2026-11-21T12:00:00Z');
/** Monday 23 November 2026, 10am in London. */
const MONDAY = new Date('2026-11-23T10:00:00Z');

function renderResult(answers: TriageAnswers, at = SATURDAY) {
  const onBack = vi.fn();
  const onStartAgain = vi.fn();
  const view = render(<ResultPage answers={answers} at={at} onBack={onBack} onStartAgain={onStartAgain} />);
  return { ...view, onBack, onStartAgain, user: userEvent.setup({ delay: null }) };
}

const card = (container: HTMLElement, id: string) => {
  const found = container.querySelector<HTMLElement>(`[data-recommendation="${id}"]`);
  if (!found) throw new Error(`no card for ${id}`);
  return found;
};

describe('the result page', () => {
  it('shows exactly the engine’s recommendations: best next step first, legal options in their own section', () => {
    const { container } = renderResult(ASHFORD);
    const result = runTriage(ASHFORD, { at: SATURDAY, directory: bundledDirectory });
    expect(shownRecommendations(container)).toEqual(expectedOrder(result.recommendations));
    expectCardNames(container, bundledDirectory);

    const best = screen.getByRole('region', { name: RESULT.bestNextStep });
    expect(within(best).getAllByRole('heading', { level: 3 })).toHaveLength(1);
    expect(best.querySelector('[data-recommendation]')).toHaveClass('app-card--best');
    expect(best.querySelector('[data-recommendation]')?.getAttribute('data-recommendation')).toBe(
      result.recommendations[0]?.id,
    );

    const legal = screen.getByRole('region', { name: RESULT.legalTitle });
    const legalIds = result.recommendations.slice(1).filter((r) => r.kind === 'legal-option');
    expect(legalIds.length).toBeGreaterThan(0);
    expect(shownRecommendations(legal)).toEqual(legalIds.map((r) => r.id));
    for (const rec of legalIds) {
      const service = bundledDirectory.services.find((s) => s.id === rec.id);
      if (service?.breach)
        expect(within(card(container, rec.id)).getByText(service.breach)).toBeInTheDocument();
    }
  });

  it('gives each card its reasons, opening status, what happens next and the date it was checked', () => {
    const { container } = renderResult(ASHFORD);
    const result = runTriage(ASHFORD, { at: SATURDAY, directory: bundledDirectory });
    for (const rec of result.recommendations) {
      const el = within(card(container, rec.id));
      for (const reason of rec.reasons) expect(el.getByText(reason)).toBeInTheDocument();
      const status = openingStatus(rec);
      if (status.text) expect(el.getByText(status.text)).toBeInTheDocument();
      const service = bundledDirectory.services.find((s) => s.id === rec.id);
      if (!service) throw new Error(rec.id);
      expect(el.getByText(service.whatHappens)).toBeInTheDocument();
      expect(el.getByText(RESULT.checkedOn(dateText(service.checkedOn)))).toBeInTheDocument();
    }
  });

  it('says "Open 24 hours", and "Closed now: opens …" with the day in words', () => {
    const saturday = renderResult(ASHFORD, SATURDAY);
    expect(
      within(card(saturday.container, 'national-da-helpline')).getByText('Open 24 hours'),
    ).toBeInTheDocument();
    expect(
      within(card(saturday.container, 'ashford-one-stop-shop')).getByText('Closed now: opens 9:30am Tuesday'),
    ).toBeInTheDocument();
    saturday.unmount();
    const monday = renderResult(ASHFORD, MONDAY);
    expect(
      within(card(monday.container, 'ashford-one-stop-shop')).getByText('Closed now: opens 9:30am tomorrow'),
    ).toBeInTheDocument();
  });

  it('renders tap-to-call links with digits only, and only https:, tel:, mailto: and sms: links', () => {
    const { container } = renderResult(ASHFORD);
    const links = [...container.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(5);
    for (const a of links) {
      const href = a.getAttribute('href') ?? '';
      expect(allowedHref(href)).toBe(href);
      if (href.startsWith('tel:')) expect(href).toMatch(/^tel:\d+$/);
    }
    const vs = within(card(container, 'victim-support'));
    const phone = bundledDirectory.services
      .find((s) => s.id === 'victim-support')
      ?.contacts.find((c) => c.type === 'phone');
    if (phone?.type !== 'phone') throw new Error('no Victim Support phone');
    expect(vs.getByRole('link', { name: phone.number })).toHaveAttribute(
      'href',
      `tel:${phone.number.replace(/ /g, '')}`,
    );
  });

  it('shows a poisoned link as text, never as a link', () => {
    const poisoned: Directory = {
      ...bundledDirectory,
      services: bundledDirectory.services.map((s) =>
        s.id === 'victim-support'
          ? {
              ...s,
              contacts: [
                { type: 'web', url: 'javascript:alert(1)', label: 'Bad link' },
                { type: 'phone', number: '0800 javascript', phoneType: 'voice', label: 'Bad phone' },
                ...s.contacts,
              ],
            }
          : s,
      ),
    };
    directoryStore.set(poisoned);
    const { container } = renderResult({ ...ASHFORD, area: 'maidstone' });
    const vs = card(container, 'victim-support');
    expect(within(vs).getByText('Bad link').closest('a')).toBeNull();
    expect(within(vs).getByText('0800 javascript').closest('a')).toBeNull();
    for (const a of container.querySelectorAll('a'))
      expect(a.getAttribute('href')).not.toMatch(/javascript/i);
  });

  it('warns before printing, and prints only when asked again', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { user } = renderResult(ASHFORD);
    await user.click(screen.getByRole('button', { name: PRINT.button }));
    expect(print).not.toHaveBeenCalled();
    expect(screen.getByText(PRINT.warning)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { name: PRINT.warningTitle })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: PRINT.cancel }));
    expect(print).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: PRINT.button }));
    await user.click(screen.getByRole('button', { name: PRINT.confirm }));
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  it('offers "Start again" and a way back to change the answers', async () => {
    const { user, onBack, onStartAgain } = renderResult(ASHFORD);
    await user.click(screen.getByRole('button', { name: RESULT.changeAnswers }));
    expect(onBack).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(onStartAgain).toHaveBeenCalledTimes(1);
  });
});

describe('the result page’s wording by who is asking', () => {
  const cases: Array<[string, TriageAnswers]> = [
    [
      'someone else',
      {
        immediateDanger: false,
        role: 'someone-else',
        area: 'dover',
        ageBand: '18-plus',
        abuseTypes: ['physical'],
        riskSigns: [],
        children: false,
        wants: [],
        communication: [],
      },
    ],
    [
      'own behaviour',
      { immediateDanger: false, role: 'own-behaviour', area: 'thanet', children: true, communication: [] },
    ],
    [
      'under 16',
      { immediateDanger: false, role: 'self', area: 'swale', ageBand: 'under-16', communication: [] },
    ],
    [
      'a professional',
      {
        immediateDanger: false,
        role: 'professional',
        area: 'medway',
        ageBand: '16-17',
        gender: 'female',
        abuserLivesWithYou: true,
        safeAtHome: 'no',
        abuseTypes: ['sexual'],
        riskSigns: ['strangulation'],
        children: false,
        wants: ['leave-home'],
        communication: ['other-language'],
      },
    ],
  ];
  for (const [name, answers] of cases) {
    it(name, () => {
      const { container } = renderResult(answers);
      const wording = resultWording(answers.role, answers.ageBand === 'under-16');
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(wording.title);
      expect(screen.getByText(wording.intro)).toBeInTheDocument();
      const result = runTriage(answers, { at: SATURDAY, directory: bundledDirectory });
      expect(shownRecommendations(container)).toEqual(expectedOrder(result.recommendations));
    });
  }

  it('has a different heading for each', () => {
    const titles = new Set([
      resultWording('self', false).title,
      resultWording('someone-else', false).title,
      resultWording('own-behaviour', false).title,
      resultWording('professional', false).title,
      resultWording('self', true).title,
    ]);
    expect(titles.size).toBe(5);
  });
});
