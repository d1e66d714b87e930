/**
 * src/ui/preloadable.tsx: a flow's code fetched a page earlier renders at once, with no "Loading" page
 * (React.lazy alone suspended even then, and React held the next page back for 300 ms).
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { type Preloadable, Preloaded, preloadable } from '../../src/ui/preloadable';

function Counter({ label }: { label: string }) {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount((c) => c + 1)}>
      {label} {count}
    </button>
  );
}

/** A loader whose code arrives when `arrive` is called, and how many times it was asked for. */
function controlledLoader() {
  let arrive: () => void = () => {};
  let calls = 0;
  const loader = preloadable<{ label: string }>(() => {
    calls += 1;
    return new Promise((resolve) => {
      arrive = () => resolve({ default: Counter });
    });
  });
  return { loader, arrive: () => arrive(), calls: () => calls };
}

function Host({ loader, label }: { loader: Preloadable<{ label: string }>; label: string }) {
  return (
    <Suspense fallback={<p>Loading</p>}>
      <Preloaded loader={loader} props={{ label }} />
    </Suspense>
  );
}

describe('preloadable', () => {
  it('renders at once, without the fallback, when the code was preloaded', async () => {
    const { loader, arrive } = controlledLoader();
    const loaded = loader.preload();
    arrive();
    await loaded;
    render(<Host loader={loader} label="Count" />);
    // No waiting: the component is there in the first commit.
    expect(screen.getByRole('button', { name: 'Count 0' })).toBeInTheDocument();
    expect(screen.queryByText('Loading')).toBeNull();
  });

  it('shows the fallback, then the component, when rendered before the code arrives', async () => {
    const { loader, arrive } = controlledLoader();
    render(<Host loader={loader} label="Count" />);
    expect(screen.getByText('Loading')).toBeInTheDocument();
    await act(async () => {
      arrive();
      await loader.preload();
    });
    expect(await screen.findByRole('button', { name: 'Count 0' })).toBeInTheDocument();
  });

  it('keeps the component mounted (and its state) when rendered again after the code arrived', async () => {
    const { loader, arrive } = controlledLoader();
    const { rerender } = render(<Host loader={loader} label="Count" />);
    await act(async () => {
      arrive();
      await loader.preload();
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Count 0' }));
    expect(screen.getByRole('button', { name: 'Count 1' })).toBeInTheDocument();
    rerender(<Host loader={loader} label="Total" />);
    expect(screen.getByRole('button', { name: 'Total 1' })).toBeInTheDocument();
  });

  it('loads the code once, however often it is preloaded and rendered', async () => {
    const { loader, arrive, calls } = controlledLoader();
    void loader.preload();
    void loader.preload();
    render(<Host loader={loader} label="Count" />);
    await act(async () => {
      arrive();
      await loader.preload();
    });
    expect(await screen.findByRole('button', { name: 'Count 0' })).toBeInTheDocument();
    expect(calls()).toBe(1);
  });
});
