/** The app in embed mode: the partner's area words one line of the start page, and nothing more. */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EMBED } from '../../src/content/embed';
import { START } from '../../src/content/pages';
import { App } from '../../src/ui/App';

describe('the start page on a partner’s site', () => {
  it('says the service is not only for the partner’s area', async () => {
    render(<App partnerArea="medway" />);
    await screen.findByRole('heading', { level: 1, name: START.title });
    expect(
      screen.getByText(
        'This service covers all of Kent and Medway, and gives national help too. You do not need to live in Medway to use it.',
      ),
    ).toBeInTheDocument();
    expect(EMBED.areaNote('tunbridge-wells')).toContain('live in Tunbridge Wells');
  });

  it('has no such line without a partner area', async () => {
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: START.title });
    expect(screen.queryByText(/You do not need to live in/)).toBeNull();
  });
});
