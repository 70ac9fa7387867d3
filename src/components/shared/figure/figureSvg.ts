import { FIGURE_FONT_FAMILY, embeddedFontFaces } from './figureFonts';
import { figureStyle } from './figureStyles';
import { faceOf, type FaceStyle } from './fontSlices';

const SVG = 'http://www.w3.org/2000/svg';
const XLINK = 'http://www.w3.org/1999/xlink';

/** A line of a figure's caption, in one language. */
export interface CaptionLine {
  text: string;
  /** BCP 47 tag, for the line's xml:lang. */
  lang: string;
}

/** A key drawn under a figure: the line each series is drawn with, and its name. */
export interface LegendEntry {
  color: string;
  dash?: string;
  label: string;
}

/** What a view hands the exporter: where its drawing is, and what to write around it. */
export interface FigureSource {
  /**
   * The element the drawing is in. Its top-level <svg> and <canvas> elements are the figure, placed
   * as they are on screen; an element marked `data-figure-skip` is left out with all it holds. An
   * <svg> showing a window on a wider drawing names the whole in `data-figure-view-box` and
   * `data-figure-width` (px), and the figure shows all of it.
   */
  root: Element;
  /** Above the drawing: what it is and the stage or step shown, a line per language shown. */
  caption: readonly CaptionLine[];
  legend?: readonly LegendEntry[];
}

/** The figure a view offers at the moment of the click, and the words its file name is made of. */
export interface FigureRequest {
  source: FigureSource;
  /** `['lstm', 'forget']` → gatescope-lstm-forget.svg. */
  nameParts: readonly (string | number)[];
}

/**
 * A figure over time, saved as numbered PNG frames in one ZIP: the view shows each frame in turn
 * (a time step), the figure is made of what it shows, and the view is put back after.
 */
export interface FrameSeries {
  count: number;
  show: (index: number) => void;
  restore: () => void;
  /** The archive's name parts. */
  nameParts: readonly (string | number)[];
  /** A frame's name parts, given its number padded to sort (`07`). */
  frameNameParts: (padded: string) => readonly (string | number)[];
}

/** A figure ready to save: the SVG document and its size in CSS pixels. */
export interface BuiltFigure {
  svg: string;
  width: number;
  height: number;
}

const CAPTION = { size: 15, line: 21, top: 8, gap: 8 };
const LEGEND = { size: 13, line: 20, gap: 8, swatch: 30 };
const INK = '#15202b';

/** Characters drawn, by the face drawing them. */
type TextByFace = Map<string, { face: FaceStyle; characters: Set<string> }>;

function addText(text: TextByFace, face: FaceStyle, content: string) {
  const key = `${face.weight} ${face.style}`;
  const entry = text.get(key) ?? { face, characters: new Set<string>() };
  for (const character of content) if (character.codePointAt(0)! >= 0x20) entry.characters.add(character);
  text.set(key, entry);
}

const TEXT_ELEMENTS = new Set(['text', 'tspan', 'textPath']);

/**
 * A copy of a drawn <svg> that looks the same outside the page: each element's computed look
 * written inline, classes, focus and hover-only parts and anything not displayed dropped. Records
 * the characters its text draws, by face.
 */
function standaloneCopy(original: SVGSVGElement, text: TextByFace): SVGSVGElement {
  const copy = original.cloneNode(true) as SVGSVGElement;
  const originals = [original, ...original.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const dropped: Element[] = [];
  const skipped = new Set<Element>();
  originals.forEach((element, index) => {
    const target = copies[index]!;
    // Inside a part not drawn, nothing is: its text needs no font, its look no style.
    if (element.parentElement && skipped.has(element.parentElement)) {
      skipped.add(element);
      return;
    }
    const style = getComputedStyle(element);
    if (style.display === 'none' || element.hasAttribute('data-figure-skip')) {
      skipped.add(element);
      dropped.push(target);
      return;
    }
    const parent = element === original ? undefined : element.parentElement;
    const parentStyle = parent ? getComputedStyle(parent) : undefined;
    target.removeAttribute('class');
    target.removeAttribute('tabindex');
    const inline = figureStyle(
      (name) => style.getPropertyValue(name),
      parentStyle && ((name) => parentStyle.getPropertyValue(name)),
    );
    if (inline) target.setAttribute('style', inline);
    else target.removeAttribute('style');
    if (TEXT_ELEMENTS.has(element.localName)) {
      const face = faceOf(Number(style.fontWeight) || 400, style.fontStyle);
      for (const node of element.childNodes)
        if (node.nodeType === Node.TEXT_NODE) addText(text, face, node.textContent ?? '');
    }
  });
  for (const element of dropped) element.remove();
  copy.querySelectorAll('title, desc').forEach((element) => element.remove());
  return copy;
}

function svgElement<Name extends keyof SVGElementTagNameMap>(
  name: Name,
  attributes: Record<string, string | number>,
  content?: string,
): SVGElementTagNameMap[Name] {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (content !== undefined) element.textContent = content;
  return element;
}

/** The drawing's parts, top-level <svg> and <canvas> elements that are shown. */
function drawnParts(root: Element): (SVGSVGElement | HTMLCanvasElement)[] {
  return [...root.querySelectorAll<SVGSVGElement | HTMLCanvasElement>('svg, canvas')].filter((part) => {
    if (part.parentElement?.closest('svg') || part.closest('[data-figure-skip]')) return false;
    const box = part.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(part).visibility !== 'hidden';
  });
}

/**
 * The figure of `source` as a standalone SVG document: a white page, the caption, the drawing as
 * the reader sees it (the stage's highlight, the step shown), the legend, and the fonts its text
 * needs embedded. Its width is the drawing's on screen, in CSS pixels.
 */
export async function buildFigure(source: FigureSource): Promise<BuiltFigure> {
  const parts = drawnParts(source.root);
  if (parts.length === 0) throw new Error('nothing is drawn');
  const boxes = parts.map((part) => part.getBoundingClientRect());
  const left = Math.min(...boxes.map((box) => box.left));
  const top = Math.min(...boxes.map((box) => box.top));
  const text: TextByFace = new Map();
  const captionHeight = CAPTION.top + source.caption.length * CAPTION.line + CAPTION.gap;

  let drawingWidth = 0;
  let drawingHeight = 0;
  const placed = parts.map((part, index) => {
    const box = boxes[index]!;
    const x = box.left - left;
    const y = box.top - top + captionHeight;
    if (part instanceof HTMLCanvasElement) {
      drawingWidth = Math.max(drawingWidth, x + box.width);
      drawingHeight = Math.max(drawingHeight, y + box.height);
      const image = svgElement('image', { x, y, width: box.width, height: box.height, href: part.toDataURL('image/png') });
      // SVG 1.1 programs (older Inkscape, some slide software) read only xlink:href.
      image.setAttributeNS(XLINK, 'xlink:href', image.getAttribute('href')!);
      return image;
    }
    const copy = standaloneCopy(part, text);
    const width = Number(part.dataset.figureWidth) || box.width;
    const viewBox = part.dataset.figureViewBox ?? part.getAttribute('viewBox');
    for (const name of ['role', 'aria-hidden', 'aria-labelledby', 'aria-describedby', 'focusable'])
      copy.removeAttribute(name);
    copy.setAttribute('x', String(x));
    copy.setAttribute('y', String(y));
    copy.setAttribute('width', String(width));
    copy.setAttribute('height', String(box.height));
    if (viewBox) copy.setAttribute('viewBox', viewBox);
    copy.setAttribute('overflow', 'hidden');
    drawingWidth = Math.max(drawingWidth, x + width);
    drawingHeight = Math.max(drawingHeight, y + box.height);
    return copy;
  });

  const width = Math.round(drawingWidth);
  const legend = source.legend ?? [];
  const height = Math.ceil(drawingHeight + (legend.length > 0 ? LEGEND.gap + legend.length * LEGEND.line : 0) + 8);
  const figure = svgElement('svg', {
    xmlns: SVG,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': `'${FIGURE_FONT_FAMILY}', sans-serif`,
  });
  figure.append(svgElement('rect', { width: '100%', height: '100%', fill: '#ffffff' }));
  source.caption.forEach((line, index) => {
    const caption = svgElement(
      'text',
      { x: 8, y: CAPTION.top + (index + 0.75) * CAPTION.line, 'font-size': CAPTION.size, 'font-weight': 700, fill: INK },
      line.text,
    );
    caption.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:lang', line.lang);
    addText(text, faceOf(700, 'normal'), line.text);
    figure.append(caption);
  });
  figure.append(...placed);
  legend.forEach((entry, index) => {
    const y = drawingHeight + LEGEND.gap + (index + 0.5) * LEGEND.line;
    figure.append(
      svgElement('line', {
        x1: 8,
        x2: 8 + LEGEND.swatch,
        y1: y,
        y2: y,
        stroke: entry.color,
        'stroke-width': 2.5,
        ...(entry.dash && { 'stroke-dasharray': entry.dash }),
      }),
      svgElement(
        'text',
        { x: 16 + LEGEND.swatch, y, 'font-size': LEGEND.size, fill: INK, 'dominant-baseline': 'central' },
        entry.label,
      ),
    );
    addText(text, faceOf(400, 'normal'), entry.label);
  });
  const defs = svgElement('defs', {});
  defs.append(svgElement('style', {}, await embeddedFontFaces(text)));
  figure.prepend(defs);
  const markup = new XMLSerializer().serializeToString(figure);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${markup}`, width, height };
}
