import { useState } from 'react';
import { shapesText } from '../../content/shapes/shapes';
import { isCellModule, type RecurrentModule } from '../../model';
import type { FieldProblem, ShapesFlagField } from '../../store/shapes/shapesSettings';
import { shapesStore, useShapesStore } from '../../store/shapes/shapesStore';
import { BilingualText } from '../shared/BilingualText';
import { useShownLanguages } from '../shared/useShownLanguages';
import { FieldProblemNote } from './FieldProblemNote';
import { ShapeField } from './ShapeField';

const MODULES: readonly RecurrentModule[] = ['LSTM', 'GRU', 'LSTMCell', 'GRUCell'];

function Flag({
  field,
  name,
  disabled,
  onProblem,
}: {
  field: ShapesFlagField;
  name: string;
  disabled?: boolean;
  onProblem: (problem: FieldProblem | undefined) => void;
}) {
  const checked = useShapesStore((state) => state[field]);
  return (
    <label className="shape-flag">
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onProblem(shapesStore.getState().setFlag(field, event.currentTarget.checked))}
      />{' '}
      <code>{name}</code>
    </label>
  );
}

/** The module, every constructor argument it takes, and the input's L and N. */
export function ShapesControls() {
  const [language] = useShownLanguages();
  const module = useShapesStore((state) => state.module);
  const batched = useShapesStore((state) => state.batched);
  const [problem, setProblem] = useState<FieldProblem | undefined>(undefined);
  const cell = isCellModule(module);
  return (
    <div className="shapes-controls">
      <fieldset className="control-panel">
        <legend>
          <BilingualText text={shapesText.module} />
        </legend>
        <div className="preset-row" role="group" aria-label={shapesText.module[language]}>
          {MODULES.map((option) => (
            <button
              key={option}
              type="button"
              className="action-button"
              aria-pressed={module === option}
              onClick={() => setProblem(shapesStore.getState().chooseModule(option))}
            >
              nn.{option}
            </button>
          ))}
        </div>
        <FieldProblemNote problem={problem} />
      </fieldset>
      <fieldset className="control-panel">
        <legend>
          <BilingualText text={shapesText.constructor} />
        </legend>
        <div className="shape-fields">
          <ShapeField field="inputSize" label={<code>input_size</code>} />
          <ShapeField field="hiddenSize" label={<code>hidden_size</code>} />
          <ShapeField field="numLayers" label={<code>num_layers</code>} disabled={cell} />
          <ShapeField field="dropout" label={<code>dropout</code>} disabled={cell} />
          <ShapeField field="projSize" label={<code>proj_size</code>} disabled={module !== 'LSTM'} />
        </div>
        <div className="shape-flags">
          <Flag field="bias" name="bias" onProblem={setProblem} />
          <Flag field="batchFirst" name="batch_first" disabled={cell} onProblem={setProblem} />
          <Flag field="bidirectional" name="bidirectional" disabled={cell} onProblem={setProblem} />
        </div>
        <p className="shapes-note">
          <BilingualText text={cell ? shapesText.cellTakesOneStep : shapesText.dropoutNote} />
        </p>
      </fieldset>
      <fieldset className="control-panel">
        <legend>
          <BilingualText text={shapesText.input} />
        </legend>
        <div className="shape-fields">
          <ShapeField field="steps" label={<BilingualText text={shapesText.steps} />} disabled={cell} />
          <ShapeField field="batch" label={<BilingualText text={shapesText.batch} />} disabled={!batched} />
        </div>
        <label className="shape-flag">
          <input
            type="checkbox"
            checked={batched}
            onChange={(event) => setProblem(shapesStore.getState().setFlag('batched', event.currentTarget.checked))}
          />{' '}
          {/* One flex item: side by side, both languages flow as one label. */}
          <span>
            <BilingualText text={shapesText.batched} />
          </span>
        </label>
      </fieldset>
    </div>
  );
}
