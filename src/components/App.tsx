import { PRODUCT_NAME, shellText } from '../content/shell';
import { useViewStore } from '../store/viewStore';
import { AboutView } from './AboutView';
import { BilingualParagraph } from './BilingualParagraph';
import { BilingualText } from './BilingualText';
import { LanguageSwitch } from './LanguageSwitch';
import { LstmExplorer } from './LstmExplorer';
import { ModelLayerStatus } from './ModelLayerStatus';
import { ViewNav } from './ViewNav';
import { useDocumentLanguage } from './useDocumentLanguage';
import './App.css';

/** The app's frame: name, view tabs and language switch, the current view, and the footer. */
export function App() {
  useDocumentLanguage();
  const view = useViewStore((state) => state.view);
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
      <main className="app-main">{view === 'lstm' ? <LstmExplorer /> : <AboutView />}</main>
      <footer className="app-footer">
        <ModelLayerStatus />
        <BilingualParagraph text={shellText.footer} />
      </footer>
    </div>
  );
}
