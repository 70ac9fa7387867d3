import { commonText } from '../../content/commonText';
import { sequenceNetworkText } from '../../content/sequence/sequence';
import {
  type CellKind,
  directionCount,
  gateLetter,
  GRU_PACKED_GATE_INDEX,
  PACKED_GATE_INDEX,
  stateRowCount,
  weightPresetShifts,
} from '../../model';
import { pythonNumber, type SnippetLine } from '../pythonCode';
import { RANDOM_STATE_SCALE } from './sequenceRun';
import { SEQUENCE_GATES, SEQUENCE_LIMITS, type SequenceGate, type SequenceSettings } from './sequenceSettings';

// The sequence view's code box, as data: the PyTorch lines that build and run exactly the network
// on screen. Everything the model layer is given goes in: the constructor's options, each gate's
// bias shift (the app adds them to bias_ih, every layer and direction), h0 / c0 when they are not
// zeros, and x's shape. What the code cannot give is the page's random numbers, which come from
// its own seeded generator; a comment says so rather than let the student expect equal values.

export type { SnippetLine } from '../pythonCode';

/** What the code depends on: the settings minus the view's selection and playback. */
export type SnippetSettings = Pick<
  SequenceSettings,
  | 'kind'
  | 'inputSize'
  | 'hiddenSize'
  | 'numLayers'
  | 'bidirectional'
  | 'batchFirst'
  | 'steps'
  | 'batch'
  | 'weightPreset'
  | 'weightSeed'
  | 'biasShifts'
  | 'inputPreset'
  | 'inputEdits'
  | 'initialState'
  | 'stateEdits'
>;

/** What the code needs of an imported network (the sequence store's `imported`): its file, prefix, and bias. */
export interface SnippetImport {
  source: { file: string; prefix: string };
  module: { config: { bias: boolean } };
}

const PACKED_INDEX: Readonly<Record<CellKind, Readonly<Partial<Record<SequenceGate, number>>>>> = {
  LSTM: PACKED_GATE_INDEX,
  GRU: GRU_PACKED_GATE_INDEX,
};

/** The gates' letters in PyTorch's packed order: `i, f, g, o` or `r, z, n`. */
function packedLetters(kind: CellKind): string {
  const gates = [...SEQUENCE_GATES[kind]].sort((a, b) => PACKED_INDEX[kind][a]! - PACKED_INDEX[kind][b]!);
  return gates.map((gate) => gateLetter(kind, gate)).join(', ');
}

/** Each gate's total shift of b_ih, the preset's plus the sliders', in packed order; zeros left out. */
export function totalBiasShifts(
  settings: SnippetSettings,
  imported?: SnippetImport,
): { gate: SequenceGate; shift: number }[] {
  // An imported network's weights are the file's: the preset adds nothing to them.
  const preset = imported ? {} : weightPresetShifts(settings.kind, settings.weightPreset);
  return [...SEQUENCE_GATES[settings.kind]]
    .sort((a, b) => PACKED_INDEX[settings.kind][a]! - PACKED_INDEX[settings.kind][b]!)
    .map((gate) => ({ gate, shift: (preset[gate] ?? 0) + (settings.biasShifts[gate] ?? 0) }))
    .filter(({ shift }) => shift !== 0);
}

/** `lstm.bias_ih_l0`, `lstm.bias_ih_l0_reverse`, …: every layer and direction, in PyTorch's order. */
function biasNames(settings: SnippetSettings, name: string): string[] {
  return Array.from({ length: settings.numLayers }, (_, layer) =>
    Array.from(
      { length: directionCount(settings) },
      (_, direction) => `${name}.bias_ih_l${layer}${direction === 1 ? '_reverse' : ''}`,
    ),
  ).flat();
}

/** The `with torch.no_grad():` block that adds the shifts to b_ih, with its comment. */
function biasShiftLines(settings: SnippetSettings, name: string, imported?: SnippetImport): SnippetLine[] {
  const shifts = totalBiasShifts(settings, imported);
  if (shifts.length === 0) return [];
  const fromPreset = !imported && Object.keys(weightPresetShifts(settings.kind, settings.weightPreset)).length > 0;
  const fromSliders = SEQUENCE_GATES[settings.kind].some((gate) => (settings.biasShifts[gate] ?? 0) !== 0);
  const comment = fromPreset
    ? fromSliders
      ? sequenceNetworkText.codeShiftsBoth
      : sequenceNetworkText.codeShiftsPreset
    : sequenceNetworkText.codeShiftsSliders;
  const hidden = settings.hiddenSize;
  const biases = biasNames(settings, name);
  // One bias is indexed directly; several are walked in a loop, named one by one so the student
  // sees which parameters change.
  const target = biases.length === 1 ? biases[0]! : 'bias';
  const indent = biases.length === 1 ? '    ' : '        ';
  const added = shifts.map(({ gate, shift }) => {
    const first = PACKED_INDEX[settings.kind][gate]! * hidden;
    const operation = shift < 0 ? `-= ${pythonNumber(-shift)}` : `+= ${pythonNumber(shift)}`;
    return {
      code: `${indent}${target}[${first}:${first + hidden}] ${operation}  # ${gateLetter(settings.kind, gate)}`,
    };
  });
  return [
    { comment, values: { preset: commonText.presetKeepsMemory, blocks: packedLetters(settings.kind) } },
    { code: 'with torch.no_grad():' },
    ...(biases.length === 1 ? [] : [{ code: `    for bias in (${biases.join(', ')}):` }]),
    ...added,
  ];
}

/** `h0 = …` (or `c0`): zeros or the page's random draw written as torch.randn, then each hand-set value. */
function stateLines(settings: SnippetSettings, state: 'h' | 'c', shape: string): SnippetLine[] {
  const name = `${state}0`;
  const range = state === 'h' ? SEQUENCE_LIMITS.h0 : SEQUENCE_LIMITS.c0;
  const scale = RANDOM_STATE_SCALE[state];
  const randn = scale === 1 ? `torch.randn(${shape})` : `(${pythonNumber(scale)} * torch.randn(${shape}))`;
  // torch.randn would reach ±range.max about never for c0 (±20); for h0 (±1, at half the spread)
  // the clip is part of how the page draws it, so the code clips too.
  const drawn = state === 'h' ? `${randn}.clamp(${range.min}, ${range.max})` : randn;
  const start = settings.initialState === 'random' ? drawn : `torch.zeros(${shape})`;
  const edits = settings.stateEdits
    .filter((edit) => edit.state === state)
    .map((edit) => ({ code: `${name}[${edit.row}, ${edit.batch}, ${edit.unit}] = ${pythonNumber(edit.value)}` }));
  return [{ code: `${name} = ${start}` }, ...edits];
}

/**
 * The PyTorch lines that build and run the network `settings` describe, as the code box shows
 * them: `nn.LSTM(…)` / `nn.GRU(…)` with the options that differ from PyTorch's defaults, a
 * comment on the page's random weights, the bias shifts added to `bias_ih` of every layer and
 * direction under `torch.no_grad()`, x (torch.randn for the random preset, otherwise a comment
 * naming the input shown and its shape), h0 / c0 when not zeros, and the call. Pure: the same
 * settings give the same lines.
 */
export function pytorchSnippet(settings: SnippetSettings, imported?: SnippetImport): SnippetLine[] {
  const { kind, inputSize, hiddenSize, numLayers, bidirectional, batchFirst, steps, batch } = settings;
  const name = kind.toLowerCase();
  // A bias-free module is built with biases only when the page shifts them (then they start at zero).
  const shifted = totalBiasShifts(settings, imported).length > 0;
  const withoutBias = imported !== undefined && !imported.module.config.bias;
  const options = [
    numLayers !== 1 && `num_layers=${numLayers}`,
    withoutBias && !shifted && 'bias=False',
    batchFirst && 'batch_first=True',
    bidirectional && 'bidirectional=True',
  ].filter(Boolean);
  const shape = batchFirst ? `${batch}, ${steps}, ${inputSize}` : `${steps}, ${batch}, ${inputSize}`;
  const stateShape = `${stateRowCount(settings)}, ${batch}, ${hiddenSize}`;
  const randomInput = settings.inputPreset === 'random' && settings.inputEdits.length === 0;
  const zeroStart = settings.initialState === 'zeros' && settings.stateEdits.length === 0;
  const states = zeroStart
    ? []
    : [...stateLines(settings, 'h', stateShape), ...(kind === 'LSTM' ? stateLines(settings, 'c', stateShape) : [])];
  const randn = randomInput || settings.initialState === 'random';
  const results = kind === 'LSTM' ? 'out, (h_n, c_n)' : 'out, h_n';
  const stateArgument = zeroStart ? '' : kind === 'LSTM' ? ', (h0, c0)' : ', h0';
  const weightLines: SnippetLine[] = imported
    ? importedWeightLines(name, imported, randn, withoutBias && shifted)
    : [
        {
          comment: randn ? sequenceNetworkText.codeWeightsAndRandn : sequenceNetworkText.codeWeights,
          values: { seed: settings.weightSeed },
        },
      ];
  return [
    ...(imported ? [{ code: fileImport(imported.source.file) }] : []),
    { code: `${name} = nn.${kind}(${[inputSize, hiddenSize, ...options].join(', ')})` },
    ...weightLines,
    ...biasShiftLines(settings, name, imported),
    // Only a random input is torch.randn; any other is the one drawn above, of the same shape.
    ...(randomInput
      ? [{ code: `x = torch.randn(${shape})` }]
      : [{ comment: sequenceNetworkText.codeInput, values: { shape } }, { code: 'x = ...' }]),
    ...states,
    { code: `${results} = ${name}(x${stateArgument})` },
  ];
}

/** A Python string literal of `text` (JSON's escapes are Python's too). */
const pythonString = (text: string) => JSON.stringify(text);

const isJsonFile = (file: string) => /\.json$/i.test(file);

/** What reads the file: safetensors' `load_file`, or the json module for a JSON state_dict. */
function fileImport(file: string): string {
  return isJsonFile(file) ? 'import json' : 'from safetensors.torch import load_file';
}

/**
 * The lines that load an imported file into the network: read it (a JSON state_dict, bare or as a
 * fixture request's `state_dict`, becomes tensors), keep the module's own entries without its
 * prefix, and load them; a bias-free module the page shifts is loaded beside zero biases.
 */
function importedWeightLines(name: string, imported: SnippetImport, randn: boolean, zeroBias: boolean): SnippetLine[] {
  const { file, prefix } = imported.source;
  const read = isJsonFile(file)
    ? [
        { code: `raw = json.load(open(${pythonString(file)}))` },
        {
          code: 'state = {k: torch.tensor(v["data"]).reshape(v["shape"]) for k, v in raw.get("state_dict", raw).items()}',
        },
      ]
    : [{ code: `state = load_file(${pythonString(file)})` }];
  const entries = prefix
    ? `{k[${prefix.length}:]: v for k, v in state.items() if k.startswith(${pythonString(prefix)})}`
    : 'state';
  return [
    {
      comment: randn ? sequenceNetworkText.codeImportedAndRandn : sequenceNetworkText.codeImported,
      values: { file },
    },
    ...read,
    ...(zeroBias
      ? [
          { comment: sequenceNetworkText.codeImportedZeroBias, values: {} },
          { code: `${name}.load_state_dict(${entries}, strict=False)` },
          { code: 'with torch.no_grad():' },
          { code: `    for bias in (p for n, p in ${name}.named_parameters() if n.startswith("bias")):` },
          { code: '        bias.zero_()' },
        ]
      : [{ code: `${name}.load_state_dict(${entries})` }]),
  ];
}
