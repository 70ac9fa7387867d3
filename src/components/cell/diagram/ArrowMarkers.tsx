/**
 * One arrowhead marker per colour, for `markerEnd={`url(#${idOf(color)})`}`: SVG markers cannot
 * take their colour from the path they end, so each colour needs its own.
 */
export function ArrowMarkers({
  colors,
  idOf,
  teaching,
}: {
  colors: readonly string[];
  idOf: (color: string) => string;
  teaching: boolean;
}) {
  return (
    <defs>
      {colors.map((color) => (
        <marker
          key={color}
          id={idOf(color)}
          viewBox="0 0 10 10"
          refX={9}
          refY={5}
          markerWidth={teaching ? 4 : 4.5}
          markerHeight={teaching ? 4 : 4.5}
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" fill={color} />
        </marker>
      ))}
    </defs>
  );
}
