import { lazy, Suspense, type ComponentType } from 'react';

/** A part of the page whose code arrives in its own chunk, and how to fetch it ahead of time. */
export interface LazyPart<Props extends object> {
  /** Renders the part: at once when its code is here, else a quiet placeholder until it is. */
  Part: ComponentType<Props>;
  /** Fetches the part's code now (idempotent), so opening it later needs no round trip. */
  prefetch: () => Promise<unknown>;
}

/**
 * Wraps a component whose code is split off (`() => import('./View').then((m) => m.View)`). Once
 * its code has arrived, by prefetch or an earlier visit, it renders directly, with no Suspense
 * round trip: a prefetched view opens in the same frame as the click.
 * @param placeholderClass The class of the placeholder shown while the code loads (it can hold
 *   the part's space so nothing below it jumps); without one, nothing shows meanwhile.
 */
export function lazyPart<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  placeholderClass?: string,
): LazyPart<Props> {
  let loaded: ComponentType<Props> | undefined;
  let loading: Promise<ComponentType<Props>> | undefined;
  const prefetch = () => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed fetch (offline, a new deploy) may succeed on the next try; React.lazy keeps a
        // rejection for good, so the next render gets a fresh one.
        loading = undefined;
        Lazy = lazyLoad();
        throw error;
      },
    );
    return loading;
  };
  const lazyLoad = () => lazy(async () => ({ default: await prefetch() }));
  let Lazy = lazyLoad();
  function Part(props: Props) {
    const Loaded = loaded;
    if (Loaded) return <Loaded {...props} />;
    return (
      <Suspense fallback={placeholderClass && <div className={placeholderClass} aria-busy="true" />}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return { Part, prefetch };
}
