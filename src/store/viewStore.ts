import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';

/** The app's views, in the order of the header's tabs: the course first, then its instruments. */
export const VIEWS = ['learn', 'lstm', 'gru', 'sequence', 'compare', 'shapes', 'lab', 'about'] as const;

/** One of the app's views. */
export type View = (typeof VIEWS)[number];

/** Which view is showing. */
export interface ViewState {
  view: View;
  /** Shows `view`; anything else is ignored. */
  showView: (view: View) => void;
}

/** True when `value` names a view (a type guard for data from links). */
export function isView(value: unknown): value is View {
  return (VIEWS as readonly unknown[]).includes(value);
}

/** A fresh view store; the LSTM explorer is where a newcomer starts. */
export function createViewStore(initial: View = 'lstm'): StoreApi<ViewState> {
  return createStore<ViewState>()((set) => ({
    view: initial,
    showView: (view) => {
      if (isView(view)) set({ view });
    },
  }));
}

/** The app's one view store. */
export const viewStore: StoreApi<ViewState> = createViewStore();

/** Reads one slice of {@link viewStore} in a component. */
export function useViewStore<T>(selector: (state: ViewState) => T): T {
  return useStore(viewStore, selector);
}

/**
 * How a view is named in a link, where it differs from its id: the course is `?view=course`, as its
 * tab reads. The old `?view=learn` still opens it.
 */
const LINK_NAMES: Readonly<Partial<Record<View, string>>> = { learn: 'course' };

/** The view a link's `view=` names (its link name or its id), or `undefined`. */
export function viewFromLink(value: string | null): View | undefined {
  const named = (Object.keys(LINK_NAMES) as View[]).find((view) => LINK_NAMES[view] === value);
  return named ?? (isView(value) ? value : undefined);
}

/** `search` with `view=` set and every other parameter kept. */
export function searchWithView(search: string, view: View): string {
  const params = new URLSearchParams(search);
  params.set('view', LINK_NAMES[view] ?? view);
  return `?${params.toString()}`;
}

/**
 * Restores the view from the link's `?view=` and keeps the link in step. Views are pushed, not
 * replaced, so Back returns to the previous view; the browser's Back restores it from the link.
 * A `#section` belongs to the view it was in, so another view's link leaves it out.
 */
export function connectViewToPage(
  store: StoreApi<ViewState>,
  page: {
    location: Pick<Location, 'pathname' | 'search' | 'hash'>;
    history: Pick<History, 'state' | 'replaceState' | 'pushState'>;
  },
  onPopState: (listener: () => void) => () => void,
): () => void {
  const fromLink = () => viewFromLink(new URLSearchParams(page.location.search).get('view'));
  const restore = () => {
    const view = fromLink();
    if (view) store.getState().showView(view);
  };
  restore();
  const stopListening = onPopState(restore);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.view === previous.view || fromLink() === state.view) return;
    const { pathname, search } = page.location;
    page.history.pushState(page.history.state, '', `${pathname}${searchWithView(search, state.view)}`);
  });
  return () => {
    unsubscribe();
    stopListening();
  };
}
