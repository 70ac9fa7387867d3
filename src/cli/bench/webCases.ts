/** The views bench:web drives, and each one's budgets. */
import { BARE_CHART_CASE, BARE_CHART_WITH_WORK_CASE } from './bareChart';

interface CaseBase {
  name: string;
  query: string;
  /** The view whose DOM changes are watched. */
  root: string;
  /** Present once the view has drawn the model's numbers. */
  ready: string;
  /** Budget on the p95 of the main-thread work per input, ms. */
  workBudgetMs: number;
}

/** A range slider dragged: one `input` event at the start of every frame (see dragInput.ts). */
export interface DragCase extends CaseBase {
  input: 'drag';
  /** The `<input type="range">` dragged (the first match). */
  slider: string;
  /** A whole page to drag instead of the app at `query` (a reference, see bareChart.ts). */
  html?: string;
  /** Pages dragged the same way between this case's runs, to set its figures against. */
  references?: DragCase[];
  /**
   * Drag while the training lab trains in its worker: the page opens on the lab (at `query`'s
   * other settings), starts training at L = 50, and goes to the dragged view through the header.
   */
  whileLabTrains?: boolean;
}

/** Keys pressed on a control that is no range slider (see keyPresses.ts). */
export interface KeyCase extends CaseBase {
  input: 'keys';
  /** The element focused while the keys are pressed. */
  target: string;
  /** The two keys pressed in turn, ten of each. */
  keys: [string, string];
}

export type WebCase = DragCase | KeyCase;

/** Every drag must keep up with a 60 Hz display: input → next frame p95 within one frame (16.67 ms). */
export const FRAME_BUDGET_MS = 16.7;

/**
 * Headless Chromium's frame clock wobbles by a few tenths of a millisecond even on an idle page
 * (frame to frame 16.4–16.9 ms, performance.now() in steps of 0.1 ms), so a frame counts as on
 * time up to this much past one 60 Hz period. A dropped frame costs a whole period more.
 */
export const FRAME_CLOCK_SLACK_MS = 0.5;

/** Whether a frame time (a p95) is on time: within the budget and the clock's slack, float noise aside. */
export const frameOnTime = (ms: number) => ms <= FRAME_BUDGET_MS + FRAME_CLOCK_SLACK_MS + 1e-6;

const explorer = (kind: 'lstm' | 'gru') =>
  ({
    input: 'drag',
    root: `.${kind}-explorer`,
    ready: `.${kind}-explorer [data-explanation-ready="true"]`,
    slider: '.live-controls input[type="range"]',
  }) as const;

const sequence = { root: '.sequence-view', ready: '.sequence-view .timeline-glyph' };

/** The sequence the issue asks to play at 60 fps: L = 50, two layers, hidden 16. */
export const PLAYBACK_QUERY = 'snet=lstm.1x16x2&slen=50&sspeed=60';

/** Where the playback measure runs, and the name `--only` matches it by. */
export const PLAYBACK = {
  name: 'Sequence playback, L = 50, 2 layers, hidden 16, at 60 steps/s (three runs)',
  query: `?view=sequence&${PLAYBACK_QUERY}`,
  ready: sequence.ready,
};

// A teaching-size cell must keep up with a 120 Hz drag (8 ms of work); the course sizes and the
// pulse sequence with one 60 Hz frame (16 ms).
export const WEB_CASES: WebCase[] = [
  {
    name: 'LSTM explorer, hidden 4 (3 → 4)',
    query: '?view=lstm&size=3x4',
    ...explorer('lstm'),
    workBudgetMs: 8,
  },
  // Presenter mode frames the stage and zooms it (1.4–2× at 1280×720, more here at 1920×1080):
  // each strip a drag recolours covers more pixels to raster again.
  {
    name: 'LSTM explorer presenting, hidden 4, the forget stage framed (3 → 4)',
    query: '?view=lstm&size=3x4&stage=2&present=1',
    ...explorer('lstm'),
    workBudgetMs: 8,
  },
  // The lab trains in a Web Worker so that the rest of the page keeps its frame budget.
  {
    name: 'LSTM explorer, hidden 4 (3 → 4), while the training lab trains at L = 50',
    query: '?view=lstm&size=3x4',
    ...explorer('lstm'),
    workBudgetMs: 8,
    whileLabTrains: true,
  },
  {
    name: 'LSTM explorer, hidden 100 (the course’s 50 → 100)',
    query: '?view=lstm&size=50x100',
    ...explorer('lstm'),
    workBudgetMs: 16,
  },
  {
    name: 'GRU explorer, hidden 4 (3 → 4)',
    query: '?view=gru&gsize=3x4',
    ...explorer('gru'),
    workBudgetMs: 8,
  },
  {
    name: 'GRU explorer presenting, hidden 4, the candidate stage framed (3 → 4)',
    query: '?view=gru&gsize=3x4&gstage=4&present=1',
    ...explorer('gru'),
    workBudgetMs: 8,
  },
  {
    name: 'GRU explorer, hidden 20 (the course’s 10 → 20)',
    query: '?view=gru&gsize=10x20',
    ...explorer('gru'),
    workBudgetMs: 16,
  },
  {
    name: 'LSTM vs GRU, forget bias: 60-step pulse through nn.LSTM(10, 20)',
    query: '?view=compare&vssize=10x20&vssteps=60',
    input: 'drag',
    root: '.compare-view',
    ready: '.compare-view .pulse-chart',
    slider: '.pulse-controls input[type="range"]',
    workBudgetMs: 16,
    references: [BARE_CHART_CASE, BARE_CHART_WITH_WORK_CASE],
  },
  {
    name: 'Sequence, the course’s nn.LSTM(50, 100, num_layers=2) on (10, 3, 50): a drawn x edited, the whole trace re-run',
    query: '?view=sequence&snet=lstm.50x100x2&slen=10&sbatch=3&sx=random',
    ...sequence,
    input: 'keys',
    target: '.input-sketch',
    keys: ['ArrowUp', 'ArrowDown'],
    workBudgetMs: 16,
  },
  {
    name: 'Sequence, the course’s nn.LSTM(50, 100, num_layers=2): a bias slider, the model rebuilt with new biases and the trace re-run',
    query: '?view=sequence&snet=lstm.50x100x2&slen=10&sbatch=3&sx=random',
    ...sequence,
    input: 'drag',
    slider: '.sequence-weights input[type="range"]',
    workBudgetMs: 16,
  },
  {
    name: 'Sequence, L = 50, 2 layers, hidden 16: one step of playback (→)',
    query: PLAYBACK.query,
    ...sequence,
    input: 'keys',
    target: '.playback-play',
    keys: ['ArrowRight', 'ArrowLeft'],
    workBudgetMs: 16,
  },
];

/** `--only <words>`: whether a measure named `name` runs (every one when `only` is absent). */
export function selected(name: string, only: string | undefined): boolean {
  return only === undefined || name.toLowerCase().includes(only.toLowerCase());
}
