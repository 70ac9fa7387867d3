import { useEffect, useRef } from 'react';
import { PRODUCT_NAME, shellText } from '../../content/app/shell';
import { stagingOf, tourStore, useTourStore } from '../../store/tour/tourStore';
import { useViewStore, viewStore, type View } from '../../store/viewStore';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { BilingualText } from '../shared/BilingualText';
import { BlankScreen } from './BlankScreen';
import { PresentButton, PresenterBar } from './ClassroomButtons';
import { KeyMapDialog } from './KeyMapDialog';
import { useModelDrop } from './useModelDrop';
import { useImportedModelStore } from '../../store/imported/importedModelStore';
import { landOnSection } from './landOnSection';
import { LanguageSwitch } from './LanguageSwitch';
import { leavePresentingWithFullScreen } from './presenting';
import { SkipLinks } from './SkipLinks';
import { useClassroomKeys } from './useClassroomKeys';
import { useClassroomStore } from '../../store/classroom/classroomStore';
import { LinkNotice } from './LinkNotice';
import { ModelLayerStatus } from './ModelLayerStatus';
import { UpdateNotice } from './UpdateNotice';
import { OpenedCellNote } from './OpenedCellNote';
import { ViewNav } from './ViewNav';
import { lazyPart } from '../shared/lazyPart';
import { prefetchFormulas } from '../shared/typesetFormula';
import { PartLoadBoundary } from './PartLoadBoundary';
import { LearnView } from '../course/LearnView';
import { useDocumentLanguage } from './useDocumentLanguage';
import { useEarlyClicks } from './useEarlyClicks';
import { usePublishedLength } from '../shared/usePublishedLength';
import { useShownLanguages } from '../shared/useShownLanguages';
import './App.css';
import './Presenting.css';

// The course opens first for a newcomer, so it ships with the app; every other view, and the tour's
// dock, arrive in their own chunks when first shown, or earlier when the page is idle
// (prefetchParts), so a click on a tab still opens its view at once. A link straight to a view
// fetches its chunk beside the entry: keep src/cli/build/viewChunks.ts in step with these modules.
const VIEW_PLACEHOLDER = 'view-loading';
const lazyViews = {
  lstm: lazyPart(() => import('../lstm/LstmExplorer').then((m) => m.LstmExplorer), VIEW_PLACEHOLDER),
  gru: lazyPart(() => import('../gru/GruExplorer').then((m) => m.GruExplorer), VIEW_PLACEHOLDER),
  sequence: lazyPart(() => import('../sequence/SequenceView').then((m) => m.SequenceView), VIEW_PLACEHOLDER),
  compare: lazyPart(() => import('../compare/CompareView').then((m) => m.CompareView), VIEW_PLACEHOLDER),
  shapes: lazyPart(() => import('../shapes/ShapesView').then((m) => m.ShapesView), VIEW_PLACEHOLDER),
  lab: lazyPart(() => import('../lab/LabView').then((m) => m.LabView), VIEW_PLACEHOLDER),
  about: lazyPart(() => import('./AboutView').then((m) => m.AboutView), VIEW_PLACEHOLDER),
};
const tourDock = lazyPart(() => import('../course/TourDock').then((m) => m.TourDock), 'tour-dock-loading');
// The highlight is a ring over the page: nothing to hold while its code arrives.
const tourHighlight = lazyPart(() => import('../course/TourHighlight').then((m) => m.TourHighlight));
// The import dialog and the file reader behind it load when the reader first opens a file.
const importDialog = lazyPart(() => import('./ImportDialog').then((m) => m.ImportDialog));

const VIEW_COMPONENTS: Readonly<Record<View, React.ComponentType>> = {
  learn: LearnView,
  lstm: lazyViews.lstm.Part,
  gru: lazyViews.gru.Part,
  sequence: lazyViews.sequence.Part,
  compare: lazyViews.compare.Part,
  shapes: lazyViews.shapes.Part,
  lab: lazyViews.lab.Part,
  about: lazyViews.about.Part,
};
const TourDock = tourDock.Part;
const TourHighlight = tourHighlight.Part;
const ImportDialog = importDialog.Part;

/**
 * Fetches the parts the page opens with (the view a link names, the tour's dock and highlight when
 * a tour is open), so the first render draws them rather than a placeholder: for a link to an
 * explorer its diagram is in the first paint, and the model layer, which starts after that paint,
 * never holds it back. Resolves, never rejects, once they are here or have failed (a failed part
 * shows its retry message as it would have).
 */
export async function prefetchOpeningParts(): Promise<void> {
  const { view } = viewStore.getState();
  const parts: { prefetch: () => Promise<unknown> }[] = view === 'learn' ? [] : [lazyViews[view]];
  if (tourStore.getState().active) parts.push(tourDock, tourHighlight);
  await Promise.all(parts.map((part) => part.prefetch().catch(() => undefined)));
}

/**
 * Fetches every part the first view left out, most likely next first (the LSTM explorer is the
 * course's first instrument). Call when the page is idle.
 */
export async function prefetchParts(): Promise<void> {
  const { lstm, ...otherViews } = lazyViews;
  for (const part of [lstm, tourDock, tourHighlight, ...Object.values(otherViews)])
    await part.prefetch().catch(() => undefined);
  // KaTeX last: every view but the course's landing shows formulas.
  prefetchFormulas();
}

/**
 * The app's frame: name, view tabs and language switch, the current view, and the footer. The
 * header's height is published as `--header-height` on :root, so a view can size itself to the
 * rest of the first screen: `calc(100vh - var(--header-height, 0px))`.
 */
export function App() {
  useDocumentLanguage();
  useEarlyClicks();
  useClassroomKeys();
  useEffect(leavePresentingWithFullScreen, []);
  // A link's #section, once: later views start at their top.
  useEffect(() => landOnSection(window.location.hash), []);
  const presenting = useClassroomStore((state) => state.presenting);
  const hiddenPanels = useClassroomStore((state) => state.hiddenPanels.join(' '));
  const header = useRef<HTMLElement>(null);
  usePublishedLength(header, '--header-height');
  const sideBySide = useShownLanguages().length > 1;
  const view = useViewStore((state) => state.view);
  const CurrentView = VIEW_COMPONENTS[view];
  const tourActive = useTourStore((state) => state.active);
  const tourStep = useTourStore((state) => state.step);
  const staging = stagingOf(tourStep);
  const dragging = useModelDrop();
  const importing = useImportedModelStore((state) => state.dialogOpen);
  return (
    <div
      className="app"
      data-presenting={presenting || undefined}
      data-hidden-panels={(presenting && hiddenPanels) || undefined}
    >
      <SkipLinks />
      <header ref={header} className="app-header" data-side-by-side={sideBySide || undefined}>
        <div className="brand">
          <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true">
            <rect width="32" height="32" rx="7" />
            <path d="M5 25C15 25 17 7 27 7" />
          </svg>
          <div>
            <h1>{PRODUCT_NAME}</h1>
            <p className="tagline">
              <BilingualText text={shellText.tagline} stacked />
            </p>
          </div>
        </div>
        <ViewNav />
        <div className="header-tools">
          <LanguageSwitch />
          <PresentButton />
        </div>
      </header>
      {presenting && <PresenterBar />}
      <LinkNotice />
      <UpdateNotice />
      <main className="app-main">
        <OpenedCellNote />
        {/* Keyed by view: a failed download of one view does not follow the reader to the next. */}
        <PartLoadBoundary key={view}>
          <CurrentView />
        </PartLoadBoundary>
      </main>
      <footer className="app-footer">
        <ModelLayerStatus />
        <BilingualParagraph text={shellText.footer} />
      </footer>
      {tourActive && (
        <PartLoadBoundary>
          <TourDock />
        </PartLoadBoundary>
      )}
      {/* Only while the view is the step's own: a student who wanders off sees no stray ring. */}
      {tourActive && view === staging.view && <TourHighlight key={tourStep} target={staging.highlight} />}
      <KeyMapDialog />
      {importing && (
        <PartLoadBoundary>
          <ImportDialog />
        </PartLoadBoundary>
      )}
      {dragging && (
        <div className="model-drop-overlay" aria-hidden="true">
          <BilingualText text={shellText.dropWeights} stacked />
        </div>
      )}
      <BlankScreen />
    </div>
  );
}
