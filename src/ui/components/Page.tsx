import {
  createContext,
  type ReactNode,
  type RefObject,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
} from 'react';
import { COMMON, pageTitle } from '../../content/pages';
import { afterNextPaint } from '../afterPaint';
import type { BackController } from '../history';

/** True once the person has moved between pages: from then on each new page's `<h1>` takes focus. */
export const FocusOnMount = createContext(false);

/** False while a page is made ahead, hidden (the wizard's next page): it takes no id of the page's. */
export const Shown = createContext(true);

/** Where a page registers its back action, for the browser's Back button (see history.ts). */
export const BackContext = createContext<BackController | null>(null);

/**
 * Sets the document title while the page is shown (once the page is painted: see afterPaint.ts). The
 * title is the same neutral one on every page (pageTitle); it is set again on each new page all the
 * same, as the embed reads a title set after use as a new page (src/embed/start.ts).
 */
export function usePageTitle(title: string, error = false) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: `title` marks a new page, which sets it again
  useLayoutEffect(
    () =>
      afterNextPaint(() => {
        document.title = pageTitle(error);
      }),
    [title, error],
  );
}

/**
 * Focuses the element once, when it first appears (or is shown again), if the person has navigated
 * here: once the page is painted (see afterPaint.ts), unless the person has moved focus themselves in
 * the meantime.
 */
export function useFocusOnMount<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T>(null);
  const focus = useContext(FocusOnMount);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus once, on mount
  useLayoutEffect(() => {
    if (!focus) return;
    const focusedBefore = document.activeElement;
    return afterNextPaint(() => {
      // Focus is still where it was, or nowhere (what had it was removed or hidden with the page
      // left, as when Back keeps that page hidden for Continue): not moved by the person.
      const now = document.activeElement;
      if (now === focusedBefore || now === null || now === document.body) ref.current?.focus();
    });
  }, []);
  return ref;
}

/** The page's heading: focused when the page appears (tabIndex -1 lets it take focus). */
export function PageHeading({
  children,
  className = 'govuk-heading-l',
}: {
  children: ReactNode;
  className?: string;
}) {
  const ref = useFocusOnMount<HTMLHeadingElement>();
  return (
    <h1 className={className} tabIndex={-1} ref={ref}>
      {children}
    </h1>
  );
}

export function BackLink({ onBack }: { onBack: () => void }) {
  return (
    <button type="button" className="govuk-back-link" onClick={onBack}>
      {COMMON.back}
    </button>
  );
}

interface PageProps {
  /** Names the page in the document title. */
  title: string;
  error?: boolean;
  onBack?: () => void;
  children: ReactNode;
  /** Full width instead of two thirds (result pages). */
  wide?: boolean;
}

/** One page of the service: back link, the main content, and the document title. */
export function Page({ title, error = false, onBack, children, wide = false }: PageProps) {
  usePageTitle(title, error);
  const back = useContext(BackContext);
  const shown = useContext(Shown);
  useEffect(() => {
    back?.setHandler(onBack);
    return () => back?.setHandler(undefined);
  }, [back, onBack]);
  return (
    <div className="govuk-width-container">
      {onBack ? <BackLink onBack={onBack} /> : null}
      <main className="govuk-main-wrapper" id={shown ? 'main-content' : undefined}>
        <div className="govuk-grid-row">
          <div className={wide ? 'govuk-grid-column-full' : 'govuk-grid-column-two-thirds'}>{children}</div>
        </div>
      </main>
    </div>
  );
}
