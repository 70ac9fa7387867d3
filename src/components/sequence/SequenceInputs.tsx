import { useId } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { Bilingual } from '../../content/bilingual';
import { sequenceInputText } from '../../content/sequence/sequenceInputs';
import {
  PULSE_HEIGHT,
  SEQUENCE_INPUT_PRESETS,
  SEQUENCE_WORDS,
  type SequenceInputPreset,
  SINE_PERIOD,
  wordAlphabet,
} from '../../model';
import { timeMajorInputOf } from '../../store/sequence/sequenceRun';
import { sequenceStore, type SequenceState } from '../../store/sequence/sequenceStore';
import { BilingualParagraph } from '../shared/BilingualParagraph';
import { BilingualText } from '../shared/BilingualText';
import { fillText } from '../shared/fillText';
import { InputSketch } from './InputSketch';
import './SequenceInputs.css';

const PRESET_NAMES: Readonly<Record<SequenceInputPreset, Bilingual>> = {
  pulse: sequenceInputText.presetPulse,
  sine: sequenceInputText.presetSine,
  word: sequenceInputText.presetWord,
  random: sequenceInputText.presetRandom,
};

/** The letters of the word preset grouped by the feature they light: letter k lights feature k mod input_size. */
function lettersByFeature(batch: number, inputSize: number): string[][] {
  const alphabet = wordAlphabet(batch);
  const features = Array.from({ length: Math.min(inputSize, alphabet.length) }, () => [] as string[]);
  alphabet.forEach((letter, index) => features[index % inputSize]!.push(letter));
  return features;
}

/** Which word the shown sequence spells and which letter lights which feature, sharing included. */
function WordLegend({
  batch,
  inputSize,
  steps,
  shownBatch,
}: Pick<SequenceState, 'batch' | 'inputSize' | 'steps' | 'shownBatch'>) {
  const labelId = useId();
  const word = SEQUENCE_WORDS[shownBatch % SEQUENCE_WORDS.length]!;
  const letters = wordAlphabet(batch).length;
  return (
    <div className="word-legend">
      <p>
        <BilingualText text={fillText(sequenceInputText.wordSpells, { b: shownBatch, word })} />
        {steps < word.length && (
          <>
            {' '}
            <BilingualText text={fillText(sequenceInputText.wordCut, { count: steps, steps })} />
          </>
        )}
      </p>
      <p id={labelId} className="word-legend-label">
        <BilingualText text={sequenceInputText.letterLegend} />
      </p>
      <ul className="letter-features" aria-labelledby={labelId}>
        {lettersByFeature(batch, inputSize).map((shared, feature) => (
          <li key={feature}>
            <span className="letter-feature">f = {feature}:</span> {shared.join(', ')}
          </li>
        ))}
      </ul>
      {letters > inputSize && (
        <p className="hint">
          <BilingualText text={fillText(sequenceInputText.lettersShare, { inputSize, letters })} />
        </p>
      )}
    </div>
  );
}

/** Up to this batch size each sequence gets a button; a larger batch (the course's 32) a select. */
const BATCH_BUTTONS_UP_TO = 8;

/** Picks the sequence shown, named by PyTorch's batch index b: a row of buttons, or a select for a large batch. */
function BatchPicker({
  batch,
  shownBatch,
  onPick,
}: {
  batch: number;
  shownBatch: number;
  onPick: (b: number) => void;
}) {
  const labelId = useId();
  const selectId = useId();
  const indices = Array.from({ length: batch }, (_, b) => b);
  return (
    <div className="batch-picker">
      {batch <= BATCH_BUTTONS_UP_TO ? (
        <>
          <p id={labelId} className="picker-label">
            <BilingualText text={sequenceInputText.batchLegend} />
          </p>
          <div className="button-row" role="group" aria-labelledby={labelId}>
            {indices.map((b) => (
              <button
                key={b}
                type="button"
                className="action-button"
                aria-pressed={b === shownBatch}
                onClick={() => onPick(b)}
              >
                b = {b}
              </button>
            ))}
          </div>
        </>
      ) : (
        <div className="batch-select">
          <label htmlFor={selectId} className="picker-label">
            <BilingualText text={sequenceInputText.batchLegend} />
          </label>
          <select id={selectId} value={shownBatch} onChange={(event) => onPick(Number(event.currentTarget.value))}>
            {indices.map((b) => (
              <option key={b} value={b}>
                b = {b}
              </option>
            ))}
          </select>
        </div>
      )}
      <p className="hint">
        <BilingualText
          text={fillText(sequenceInputText.batchHint, { number: shownBatch + 1, count: batch, b: shownBatch })}
        />
      </p>
    </div>
  );
}

/** Picks the feature f the sketch draws; under the word preset each option names its letters. */
function FeaturePicker({
  inputSize,
  feature,
  letters,
  onPick,
}: {
  inputSize: number;
  feature: number;
  letters: string[][] | undefined;
  onPick: (feature: number) => void;
}) {
  const id = useId();
  return (
    <div className="feature-picker">
      <label htmlFor={id}>
        <BilingualText text={sequenceInputText.featureLabel} />
      </label>
      <select id={id} value={feature} onChange={(event) => onPick(Number(event.currentTarget.value))}>
        {Array.from({ length: inputSize }, (_, f) => (
          <option key={f} value={f}>
            {letters?.[f] ? `${f} (${letters[f].join(', ')})` : f}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The hint under the presets: what the chosen one feeds the network. */
function presetHint(preset: SequenceInputPreset, seed: number): Bilingual {
  if (preset === 'pulse') return fillText(sequenceInputText.pulseHint, { height: PULSE_HEIGHT });
  if (preset === 'sine') return fillText(sequenceInputText.sineHint, { period: SINE_PERIOD });
  if (preset === 'word') return sequenceInputText.wordHint;
  return fillText(sequenceInputText.randomHint, { seed });
}

interface SequenceInputsProps {
  /** The sequence store to read and change; the app's own unless a test passes a fresh one. */
  store?: StoreApi<SequenceState>;
}

/**
 * The sequence view's input x: a preset, the sequence (batch element) and feature to look at,
 * and a sketch of x_t[f] over t to draw on.
 */
export function SequenceInputs({ store = sequenceStore }: SequenceInputsProps) {
  const presetsId = useId();
  const steps = useStore(store, (state) => state.steps);
  const batch = useStore(store, (state) => state.batch);
  const inputSize = useStore(store, (state) => state.inputSize);
  const batchFirst = useStore(store, (state) => state.batchFirst);
  const preset = useStore(store, (state) => state.inputPreset);
  const seed = useStore(store, (state) => state.inputSeed);
  const edits = useStore(store, (state) => state.inputEdits);
  const feature = useStore(store, (state) => state.drawnFeature);
  const shownBatch = useStore(store, (state) => state.shownBatch);
  const shownStep = useStore(store, (state) => state.t);
  const run = useStore(store, (state) => state.run);
  const { chooseInputPreset, drawInput, chooseDrawnFeature, clearDrawing, showBatch } = store.getState();

  // Before the model layer starts, and when it refuses, there is no run; the settings give the
  // same input (the selectors above re-render on every setting it depends on).
  const input = run?.timeMajorInput ?? timeMajorInputOf(store.getState());
  const values = Array.from({ length: steps }, (_, t) => input[(t * batch + shownBatch) * inputSize + feature] ?? 0);
  const shape = { steps, batch, inputSize };
  return (
    <fieldset className="control-panel sequence-inputs" data-tour="inputs">
      <legend>
        <BilingualText text={sequenceInputText.heading} />
      </legend>
      <p className="hint">
        <BilingualText text={fillText(sequenceInputText.shape, shape)} />
        {batchFirst && (
          <>
            {' '}
            <BilingualText text={fillText(sequenceInputText.shapeBatchFirst, shape)} />
          </>
        )}
      </p>
      <p id={presetsId} className="picker-label">
        <BilingualText text={sequenceInputText.presets} />
      </p>
      <div className="button-row" role="group" aria-labelledby={presetsId}>
        {SEQUENCE_INPUT_PRESETS.map((name) => (
          <button
            key={name}
            type="button"
            className="action-button"
            aria-pressed={preset === name}
            onClick={() => chooseInputPreset(name)}
          >
            <BilingualText text={PRESET_NAMES[name]} />
          </button>
        ))}
      </div>
      <div className="preset-hint">
        <BilingualParagraph className="hint" text={presetHint(preset, seed)} />
        {preset === 'random' && (
          <button type="button" className="action-button" onClick={() => chooseInputPreset('random', seed + 1)}>
            <BilingualText text={sequenceInputText.newNumbers} />
          </button>
        )}
      </div>
      {preset === 'word' && <WordLegend batch={batch} inputSize={inputSize} steps={steps} shownBatch={shownBatch} />}
      {batch > 1 && <BatchPicker batch={batch} shownBatch={shownBatch} onPick={showBatch} />}
      {inputSize > 1 && (
        <FeaturePicker
          inputSize={inputSize}
          feature={feature}
          letters={preset === 'word' ? lettersByFeature(batch, inputSize) : undefined}
          onPick={chooseDrawnFeature}
        />
      )}
      <InputSketch values={values} shownStep={shownStep} batch={shownBatch} feature={feature} onDraw={drawInput} />
      {edits.length > 0 && (
        <div className="drawn-edits">
          <p className="hint">
            <BilingualText text={fillText(sequenceInputText.drawnCount, { count: edits.length })} />
          </p>
          <button type="button" className="action-button" onClick={clearDrawing}>
            <BilingualText text={sequenceInputText.clearDrawing} />
          </button>
        </div>
      )}
    </fieldset>
  );
}
