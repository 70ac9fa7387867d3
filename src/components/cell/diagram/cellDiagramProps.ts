import type { DiagramMode } from '../../../viz/diagramGeometry';
import type { SetInput } from './inputAdjust';
import type { DiagramShape } from './useNarrowDiagram';

/** What a cell diagram is drawn from, whichever cell it draws. */
export interface CellDiagramBaseProps<Explanation, Stage extends string, Labels> {
  /** Every number of the step; undefined draws the empty diagram (nothing computed yet). */
  explanation: Explanation | undefined;
  hiddenSize: number;
  inputSize: number;
  stage: Stage;
  /** The unit the formulas show, outlined in every hidden-size vector. */
  focusedUnit: number;
  onFocusUnit: (unit: number) => void;
  /** Sets an input's entry as its slider does: x_t, h_{t−1} and C_{t−1}'s cells are then dragged. */
  onSetInput?: SetInput;
  labels: Labels;
  /** Defaults to teaching for sizes up to 8, compact beyond. */
  mode?: DiagramMode;
  /** The wide drawing or the phone's; by default the width of the diagram's box chooses. */
  shape?: DiagramShape;
}
