/** Ranges of the LSTM and GRU explorers' controls: wide enough to saturate every gate, narrow enough to drag. */
export const EXPLORER_LIMITS = {
  /** x_t components. */
  input: { min: -3, max: 3 },
  /**
   * h_{t−1} components: an LSTM's h is o ⊙ tanh(C) and a GRU's a blend of tanh values and the
   * previous h, so neither ever leaves (−1, 1).
   */
  previousHidden: { min: -1, max: 1 },
  /**
   * C_{t−1} components. C is not squashed: with a forget gate near 1 it sums its writes over many
   * steps, so a cell opened from a sequence can start far beyond ±4.
   */
  previousCell: { min: -20, max: 20 },
  /** The shift added to every unit's bias of one gate. */
  biasShift: { min: -6, max: 6 },
  /** One edited weight. */
  weight: { min: -3, max: 3 },
  /** input_size and hidden_size for teaching. */
  teachingSize: { min: 1, max: 8 },
  /**
   * Sizes a link (or a cell opened from the sequence view) may give besides the teaching and
   * course sizes, drawn compactly: a layer of the sequence view reads up to 2 × 100 values.
   */
  cellInputSize: { min: 1, max: 200 },
  cellHiddenSize: { min: 1, max: 100 },
} as const;

/** The course's nn.LSTM(50, 100): the LSTM explorer also renders that size, compactly. */
export const LSTM_COURSE_SIZES = { inputSize: 50, hiddenSize: 100 } as const;

/** The course's nn.GRU(10, 20): the GRU explorer also renders that size, compactly. */
export const GRU_COURSE_SIZES = { inputSize: 10, hiddenSize: 20 } as const;

/** `value` limited to [min, max]; undefined for anything that is not a finite number. */
export function clampTo(value: unknown, range: { min: number; max: number }): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  return Math.min(range.max, Math.max(range.min, value));
}
