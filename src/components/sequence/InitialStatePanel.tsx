import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { Bilingual } from '../../content/bilingual';
import { initialStateText } from '../../content/sequence/sequenceInputs';
import { directionCount, type PlainTensor, stateRow, stateRowCount } from '../../model';
import { useConcealed } from '../../store/concealedFigures';
import { initialStateOf } from '../../store/sequence/sequenceRun';
import { SEQUENCE_LIMITS } from '../../store/sequence/sequenceSettings';
import { sequenceStore, type SequenceState } from '../../store/sequence/sequenceStore';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { BilingualText } from '../shared/BilingualText';
import { fillText } from '../shared/fillText';
import { VectorSliders } from '../shared/VectorSliders';
import { withTerms } from '../shared/withTerms';
import './InitialStatePanel.css';

/** Row `row`, batch element `batch` of a (rows, B, H) state: the H values one cell starts from. */
function stateRowValues(state: PlainTensor, row: number, batch: number): number[] {
  const [, batchSize = 1, hidden = 0] = state.shape;
  const start = (row * batchSize + batch) * hidden;
  return Array.from(state.data.subarray(start, start + hidden));
}

/** The sliders of one row of h0 or c0, labelled with its PyTorch index and the cell it feeds. */
function StateRowSliders({
  state,
  values,
  where,
  onChange,
}: {
  state: 'h' | 'c';
  values: number[];
  where: { row: number; b: number; layer: number; direction?: Bilingual };
  onChange: (unit: number, value: number) => void;
}) {
  const { direction, ...indices } = where;
  const symbol = `${state}0`;
  const legend = direction
    ? fillText(initialStateText.rowWithDirection, { ...indices, state: symbol, direction })
    : fillText(initialStateText.row, { ...indices, state: symbol });
  const name = withTerms(
    fillText(state === 'h' ? initialStateText.hiddenName : initialStateText.cellName, { ...indices, state: symbol }),
  );
  return (
    <VectorSliders
      legend={legend}
      name={name}
      symbol={symbol}
      values={values}
      range={state === 'h' ? SEQUENCE_LIMITS.h0 : SEQUENCE_LIMITS.c0}
      onChange={onChange}
    />
  );
}

interface InitialStatePanelProps {
  /** The sequence store to read and change; the app's own unless a test passes a fresh one. */
  store?: StoreApi<SequenceState>;
}

/**
 * h0 (and c0 for an LSTM): their PyTorch shape with the current numbers, zeros or a random start,
 * and sliders for the row of the selected cell and the sequence shown.
 */
export function InitialStatePanel({ store = sequenceStore }: InitialStatePanelProps) {
  const kind = useStore(store, (state) => state.kind);
  const numLayers = useStore(store, (state) => state.numLayers);
  const bidirectional = useStore(store, (state) => state.bidirectional);
  const batch = useStore(store, (state) => state.batch);
  const hidden = useStore(store, (state) => state.hiddenSize);
  const layer = useStore(store, (state) => state.layer);
  const direction = useStore(store, (state) => state.direction);
  const b = useStore(store, (state) => state.shownBatch);
  const mode = useStore(store, (state) => state.initialState);
  const seed = useStore(store, (state) => state.stateSeed);
  const editCount = useStore(store, (state) => state.stateEdits.length);
  const run = useStore(store, (state) => state.run);
  // h0 and c0 have h_n's and c_n's shape: hidden while the tour asks for those.
  const concealShape = useConcealed('outputShapes');
  const { chooseInitialState, setInitialValue } = store.getState();

  const isLstm = kind === 'LSTM';
  const directions = directionCount({ bidirectional });
  const rows = stateRowCount({ numLayers, bidirectional });
  const row = stateRow({ bidirectional }, layer, direction);
  // Before the model layer starts, and when it refuses, there is no run; the settings give the
  // same states (the selectors above re-render on every setting they depend on).
  const settings = store.getState();
  const h0 = run?.h0 ?? initialStateOf(settings, 'h');
  const c0 = isLstm ? (run?.c0 ?? initialStateOf(settings, 'c')) : undefined;
  const where = {
    row,
    b,
    layer,
    direction: bidirectional ? (direction === 0 ? initialStateText.forward : initialStateText.reverse) : undefined,
  };
  const calls = isLstm ? { short: 'lstm(x)', full: 'lstm(x, (h0, c0))' } : { short: 'gru(x)', full: 'gru(x, h0)' };
  return (
    <fieldset className="control-panel initial-state-panel" data-tour="initialState">
      <legend>
        <BilingualText text={isLstm ? initialStateText.headingLstm : initialStateText.headingGru} />
      </legend>
      <p className="hint">
        {!concealShape && (
          <>
            <BilingualText
              text={fillText(initialStateText.shape, { layers: numLayers, directions, batch, hidden, rows })}
            />
            {isLstm && (
              <>
                {' '}
                <BilingualText text={initialStateText.shapeCell} />
              </>
            )}{' '}
          </>
        )}
        <BilingualText text={fillText(initialStateText.pytorchDefault, calls)} />
      </p>
      <div className="button-row">
        <button
          type="button"
          className="action-button"
          aria-pressed={mode === 'zeros'}
          onClick={() => chooseInitialState('zeros')}
        >
          <BilingualText text={initialStateText.zeros} />
        </button>
        <button
          type="button"
          className="action-button"
          aria-pressed={mode === 'random'}
          onClick={() => chooseInitialState('random')}
        >
          <BilingualText
            text={fillText(
              initialStateText.random,
              concealShape ? { rows: '?', batch: '?', hidden: '?' } : { rows, batch, hidden },
            )}
          />
        </button>
      </div>
      {mode === 'random' && (
        <div className="state-row-actions">
          <BilingualParagraph
            className="hint"
            text={fillText(isLstm ? initialStateText.randomHintLstm : initialStateText.randomHintGru, { seed })}
          />
          <button type="button" className="action-button" onClick={() => chooseInitialState('random', seed + 1)}>
            <BilingualText text={initialStateText.newNumbers} />
          </button>
        </div>
      )}
      {editCount > 0 && (
        <div className="state-row-actions">
          <p className="hint">
            <BilingualText text={fillText(initialStateText.editedCount, { count: editCount })} />
          </p>
          {/* Zeros is PyTorch's default, so undoing the hand edits goes back there, not to the random start. */}
          <button type="button" className="action-button" onClick={() => chooseInitialState('zeros')}>
            <BilingualText text={initialStateText.resetZeros} />
          </button>
        </div>
      )}
      {/* Closed at first: 2 × hidden_size sliders would push the timeline below the fold. */}
      <details className="state-sliders" open={editCount > 0 || undefined}>
        <summary>
          <BilingualText text={initialStateText.handEdits} />
        </summary>
        <p className="hint">
          <BilingualText text={initialStateText.rowHint} />
        </p>
        <StateRowSliders
          state="h"
          values={stateRowValues(h0, row, b)}
          where={where}
          onChange={(unit, value) => setInitialValue('h', unit, value)}
        />
        {c0 && (
          <StateRowSliders
            state="c"
            values={stateRowValues(c0, row, b)}
            where={where}
            onChange={(unit, value) => setInitialValue('c', unit, value)}
          />
        )}
      </details>
    </fieldset>
  );
}
