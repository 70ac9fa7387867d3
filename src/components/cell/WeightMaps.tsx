import { useId } from 'react';
import { glossary } from '../../content/glossary';
import { commonText } from '../../content/commonText';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { BilingualText } from '../shared/BilingualText';
import type { CellExplorerUi } from './cellExplorerUi';
import { fillText } from '../shared/fillText';
import { useShownLanguages } from '../shared/useShownLanguages';
import { withTerms } from '../shared/withTerms';
import { WeightHeatMap, type WeightHeatMapLabels } from './WeightHeatMap';
import './WeightMaps.css';

/** A heat map of each gate's weights over [h_{t−1}, x_t]; clicking a weight edits it. */
export function WeightMaps<Gate extends string, Explanation>({ ui }: { ui: CellExplorerUi<Gate, Explanation> }) {
  const [language] = useShownLanguages();
  const headingId = useId();
  const weights = ui.useExplorer((state) => state.weights);
  const editWeight = ui.useExplorer((state) => state.editWeight);
  const blocks = ui.gateBlocks(weights);
  const labelsFor = (gate: Gate): WeightHeatMapLabels => {
    const text = commonText;
    return {
      name: fillText(text.gateWeights, { gate: glossary[ui.gateTerms[gate]][language] })[language],
      weightValue: text.weightValue[language],
      editor: text.weightEditor[language],
      apply: text.apply[language],
      cancel: text.cancel[language],
      notANumber: text.notANumber[language],
      outOfRange: text.outOfRange[language],
    };
  };
  return (
    <section id="weights" data-section className="weight-maps" data-tour="weights" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <BilingualText text={withTerms(ui.text.weightMaps)} />
      </h3>
      <BilingualParagraph text={withTerms(ui.text.weightMapsHint)} className="hint" />
      <div className="weight-map-grid">
        {ui.notation.gates.map((gate) => (
          <figure key={gate}>
            <figcaption>
              <BilingualText text={glossary[ui.gateTerms[gate]]} />
            </figcaption>
            <WeightHeatMap
              block={blocks[gate]}
              color={ui.gateColors[gate]}
              labels={labelsFor(gate)}
              onEdit={(unit, column, value) => editWeight({ gate, unit, column, value })}
            />
          </figure>
        ))}
      </div>
    </section>
  );
}
