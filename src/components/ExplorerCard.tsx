import type { PlannedExplorer } from '../content/explorers';
import { glossary } from '../content/glossary';
import { shellText } from '../content/shell';
import { BilingualParagraph } from './BilingualParagraph';
import { BilingualText } from './BilingualText';
import './ExplorerCard.css';

/** A card for a view that is not built yet: what it will show and the terms it will teach. */
export function ExplorerCard({ explorer }: { explorer: PlannedExplorer }) {
  const headingId = `explorer-${explorer.id}`;
  const termsId = `${headingId}-terms`;
  return (
    <article className="explorer-card" aria-labelledby={headingId}>
      <p className="status-badge">
        <BilingualText text={shellText.inProgress} />
      </p>
      <h3 id={headingId}>
        <BilingualText text={explorer.name} stacked />
      </h3>
      <BilingualParagraph text={explorer.summary} className="explorer-summary" />
      <p id={termsId} className="terms-label">
        <BilingualText text={shellText.termsLabel} />
      </p>
      <ul className="term-list" aria-labelledby={termsId}>
        {explorer.terms.map((term) => (
          <li key={term}>
            <BilingualText text={glossary[term]} />
          </li>
        ))}
      </ul>
    </article>
  );
}
