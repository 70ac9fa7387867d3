import { glossary } from '../../content/glossary';
import { commonText } from '../../content/commonText';
import { sequenceNetworkText } from '../../content/sequence/sequence';
import { gateLetter } from '../../model';
import { SEQUENCE_GATES, SEQUENCE_LIMITS } from '../../store/sequence/sequenceSettings';
import { sequenceStore, useSequenceStore } from '../../store/sequence/sequenceStore';
import { BilingualText } from '../shared/BilingualText';
import { fillText } from '../shared/fillText';
import { sequenceGateTerm } from './sequenceGateNames';
import { useShownLanguages } from '../shared/useShownLanguages';
import { OpenWeightsButton } from '../shared/OpenWeightsButton';
import { ValueSlider } from '../shared/ValueSlider';
import './SequenceWeightControls.css';

/**
 * A bias shift per gate and the network's weights (a seeded preset): the sliders that change
 * what the timeline plays, first, so they sit beside it.
 */
export function SequenceWeightControls() {
  const [language] = useShownLanguages();
  const kind = useSequenceStore((state) => state.kind);
  const weightPreset = useSequenceStore((state) => state.weightPreset);
  const weightSeed = useSequenceStore((state) => state.weightSeed);
  const biasShifts = useSequenceStore((state) => state.biasShifts);
  // The imported network's weights are no preset: neither button reads as chosen.
  const imported = useSequenceStore((state) => state.imported !== undefined);
  const { chooseWeightPreset, setBiasShift } = sequenceStore.getState();
  return (
    <fieldset className="control-panel sequence-weights" data-tour="biases">
      <legend>
        <BilingualText text={sequenceNetworkText.weights} />
      </legend>
      <p className="sequence-biases-label">
        <BilingualText text={sequenceNetworkText.biases} />
      </p>
      {SEQUENCE_GATES[kind].map((gate) => {
        const term = sequenceGateTerm(gate, kind);
        return (
          <ValueSlider
            key={gate}
            label={
              <span>
                b<sub>{gateLetter(kind, gate)}</sub>
              </span>
            }
            accessibleName={fillText(sequenceNetworkText.gateBias, { gate: glossary[term][language] })[language]}
            value={biasShifts[gate] ?? 0}
            min={SEQUENCE_LIMITS.biasShift.min}
            max={SEQUENCE_LIMITS.biasShift.max}
            step={0.1}
            onChange={(value) => setBiasShift(gate, value)}
          />
        );
      })}
      <div className="preset-row" role="group" aria-label={sequenceNetworkText.weights[language]}>
        <button
          type="button"
          className="action-button"
          aria-pressed={!imported && weightPreset === 'random'}
          onClick={() => chooseWeightPreset('random')}
        >
          <BilingualText text={commonText.presetRandom} />
        </button>
        <button
          type="button"
          className="action-button"
          aria-pressed={!imported && weightPreset === 'keepsMemory'}
          onClick={() => chooseWeightPreset('keepsMemory')}
        >
          <BilingualText text={commonText.presetKeepsMemory} />
        </button>
        <OpenWeightsButton />
      </div>
      <p className="seed-row">
        <BilingualText text={commonText.seed} />: <span className="seed-value">{weightSeed}</span>{' '}
        <button
          type="button"
          className="action-button"
          onClick={() => chooseWeightPreset(weightPreset, weightSeed + 1)}
        >
          <BilingualText text={commonText.newSeed} />
        </button>
      </p>
    </fieldset>
  );
}
