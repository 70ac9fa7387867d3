import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SequenceNetworkControls } from '../../../src/components/sequence/SequenceNetworkControls';
import { DEFAULT_LANGUAGE_SETTINGS, languageStore } from '../../../src/store/languageStore';
import { sequenceStore } from '../../../src/store/sequence/sequenceStore';
import { DEFAULT_SEQUENCE_SETTINGS } from '../../../src/store/sequence/sequenceSettings';

// The code box under the sequence view's controls: PyTorch lines a student can copy, that build the
// network on screen (bias shifts included), whose comments are written in the language the student reads.

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

const WEIGHTS_ZH =
  '# 权重：与 PyTorch 初始化方式相同的随机数，但由本页抽取（种子 1）：torch 打印出的数值会与屏幕上的不同';
const SHIFTS_ZH =
  '# 上面设定的偏置平移，加到每一层、每个方向的 bias_ih 上（它的行依次是 i, f, g, o，每门 hidden_size 行）';

describe('the sequence view’s PyTorch code', () => {
  it('comments the weights, the shifts and the drawn input in Chinese for a Chinese reader, with no English in the box', () => {
    languageStore.getState().restoreSettings({ ...DEFAULT_LANGUAGE_SETTINGS, language: 'zh' });
    const lines = codeLines();
    expect(lines).toEqual([
      'lstm = nn.LSTM(1, 8, num_layers=2)',
      WEIGHTS_ZH,
      SHIFTS_ZH,
      'with torch.no_grad():',
      '    for bias in (lstm.bias_ih_l0, lstm.bias_ih_l1):',
      '        bias[8:16] += 4  # f',
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
    expect(lines.slice(8, 11)).toEqual([
      '# x：即上面显示的输入，形状为 (30, 1, 1)',
      '# x: the input shown above, of shape (30, 1, 1)',
      'x = ...',
    ]);
    expect(lines.slice(1, 3)).toEqual([
      WEIGHTS_ZH,
      '# weights: random as PyTorch initialises them, but drawn by this page (seed 1): torch will print other values',
    ]);
  });

  it('writes a random input as the torch.randn call it is, with no comment on x', () => {
    languageStore.getState().restoreSettings({ ...DEFAULT_LANGUAGE_SETTINGS, language: 'zh' });
    sequenceStore.getState().chooseInputPreset('random');
    const lines = codeLines();
    expect(lines).toContain('x = torch.randn(30, 1, 1)');
    expect(lines.some((line) => line.startsWith('# x'))).toBe(false);
  });

  it('shows the course LSTM’s button building the forget bias the view keeps, and follows a slider', () => {
    render(<SequenceNetworkControls />);
    fireEvent.click(
      screen.getByRole('button', { name: 'The course’s nn.LSTM(50, 100, num_layers=2) on a (10, 3, 50) input' }),
    );
    const code = () => document.querySelector('.sequence-code code')!.textContent!.split('\n');
    expect(code()).toEqual([
      'lstm = nn.LSTM(50, 100, num_layers=2)',
      '# weights and torch.randn: drawn as PyTorch draws them, but by this page (weight seed 1): torch will print other values',
      '# bias shifts set above, added to bias_ih of every layer and direction (its rows: i, f, g, o, hidden_size each)',
      'with torch.no_grad():',
      '    for bias in (lstm.bias_ih_l0, lstm.bias_ih_l1):',
      '        bias[100:200] += 4  # f',
      'x = torch.randn(10, 3, 50)',
      'out, (h_n, c_n) = lstm(x)',
    ]);
    act(() => sequenceStore.getState().setBiasShift('output', -1.5));
    expect(code()).toContain('        bias[300:400] -= 1.5  # o');
    act(() => sequenceStore.getState().setBiasShift('forget', 0));
    expect(code()).not.toContain('        bias[100:200] += 4  # f');
  });
});
