import { lstmExplorerText, vectorNames } from '../content/lstmExplorer';
import { LSTM_EXPLORER_LIMITS } from '../store/lstmExplorerLimits';
import { useLstmExplorerStore } from '../store/lstmExplorerStore';
import { LSTM_STAGES } from '../store/lstmStages';
import { BilingualParagraph } from './BilingualParagraph';
import { BilingualText } from './BilingualText';
import { fillText } from './fillText';
import { LstmStepView } from './LstmStepView';
import { useShownLanguages } from './useShownLanguages';
import { ModelControls } from './ModelControls';
import { VectorSliders } from './VectorSliders';
import { WalkthroughControls } from './WalkthroughControls';
import { WeightMaps } from './WeightMaps';
import './LstmExplorer.css';

/** The LSTM cell explorer: the walkthrough, the live diagram and formulas, and every control. */
export function LstmExplorer() {
  const [language] = useShownLanguages();
  const stage = useLstmExplorerStore((state) => state.stage);
  const nextStage = useLstmExplorerStore((state) => state.nextStage);
  const previousStage = useLstmExplorerStore((state) => state.previousStage);
  const input = useLstmExplorerStore((state) => state.input);
  const previousHidden = useLstmExplorerStore((state) => state.previousHidden);
  const previousCell = useLstmExplorerStore((state) => state.previousCell);
  const setInput = useLstmExplorerStore((state) => state.setInput);
  const setPreviousHidden = useLstmExplorerStore((state) => state.setPreviousHidden);
  const setPreviousCell = useLstmExplorerStore((state) => state.setPreviousCell);
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
        <VectorSliders
          legend={lstmExplorerText.inputVector}
          name={vectorNames.input}
          symbol="x"
          values={input}
          range={LSTM_EXPLORER_LIMITS.input}
          onChange={setInput}
        />
        <VectorSliders
          legend={lstmExplorerText.previousHidden}
          name={vectorNames.previousHidden}
          symbol="h"
          values={previousHidden}
          range={LSTM_EXPLORER_LIMITS.previousHidden}
          onChange={setPreviousHidden}
        />
        <VectorSliders
          legend={lstmExplorerText.previousCell}
          name={vectorNames.previousCell}
          symbol="C"
          values={previousCell}
          range={LSTM_EXPLORER_LIMITS.previousCell}
          onChange={setPreviousCell}
        />
        <ModelControls />
      </div>
      {ready && <WeightMaps />}
      <p className="share-hint">
        <BilingualText text={lstmExplorerText.shareLink} />
      </p>
    </section>
  );
}
