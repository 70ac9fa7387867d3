import { figureFileName, type FigureFormat } from './figureFileName';
import { buildFigure, type BuiltFigure, type FigureSource } from './figureSvg';

/** Device pixels per CSS pixel of a PNG figure: sharp on a projector and a slide scaled up. */
export const PNG_SCALE = 2;

/** Draws the figure's SVG, fonts and all, on a canvas PNG_SCALE times its size. */
async function rasterize(figure: BuiltFigure): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([figure.svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(figure.width * PNG_SCALE);
    canvas.height = Math.round(figure.height * PNG_SCALE);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG was not made'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
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
