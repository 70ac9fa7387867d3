import { createContext } from 'react';

/**
 * Where a cell explorer shows a stage's parts other than its rule and numbers (which sit under or
 * beside the diagram): its title in the walkthrough bar, beside the stage count, and its longer
 * words (what happens and why, something to try) below the first screen. Without slots (a stage
 * panel shown alone) they stay in the panel, around the rule.
 */
export interface StageSlots {
  title: HTMLElement | null;
  notes: HTMLElement | null;
}

export const StageSlotsContext = createContext<StageSlots>({ title: null, notes: null });
