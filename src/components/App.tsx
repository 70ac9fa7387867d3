import { PRODUCT_NAME, shellText } from '../content/shell';
import { useViewStore, type View } from '../store/viewStore';
import { AboutView } from './AboutView';
import { BilingualParagraph } from './BilingualParagraph';
import { BilingualText } from './BilingualText';
import { LanguageSwitch } from './LanguageSwitch';
import { CompareView } from './CompareView';
import { GruExplorer } from './GruExplorer';
import { LstmExplorer } from './LstmExplorer';
import { ModelLayerStatus } from './ModelLayerStatus';
import { SequenceView } from './SequenceView';
import { ViewNav } from './ViewNav';
import { useDocumentLanguage } from './useDocumentLanguage';
import './App.css';

const VIEW_COMPONENTS: Readonly<Record<View, () => React.JSX.Element>> = {
  lstm: LstmExplorer,
  gru: GruExplorer,
  sequence: SequenceView,
  compare: CompareView,
  about: AboutView,
};

/** The app's frame: name, view tabs and language switch, the current view, and the footer. */
export function App() {
  useDocumentLanguage();
  const CurrentView = VIEW_COMPONENTS[useViewStore((state) => state.view)];
  return (
    <div className="app">
      <header className="app-header">
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
        <CurrentView />
      </main>
      <footer className="app-footer">
        <ModelLayerStatus />
        <BilingualParagraph text={shellText.footer} />
      </footer>
    </div>
  );
}
