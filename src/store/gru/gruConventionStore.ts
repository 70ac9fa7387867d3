import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { GRU_CONVENTIONS, type GruConvention } from '../../content/gru/gruConventions';
import type { SettingsLink } from '../connectSettingsToPage';

export type { GruConvention } from '../../content/gru/gruConventions';

/** True when `value` names a convention (a type guard for data from links). */
export function isGruConvention(value: unknown): value is GruConvention {
  return (GRU_CONVENTIONS as readonly unknown[]).includes(value);
}

/**
 * Which form of the GRU's formulas is shown: PyTorch's own; the textbook form whose z is PyTorch's
 * 1 − z (Olah, Wikipedia); or reset before the matmul (Cho et al. 2014, Keras with
 * reset_after=False). Only the formulas change: the numbers are always PyTorch's.
 */
export interface GruConventionState {
  convention: GruConvention;
  /** Shows the formulas in `convention`; anything else is ignored. */
  chooseConvention: (convention: GruConvention) => void;
  /** From a link: keeps the current convention unless the link names a valid one. */
  restoreSettings: (settings: { convention?: unknown }) => void;
}

/** A fresh convention store, starting from PyTorch's form. */
export function createGruConventionStore(): StoreApi<GruConventionState> {
  return createStore<GruConventionState>()((set) => ({
    convention: 'pytorch',
    chooseConvention: (convention) => {
      if (isGruConvention(convention)) set({ convention });
    },
    restoreSettings: ({ convention }) => {
      if (isGruConvention(convention)) set({ convention });
    },
  }));
}

/** The app's one convention store. */
export const gruConventionStore: StoreApi<GruConventionState> = createGruConventionStore();

/** Reads one slice of {@link gruConventionStore} in a component. */
export function useGruConventionStore<T>(selector: (state: GruConventionState) => T): T {
  return useStore(gruConventionStore, selector);
}

/** The convention in a link as `gform=textbook`; PyTorch's form, the default, is left out. */
export const gruConventionLink: SettingsLink<GruConventionState, { convention?: unknown }> = {
  keys: { convention: 'gform' },
  has: (search) => new URLSearchParams(search).has('gform'),
  read: (search) => ({ convention: new URLSearchParams(search).get('gform') ?? undefined }),
  write: (search, state) => {
    const params = new URLSearchParams(search);
    if (state.convention === 'pytorch') params.delete('gform');
    else params.set('gform', state.convention);
    return `?${params.toString()}`;
  },
};
