import { ROLE_COLORS } from '../../../viz/colors';
import type { StripGeometry } from '../../../viz/diagramGeometry';
import { DiagramStrip, type StripFrame } from './DiagramStrip';

/** A diagram's strip frame with its gates: where each goes, its name, which the stage lights. */
export interface GateStripFrame<Gate extends string> extends StripFrame {
  layout: StripFrame['layout'] & { gateStrips: Record<Gate, StripGeometry> };
  labels: StripFrame['labels'] & { gates: Record<Gate, string> };
  focus: { gates: readonly Gate[] };
}

export interface GateStripsProps<Gate extends keyof typeof ROLE_COLORS & string> {
  /** Each gate's math, "f_t", in the order the gates are drawn. */
  symbols: Record<Gate, string>;
  /** Each gate's values; undefined draws empty cells (nothing computed yet). */
  values: Record<Gate, Float32Array> | undefined;
  frame: GateStripFrame<Gate>;
}

/** The gate vectors of a cell diagram, each in its gate's colour: selectors, but for the signed candidate. */
export function GateStrips<Gate extends keyof typeof ROLE_COLORS & string>({
  symbols,
  values,
  frame,
}: GateStripsProps<Gate>) {
  return (Object.keys(symbols) as Gate[]).map((gate) => (
    <DiagramStrip
      key={`gate:${gate}`}
      part={`gate:${gate}`}
      geometry={frame.layout.gateStrips[gate]}
      values={values?.[gate]}
      kind={gate === 'candidate' ? 'signed' : 'selector'}
      name={frame.labels.gates[gate]}
      symbol={symbols[gate]}
      accent={ROLE_COLORS[gate].strong}
      lit={frame.focus.gates.includes(gate)}
      frame={frame}
    />
  ));
}
