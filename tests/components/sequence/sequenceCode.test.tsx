import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SequenceNetworkControls } from '../../../src/components/sequence/SequenceNetworkControls';
import { DEFAULT_LANGUAGE_SETTINGS, languageStore } from '../../../src/store/languageStore';
import { sequenceStore } from '../../../src/store/sequence/sequenceStore';
import { DEFAULT_SEQUENCE_SETTINGS } from '../../../src/store/sequence/sequenceSettings';

// The code box under the sequence view's controls: PyTorch lines a student can copy, whose one
// comment is written in the language the student reads.

beforeEach(() => {
  languageStore.getState().restoreSettings(DEFAULT_LANGUAGE_SETTINGS);
  // Sizes set here, so the lines below do not depend on the view's defaults.
  sequenceStore.getState().restoreSettings({
    ...DEFAULT_SEQUENCE_SETTINGS,
    kind: 'LSTM',
    inputSize: 1,
    hiddenSize: 8,
    numLayers: 2,
    bidirectional: false,
    batchFirst: false,
    steps: 30,
    batch: 1,
    inputPreset: 'pulse',
    inputEdits: [],
    initialState: 'zeros',
    stateEdits: [],
  });
});
afterEach(cleanup);

function codeLines(): string[] {
  render(<SequenceNetworkControls />);
  const code = document.querySelector('.sequence-code code');
  expect(code).not.toBeNull();
  return code!.textContent!.split('\n');
}

describe('the sequence view’s PyTorch code', () => {
  it('comments the drawn input in Chinese for a Chinese reader, with no English in the box', () => {
    languageStore.getState().restoreSettings({ ...DEFAULT_LANGUAGE_SETTINGS, language: 'zh' });
    const lines = codeLines();
    expect(lines).toEqual([
      'lstm = nn.LSTM(1, 8, num_layers=2)',
      '# x：即上面显示的输入，形状为 (30, 1, 1)',
      'x = ...',
      'out, (h_n, c_n) = lstm(x)',
    ]);
  });

  it('comments it in English for an English reader, and in both, one comment line each, side by side', () => {
    expect(codeLines()).toContain('# x: the input shown above, of shape (30, 1, 1)');
    cleanup();
    languageStore.getState().restoreSettings({ ...DEFAULT_LANGUAGE_SETTINGS, language: 'zh', sideBySide: true });
    const lines = codeLines();
    expect(lines.slice(1, 4)).toEqual([
      '# x：即上面显示的输入，形状为 (30, 1, 1)',
      '# x: the input shown above, of shape (30, 1, 1)',
      'x = ...',
    ]);
  });

  it('writes a random input as the torch.randn call it is, without a comment', () => {
    languageStore.getState().restoreSettings({ ...DEFAULT_LANGUAGE_SETTINGS, language: 'zh' });
    sequenceStore.getState().chooseInputPreset('random');
    const lines = codeLines();
    expect(lines[1]).toBe('x = torch.randn(30, 1, 1)');
    expect(lines.some((line) => line.includes('#'))).toBe(false);
  });
});
