import { INK, MUTED, type ValueKind } from '../../../viz/colors';
import type { DiagramFontSize, DiagramMode, StripGeometry } from '../../../viz/diagramGeometry';
import { fillTemplate } from '../../shared/fillText';
import { MathLabel } from '../../shared/MathLabel';
import { StripDivider } from '../../shared/StripDivider';
import type { CellAdjust } from '../../shared/useCellAdjust';
import { VectorStrip } from '../../shared/VectorStrip';
import type { SetInput } from './inputAdjust';

/** What every strip of one diagram shares. */
export interface StripFrame {
  /** The diagram's layout: its mode, fonts and width. */
  layout: { mode: DiagramMode; fontSize: DiagramFontSize; width: number };
  /**
   * One cell's accessible name with {name}, {unit} and {value}: "{name}, unit {unit}: {value}";
   * and how an input's cell is changed, its description.
   */
  labels: { unitValue: string; adjustCell?: string };
  /** Where tooltips are drawn, so later parts of the SVG cannot cover them. */
  tooltipLayer: SVGGElement | null;
  /** How many of [h_{t−1}, x_t]'s cells are h's: they are named h0, h1, …, the rest x0, x1, …. */
  hiddenSize: number;
  /** The unit the formulas show, outlined in every hidden-size strip. */
  focusedUnit: number;
  onFocusUnit: (unit: number) => void;
  /** Sets an input's entry as its slider does; without it no cell of the diagram can be dragged. */
  onSetInput?: SetInput;
}

export interface DiagramStripProps {
  /**
   * Names the strip in `data-part`. `input` (x_t) and `concat` ([h_{t−1}, x_t]) are the strips
   * whose cells are not hidden units: they take no unit focus.
   */
  part: string;
  geometry: StripGeometry;
  /** The vector; undefined draws empty cells (nothing computed yet). */
  values: Float32Array | undefined;
  /** What to paint while the values travel in. */
  shownValues?: Float32Array;
  kind: ValueKind;
  /** The vector's name in the reader's language. */
  name: string;
  /** Its math, the same in every language: "h_{t−1}". */
  symbol: string;
  /** The colour of what it holds; MUTED for the inputs, whose label stays ink. */
  accent: string;
  /** In the current stage: lit; otherwise dimmed. */
  lit: boolean;
  frame: StripFrame;
  /** For a strip of the step's inputs: its cells are dragged or stepped with the keys, as their sliders. */
  adjust?: CellAdjust;
}

/** A vector of a cell diagram: its strip of cells with its math label, lit or dimmed by the stage. */
export function DiagramStrip(props: DiagramStripProps) {
  const { part, name, accent, frame } = props;
  const hiddenSized = part !== 'input' && part !== 'concat';
  const unitName = (index: number) =>
    part !== 'concat' ? String(index) : index < frame.hiddenSize ? `h${index}` : `x${index - frame.hiddenSize}`;
  const label = (
    <MathLabel
      source={props.symbol}
      {...props.geometry.label}
      size={frame.layout.fontSize.label}
      color={accent === MUTED ? INK : accent}
    />
  );
  const className = `cell-diagram-part ${props.lit ? 'is-lit' : 'is-dimmed'}`;
  // Drawn as its cells of another strip (h_{t−1} and x_t in [h_{t−1}, x_t]): only its name, which
  // lights with its stage; the cells, and their screen-reader names, are the other strip's.
  if (props.geometry.partOf !== undefined)
    return (
      <g className={className} data-part={part}>
        {label}
      </g>
    );
  return (
    <g className={`${className} cell-diagram-strip`} data-part={part}>
      <VectorStrip
        geometry={props.geometry}
        values={props.values}
        shownValues={props.shownValues}
        kind={props.kind}
        label={name}
        describe={(index, value) => fillTemplate(frame.labels.unitValue, { name, unit: unitName(index), value })}
        mode={frame.layout.mode}
        fontSize={frame.layout.fontSize.value}
        accent={accent}
        focusedUnit={hiddenSized ? frame.focusedUnit : undefined}
        onFocusUnit={hiddenSized ? frame.onFocusUnit : undefined}
        tooltipLayer={frame.tooltipLayer}
        viewWidth={frame.layout.width}
        adjust={props.adjust}
      />
      {/* Inside the strip's part, so in its compositing layer (DiagramFrame.css): drawn after the
          strips, over one of them, the divider would be a layer of its own, blended again on
          every frame of a drag. */}
      <StripDivider geometry={props.geometry} overhang={6} />
      {label}
    </g>
  );
}
