import { useEffect, useId, useRef, useState } from 'react';
import { figureExportText } from '../../content/figureExport';
import type { FigureFormat } from './figure/figureFileName';
import { LANGUAGE_TAGS, type Language } from '../../content/bilingual';
import type { CaptionLine, FigureRequest, FrameSeries } from './figure/figureSvg';
import { BilingualText } from './BilingualText';
import { fillText } from './fillText';
import { useShownLanguages } from './useShownLanguages';
import './FigureExport.css';

export type { FigureRequest, FrameSeries };

const FORMATS: readonly FigureFormat[] = ['svg', 'png'];

/** A figure's caption: `text` in each language the page shows, first the page's own, each tagged. */
export function captionLines(
  languages: readonly (Language | undefined)[],
  text: (language: Language) => string,
): CaptionLine[] {
  return languages.flatMap((language) => (language ? [{ text: text(language), lang: LANGUAGE_TAGS[language] }] : []));
}

/**
 * "Export figure" beside a diagram, for slides: a button that shows a choice of SVG or PNG, and
 * saves the diagram as the reader sees it. One button wide, so a toolbar that has it keeps its
 * height; `compact` shows only its icon (its name stays for screen readers). The exporter is
 * fetched on the first choice, so a view's chunk carries only this. A view that plays through time
 * passes `frames`, which adds a third choice: every step as numbered PNGs in a ZIP.
 */
export function FigureExport({
  figure,
  frames,
  compact = false,
}: {
  figure: () => FigureRequest | undefined;
  frames?: () => FrameSeries;
  compact?: boolean;
}) {
  const [language] = useShownLanguages();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const choicesId = useId();
  const boxRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  // Open, the choice closes on Escape (focus back on its button) and on a press anywhere else.
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // Taken here, so the page's key map (which hears it next) does not also leave presenter mode.
      event.preventDefault();
      setOpen(false);
      toggleRef.current?.focus();
    };
    const onPress = (event: PointerEvent) => {
      if (!boxRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPress);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPress);
    };
  }, [open]);

  const save = async (format: FigureFormat | 'frames') => {
    const request = figure();
    if (!request || busy) return;
    setBusy(true);
    setStatus(figureExportText.working[language]);
    try {
      const { exportFigure, exportFrames } = await import('./figure/exportFigure');
      const series = format === 'frames' ? frames?.() : undefined;
      const file = series
        ? await exportFrames(figure, series, (frame) =>
            setStatus(fillText(figureExportText.frameOf, { frame: frame + 1, count: series.count })[language]),
          )
        : await exportFigure(request.source, request.nameParts, format === 'frames' ? 'png' : format);
      setStatus(fillText(figureExportText.done, { file })[language]);
      setOpen(false);
    } catch (error) {
      setStatus(fillText(figureExportText.failed, { reason: String(error) })[language]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div ref={boxRef} className="figure-export" data-busy={busy || undefined}>
      <button
        ref={toggleRef}
        type="button"
        className="figure-export-toggle"
        aria-expanded={open}
        aria-controls={choicesId}
        onClick={() => setOpen(!open)}
      >
        <svg className="figure-export-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <path d="M10 3v9M6 8.5l4 4 4-4M4 14.5v2h12v-2" />
        </svg>
        <span className={compact ? 'visually-hidden' : undefined}>
          <BilingualText text={figureExportText.group} />
        </span>
      </button>
      <div id={choicesId} className="figure-export-choices" role="group" aria-label={figureExportText.group[language]} hidden={!open}>
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="figure-export-choice"
            aria-label={figureExportText[format === 'svg' ? 'svgName' : 'pngName'][language]}
            onClick={() => void save(format)}
          >
            {format.toUpperCase()}
          </button>
        ))}
        {frames && (
          <button
            type="button"
            className="figure-export-choice"
            aria-label={figureExportText.framesName[language]}
            onClick={() => void save('frames')}
          >
            <BilingualText text={figureExportText.frames} />
          </button>
        )}
      </div>
      <span className="visually-hidden" role="status">
        {status}
      </span>
    </div>
  );
}
