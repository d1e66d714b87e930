/**
 * The result page: exactly the engine's recommendations, in its order (best next step first, then other
 * help, then court orders and the law), each with its reasons, opening status, contacts and "checked
 * on" date; only safe links; the print warning before printing; wording by who is asking.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Activity } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TriageAnswers } from '../../schemas/answers';
import type { Directory } from '../../schemas/directory';
import { DEVICE_SAFETY } from '../../src/content/pages';
import { GROUP_TITLES, PRINT, RESULT, resultWording } from '../../src/content/results';
import { bundledDirectory } from '../../src/directory/bundled';
import { directoryStore } from '../../src/directory/store';
import { runTriage } from '../../src/engine';
import { dateText } from '../../src/ui/format';
import { layoutResult, momentKey } from '../../src/ui/resultLayout';
import { allowedHref } from '../../src/ui/safeHref';
import { ResultPage } from '../../src/ui/wizard/ResultPage';
import {
  directoryPhone,
  expectCallLink,
  expectCardNames,
  expectedOrder,
  shownRecommendations,
} from './helpers';

afterEach(() => directoryStore.reset());

const ASHFORD: TriageAnswers = {
  immediateDanger: false,
  role: 'self',
  area: 'ashford',
  ageBand: '18-plus',
  gender: 'male',
  abuserLivesWithYou: false,
  abuserHasAccess: 'yes',
  accessIsLegalRight: 'yes',
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
  it('shows exactly the engine’s recommendations, grouped: do this now first, court orders under the police and the courts', () => {
    const { container } = renderResult(ASHFORD);
    const result = runTriage(ASHFORD, { at: SATURDAY, directory: bundledDirectory });
    expect(shownRecommendations(container)).toEqual(expectedOrder(result.recommendations));
    expect([...shownRecommendations(container)].sort()).toEqual(
      result.recommendations.map((r) => r.id).sort(),
    );
    expectCardNames(container, bundledDirectory);

    const now = screen.getByRole('region', { name: /^Do this now/ });
    const action = layoutResult(result.recommendations, bundledDirectory, SATURDAY).now;
    expect(action).toBeDefined();
    expect(now).toHaveAttribute('data-do-this-now', action?.id);
    expect(within(now).getByRole('link')).toHaveAttribute('href', action?.href);

    const courts = screen.getByRole('region', { name: GROUP_TITLES['police-and-courts'] });
    const legalIds = result.recommendations.filter((r) => r.kind === 'legal-option');
    expect(legalIds.length).toBeGreaterThan(0);
    for (const rec of legalIds) {
      expect(courts.querySelector(`[data-recommendation="${rec.id}"]`)).not.toBeNull();
      const service = bundledDirectory.services.find((s) => s.id === rec.id);
      if (service?.breach)
        expect(within(card(container, rec.id)).getByText(service.breach)).toBeInTheDocument();
    }
  });

  it('folds each group, except those holding what the person said they want', () => {
    const { container } = renderResult(ASHFORD);
    const groups = [...container.querySelectorAll<HTMLDetailsElement>('details.app-group__details')];
    expect(groups.length).toBeGreaterThan(2);
    // ASHFORD wants court protection and to check a partner's history (both under the police and the
    // courts), and said BSL (the accessible routes lead, open).
    const open = groups
      .filter((d) => d.open)
      .map((d) => d.closest('section')?.getAttribute('aria-labelledby'));
    expect(open.sort()).toEqual(['group-accessible', 'group-police-and-courts']);
    expect(container.querySelector('section[aria-labelledby="group-accessible"]')).toBe(
      container.querySelector('section.app-group'),
    );
  });

  it('links each number and web address once on the page', () => {
    for (const answers of [ASHFORD, { ...ASHFORD, communication: [] }]) {
      const { container, unmount } = renderResult(answers, MONDAY);
      const hrefs = [...container.querySelectorAll('a')]
        .map((a) => a.getAttribute('href') ?? '')
        .filter((h) => h.startsWith('tel:') || h.startsWith('https:'));
      expect(hrefs.length).toBeGreaterThan(3);
      expect(hrefs.filter((h, i) => hrefs.indexOf(h) !== i)).toEqual([]);
      unmount();
    }
  });

  it('gives each card its reasons, each line its own opening status, what happens next and the date it was checked', () => {
    const { container } = renderResult(ASHFORD);
    const result = runTriage(ASHFORD, { at: SATURDAY, directory: bundledDirectory });
    for (const rec of result.recommendations) {
      const el = within(card(container, rec.id));
      for (const reason of rec.reasons) expect(el.getByText(reason)).toBeInTheDocument();
      const service = bundledDirectory.services.find((s) => s.id === rec.id);
      if (!service) throw new Error(rec.id);
      expect(el.getByText(service.whatHappens)).toBeInTheDocument();
      expect(el.getByText(RESULT.checkedOn(dateText(service.checkedOn)))).toBeInTheDocument();
    }
    // Victim Support's 8am-8pm line is closed on a Saturday; its 24-hour line is open, and listed first.
    const vs = card(container, 'victim-support');
    const lines = [...vs.querySelectorAll('.app-contact')].map((li) => li.textContent ?? '');
    const open24 = lines.findIndex(
      (t) => t.includes('0808 168 9111') || t.includes('Victim Support (24 hours)'),
    );
    const weekday = lines.findIndex((t) => t.includes('0808 168 9276'));
    expect(open24).toBeGreaterThanOrEqual(0);
    expect(weekday).toBeGreaterThan(open24);
    expect(lines[weekday]).toContain('Closed now: opens 8am Monday');
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
    expectCallLink(within(card(container, 'victim-support')), directoryPhone('victim-support'));
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
        gender: 'female',
        abuseTypes: ['physical'],
        riskSigns: [],
        children: false,
        wants: [],
        communication: [],
      },
    ],
    ['own behaviour', { immediateDanger: false, role: 'own-behaviour', area: 'thanet', communication: [] }],
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

describe('the printout', () => {
  it('lists the contacts with their hours and the date, without "open now", links or the answers, unless chosen', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { container, user } = renderResult(ASHFORD, MONDAY);
    const sheet = container.querySelector<HTMLElement>('.app-print-sheet');
    if (!sheet) throw new Error('no print sheet');
    const text = sheet.textContent ?? '';
    expect(text).toContain('Printed on 23 November 2026');
    expect(text).toContain('0808 168 9276 (8am to 8pm, Monday to Friday)');
    expect(text).toMatch(/0808 2000 247 \(Open 24 hours\)/);
    expect(text).not.toMatch(/open now|closed now|opens in new tab|you told us/i);
    expect(sheet.querySelectorAll('a')).toHaveLength(0);
    // Each line once.
    const lines = [...sheet.querySelectorAll('li')].map((li) => li.textContent);
    expect(new Set(lines).size).toBe(lines.length);

    await user.click(screen.getByRole('button', { name: PRINT.button }));
    await user.click(screen.getByLabelText(PRINT.includeReasons));
    expect(sheet.textContent).toMatch(/You told us/);
    await user.click(screen.getByRole('button', { name: PRINT.confirm }));
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });
});

describe('staying safe on the device', () => {
  it('gives one consistent piece of advice when digital abuse is reported, and none that says to delete all history', () => {
    const { container, unmount } = renderResult({ ...ASHFORD, abuseTypes: ['digital'] }, MONDAY);
    const section = screen.getByRole('region', { name: DEVICE_SAFETY.title });
    for (const point of DEVICE_SAFETY.points) expect(within(section).getByText(point)).toBeInTheDocument();
    expect(within(section).getByText(/call log/)).toBeInTheDocument();
    expect(container.textContent).not.toMatch(/deleting (your )?internet history/i);
    unmount();
    renderResult({ ...ASHFORD, abuseTypes: ['emotional'] }, MONDAY);
    expect(screen.queryByRole('region', { name: DEVICE_SAFETY.title })).toBeNull();
  });
});

describe('a result page made ahead', () => {
  /** Monday 23 November 2026, 11pm in London: the daytime lines have closed since 10am. */
  const MONDAY_NIGHT = new Date('2026-11-23T23:00:00Z');
  afterEach(() => vi.useRealTimers());

  const page = (at?: Date) => (
    <ResultPage answers={ASHFORD} onBack={vi.fn()} onStartAgain={vi.fn()} {...(at ? { at } : {})} />
  );
  /** The page's text once its folded groups are there. */
  const whole = async (container: HTMLElement) => {
    await waitFor(() => expect(container.querySelector('[data-pending]')).toBeNull());
    return container.textContent;
  };

  it('is worked out again when shown, if the time has moved on enough to change a line’s opening', async () => {
    const atTen = await whole(render(page(MONDAY)).container);
    const atNight = await whole(render(page(MONDAY_NIGHT)).container);
    // The two moments show different pages (so the test below can tell them apart).
    expect(atNight).not.toBe(atTen);
    expect(momentKey(bundledDirectory, MONDAY_NIGHT)).not.toBe(momentKey(bundledDirectory, MONDAY));

    // Made (hidden) at 10am, while "Check your answers" is read; shown at 11pm.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(MONDAY);
    const ahead = render(<Activity mode="hidden">{page()}</Activity>);
    await act(async () => {});
    vi.setSystemTime(MONDAY_NIGHT);
    ahead.rerender(<Activity mode="visible">{page()}</Activity>);
    expect(await whole(ahead.container)).toBe(atNight);
  });

  it('keeps what it made when shown within the same opening times', async () => {
    const atTen = await whole(render(page(MONDAY)).container);
    const later = new Date(MONDAY.getTime() + 60_000);
    expect(momentKey(bundledDirectory, later)).toBe(momentKey(bundledDirectory, MONDAY));
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(MONDAY);
    const ahead = render(<Activity mode="hidden">{page()}</Activity>);
    await act(async () => {});
    const card = ahead.container.querySelector('[data-recommendation]');
    vi.setSystemTime(later);
    ahead.rerender(<Activity mode="visible">{page()}</Activity>);
    expect(await whole(ahead.container)).toBe(atTen);
    expect(ahead.container.querySelector('[data-recommendation]')).toBe(card);
  });
});

describe('the moment a result page shows (momentKey)', () => {
  it('changes with any line’s opening status or the date, and with nothing else', () => {
    const monday = momentKey(bundledDirectory, MONDAY);
    expect(momentKey(bundledDirectory, new Date(MONDAY.getTime() + 60_000))).toBe(monday);
    expect(momentKey(bundledDirectory, SATURDAY)).not.toBe(monday);
    // A week later at the same hour every line is as it was: only the date (printed) differs.
    const nextMonday = new Date(MONDAY.getTime() + 7 * 24 * 3600_000);
    const [date, ...statuses] = momentKey(bundledDirectory, nextMonday).split('|');
    expect(statuses).toEqual(monday.split('|').slice(1));
    expect(date).not.toBe(monday.split('|')[0]);
  });
});
