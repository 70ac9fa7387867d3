import { figureFileName, type FigureFormat } from './figureFileName';
import { buildFigure, type BuiltFigure, type FigureRequest, type FigureSource, type FrameSeries } from './figureSvg';
import { zipStore } from './zipStore';
import { download } from '../downloadBlob';

/** Device pixels per CSS pixel of a PNG figure: sharp on a projector and a slide scaled up. */
export const PNG_SCALE = 2;

/** A cheap fingerprint of a canvas's pixels, to tell whether a draw changed anything. */
function fingerprint(context: CanvasRenderingContext2D, width: number, height: number): number {
  const pixels = context.getImageData(0, 0, width, height).data;
  let hash = 0;
  for (let index = 0; index < pixels.length; index += 4 * 7) hash = (hash * 31 + pixels[index]! + pixels[index + 3]!) | 0;
  return hash;
}

const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 50));

/**
 * Draws the figure's SVG on a canvas PNG_SCALE times its size. An SVG image's embedded fonts load
 * after the image itself does (Chromium draws their text blank until then) and nothing tells when:
 * the figure is drawn again until two draws in a row come out the same, for two seconds at most.
 */
async function rasterize(figure: BuiltFigure): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([figure.svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(figure.width * PNG_SCALE);
    canvas.height = Math.round(figure.height * PNG_SCALE);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2D canvas');
    const draw = () => {
      context.clearRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      return fingerprint(context, canvas.width, canvas.height);
    };
    let previous = draw();
    for (let waited = 0; waited < 2000; waited += 50) {
      await nextFrame();
      const current = draw();
      if (current === previous && waited >= 150) break;
      previous = current;
    }
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG was not made'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Saves the figure of `source` as `format`, named from `nameParts` (figureFileName), and answers
 * the file's name. Loaded on demand: nothing of it is in a view's chunk until a figure is asked for.
 */
export async function exportFigure(
  source: FigureSource,
  nameParts: readonly (string | number)[],
  format: FigureFormat,
): Promise<string> {
  const figure = await buildFigure(source);
  const name = figureFileName(nameParts, format);
  const blob = format === 'svg' ? new Blob([figure.svg], { type: 'image/svg+xml' }) : await rasterize(figure);
  download(blob, name);
  return name;
}

/** Two animation frames: time for React to commit what a store change asked for, and paint it. */
const painted = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/**
 * Saves `frames` as one ZIP of numbered PNG figures (`…-t-07.png`), each made from `request` once
 * the view shows that frame, and answers the archive's name. The view is
 * put back however this ends. `progress` hears each frame's number as it is made.
 */
export async function exportFrames(
  request: () => FigureRequest | undefined,
  frames: FrameSeries,
  progress: (frame: number) => void = () => {},
): Promise<string> {
  const digits = String(Math.max(0, frames.count - 1)).length;
  const entries: { name: string; bytes: Uint8Array }[] = [];
  try {
    for (let index = 0; index < frames.count; index++) {
      progress(index);
      frames.show(index);
      await painted();
      const figure = request();
      if (!figure) throw new Error('the view closed');
      const png = await rasterize(await buildFigure(figure.source));
      const name = figureFileName(frames.frameNameParts(String(index).padStart(digits, '0')), 'png');
      entries.push({ name, bytes: new Uint8Array(await png.arrayBuffer()) });
    }
  } finally {
    frames.restore();
  }
  const name = figureFileName(frames.nameParts, 'png').replace(/\.png$/, '.zip');
  download(new Blob([zipStore(entries) as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), name);
  return name;
}
