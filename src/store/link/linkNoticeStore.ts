import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';

/** What the page says of the link it was opened with. */
export interface LinkNoticeState {
  /**
   * The link's keys the page could not read, or not as written, each once: it shows defaults
   * for them. Empty for a link read whole. Text from the link: show it as text, never as markup.
   */
  unreadKeys: readonly string[];
  /** True once the reader closed the notice. */
  dismissed: boolean;
  /** Records what the link could not say (at start-up); the notice shows again. */
  showUnread: (keys: readonly string[]) => void;
  /** Closes the notice for this visit. */
  dismiss: () => void;
}

/** A fresh notice store, with nothing to say. */
export function createLinkNoticeStore(): StoreApi<LinkNoticeState> {
  return createStore<LinkNoticeState>()((set) => ({
    unreadKeys: [],
    dismissed: false,
    showUnread: (keys) => set({ unreadKeys: [...new Set(keys)], dismissed: false }),
    dismiss: () => set({ dismissed: true }),
  }));
}

/** The app's one link notice. */
export const linkNoticeStore: StoreApi<LinkNoticeState> = createLinkNoticeStore();

/** Reads one slice of {@link linkNoticeStore} in a component. */
export function useLinkNoticeStore<T>(selector: (state: LinkNoticeState) => T): T {
  return useStore(linkNoticeStore, selector);
}
