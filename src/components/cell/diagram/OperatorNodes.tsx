import type { DiagramFontSize, NodeGeometry } from '../../../viz/diagramGeometry';
import { OperatorNode } from './OperatorNode';

export interface OperatorNodesProps<Node extends string> {
  /** Every pointwise operation of the diagram, by name. */
  nodes: Record<Node, NodeGeometry>;
  /** The nodes the current stage lights. */
  lit: readonly Node[];
  fontSize: DiagramFontSize;
}

/** All the operator nodes of a cell diagram, the current stage's lit. */
export function OperatorNodes<Node extends string>({ nodes, lit, fontSize }: OperatorNodesProps<Node>) {
  return (Object.keys(nodes) as Node[]).map((node) => (
    <OperatorNode key={node} name={node} geometry={nodes[node]} lit={lit.includes(node)} fontSize={fontSize} />
  ));
}
