/**
 * The live directory on the result page (jsdom, msw in Node): the page shows the bundled numbers at
 * once; when a valid live copy arrives with a changed number, the page shows the new number as a
 * tel: link without a reload; when the live copy fails, the bundled number stays.
 */
import { act, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RESULT } from '../../src/content/results';
import { bundledDirectory } from '../../src/directory/bundled';
import { startLiveDirectory } from '../../src/directory/live';
import { directoryStore } from '../../src/directory/store';
import { parseTriageAnswers } from '../../src/engine/index';
import { directoryHandler, updatedNumber } from '../../src/mocks/handlers';
import { dateText } from '../../src/ui/format';
import { ResultPage } from '../../src/ui/wizard/ResultPage';
import { server, withDirectoryServer } from '../directory/server';
import { MEDWAY_SELF } from '../support/answers';

withDirectoryServer();
beforeEach(() => directoryStore.reset());
afterEach(() => directoryStore.reset());

const { answers } = parseTriageAnswers(MEDWAY_SELF);
const at = new Date('2026-11-23T10:00:00Z');
const tel = (number: string) => `tel:${number.replace(/ /g, '')}`;
const quiet = () => {};
/** A link whose name holds the number ("0808 …" on a card, "Call 0808 …" in "Do this now"). */
const holding = (number: string) => new RegExp(`(^| )${number}$`);

function renderResult() {
  return render(<ResultPage answers={answers} at={at} onBack={() => {}} onStartAgain={() => {}} />);
}

describe('the result page and the live directory', () => {
  it('shows the changed number from a good live copy, as a tel: link', async () => {
    server.use(directoryHandler('updated'));
    const { from, to } = updatedNumber();
    const { container } = renderResult();
    const card = () => {
      const found = container.querySelector<HTMLElement>('[data-recommendation="victim-support"]');
      if (!found) throw new Error('no Victim Support card on the result page');
      return within(found);
    };
    // At once: the bundled number, and not the new one. Each number is a link once on the page: Victim
    // Support's main line leads ("Do this now") and its card says it is shown above.
    expect(screen.getByRole('link', { name: holding(from) })).toHaveAttribute('href', tel(from));
    expect(screen.queryByRole('link', { name: holding(to) })).toBeNull();
    const bundledCheckedOn =
      bundledDirectory.services.find((s) => s.id === 'victim-support')?.checkedOn ?? '';
    expect(card().getByText(RESULT.checkedOn(dateText(bundledCheckedOn)))).toBeInTheDocument();

    await act(async () => {
      const outcome = await startLiveDirectory({ warn: quiet });
      expect(outcome.status).toBe('updated');
    });

    expect(screen.getByRole('link', { name: holding(to) })).toHaveAttribute('href', tel(to));
    expect(screen.queryByRole('link', { name: holding(from) })).toBeNull();
    expect(card().getByText(RESULT.checkedOn(dateText('2026-12-01')))).toBeInTheDocument();
  });

  it('keeps the bundled number when the live copy fails', async () => {
    server.use(directoryHandler('server-error'));
    const { from, to } = updatedNumber();
    renderResult();
    await act(async () => {
      const outcome = await startLiveDirectory({ warn: quiet });
      expect(outcome.status).toBe('kept-bundled');
    });
    expect(screen.getAllByRole('link', { name: holding(from) })[0]).toHaveAttribute('href', tel(from));
    expect(screen.queryByRole('link', { name: holding(to) })).toBeNull();
  });

  it('never renders the javascript: link of a bad live entry', async () => {
    server.use(directoryHandler('bad-entry'));
    const { container } = renderResult();
    await act(async () => {
      await startLiveDirectory({ warn: quiet });
    });
    const hrefs = [...container.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^(https:|tel:|sms:|mailto:|#|\/)/);
    expect(container.innerHTML).not.toContain('javascript:');
  });
});
