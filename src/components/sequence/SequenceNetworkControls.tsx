import { useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Bilingual } from '../../content/bilingual';
import { sequenceNetworkText } from '../../content/sequence/sequence';
import type { CellKind } from '../../model';
import { SequenceExportButtons } from './SequenceExportButtons';
import { pytorchSnippet, type SnippetSettings } from '../../store/sequence/pytorchSnippet';
import { sequenceStore, useSequenceStore, type SequenceStructure } from '../../store/sequence/sequenceStore';
import { BilingualText } from '../shared/BilingualText';
import { PythonCode } from '../shared/PythonCode';
import { useShownLanguages } from '../shared/useShownLanguages';
import './SequenceNetworkControls.css';

const SIZE_OPTIONS = {
  inputSize: [1, 2, 3, 4, 8, 10, 50],
  hiddenSize: [2, 4, 8, 16, 20, 32, 100],
  numLayers: [1, 2, 3],
  steps: [3, 5, 10, 20, 30, 40, 50],
  batch: [1, 2, 3, 4, 8, 16, 32],
} as const satisfies Partial<Record<keyof SequenceStructure, readonly number[]>>;

/** A select over a few sizes; a size from a link that is not among them is offered too. */
function StructureSelect({ field, label }: { field: keyof typeof SIZE_OPTIONS; label: Bilingual }) {
  const id = useId();
  const value = useSequenceStore((state) => state[field]);
  const options: readonly number[] = SIZE_OPTIONS[field];
  return (
    <div className="size-select">
      <label htmlFor={id}>
        <BilingualText text={label} />
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => sequenceStore.getState().configure({ [field]: Number(event.currentTarget.value) })}
      >
        {[...new Set([...options, value])]
          .sort((a, b) => a - b)
          .map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
      </select>
    </div>
  );
}

function FlagToggle({ field, label }: { field: 'bidirectional' | 'batchFirst'; label: Bilingual }) {
  const checked = useSequenceStore((state) => state[field]);
  return (
    <label className="sequence-flag">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => sequenceStore.getState().configure({ [field]: event.currentTarget.checked })}
      />{' '}
      <BilingualText text={label} />
    </label>
  );
}

/** The PyTorch lines that build and run the network shown, updated with every control. */
function PyTorchCode() {
  // Every setting the code reads, picked one by one so a step of playback does not rebuild it.
  const settings = useSequenceStore(
    useShallow((state): SnippetSettings => ({
      kind: state.kind,
      inputSize: state.inputSize,
      hiddenSize: state.hiddenSize,
      numLayers: state.numLayers,
      bidirectional: state.bidirectional,
      batchFirst: state.batchFirst,
      steps: state.steps,
      batch: state.batch,
      weightPreset: state.weightPreset,
      weightSeed: state.weightSeed,
      biasShifts: state.biasShifts,
      inputPreset: state.inputPreset,
      inputEdits: state.inputEdits,
      initialState: state.initialState,
      stateEdits: state.stateEdits,
    })),
  );
  const imported = useSequenceStore((state) => state.imported);
  const lines = useMemo(() => pytorchSnippet(settings, imported), [settings, imported]);
  return (
    <figure className="sequence-code" data-tour="code">
      <figcaption>
        <BilingualText text={sequenceNetworkText.code} />
      </figcaption>
      <PythonCode lines={lines} />
      <SequenceExportButtons />
    </figure>
  );
}

/** The network's structure, the course's two networks, and their PyTorch code. */
export function SequenceNetworkControls() {
  const [language] = useShownLanguages();
  const kind = useSequenceStore((state) => state.kind);
  const { configure, loadCourseNetwork } = sequenceStore.getState();
  const kinds: CellKind[] = ['LSTM', 'GRU'];
  return (
    <div className="sequence-network">
      <fieldset className="control-panel" data-tour="network">
        <legend>
          <BilingualText text={sequenceNetworkText.legend} />
        </legend>
        <div className="preset-row" role="group" aria-label={sequenceNetworkText.cell[language]}>
          {kinds.map((option) => (
            <button
              key={option}
              type="button"
              className="action-button"
              aria-pressed={kind === option}
              onClick={() => configure({ kind: option })}
            >
              nn.{option}
            </button>
          ))}
        </div>
        <div className="size-row">
          <StructureSelect field="inputSize" label={sequenceNetworkText.inputSize} />
          <StructureSelect field="hiddenSize" label={sequenceNetworkText.hiddenSize} />
          <StructureSelect field="numLayers" label={sequenceNetworkText.numLayers} />
        </div>
        <div className="size-row">
          <StructureSelect field="steps" label={sequenceNetworkText.steps} />
          <StructureSelect field="batch" label={sequenceNetworkText.batch} />
        </div>
        <div className="size-row">
          <FlagToggle field="bidirectional" label={sequenceNetworkText.bidirectional} />
          <FlagToggle field="batchFirst" label={sequenceNetworkText.batchFirst} />
        </div>
        <div className="sequence-course">
          <button type="button" className="action-button" onClick={() => loadCourseNetwork('LSTM')}>
            <BilingualText text={sequenceNetworkText.courseLstm} />
          </button>
          <button type="button" className="action-button" onClick={() => loadCourseNetwork('GRU')}>
            <BilingualText text={sequenceNetworkText.courseGru} />
          </button>
        </div>
      </fieldset>
      <PyTorchCode />
    </div>
  );
}
