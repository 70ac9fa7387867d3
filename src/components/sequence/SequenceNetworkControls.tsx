import { useId } from 'react';
import { LANGUAGE_TAGS, type Bilingual } from '../../content/bilingual';
import { sequenceNetworkText } from '../../content/sequence/sequence';
import type { CellKind } from '../../model';
import { sequenceStore, useSequenceStore, type SequenceStructure } from '../../store/sequence/sequenceStore';
import { BilingualText } from '../shared/BilingualText';
import { fillText } from '../shared/fillText';
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
  const languages = useShownLanguages().flatMap((language) => (language ? [language] : []));
  const kind = useSequenceStore((state) => state.kind);
  const inputSize = useSequenceStore((state) => state.inputSize);
  const hiddenSize = useSequenceStore((state) => state.hiddenSize);
  const numLayers = useSequenceStore((state) => state.numLayers);
  const bidirectional = useSequenceStore((state) => state.bidirectional);
  const batchFirst = useSequenceStore((state) => state.batchFirst);
  const steps = useSequenceStore((state) => state.steps);
  const batch = useSequenceStore((state) => state.batch);
  const randomInput = useSequenceStore((state) => state.inputPreset === 'random' && state.inputEdits.length === 0);
  const zeroStart = useSequenceStore((state) => state.initialState === 'zeros' && state.stateEdits.length === 0);
  const name = kind.toLowerCase();
  const options = [
    numLayers !== 1 && `num_layers=${numLayers}`,
    batchFirst && 'batch_first=True',
    bidirectional && 'bidirectional=True',
  ].filter(Boolean);
  const shape = batchFirst ? `${batch}, ${steps}, ${inputSize}` : `${steps}, ${batch}, ${inputSize}`;
  const results = kind === 'LSTM' ? 'out, (h_n, c_n)' : 'out, h_n';
  const states = zeroStart ? '' : kind === 'LSTM' ? ', (h0, c0)' : ', h0';
  // Only a random input is torch.randn; any other is the one drawn above, of the same shape, which
  // a comment says in the reader's language (one line per language shown, still valid Python).
  const input = randomInput ? `torch.randn(${shape})` : '...';
  const inputComment = randomInput ? undefined : fillText(sequenceNetworkText.codeInput, { shape });
  return (
    <figure className="sequence-code" data-tour="code">
      <figcaption>
        <BilingualText text={sequenceNetworkText.code} />
      </figcaption>
      <pre>
        <code>
          {`${name} = nn.${kind}(${[inputSize, hiddenSize, ...options].join(', ')})\n`}
          {inputComment &&
            languages.map((language) => (
              <span key={language} lang={LANGUAGE_TAGS[language]}>{`# ${inputComment[language]}\n`}</span>
            ))}
          {`x = ${input}\n`}
          {`${results} = ${name}(x${states})`}
        </code>
      </pre>
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
