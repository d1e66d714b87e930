/**
 * The app inside `<div id="app">`: start page, "before you start", "staying safe online", and the two
 * wizards, loaded after first paint. Which page shows is React state only: never the URL or history.
 * The site header, quick exit, skip link and emergency line are static markup outside this (index.html).
 */
import { Activity, Suspense, startTransition, useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { PartnerArea } from '../../schemas/embed';
import { EMBED } from '../content/embed';
import { COMMON } from '../content/pages';
import { afterNextPaint } from './afterPaint';
import { WizardErrorBoundary } from './components/ErrorBoundary';
import { BackContext, FocusOnMount, Shown } from './components/Page';
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
let flowsLoaded: () => void = () => {};
/** Settles once the three wizards' code is here. */
const flowsReady = new Promise<void>((resolve) => {
  flowsLoaded = resolve;
});
function prepareFlows() {
  if (prepared) return;
  prepared = true;
  void import('../../schemas/directory')
    .catch(() => {})
    .then(() => new Promise((resolve) => setTimeout(resolve, 0)))
    .then(() => {
      void import('../directory/live').then((m) => m.startLiveDirectory()).catch(() => {});
      void Promise.all([triage.preload(), safer.preload(), marac.preload()])
        .then(() => flowsLoaded())
        .catch(() => {});
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

/** The wizards a page leads into: made ahead, hidden, while the page is read (once their code is here). */
const LEADS_TO: Partial<Record<Screen, Screen[]>> = {
  'before-you-start': ['triage'],
  'professional-start': ['safer', 'marac'],
};
const isWizard = (screen: Screen) => screen === 'triage' || screen === 'safer' || screen === 'marac';

export function App({ professional = false, partnerArea, onReady }: AppProps) {
  const home: Screen = professional ? 'professional-start' : 'start';
  // `run` counts the wizards left: each time one is left, the next starts new (not the one left).
  const [{ screen, run }, setView] = useState<{ screen: Screen; run: number }>({ screen: home, run: 0 });
  const [flowsHere, setFlowsHere] = useState(false);
  useEffect(() => {
    let mounted = true;
    void flowsReady.then(() => mounted && startTransition(() => setFlowsHere(true)));
    return () => {
      mounted = false;
    };
  }, []);
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
          setView(({ run }) => ({ screen: home, run: run + 1 }));
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
    setView(({ screen, run }) => ({ screen: next, run: isWizard(screen) ? run + 1 : run }));
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

  const pageOf = (screen: Screen): React.ReactNode => {
    switch (screen) {
      case 'start':
        return (
          <StartPage
            onStart={() => go('before-you-start')}
            onProfessional={() => go('professional-start')}
            note={partnerArea ? EMBED.areaNote(partnerArea) : undefined}
          />
        );
      case 'before-you-start':
        return (
          <BeforeYouStart
            onContinue={() => go('triage')}
            onBack={() => go('start')}
            onOnlineSafety={() => go('online-safety')}
          />
        );
      case 'online-safety':
        return <OnlineSafety onBack={() => go('before-you-start')} />;
      case 'triage':
        return wizard(triage, 'before-you-start');
      case 'professional-start':
        return (
          <ProfessionalStart
            onStart={otherCheck.openSafer}
            onStartMarac={otherCheck.openMarac}
            onBack={professional ? undefined : () => go('start')}
            onPublic={() => go('start')}
          />
        );
      case 'safer':
        return wizard(safer, 'professional-start');
      case 'marac':
        return wizard(marac, 'professional-start');
    }
  };
  const keyOf = (s: Screen) => (isWizard(s) ? `${s} ${run}` : s);
  // The wizards this page leads into, made ahead (hidden, at idle priority) once their code is here,
  // so that Start shows a first question already made (src/ui/wizard/Wizard.tsx does the same for
  // each next page).
  const ahead = flowsHere ? (LEADS_TO[screen] ?? []) : [];

  return (
    <BackContext.Provider value={back}>
      <OtherCheckContext.Provider value={otherCheck}>
        <FocusOnMount.Provider value={navigated}>
          <WizardErrorBoundary key={generation} onStartAgain={startAgain}>
            <Suspense fallback={<Loading />}>
              {/* One list, so that the page made ahead is the one shown when it is pressed into. */}
              {[screen, ...ahead].map((s) => (
                <Activity key={keyOf(s)} mode={s === screen ? 'visible' : 'hidden'}>
                  <Shown value={s === screen}>
                    <div>{pageOf(s)}</div>
                  </Shown>
                </Activity>
              ))}
            </Suspense>
          </WizardErrorBoundary>
        </FocusOnMount.Provider>
      </OtherCheckContext.Provider>
    </BackContext.Provider>
  );
}
