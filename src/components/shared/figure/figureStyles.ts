/**
 * The computed properties that decide how an SVG element looks, written into a figure's elements
 * because the page's classes and CSS variables do not travel with it. Each with the value it has
 * when nothing sets it, and whether a child inherits it. font-family is not here: a figure sets
 * its own embedded fonts once on its root.
 */
const PROPERTIES: readonly { name: string; initial: string; inherited: boolean }[] = [
  { name: 'fill', initial: 'rgb(0, 0, 0)', inherited: true },
  { name: 'fill-opacity', initial: '1', inherited: true },
  { name: 'fill-rule', initial: 'nonzero', inherited: true },
  { name: 'stroke', initial: 'none', inherited: true },
  { name: 'stroke-width', initial: '1px', inherited: true },
  { name: 'stroke-opacity', initial: '1', inherited: true },
  { name: 'stroke-dasharray', initial: 'none', inherited: true },
  { name: 'stroke-dashoffset', initial: '0px', inherited: true },
  { name: 'stroke-linecap', initial: 'butt', inherited: true },
  { name: 'stroke-linejoin', initial: 'miter', inherited: true },
  { name: 'paint-order', initial: 'normal', inherited: true },
  { name: 'font-size', initial: '16px', inherited: true },
  { name: 'font-weight', initial: '400', inherited: true },
  { name: 'font-style', initial: 'normal', inherited: true },
  { name: 'letter-spacing', initial: 'normal', inherited: true },
  { name: 'text-anchor', initial: 'start', inherited: true },
  { name: 'dominant-baseline', initial: 'auto', inherited: true },
  { name: 'visibility', initial: 'visible', inherited: true },
  { name: 'opacity', initial: '1', inherited: false },
  { name: 'baseline-shift', initial: '0px', inherited: false },
  { name: 'mix-blend-mode', initial: 'normal', inherited: false },
];

/** Reads one computed property, as CSSStyleDeclaration.getPropertyValue does. */
export type ReadStyle = (name: string) => string;

/**
 * The inline style that makes an element look as it does on the page, given its computed style
 * and its parent's in the figure (none for a figure's root): an inherited property is written
 * only where it differs from what the element would inherit, any other where it differs from its
 * initial value, which keeps a figure small and its styles where a reader of its source looks.
 */
export function figureStyle(own: ReadStyle, parent?: ReadStyle): string {
  const declarations: string[] = [];
  for (const { name, initial, inherited } of PROPERTIES) {
    const value = own(name);
    if (value === '') continue;
    const baseline = inherited && parent ? parent(name) : initial;
    if (value !== baseline) declarations.push(`${name}:${value}`);
  }
  return declarations.join(';');
}
