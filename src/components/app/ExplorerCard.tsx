import type { PlannedExplorer } from '../../content/app/explorers';
import { glossary } from '../../content/glossary';
import { shellText } from '../../content/app/shell';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { BilingualText } from '../shared/BilingualText';
import './ExplorerCard.css';

/** A card for a view: what it shows and the terms it teaches, with a way in once it is ready. */
export function ExplorerCard({ explorer, onOpen }: { explorer: PlannedExplorer; onOpen?: () => void }) {
  const headingId = `explorer-${explorer.id}`;
  const termsId = `${headingId}-terms`;
  return (
    <article className="explorer-card" aria-labelledby={headingId}>
      <p className={explorer.ready ? 'status-badge ready' : 'status-badge'}>
        <BilingualText text={explorer.ready ? shellText.available : shellText.inProgress} />
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
      {explorer.ready && onOpen && (
        <button type="button" className="action-button open-explorer" onClick={onOpen}>
          <BilingualText text={shellText.open} /> →
        </button>
      )}
    </article>
  );
}
