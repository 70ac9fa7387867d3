import { describe, expect, it } from 'vitest';
import { pythonNumber } from '../../../src/store/pythonCode';
import { pytorchSnippet, type SnippetSettings } from '../../../src/store/sequence/pytorchSnippet';
import {
  COURSE_SEQUENCES,
  DEFAULT_SEQUENCE_SETTINGS,
  sanitizeSequenceSettings,
} from '../../../src/store/sequence/sequenceSettings';
import { snippetText } from './snippetReader';

// The code box's lines, built from settings alone: what each course network and a few settings
// write. pytorchSnippetRuns.test.ts runs them through the model layer.

/** The settings the view's course button gives, from the view's first network (forget +4 kept). */
const courseNetwork = (kind: 'LSTM' | 'GRU', change: Partial<SnippetSettings> = {}) =>
  sanitizeSequenceSettings(
    {
      ...COURSE_SEQUENCES[kind],
      bidirectional: false,
      inputPreset: 'random',
      inputEdits: [],
      stateEdits: [],
      ...change,
    },
    DEFAULT_SEQUENCE_SETTINGS,
  );

const code = (settings: SnippetSettings) =>
  snippetText(pytorchSnippet(settings)).filter((line) => !line.startsWith('#'));

describe('the sequence view’s PyTorch code', () => {
  it('builds the course’s LSTM with the view’s +4 on every layer’s forget block of bias_ih', () => {
    expect(snippetText(pytorchSnippet(courseNetwork('LSTM')))).toEqual([
      'lstm = nn.LSTM(50, 100, num_layers=2)',
      '# weights and torch.randn: drawn as PyTorch draws them, but by this page (weight seed 1): torch will print other values',
      '# bias shifts set above, added to bias_ih of every layer and direction (its rows: i, f, g, o, hidden_size each)',
      'with torch.no_grad():',
      '    for bias in (lstm.bias_ih_l0, lstm.bias_ih_l1):',
      '        bias[100:200] += 4  # f',
      'x = torch.randn(10, 3, 50)',
      'out, (h_n, c_n) = lstm(x)',
    ]);
  });

  it('builds the course’s GRU plainly when nothing is shifted, and indexes its one bias directly when it is', () => {
    expect(code(courseNetwork('GRU'))).toEqual([
      'gru = nn.GRU(10, 20)',
      'x = torch.randn(3, 32, 10)',
      'out, h_n = gru(x)',
    ]);
    expect(code(courseNetwork('GRU', { biasShifts: { update: 2.5, candidate: -1 } }))).toEqual([
      'gru = nn.GRU(10, 20)',
      'with torch.no_grad():',
      '    gru.bias_ih_l0[20:40] += 2.5  # z',
      '    gru.bias_ih_l0[40:60] -= 1  # n',
      'x = torch.randn(3, 32, 10)',
      'out, h_n = gru(x)',
    ]);
  });

  it('writes the shifts in PyTorch’s packed order i, f, g, o, each gate’s block of hidden_size rows', () => {
    const settings = {
      ...DEFAULT_SEQUENCE_SETTINGS,
      numLayers: 1,
      biasShifts: { output: 1, forget: 2, input: -3, candidate: 0.5 },
    };
    expect(code(settings).slice(1, 6)).toEqual([
      'with torch.no_grad():',
      '    lstm.bias_ih_l0[0:8] -= 3  # i',
      '    lstm.bias_ih_l0[8:16] += 2  # f',
      '    lstm.bias_ih_l0[16:24] += 0.5  # g',
      '    lstm.bias_ih_l0[24:32] += 1  # o',
    ]);
  });

  it('shifts every layer and both directions when bidirectional, with batch_first’s x laid out (B, L, F)', () => {
    const settings = {
      ...courseNetwork('GRU', { biasShifts: { reset: 1 } }),
      numLayers: 2,
      bidirectional: true,
      batchFirst: true,
    };
    expect(code(settings)).toEqual([
      'gru = nn.GRU(10, 20, num_layers=2, batch_first=True, bidirectional=True)',
      'with torch.no_grad():',
      '    for bias in (gru.bias_ih_l0, gru.bias_ih_l0_reverse, gru.bias_ih_l1, gru.bias_ih_l1_reverse):',
      '        bias[0:20] += 1  # r',
      'x = torch.randn(32, 3, 10)',
      'out, h_n = gru(x)',
    ]);
  });

  it('adds the “keeps memory” preset’s own shifts to the sliders’ and says both are there', () => {
    const settings = { ...courseNetwork('LSTM'), weightPreset: 'keepsMemory' as const, biasShifts: { forget: 0.1 } };
    const lines = snippetText(pytorchSnippet(settings));
    expect(lines).toContain('        bias[0:100] -= 4  # i');
    expect(lines).toContain('        bias[100:200] += 4.1  # f');
    expect(lines).toContain(
      '# bias shifts set above plus the “Keeps memory” weights’ own, added to bias_ih of every layer and direction (its rows: i, f, g, o, hidden_size each)',
    );
    const presetOnly = snippetText(pytorchSnippet({ ...settings, kind: 'GRU', biasShifts: {} }));
    expect(presetOnly).toContain('    for bias in (gru.bias_ih_l0, gru.bias_ih_l1):');
    expect(presetOnly).toContain('        bias[100:200] += 4  # z');
    expect(presetOnly.some((line) => line.startsWith('# bias shifts of the “Keeps memory” weights'))).toBe(true);
  });

  it('leaves the shift out when the sliders cancel the preset’s', () => {
    const settings = { ...courseNetwork('GRU'), weightPreset: 'keepsMemory' as const, biasShifts: { update: -4 } };
    expect(code(settings)).toEqual(['gru = nn.GRU(10, 20)', 'x = torch.randn(3, 32, 10)', 'out, h_n = gru(x)']);
  });

  it('makes h0 and c0 when they are not zeros: random as the page draws them, then each hand-set value', () => {
    const settings = {
      ...DEFAULT_SEQUENCE_SETTINGS,
      initialState: 'random' as const,
      stateEdits: [
        { state: 'h' as const, row: 1, batch: 0, unit: 3, value: 0.25 },
        { state: 'c' as const, row: 0, batch: 0, unit: 7, value: -6 },
      ],
    };
    expect(code(settings).slice(-6)).toEqual([
      'x = ...',
      'h0 = (0.5 * torch.randn(2, 1, 8)).clamp(-1, 1)',
      'h0[1, 0, 3] = 0.25',
      'c0 = torch.randn(2, 1, 8)',
      'c0[0, 0, 7] = -6',
      'out, (h_n, c_n) = lstm(x, (h0, c0))',
    ]);
    // One hand-set h0 value still needs c0 passed, as zeros: nn.LSTM takes the pair or nothing.
    const handSet = { ...DEFAULT_SEQUENCE_SETTINGS, stateEdits: [settings.stateEdits[0]!] };
    expect(code(handSet).slice(-4)).toEqual([
      'h0 = torch.zeros(2, 1, 8)',
      'h0[1, 0, 3] = 0.25',
      'c0 = torch.zeros(2, 1, 8)',
      'out, (h_n, c_n) = lstm(x, (h0, c0))',
    ]);
  });

  it('passes a GRU its one h0, shaped (layers × directions, B, H) whatever batch_first says', () => {
    const settings = {
      ...courseNetwork('GRU'),
      bidirectional: true,
      batchFirst: true,
      initialState: 'random' as const,
    };
    expect(code(settings).slice(-3)).toEqual([
      'x = torch.randn(32, 3, 10)',
      'h0 = (0.5 * torch.randn(2, 32, 20)).clamp(-1, 1)',
      'out, h_n = gru(x, h0)',
    ]);
  });

  it('writes every comment in each language shown, one line each, with its numbers filled in', () => {
    const lines = snippetText(pytorchSnippet(DEFAULT_SEQUENCE_SETTINGS), ['zh', 'en']);
    expect(lines.filter((line) => line.startsWith('#'))).toEqual([
      '# 权重：与 PyTorch 初始化方式相同的随机数，但由本页抽取（种子 1）：torch 打印出的数值会与屏幕上的不同',
      '# weights: random as PyTorch initialises them, but drawn by this page (seed 1): torch will print other values',
      '# 上面设定的偏置平移，加到每一层、每个方向的 bias_ih 上（它的行依次是 i, f, g, o，每门 hidden_size 行）',
      '# bias shifts set above, added to bias_ih of every layer and direction (its rows: i, f, g, o, hidden_size each)',
      '# x：即上面显示的输入，形状为 (30, 1, 1)',
      '# x: the input shown above, of shape (30, 1, 1)',
    ]);
  });

  it('writes numbers as short Python literals', () => {
    expect([4, -0.5, 4 + 0.1, 0.1 + 0.2, 1e-7].map(pythonNumber)).toEqual(['4', '-0.5', '4.1', '0.3', '1e-7']);
  });

  it('loads an imported network from its file: the module’s own entries, its prefix cut, and the shifts on top', () => {
    const settings = sanitizeSequenceSettings(
      { kind: 'LSTM', inputSize: 8, hiddenSize: 16, numLayers: 2, biasShifts: { forget: 0, input: 1 } },
      DEFAULT_SEQUENCE_SETTINGS,
    );
    const imported = {
      source: { file: 'my "model".safetensors', prefix: 'encoder.' },
      module: { config: { bias: true } },
    };
    const lines = snippetText(pytorchSnippet(settings, imported));
    expect(lines.slice(0, 5)).toEqual([
      'from safetensors.torch import load_file',
      'lstm = nn.LSTM(8, 16, num_layers=2)',
      '# weights: your file my "model".safetensors, the same numbers as on screen',
      'state = load_file("my \\"model\\".safetensors")',
      'lstm.load_state_dict({k[8:]: v for k, v in state.items() if k.startswith("encoder.")})',
    ]);
    // The view's own preset adds nothing to imported weights; the slider's shift does.
    expect(lines).toContain('        bias[0:16] += 1  # i');
    expect(lines.join('\n')).not.toContain('seed');
  });

  it('reads a JSON state_dict, and gives a bias-free module zero biases only when it shifts them', () => {
    const settings = sanitizeSequenceSettings(
      { kind: 'GRU', inputSize: 4, hiddenSize: 3, numLayers: 1, biasShifts: { forget: 0 } },
      DEFAULT_SEQUENCE_SETTINGS,
    );
    const imported = { source: { file: 'gru.json', prefix: '' }, module: { config: { bias: false } } };
    expect(snippetText(pytorchSnippet({ ...settings, biasShifts: {} }, imported)).slice(0, 5)).toEqual([
      'import json',
      'gru = nn.GRU(4, 3, bias=False)',
      '# weights: your file gru.json, the same numbers as on screen',
      'raw = json.load(open("gru.json"))',
      'state = {k: torch.tensor(v["data"]).reshape(v["shape"]) for k, v in raw.get("state_dict", raw).items()}',
    ]);
    const shifted = snippetText(pytorchSnippet({ ...settings, biasShifts: { update: 2 } }, imported));
    expect(shifted[1]).toBe('gru = nn.GRU(4, 3)');
    expect(shifted).toContain('gru.load_state_dict(state, strict=False)');
    expect(shifted.indexOf('        bias.zero_()')).toBeLessThan(shifted.indexOf('    gru.bias_ih_l0[3:6] += 2  # z'));
  });
});
