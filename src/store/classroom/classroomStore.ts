import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';

/**
 * How the page is being shown to a class. Presenting is a setting a prepared link carries
 * (`?present=1`); the blank screen and the key map are moments, never in a link.
 */
export interface ClassroomSettings {
  /** Presenter mode: the header and explanations fold away, the diagram and its rule fill the screen. */
  presenting: boolean;
}

/** The panels presenter mode can hide, so the diagram takes their room. */
export const PRESENTER_PANELS = ['sliders', 'rule'] as const;

/** One of {@link PRESENTER_PANELS}. */
export type PresenterPanel = (typeof PRESENTER_PANELS)[number];

/** What the classroom store holds: the settings, the moments, and the actions that change them. */
export interface ClassroomState extends ClassroomSettings {
  /** The panels hidden while presenting (shown again outside presenter mode). */
  hiddenPanels: readonly PresenterPanel[];
  /** The screen is black, as a clicker's "blank" key asks, until any key or click. */
  blanked: boolean;
  /** The dialog listing every key is open. */
  keyMapOpen: boolean;
  /** Turns presenter mode on or off. */
  present: (on: boolean) => void;
  /** Blanks the screen or shows it again. */
  blank: (on: boolean) => void;
  /** Opens or closes the key map. */
  showKeyMap: (open: boolean) => void;
  /** Hides or shows one panel while presenting; anything but a known panel is ignored. */
  hidePanel: (panel: PresenterPanel, hidden: boolean) => void;
  /** Replaces the settings at once, as when the page restores them from its link. */
  restoreSettings: (settings: Partial<ClassroomSettings>) => void;
}

/** A fresh classroom store: not presenting, nothing blanked, no dialog. */
export function createClassroomStore(): StoreApi<ClassroomState> {
  return createStore<ClassroomState>()((set, get) => ({
    presenting: false,
    blanked: false,
    keyMapOpen: false,
    hiddenPanels: [],
    present: (on) => set({ presenting: on === true }),
    blank: (on) => set({ blanked: on === true }),
    showKeyMap: (open) => set({ keyMapOpen: open === true }),
    hidePanel: (panel, hidden) => {
      if (!PRESENTER_PANELS.includes(panel)) return;
      const others = get().hiddenPanels.filter((shown) => shown !== panel);
      set({ hiddenPanels: hidden ? [...others, panel] : others });
    },
    restoreSettings: (settings) => {
      if (typeof settings.presenting === 'boolean') set({ presenting: settings.presenting });
    },
  }));
}

/** The app's one classroom store. */
export const classroomStore: StoreApi<ClassroomState> = createClassroomStore();

/** Reads one slice of {@link classroomStore} in a component. */
export function useClassroomStore<T>(selector: (state: ClassroomState) => T): T {
  return useStore(classroomStore, selector);
}
