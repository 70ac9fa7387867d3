import { plannedExplorers } from '../content/explorers';
import { PRODUCT_NAME, shellText } from '../content/shell';
import { BilingualParagraph } from './BilingualParagraph';
import { BilingualText } from './BilingualText';
import { ExplorerCard } from './ExplorerCard';
import { LanguageSwitch } from './LanguageSwitch';
import { ModelLayerStatus } from './ModelLayerStatus';
import { useDocumentLanguage } from './useDocumentLanguage';
import './App.css';

/** The app's frame: name and language switch, what Gatescope will be, and what is coming. */
export function App() {
  useDocumentLanguage();
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
        <LanguageSwitch />
      </header>
      <main className="app-main">
        <section className="about" aria-labelledby="about-heading">
          <h2 id="about-heading">
            <BilingualText text={shellText.aboutHeading} stacked />
          </h2>
          <BilingualParagraph text={shellText.aboutTool} />
          <BilingualParagraph text={shellText.aboutNumbers} />
          <BilingualParagraph text={shellText.aboutAudience} />
        </section>
        <section className="status" aria-labelledby="status-heading">
          <h2 id="status-heading">
            <BilingualText text={shellText.statusHeading} stacked />
          </h2>
          <BilingualParagraph text={shellText.statusBody} />
          <ul className="explorer-list">
            {plannedExplorers.map((explorer) => (
              <li key={explorer.id}>
                <ExplorerCard explorer={explorer} />
              </li>
            ))}
          </ul>
        </section>
      </main>
      <footer className="app-footer">
        <ModelLayerStatus />
        <BilingualParagraph text={shellText.footer} />
      </footer>
    </div>
  );
}
