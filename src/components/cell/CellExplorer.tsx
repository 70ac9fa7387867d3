import { useId, type ReactNode } from 'react';
import { commonText } from '../../content/commonText';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { BilingualText } from '../shared/BilingualText';
import type { CellExplorerUi } from './cellExplorerUi';
import { fillText } from '../shared/fillText';
import { ModelControls } from './ModelControls';
import { StateSliders } from './StateSliders';
import { useShownLanguages } from '../shared/useShownLanguages';
import { WalkthroughControls } from './WalkthroughControls';
import { WeightMaps } from './WeightMaps';
import { withTerms } from '../shared/withTerms';
import './CellExplorer.css';

interface CellExplorerProps<Gate extends string, Explanation> {
  ui: CellExplorerUi<Gate, Explanation>;
  /** `lstm` or `gru`: names the section for styles and tests. */
  kind: string;
  stageCount: number;
  /** The diagram beside the stage's formulas, drawn once the model layer has explained the step. */
  stepView: ReactNode;
  /** Controls that only this cell has, after the shared ones. */
  extraControls?: ReactNode;
}

/**
 * A cell explorer's frame, the same for LSTM and GRU: the walkthrough bar, the live diagram and
 * formulas, the sliders and model settings, and the weight maps.
 */
export function CellExplorer<Gate extends string, Explanation>({
  ui,
  kind,
  stageCount,
  stepView,
  extraControls,
}: CellExplorerProps<Gate, Explanation>) {
  const [language] = useShownLanguages();
  const headingId = useId();
  const stage = ui.useExplorer((state) => state.stage);
  const nextStage = ui.useExplorer((state) => state.nextStage);
  const previousStage = ui.useExplorer((state) => state.previousStage);
  const ready = ui.useExplorer((state) => state.explanation !== undefined);
  const error = ui.useExplorer((state) => state.error);
  return (
    <section className={`cell-explorer ${kind}-explorer`} aria-labelledby={headingId}>
      <div className="explorer-intro">
        <h2 id={headingId}>
          <BilingualText text={ui.text.heading} stacked />
        </h2>
        <BilingualParagraph text={withTerms(ui.text.intro)} />
      </div>
      <div className="walkthrough-bar" role="group" aria-label={commonText.walkthrough[language]}>
        <WalkthroughControls stage={stage} total={stageCount} onNext={nextStage} onPrevious={previousStage} />
        <p className="keys-hint">
          <BilingualText text={commonText.keysHint} />
        </p>
      </div>
      {error && (
        <p className="explorer-error" role="alert">
          <BilingualText text={fillText(commonText.refused, { reason: error })} />
        </p>
      )}
      {ready
        ? stepView
        : !error && (
            <p className="explorer-loading" role="status">
              <BilingualText text={commonText.loading} />
            </p>
          )}
      <div className="explorer-controls">
        <StateSliders ui={ui} />
        <ModelControls ui={ui} />
        {extraControls}
      </div>
      {ready && <WeightMaps ui={ui} />}
      <p className="share-hint">
        <BilingualText text={commonText.shareLink} />
      </p>
    </section>
  );
}
