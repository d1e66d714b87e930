/**
 * The error boundary: a crash anywhere in the wizard (here, its code throwing as it renders, as a chunk
 * that fails to load would) shows the emergency box, the 24-hour helpline from the directory and
 * "Start again", which wipes and returns to a clean start page.
 */
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COMMON, CRASH, START } from '../../src/content/pages';
import { directoryPhone, expectCallLink, heading, renderApp } from './helpers';

vi.mock('../../src/ui/wizard/TriageWizard', () => ({
  default: () => {
    throw new Error('the wizard broke');
  },
}));

beforeEach(() => {
  // React reports caught errors on the console; keep the test output clean.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('a crash in the wizard', () => {
  it('shows the emergency box, the 24-hour helpline and "Start again"', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: COMMON.startNow }));
    await user.click(screen.getByRole('button', { name: COMMON.continue }));
    expect(await screen.findByRole('heading', { level: 1, name: CRASH.title })).toBeInTheDocument();

    const box = screen.getByRole('region', { name: 'If you are in danger now' });
    expect(within(box).getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999');
    expectCallLink(screen, directoryPhone('national-da-helpline'));

    await user.click(screen.getByRole('button', { name: CRASH.startAgain }));
    expect(heading()).toHaveTextContent(START.title);
  });
});
