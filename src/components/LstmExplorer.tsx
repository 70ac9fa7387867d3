import { lstmExplorerText } from '../content/lstmExplorer';
import { useLstmExplorerStore } from '../store/lstmExplorerStore';
import { LSTM_STAGES } from '../store/lstmStages';
import { BilingualParagraph } from './BilingualParagraph';
import { BilingualText } from './BilingualText';
import { fillText } from './fillText';
import { LstmStateSliders } from './LstmStateSliders';
import { LstmStepView } from './LstmStepView';
import { useShownLanguages } from './useShownLanguages';
import { ModelControls } from './ModelControls';
import { WalkthroughControls } from './WalkthroughControls';
import { WeightMaps } from './WeightMaps';
import './LstmExplorer.css';

/** The LSTM cell explorer: the walkthrough, the live diagram and formulas, and every control. */
export function LstmExplorer() {
  const [language] = useShownLanguages();
  const stage = useLstmExplorerStore((state) => state.stage);
  const nextStage = useLstmExplorerStore((state) => state.nextStage);
  const previousStage = useLstmExplorerStore((state) => state.previousStage);
  const ready = useLstmExplorerStore((state) => state.explanation !== undefined);
  const error = useLstmExplorerStore((state) => state.error);
  return (
    <section className="lstm-explorer" aria-labelledby="lstm-explorer-heading">
      <div className="explorer-intro">
        <h2 id="lstm-explorer-heading">
          <BilingualText text={lstmExplorerText.heading} stacked />
        </h2>
        <BilingualParagraph text={lstmExplorerText.intro} />
      </div>
      <div className="walkthrough-bar" role="group" aria-label={lstmExplorerText.walkthrough[language]}>
        <WalkthroughControls stage={stage} total={LSTM_STAGES.length} onNext={nextStage} onPrevious={previousStage} />
        <p className="keys-hint">
          <BilingualText text={lstmExplorerText.keysHint} />
        </p>
      </div>
      {error && (
        <p className="explorer-error" role="alert">
          <BilingualText text={fillText(lstmExplorerText.refused, { reason: error })} />
        </p>
      )}
      {ready ? (
        <LstmStepView />
      ) : (
        !error && (
          <p className="explorer-loading" role="status">
            <BilingualText text={lstmExplorerText.loading} />
          </p>
        )
      )}
      <div className="explorer-controls">
        <LstmStateSliders />
        <ModelControls />
      </div>
      {ready && <WeightMaps />}
      <p className="share-hint">
        <BilingualText text={lstmExplorerText.shareLink} />
      </p>
    </section>
  );
}
