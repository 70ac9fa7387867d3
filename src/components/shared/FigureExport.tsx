import { useState } from 'react';
import { figureExportText } from '../../content/figureExport';
import type { FigureFormat } from './figure/figureFileName';
import type { FigureSource } from './figure/figureSvg';
import { fillText } from './fillText';
import { useShownLanguages } from './useShownLanguages';
import './FigureExport.css';

/** The figure a view offers at the moment of the click, and the words its file name is made of. */
export interface FigureRequest {
  source: FigureSource;
  /** `['lstm', 'forget']` → gatescope-lstm-forget.svg. */
  nameParts: readonly (string | number)[];
}

const FORMATS: readonly FigureFormat[] = ['svg', 'png'];

/**
 * "Export figure: SVG PNG" beside a diagram, for slides: saves the diagram as the reader sees it.
 * The exporter is fetched on the first click, so a view's chunk carries only these buttons.
 */
export function FigureExport({ figure, className }: { figure: () => FigureRequest | undefined; className?: string }) {
  const [language] = useShownLanguages();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const save = async (format: FigureFormat) => {
    const request = figure();
    if (!request || busy) return;
    setBusy(true);
    setStatus(figureExportText.working[language]);
    try {
      const { exportFigure } = await import('./figure/exportFigure');
      const file = await exportFigure(request.source, request.nameParts, format);
      setStatus(fillText(figureExportText.done, { file })[language]);
    } catch (error) {
      setStatus(fillText(figureExportText.failed, { reason: String(error) })[language]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div
      role="group"
      aria-label={figureExportText.group[language]}
      className={className ? `figure-export ${className}` : 'figure-export'}
      data-busy={busy || undefined}
    >
      <span className="figure-export-label" aria-hidden="true">
        {figureExportText.group[language]}
      </span>
      {FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          className="figure-export-button"
          aria-label={figureExportText[format === 'svg' ? 'svgName' : 'pngName'][language]}
          onClick={() => void save(format)}
        >
          {format.toUpperCase()}
        </button>
      ))}
      <span className="visually-hidden" role="status">
        {status}
      </span>
    </div>
  );
}
