import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SEQUENCE_SETTINGS,
  sanitizeSequenceSettings,
  type SequenceSettings,
} from '../../../src/store/sequence/sequenceSettings';
import {
  hasSequenceSettings,
  searchWithSequenceSettings,
  sequenceSettingsFromSearch,
} from '../../../src/store/sequence/sequenceUrl';

const PREPARED: SequenceSettings = {
  ...DEFAULT_SEQUENCE_SETTINGS,
  kind: 'GRU',
  inputSize: 4,
  hiddenSize: 16,
  numLayers: 3,
  bidirectional: true,
  batchFirst: true,
  steps: 20,
  batch: 3,
  weightPreset: 'keepsMemory',
  weightSeed: 7,
  biasShifts: { update: 2.5, reset: -1 },
  inputPreset: 'word',
  inputSeed: 4,
  inputEdits: [
    { t: 3, batch: 2, feature: 1, value: -1.25 },
    { t: 4, batch: 2, feature: 1, value: 2 },
  ],
  drawnFeature: 1,
  initialState: 'random',
  stateSeed: 9,
  stateEdits: [{ state: 'h', row: 5, batch: 1, unit: 15, value: 0.5 }],
  t: 12,
  layer: 2,
  direction: 1,
  shownBatch: 2,
  speed: 15,
};

describe('sequence view link', () => {
  it('restores exactly what an instructor prepared, keeping the other views’ parameters', () => {
    const search = searchWithSequenceSettings('?lang=zh&view=sequence&size=3x4&gseed=2', PREPARED);
    const params = new URLSearchParams(search);
    expect(params.get('lang')).toBe('zh');
    expect(params.get('size')).toBe('3x4');
    expect(params.get('snet')).toBe('gru.4x16x3');
    const restored = sanitizeSequenceSettings(sequenceSettingsFromSearch(search), DEFAULT_SEQUENCE_SETTINGS);
    expect(restored).toEqual(PREPARED);
  });

  it('carries the course’s GRU batch of 32 and the sequence shown in it', () => {
    const given = sequenceSettingsFromSearch('?snet=gru.10x20x1&slen=3&sbatch=32&sb=31');
    expect(sanitizeSequenceSettings(given, DEFAULT_SEQUENCE_SETTINGS)).toMatchObject({
      kind: 'GRU',
      steps: 3,
      batch: 32,
      shownBatch: 31,
    });
  });

  it('is told apart from the explorers’ and the comparison’s keys', () => {
    expect(hasSequenceSettings('?size=3x4&seed=2&stage=1&gsize=3x4&vssize=3x4&vsseed=1')).toBe(false);
    expect(hasSequenceSettings('?st=3')).toBe(true);
  });

  it('restores what it can from a hostile or truncated link, and nothing else', () => {
    const given = sequenceSettingsFromSearch(
      '?snet=rnn.4x4x2&sdir=maybe&slen=1e3&sbatch=-1&sw=evil&sbias=f1e308,q2,zz&sx=<script>&sdraw=1.0.0:2;x;9.9.9.9:1;2.0.0:NaN&s0e=q.0.0.0:1;c.0.0.1:99&st=abc&scell=9.9',
    );
    const settings = sanitizeSequenceSettings(given, DEFAULT_SEQUENCE_SETTINGS);
    expect(settings.kind).toBe('LSTM');
    expect(settings.numLayers).toBe(2);
    expect(settings.bidirectional).toBe(false);
    expect(settings.steps).toBe(30);
    expect(settings.batch).toBe(1);
    expect(settings.weightPreset).toBe('random');
    expect(settings.biasShifts).toEqual({ forget: 6 });
    expect(settings.inputPreset).toBe('pulse');
    expect(settings.inputEdits).toEqual([{ t: 1, batch: 0, feature: 0, value: 2 }]);
    expect(settings.stateEdits).toEqual([{ state: 'c', row: 0, batch: 0, unit: 1, value: 20 }]);
    expect([settings.t, settings.layer, settings.direction]).toEqual([0, 0, 0]);
  });

  it('writes each gate with its cell’s letter, and still reads a GRU candidate written g by older links', () => {
    const gru = { ...PREPARED, biasShifts: { candidate: 1.5, update: 2 } };
    expect(new URLSearchParams(searchWithSequenceSettings('', gru)).get('sbias')).toBe('n1.5,z2');
    const lstm = { ...DEFAULT_SEQUENCE_SETTINGS, biasShifts: { candidate: -1 } };
    expect(new URLSearchParams(searchWithSequenceSettings('', lstm)).get('sbias')).toBe('g-1');
    const old = sequenceSettingsFromSearch('?snet=gru.1x8x1&sbias=z2,g1.5');
    expect(sanitizeSequenceSettings(old, DEFAULT_SEQUENCE_SETTINGS).biasShifts).toEqual({ update: 2, candidate: 1.5 });
  });
});
