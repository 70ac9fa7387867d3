import { plannedExplorers } from '../../content/app/explorers';
import { shellText } from '../../content/app/shell';
import type { PlannedExplorer } from '../../content/app/explorers';
import { useViewStore, type View } from '../../store/viewStore';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { BilingualText } from '../shared/BilingualText';
import { ExplorerCard } from './ExplorerCard';

/** The view each ready explorer opens. */
const EXPLORER_VIEWS: Readonly<Partial<Record<PlannedExplorer['id'], View>>> = {
  course: 'learn',
  lstmCell: 'lstm',
  gruCell: 'gru',
  comparison: 'compare',
  sequence: 'sequence',
  shapes: 'shapes',
};

function explorerView(id: PlannedExplorer['id'], showView: (view: View) => void): (() => void) | undefined {
  const view = EXPLORER_VIEWS[id];
  return view && (() => showView(view));
}

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
              <ExplorerCard explorer={explorer} onOpen={explorerView(explorer.id, showView)} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
