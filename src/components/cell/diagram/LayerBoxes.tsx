import type { RoleColor } from '../../../viz/colors';
import type { BoxGeometry, DiagramFontSize } from '../../../viz/diagramGeometry';
import { LayerBox } from './LayerBox';

export interface LayerBoxesProps<Layer extends string> {
  /** Every fully connected layer of the diagram, by name, in drawing order. */
  boxes: Record<Layer, BoxGeometry>;
  /** The colours of the gate a layer computes. */
  colorOf: (layer: Layer) => RoleColor;
  /** The layers the current stage lights. */
  lit: readonly Layer[];
  fontSize: DiagramFontSize;
  /** What a linear box shows, having no activation to: its weight, "W_{hn}". */
  weightSymbol?: string;
}

/** All the layer boxes of a cell diagram, the current stage's lit. */
export function LayerBoxes<Layer extends string>({
  boxes,
  colorOf,
  lit,
  fontSize,
  weightSymbol,
}: LayerBoxesProps<Layer>) {
  return (Object.keys(boxes) as Layer[]).map((layer) => (
    <LayerBox
      key={layer}
      layer={layer}
      geometry={boxes[layer]}
      color={colorOf(layer)}
      lit={lit.includes(layer)}
      fontSize={fontSize}
      weightSymbol={weightSymbol}
    />
  ));
}
