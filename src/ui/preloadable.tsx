/**
 * A component whose code loads on demand, like React.lazy, that renders at once when its code has
 * already arrived. React.lazy suspends on its first render even then (it learns a promise has settled
 * only a microtask later), so the page showed "Loading" and React held the next page back for its
 * fallback throttle (300 ms) on every way into a flow, though the code had been fetched a page earlier.
 *
 *   const triage = preloadable(() => import('./wizard/TriageWizard'));
 *   triage.preload();                                  // when the person is on their way
 *   <Preloaded loader={triage} props={{ … }} />        // inside <Suspense>
 */
import { type ComponentType, type LazyExoticComponent, lazy, useState } from 'react';

export interface Preloadable<P extends object> {
  /** Starts loading the code (once); resolves when it is ready to render. */
  preload: () => Promise<unknown>;
  /** The component, once its code has arrived. */
  loaded: () => ComponentType<P> | undefined;
  /** React.lazy over the same load, for a render before the code has arrived. */
  lazy: LazyExoticComponent<ComponentType<P>>;
}

export function preloadable<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): Preloadable<P> {
  let component: ComponentType<P> | undefined;
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () => {
    loading ??= load().then((module) => {
      component = module.default;
      return module;
    });
    return loading;
  };
  return { preload, loaded: () => component, lazy: lazy(preload) };
}

/** Renders the loader's component: at once if its code is here, else through React.lazy (suspends). */
export function Preloaded<P extends object>({ loader, props }: { loader: Preloadable<P>; props: P }) {
  // Chosen once per mount, so the element's type never changes under a mounted wizard (which would
  // risk remounting it, and losing its answers).
  const [Chosen] = useState<ComponentType<P> | LazyExoticComponent<ComponentType<P>>>(
    () => loader.loaded() ?? loader.lazy,
  );
  return <Chosen {...props} />;
}
