import {
  defaultConfig,
  isCellModule,
  MAX_DIMENSION,
  MAX_LAYERS,
  MAX_PARAMETERS,
  parameterCount,
  type InputExtent,
  type RecurrentConfig,
  type RecurrentModule,
} from '../../model';

// The shapes view's settings: a torch.nn module's constructor arguments and its input's extent,
// checked field by field so a bad entry is named beside its field and the last good value stays.

/**
 * Everything the shapes view shows follows from these: PyTorch's arguments and the input's L, N.
 * The view lists the LSTM and GRU modules only, so the plain RNN's nonlinearity is not among them.
 */
export interface ShapesSettings extends Omit<RecurrentConfig, 'nonlinearity'>, InputExtent {
  module: RecurrentModule;
}

/** The numeric fields a reader types into. */
export type ShapesNumberField = 'inputSize' | 'hiddenSize' | 'numLayers' | 'projSize' | 'dropout' | 'steps' | 'batch';

/** The on/off fields. */
export type ShapesFlagField = 'bias' | 'batchFirst' | 'bidirectional' | 'batched';

/** Each numeric field's range: the model layer's limits (src/model/config.ts). L and N share MAX_DIMENSION. */
export const SHAPES_LIMITS: Readonly<Record<ShapesNumberField, { min: number; max: number }>> = {
  inputSize: { min: 1, max: MAX_DIMENSION },
  hiddenSize: { min: 1, max: MAX_DIMENSION },
  numLayers: { min: 1, max: MAX_LAYERS },
  projSize: { min: 0, max: MAX_DIMENSION - 1 },
  dropout: { min: 0, max: 1 },
  steps: { min: 1, max: MAX_DIMENSION },
  batch: { min: 1, max: MAX_DIMENSION },
};

/** The course's two examples, one click each. */
export const SHAPES_PRESETS = {
  courseLstm: {
    module: 'LSTM',
    ...defaultConfig(50, 100),
    numLayers: 2,
    steps: 10,
    batch: 3,
    batched: true,
  },
  courseGru: { module: 'GRU', ...defaultConfig(10, 20), steps: 3, batch: 32, batched: true },
} as const satisfies Record<string, ShapesSettings>;

/** The name of one of {@link SHAPES_PRESETS}. */
export type ShapesPreset = keyof typeof SHAPES_PRESETS;

/** The course's nn.LSTM(50, 100, num_layers=2) on (10, 3, 50): where the view starts. */
export const DEFAULT_SHAPES_SETTINGS: Readonly<ShapesSettings> = SHAPES_PRESETS.courseLstm;

/**
 * The constructor arguments PyTorch gets for `settings.module`: a cell takes only input_size,
 * hidden_size and bias, a GRU has no proj_size. What the module does not take is kept in the
 * settings (a switch back to nn.LSTM finds it) but left out here.
 */
export function effectiveConfig(settings: ShapesSettings): RecurrentConfig {
  const { inputSize, hiddenSize, bias } = settings;
  if (isCellModule(settings.module)) return { ...defaultConfig(inputSize, hiddenSize), bias };
  return {
    inputSize,
    hiddenSize,
    bias,
    numLayers: settings.numLayers,
    batchFirst: settings.batchFirst,
    bidirectional: settings.bidirectional,
    dropout: settings.dropout,
    projSize: settings.module === 'LSTM' ? settings.projSize : 0,
  };
}

/**
 * Why a field's text was not taken: which rule (a key of the view's `shapesFieldErrors`, whose
 * words the component shows, so they load with the view) and the values its message names.
 */
export interface FieldProblem {
  rule: 'notWhole' | 'notDropout' | 'projTooLarge' | 'hiddenNotAboveProj' | 'tooManyParameters';
  values: Readonly<Record<string, string | number>>;
}

/** What a field's text gives: the new value, or why it cannot be used. */
export type FieldReading = { value: number } | { problem: FieldProblem };

const format = (value: number) => value.toLocaleString('en');

/**
 * The problem `settings` have with the model layer's rules (proj_size < hidden_size, at most
 * MAX_PARAMETERS parameters), worded for the field or flag just changed, or undefined.
 */
export function settingsProblem(
  settings: ShapesSettings,
  field: ShapesNumberField | ShapesFlagField | 'module',
  kept: number | string | boolean,
): FieldProblem | undefined {
  const shown = typeof kept === 'number' ? format(kept) : String(kept);
  const config = effectiveConfig(settings);
  if (config.projSize > 0 && config.projSize >= config.hiddenSize) {
    return field === 'hiddenSize'
      ? { rule: 'hiddenNotAboveProj', values: { proj: config.projSize, kept: shown } }
      : { rule: 'projTooLarge', values: { hidden: config.hiddenSize, kept: shown } };
  }
  const count = parameterCount(settings.module, config);
  if (count > MAX_PARAMETERS)
    return {
      rule: 'tooManyParameters',
      values: { count: format(count), max: format(MAX_PARAMETERS), kept: shown },
    };
  return undefined;
}

/**
 * Reads what a reader typed into `field`, given the other settings: a whole number in its range
 * (dropout a number from 0 to 1), agreeing with the rest (proj_size < hidden_size, at most
 * MAX_PARAMETERS parameters). Anything else is a problem naming the rule and the value still in use.
 */
export function readField(settings: ShapesSettings, field: ShapesNumberField, text: string): FieldReading {
  const { min, max } = SHAPES_LIMITS[field];
  const kept = settings[field];
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (field === 'dropout') {
    if (trimmed === '' || !Number.isFinite(value) || value < min || value > max)
      return { problem: { rule: 'notDropout', values: { kept } } };
  } else if (!/^\d{1,10}$/.test(trimmed) || value < min || value > max) {
    return { problem: { rule: 'notWhole', values: { min, max: format(max), kept: format(kept) } } };
  }
  const problem = settingsProblem({ ...settings, [field]: value }, field, kept);
  return problem ? { problem } : { value };
}

const clampWhole = (value: unknown, field: ShapesNumberField, fallback: number) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  const { min, max } = SHAPES_LIMITS[field];
  const clamped = Math.min(max, Math.max(min, value));
  return field === 'dropout' ? clamped : Math.round(clamped);
};

/**
 * `given` (from a link) made valid over `base`: numbers clamped to their ranges, flags and the
 * module kept only when they are what they claim; a proj_size not below hidden_size is dropped (0),
 * and sizes that would pass MAX_PARAMETERS fall back to `base`'s.
 */
export function sanitizeShapesSettings(given: Partial<ShapesSettings>, base: ShapesSettings): ShapesSettings {
  const modules: readonly RecurrentModule[] = ['LSTM', 'GRU', 'LSTMCell', 'GRUCell'];
  const next: ShapesSettings = {
    ...base,
    module: modules.includes(given.module as RecurrentModule) ? (given.module as RecurrentModule) : base.module,
  };
  for (const field of Object.keys(SHAPES_LIMITS) as ShapesNumberField[])
    if (given[field] !== undefined) next[field] = clampWhole(given[field], field, base[field]);
  for (const flag of ['bias', 'batchFirst', 'bidirectional', 'batched'] as const)
    if (typeof given[flag] === 'boolean') next[flag] = given[flag];
  if (next.projSize >= next.hiddenSize) next.projSize = 0;
  if (parameterCount(next.module, effectiveConfig(next)) > MAX_PARAMETERS) return { ...base };
  return next;
}
