import { plannedExplorers } from '../content/explorers';
import { shellText } from '../content/shell';
import { useViewStore } from '../store/viewStore';
import { BilingualParagraph } from './BilingualParagraph';
import { BilingualText } from './BilingualText';
import { ExplorerCard } from './ExplorerCard';

/** What Gatescope is, for whom, and which views exist or are coming. */
export function AboutView() {
  const showView = useViewStore((state) => state.showView);
  return (
    <>
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
              <ExplorerCard
                explorer={explorer}
                onOpen={explorer.id === 'lstmCell' ? () => showView('lstm') : undefined}
              />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
