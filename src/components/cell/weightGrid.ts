import type { KeyboardEvent } from 'react';
import type { GateWeightBlock } from '../../model';

// What the weight map's two renderings (a grid of buttons, one canvas) share.

/** One weight of a gate's block: unit (row) and column of [h, x]. */
export interface WeightPosition {
  unit: number;
  column: number;
}

/** What the map gives the grid or the canvas that draws its block. */
export interface WeightGridProps {
  block: GateWeightBlock;
  active: WeightPosition;
  extent: number;
  hiddenSize: number;
  label: string;
  nameOf: (position: WeightPosition, digits?: number) => string;
  open: (position: WeightPosition) => void;
  move: (event: KeyboardEvent) => boolean;
}
