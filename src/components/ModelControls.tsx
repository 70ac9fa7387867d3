import { useId } from 'react';
import { glossary } from '../content/glossary';
import { lstmGateTerms } from '../content/lstmGateTerms';
import { lstmExplorerText } from '../content/lstmExplorer';
import { LSTM_GATE_NAMES, type LstmGateName } from '../model/lstmGates';
import { COURSE_SIZES, LSTM_EXPLORER_LIMITS } from '../store/lstmExplorerLimits';
import { useLstmExplorerStore } from '../store/lstmExplorerStore';
import { BilingualText } from './BilingualText';
import { fillText } from './fillText';
import { useShownLanguages } from './useShownLanguages';
import { ValueSlider } from './ValueSlider';
import './ModelControls.css';

const GATE_SYMBOLS: Readonly<Record<LstmGateName, string>> = {
  forget: 'b_f',
  input: 'b_i',
  candidate: 'b_g',
  output: 'b_o',
};

const TEACHING_SIZES = Array.from(
  { length: LSTM_EXPLORER_LIMITS.teachingSize.max - LSTM_EXPLORER_LIMITS.teachingSize.min + 1 },
  (_, index) => LSTM_EXPLORER_LIMITS.teachingSize.min + index,
);

function SizeSelect({
  label,
  value,
  onChange,
}: {
  label: keyof typeof lstmExplorerText;
  value: number;
  onChange: (size: number) => void;
}) {
  const id = useId();
  return (
    <div className="size-select">
      <label htmlFor={id}>
        <BilingualText text={lstmExplorerText[label]} />
      </label>
      <select id={id} value={value} onChange={(event) => onChange(Number(event.currentTarget.value))}>
        {TEACHING_SIZES.map((size) => (
          <option key={size} value={size}>
            {size}
          </option>
        ))}
        {!TEACHING_SIZES.includes(value) && <option value={value}>{value}</option>}
      </select>
    </div>
  );
}

/** Sizes, the weight preset and its seed, and a bias shift per gate. */
export function ModelControls() {
  const [language] = useShownLanguages();
  const inputSize = useLstmExplorerStore((state) => state.inputSize);
  const hiddenSize = useLstmExplorerStore((state) => state.hiddenSize);
  const preset = useLstmExplorerStore((state) => state.preset);
  const seed = useLstmExplorerStore((state) => state.seed);
  const editCount = useLstmExplorerStore((state) => state.weightEdits.length);
  const biasShifts = useLstmExplorerStore((state) => state.biasShifts);
  const setSizes = useLstmExplorerStore((state) => state.setSizes);
  const choosePreset = useLstmExplorerStore((state) => state.choosePreset);
  const setBiasShift = useLstmExplorerStore((state) => state.setBiasShift);
  const courseSize = inputSize === COURSE_SIZES.inputSize && hiddenSize === COURSE_SIZES.hiddenSize;
  return (
    <div className="model-controls">
      <fieldset className="control-panel">
        <legend>
          <BilingualText text={lstmExplorerText.model} />
        </legend>
        <div className="size-row">
          <SizeSelect
            label="inputSize"
            value={inputSize}
            onChange={(size) => setSizes(size, courseSize ? 4 : hiddenSize)}
          />
          <SizeSelect
            label="hiddenSize"
            value={hiddenSize}
            onChange={(size) => setSizes(courseSize ? 3 : inputSize, size)}
          />
        </div>
        <button
          type="button"
          className="action-button"
          aria-pressed={courseSize}
          onClick={() => (courseSize ? setSizes(3, 4) : setSizes(COURSE_SIZES.inputSize, COURSE_SIZES.hiddenSize))}
        >
          <BilingualText text={lstmExplorerText.courseSize} />
        </button>
      </fieldset>
      <fieldset className="control-panel">
        <legend>
          <BilingualText text={lstmExplorerText.weights} />
        </legend>
        <div className="preset-row" role="group" aria-label={lstmExplorerText.weights[language]}>
          <button
            type="button"
            className="action-button"
            aria-pressed={preset === 'random'}
            onClick={() => choosePreset('random')}
          >
            <BilingualText text={lstmExplorerText.presetRandom} />
          </button>
          <button
            type="button"
            className="action-button"
            aria-pressed={preset === 'keepsMemory'}
            onClick={() => choosePreset('keepsMemory')}
          >
            <BilingualText text={lstmExplorerText.presetKeepsMemory} />
          </button>
        </div>
        <p className="seed-row">
          <BilingualText text={lstmExplorerText.seed} />: <span className="seed-value">{seed}</span>{' '}
          <button type="button" className="action-button" onClick={() => choosePreset(preset, seed + 1)}>
            <BilingualText text={lstmExplorerText.newSeed} />
          </button>
        </p>
        {editCount > 0 && (
          <p className="edit-count">
            <BilingualText text={fillText(lstmExplorerText.editedWeights, { count: editCount })} />
          </p>
        )}
      </fieldset>
      <fieldset className="control-panel">
        <legend>
          <BilingualText text={lstmExplorerText.biases} />
        </legend>
        {LSTM_GATE_NAMES.map((gate) => (
          <ValueSlider
            key={gate}
            label={GATE_SYMBOLS[gate]}
            accessibleName={
              fillText(lstmExplorerText.gateBias, { gate: glossary[lstmGateTerms[gate]][language] })[language]
            }
            value={biasShifts[gate]}
            min={LSTM_EXPLORER_LIMITS.biasShift.min}
            max={LSTM_EXPLORER_LIMITS.biasShift.max}
            step={0.1}
            onChange={(value) => setBiasShift(gate, value)}
          />
        ))}
        <p className="hint">
          <BilingualText text={lstmExplorerText.biasHint} />
        </p>
      </fieldset>
    </div>
  );
}
