/**
 * The app inside `<div id="app">`: start page, "before you start", "staying safe online", and the two
 * wizards, loaded after first paint. Which page shows is React state only: never the URL or history.
 * The site header, quick exit, skip link and emergency line are static markup outside this (index.html).
 */
import { Suspense, useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { PartnerArea } from '../../schemas/embed';
import { EMBED } from '../content/embed';
import { COMMON } from '../content/pages';
import { afterNextPaint } from './afterPaint';
import { WizardErrorBoundary } from './components/ErrorBoundary';
import { BackContext, FocusOnMount } from './components/Page';
import { createBackController } from './history';
import { type OtherCheck, OtherCheckContext } from './otherCheck';
import { BeforeYouStart } from './pages/BeforeYouStart';
import { OnlineSafety } from './pages/OnlineSafety';
import { ProfessionalStart } from './pages/ProfessionalStart';
import { StartPage } from './pages/StartPage';
import { Preloaded, preloadable } from './preloadable';
import { onWipe, wipeAnswers } from './session';

// Rendered at once, without a "Loading" page, once their code has arrived (see preloadable.tsx).
const triage = preloadable(() => import('./wizard/TriageWizard'));
const safer = preloadable(() => import('./safer/SaferWizard'));
const marac = preloadable(() => import('./marac/MaracWizard'));

/**
 * Once the person leaves the start page (or once the app is up, where its first page is the SAFER
 * check's start page): the live directory check (a newer copy of the service directory from this site
 * replaces the bundled one when it arrives, long before any result page), and the flows' code (the
 * three wizards and the live check are one chunk: scripts/vite-chunks.ts), so the first question
 * shows at once when it is asked for. None of it runs while the start page loads, so none of it can
 * hold that page up on a slow phone.
 *
 * zod and the schemas (a chunk of their own) are run first, and the flows a task later: run together
 * they were one task of 160-170 ms at 7x CPU, a long task while "Before you start" is read; apart,
 * two of 60-70 and 50-80 ms. It costs the flows' chunk one more round trip, while the person reads.
 */
let prepared = false;
function prepareFlows() {
  if (prepared) return;
  prepared = true;
  void import('../../schemas/directory')
    .catch(() => {})
    .then(() => new Promise((resolve) => setTimeout(resolve, 0)))
    .then(() => {
      void import('../directory/live').then((m) => m.startLiveDirectory()).catch(() => {});
      void Promise.all([triage.preload(), safer.preload(), marac.preload()]).catch(() => {});
    });
}

export type Screen =
  | 'start'
  | 'before-you-start'
  | 'online-safety'
  | 'triage'
  | 'professional-start'
  | 'safer'
  | 'marac';

export interface AppProps {
  /** `?mode=professional`, read once when the page loads: the SAFER check's start page is home. */
  professional?: boolean;
  /** Embedded on a partner's site that named its area (`data-area`): words one line of the start page. */
  partnerArea?: PartnerArea;
  /** Called once, when the first page is on screen and answers presses (hydrated, or rendered). */
  onReady?: () => void;
}

function Loading() {
  return (
    <div className="govuk-width-container">
      <main className="govuk-main-wrapper" id="main-content">
        <p className="govuk-body" role="status">
          {COMMON.loading}
        </p>
      </main>
    </div>
  );
}

export function App({ professional = false, partnerArea, onReady }: AppProps) {
  const home: Screen = professional ? 'professional-start' : 'start';
  const [screen, setScreen] = useState<Screen>(home);
  const [generation, setGeneration] = useState(0);
  const [navigated, setNavigated] = useState(false);
  // No window when the start page is rendered to HTML at build time (src/ui/prerender.tsx).
  const [back] = useState(() => (typeof window === 'undefined' ? null : createBackController(window)));
  useEffect(() => back?.listen(), [back]);
  // Effects run after the first commit: by then the page's buttons are React's.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, after the first commit
  useEffect(() => {
    onReady?.();
    // The SAFER check's start page has no start page before it to keep fast: prepare its flow now.
    if (home !== 'start') prepareFlows();
  }, []);

  // A wipe (quick exit, "Start again", restore from the back/forward cache) drops everything at once:
  // synchronously, so that the page left behind holds no answer.
  useEffect(
    () =>
      onWipe(() =>
        flushSync(() => {
          setScreen(home);
          setGeneration((g) => g + 1);
        }),
      ),
    [home],
  );

  const go = useCallback((next: Screen) => {
    // Once the next page is on screen: fetching and running the flows' code inside the press held
    // "Before you start" back by a third on a low-end phone's CPU (npm run bench).
    if (!prepared) afterNextPaint(prepareFlows);
    setNavigated(true);
    setScreen(next);
  }, []);
  /** Opening each professional check: the professional start page's buttons and the result pages' links. */
  const [otherCheck] = useState<OtherCheck>(() => ({
    openSafer: () => go('safer'),
    openMarac: () => go('marac'),
  }));
  const startAgain = useCallback(() => {
    setNavigated(true);
    wipeAnswers();
  }, []);

  /** A wizard's page: Back from its first question goes to `leave`. */
  const wizard = (loader: typeof triage, leave: Screen) => (
    <Preloaded loader={loader} props={{ onLeave: () => go(leave), onStartAgain: startAgain }} />
  );

  let page: React.ReactNode;
  switch (screen) {
    case 'start':
      page = (
        <StartPage
          onStart={() => go('before-you-start')}
          onProfessional={() => go('professional-start')}
          note={partnerArea ? EMBED.areaNote(partnerArea) : undefined}
        />
      );
      break;
    case 'before-you-start':
      page = (
        <BeforeYouStart
          onContinue={() => go('triage')}
          onBack={() => go('start')}
          onOnlineSafety={() => go('online-safety')}
        />
      );
      break;
    case 'online-safety':
      page = <OnlineSafety onBack={() => go('before-you-start')} />;
      break;
    case 'triage':
      page = wizard(triage, 'before-you-start');
      break;
    case 'professional-start':
      page = (
        <ProfessionalStart
          onStart={otherCheck.openSafer}
          onStartMarac={otherCheck.openMarac}
          onBack={professional ? undefined : () => go('start')}
          onPublic={() => go('start')}
        />
      );
      break;
    case 'safer':
      page = wizard(safer, 'professional-start');
      break;
    case 'marac':
      page = wizard(marac, 'professional-start');
      break;
  }

  return (
    <BackContext.Provider value={back}>
      <OtherCheckContext.Provider value={otherCheck}>
        <FocusOnMount.Provider value={navigated}>
          <WizardErrorBoundary key={generation} onStartAgain={startAgain}>
            <Suspense fallback={<Loading />}>
              <div key={screen}>{page}</div>
            </Suspense>
          </WizardErrorBoundary>
        </FocusOnMount.Provider>
      </OtherCheckContext.Provider>
    </BackContext.Provider>
  );
}
