import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';

/** The panels presenter mode can hide, so the diagram takes their room. */
export const PRESENTER_PANELS = ['sliders', 'rule'] as const;

/** One of {@link PRESENTER_PANELS}. */
export type PresenterPanel = (typeof PRESENTER_PANELS)[number];

/**
 * How the page is being shown to a class: settings a prepared link carries (`?present=1`, the
 * hidden panels, the whole cell). The blank screen and the key map are moments, never in a link.
 */
export interface ClassroomSettings {
  /** Presenter mode: the header and explanations fold away, the diagram and its rule fill the screen. */
  presenting: boolean;
  /** The panels hidden while presenting (shown again outside presenter mode), each once. */
  hiddenPanels: readonly PresenterPanel[];
  /**
   * While presenting, a cell diagram shows the whole cell rather than framing the current stage's
   * parts (the camera that draws the numbers at 24 px on a 1280×720 projector).
   */
  wholeDiagram: boolean;
}

/** What the classroom store holds: the settings, the moments, and the actions that change them. */
export interface ClassroomState extends ClassroomSettings {
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
  /** Shows the whole cell while presenting (true) or frames the current stage (false). */
  showWholeDiagram: (on: boolean) => void;
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
    wholeDiagram: false,
    present: (on) => set({ presenting: on === true }),
    blank: (on) => set({ blanked: on === true }),
    showKeyMap: (open) => set({ keyMapOpen: open === true }),
    hidePanel: (panel, hidden) => {
      if (!PRESENTER_PANELS.includes(panel)) return;
      const others = get().hiddenPanels.filter((shown) => shown !== panel);
      set({ hiddenPanels: hidden ? [...others, panel] : others });
    },
    showWholeDiagram: (on) => set({ wholeDiagram: on === true }),
    restoreSettings: (settings) => {
      if (typeof settings.presenting === 'boolean') set({ presenting: settings.presenting });
      if (typeof settings.wholeDiagram === 'boolean') set({ wholeDiagram: settings.wholeDiagram });
      if (Array.isArray(settings.hiddenPanels)) set({ hiddenPanels: knownPanels(settings.hiddenPanels) });
    },
  }));
}

/** The known panels of `panels`, each once, in {@link PRESENTER_PANELS}' order. */
function knownPanels(panels: readonly unknown[]): PresenterPanel[] {
  return PRESENTER_PANELS.filter((panel) => panels.includes(panel));
}

/** The app's one classroom store. */
export const classroomStore: StoreApi<ClassroomState> = createClassroomStore();

/** Reads one slice of {@link classroomStore} in a component. */
export function useClassroomStore<T>(selector: (state: ClassroomState) => T): T {
  return useStore(classroomStore, selector);
}
