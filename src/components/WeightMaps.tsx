import { glossary } from '../content/glossary';
import { lstmGateTerms } from '../content/lstmGateTerms';
import { lstmExplorerText } from '../content/lstmExplorer';
import { gateWeightBlocks, LSTM_GATE_NAMES, type LstmGateName } from '../model/lstmGates';
import { useLstmExplorerStore } from '../store/lstmExplorerStore';
import { BilingualParagraph } from './BilingualParagraph';
import { BilingualText } from './BilingualText';
import { fillText } from './fillText';
import { useShownLanguages } from './useShownLanguages';
import { WeightHeatMap, type WeightHeatMapLabels } from './WeightHeatMap';
import './WeightMaps.css';

/** A heat map of each gate's weights over [h_{t−1}, x_t]; clicking a weight edits it. */
export function WeightMaps() {
  const [language] = useShownLanguages();
  const weights = useLstmExplorerStore((state) => state.weights);
  const editWeight = useLstmExplorerStore((state) => state.editWeight);
  const blocks = gateWeightBlocks(weights);
  const labelsFor = (gate: LstmGateName): WeightHeatMapLabels => {
    const text = lstmExplorerText;
    return {
      name: fillText(text.gateWeights, { gate: glossary[lstmGateTerms[gate]][language] })[language],
      weightValue: text.weightValue[language],
      editor: text.weightEditor[language],
      apply: text.apply[language],
      cancel: text.cancel[language],
      notANumber: text.notANumber[language],
      outOfRange: text.outOfRange[language],
    };
  };
  return (
    <section className="weight-maps" aria-labelledby="weight-maps-heading">
      <h3 id="weight-maps-heading">
        <BilingualText text={lstmExplorerText.weightMaps} />
      </h3>
      <BilingualParagraph text={lstmExplorerText.weightMapsHint} className="hint" />
      <div className="weight-map-grid">
        {LSTM_GATE_NAMES.map((gate) => (
          <figure key={gate}>
            <figcaption>
              <BilingualText text={glossary[lstmGateTerms[gate]]} />
            </figcaption>
            <WeightHeatMap
              block={blocks[gate]}
              gate={gate}
              labels={labelsFor(gate)}
              onEdit={(unit, column, value) => editWeight({ gate, unit, column, value })}
            />
          </figure>
        ))}
      </div>
    </section>
  );
}
