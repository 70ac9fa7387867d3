import { useId } from 'react';
import { commonText } from '../../content/commonText';
import { EXPLORER_LIMITS } from '../../store/explorerLimits';
import { BilingualText } from '../shared/BilingualText';
import type { CellExplorerUi } from './cellExplorerUi';
import { CellExportButtons } from './CellExportButtons';
import { fillText } from '../shared/fillText';
import { useShownLanguages } from '../shared/useShownLanguages';
import './ModelControls.css';
import { OpenWeightsButton } from '../shared/OpenWeightsButton';

const TEACHING_SIZES = Array.from(
  { length: EXPLORER_LIMITS.teachingSize.max - EXPLORER_LIMITS.teachingSize.min + 1 },
  (_, index) => EXPLORER_LIMITS.teachingSize.min + index,
);

function SizeSelect({
  label,
  value,
  onChange,
}: {
  label: keyof typeof commonText;
  value: number;
  onChange: (size: number) => void;
}) {
  const id = useId();
  return (
    <div className="size-select">
      <label htmlFor={id}>
        <BilingualText text={commonText[label]} />
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

/** Sizes, the weight preset and its seed, for one explorer's cell (its bias shifts are {@link BiasSliders}). */
export function ModelControls<Gate extends string, Explanation>({
  ui,
  kind,
}: {
  ui: CellExplorerUi<Gate, Explanation>;
  kind: 'lstm' | 'gru';
}) {
  const [language] = useShownLanguages();
  const { useExplorer, courseSizes, teachingSizes } = ui;
  const inputSize = useExplorer((state) => state.inputSize);
  const hiddenSize = useExplorer((state) => state.hiddenSize);
  const preset = useExplorer((state) => state.preset);
  const seed = useExplorer((state) => state.seed);
  const editCount = useExplorer((state) => state.weightEdits.length);
  const setSizes = useExplorer((state) => state.setSizes);
  const choosePreset = useExplorer((state) => state.choosePreset);
  const courseSize = inputSize === courseSizes.inputSize && hiddenSize === courseSizes.hiddenSize;
  return (
    <div className="model-controls">
      <fieldset className="control-panel">
        <legend>
          <BilingualText text={commonText.model} />
        </legend>
        <div className="size-row">
          <SizeSelect
            label="inputSize"
            value={inputSize}
            onChange={(size) => setSizes(size, courseSize ? teachingSizes.hiddenSize : hiddenSize)}
          />
          <SizeSelect
            label="hiddenSize"
            value={hiddenSize}
            onChange={(size) => setSizes(courseSize ? teachingSizes.inputSize : inputSize, size)}
          />
        </div>
        <button
          type="button"
          className="action-button"
          aria-pressed={courseSize}
          onClick={() =>
            courseSize
              ? setSizes(teachingSizes.inputSize, teachingSizes.hiddenSize)
              : setSizes(courseSizes.inputSize, courseSizes.hiddenSize)
          }
        >
          <BilingualText text={ui.text.courseSize} />
        </button>
      </fieldset>
      <fieldset className="control-panel">
        <legend>
          <BilingualText text={commonText.weights} />
        </legend>
        <div className="preset-row" role="group" aria-label={commonText.weights[language]}>
          <button
            type="button"
            className="action-button"
            aria-pressed={preset === 'random'}
            onClick={() => choosePreset('random')}
          >
            <BilingualText text={commonText.presetRandom} />
          </button>
          <button
            type="button"
            className="action-button"
            aria-pressed={preset === 'keepsMemory'}
            onClick={() => choosePreset('keepsMemory')}
          >
            <BilingualText text={ui.text.presetKeepsMemory} />
          </button>
        </div>
        <p className="seed-row">
          <BilingualText text={commonText.seed} />: <span className="seed-value">{seed}</span>{' '}
          <button type="button" className="action-button" onClick={() => choosePreset(preset, seed + 1)}>
            <BilingualText text={commonText.newSeed} />
          </button>
        </p>
        <p className="seed-row">
          <OpenWeightsButton />
        </p>
        <CellExportButtons ui={ui} kind={kind} />
        {editCount > 0 && (
          <p className="edit-count">
            <BilingualText text={fillText(commonText.editedWeights, { count: editCount })} />
          </p>
        )}
      </fieldset>
    </div>
  );
}
