import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  DEFAULT_SHAPES_SETTINGS,
  SHAPES_PRESETS,
  sanitizeShapesSettings,
  settingsProblem,
  type FieldProblem,
  type ShapesFlagField,
  type ShapesNumberField,
  type ShapesPreset,
  type ShapesSettings,
} from './shapesSettings';
import type { RecurrentModule } from '../../model';

/** The shapes view's state: its settings and the actions that change them. */
export interface ShapesState extends ShapesSettings {
  /** Sets one numeric field to a value `readField` accepted (clamped to its range all the same). */
  setNumber: (field: ShapesNumberField, value: number) => void;
  /**
   * Sets a flag, or the module. Returns why not when the result breaks the model layer's rules
   * (too many parameters); the settings then stay as they were.
   */
  setFlag: (field: ShapesFlagField, value: boolean) => FieldProblem | undefined;
  chooseModule: (module: RecurrentModule) => FieldProblem | undefined;
  /** Loads one of the course's examples whole. */
  loadPreset: (preset: ShapesPreset) => void;
  /** Replaces the settings (from a link), keeping only what is valid. */
  restoreSettings: (settings: Partial<ShapesSettings>) => void;
}

/** A fresh, independent shapes store; the app uses {@link shapesStore}. */
export function createShapesStore(initial: ShapesSettings = DEFAULT_SHAPES_SETTINGS): StoreApi<ShapesState> {
  return createStore<ShapesState>()((set, get) => {
    const settingsOf = (): ShapesSettings => {
      const state = get();
      const keys = Object.keys(DEFAULT_SHAPES_SETTINGS) as (keyof ShapesSettings)[];
      return Object.fromEntries(keys.map((key) => [key, state[key]])) as unknown as ShapesSettings;
    };
    /** Applies `change` when the result is valid; otherwise says why and changes nothing. */
    const tryChange = (change: Partial<ShapesSettings>, field: ShapesFlagField | 'module', kept: string | boolean) => {
      const next = { ...settingsOf(), ...change };
      const problem = settingsProblem(next, field, kept);
      if (!problem) set(change);
      return problem;
    };
    return {
      ...initial,
      setNumber: (field, value) => set(sanitizeShapesSettings({ [field]: value }, settingsOf())),
      setFlag: (field, value) => tryChange({ [field]: value }, field, get()[field]),
      chooseModule: (module) => tryChange({ module }, 'module', `nn.${get().module}`),
      loadPreset: (preset) => set({ ...SHAPES_PRESETS[preset] }),
      restoreSettings: (settings) => set(sanitizeShapesSettings(settings, settingsOf())),
    };
  });
}

/** The app's one shapes store. */
export const shapesStore: StoreApi<ShapesState> = createShapesStore();

/** Reads one slice of {@link shapesStore} in a component. */
export function useShapesStore<T>(selector: (state: ShapesState) => T): T {
  return useStore(shapesStore, selector);
}
