import { useRef } from 'react';
import { PRODUCT_NAME, shellText } from '../../content/app/shell';
import { stagingOf, useTourStore } from '../../store/tour/tourStore';
import { useViewStore, type View } from '../../store/viewStore';
import { AboutView } from './AboutView';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { BilingualText } from '../shared/BilingualText';
import { LanguageSwitch } from './LanguageSwitch';
import { LearnView } from '../course/LearnView';
import { CompareView } from '../compare/CompareView';
import { GruExplorer } from '../gru/GruExplorer';
import { LstmExplorer } from '../lstm/LstmExplorer';
import { ModelLayerStatus } from './ModelLayerStatus';
import { OpenedCellNote } from './OpenedCellNote';
import { SequenceView } from '../sequence/SequenceView';
import { TourDock } from '../course/TourDock';
import { TourHighlight } from '../course/TourHighlight';
import { ViewNav } from './ViewNav';
import { useDocumentLanguage } from './useDocumentLanguage';
import { usePublishedLength } from '../shared/usePublishedLength';
import { useShownLanguages } from '../shared/useShownLanguages';
import './App.css';

const VIEW_COMPONENTS: Readonly<Record<View, () => React.JSX.Element>> = {
  learn: LearnView,
  lstm: LstmExplorer,
  gru: GruExplorer,
  sequence: SequenceView,
  compare: CompareView,
  about: AboutView,
};

/**
 * The app's frame: name, view tabs and language switch, the current view, and the footer. The
 * header's height is published as `--header-height` on :root, so a view can size itself to the
 * rest of the first screen: `calc(100vh - var(--header-height, 0px))`.
 */
export function App() {
  useDocumentLanguage();
  const header = useRef<HTMLElement>(null);
  usePublishedLength(header, '--header-height');
  const sideBySide = useShownLanguages().length > 1;
  const view = useViewStore((state) => state.view);
  const CurrentView = VIEW_COMPONENTS[view];
  const tourActive = useTourStore((state) => state.active);
  const tourStep = useTourStore((state) => state.step);
  const staging = stagingOf(tourStep);
  return (
    <div className="app">
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
        <LanguageSwitch />
      </header>
      <main className="app-main">
        <OpenedCellNote />
        <CurrentView />
      </main>
      <footer className="app-footer">
        <ModelLayerStatus />
        <BilingualParagraph text={shellText.footer} />
      </footer>
      {tourActive && <TourDock />}
      {/* Only while the view is the step's own: a student who wanders off sees no stray ring. */}
      {tourActive && view === staging.view && <TourHighlight key={tourStep} target={staging.highlight} />}
    </div>
  );
}
