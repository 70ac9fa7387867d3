import { describe, expect, it } from 'vitest';
import type { DragRow } from '../../src/cli/bench/dragInput';
import { medianOfRuns } from '../../src/cli/bench/dragRuns';

const run = (nextP95: number, lateFrames: number, workP95 = 3, firstInputs = [18, 17, 16.7, 16.7, 16.6]): DragRow => ({
  input: 'drag',
  name: 'LSTM explorer, hidden 4',
  work: { p50: 2, p95: workP95 },
  nextFrame: { p50: 16.7, p95: nextP95 },
  settled: { p50: 2, p95: workP95 },
  idleFrame: { p50: 16.7, p95: 16.8 },
  lateFrames,
  moves: 120,
  changed: 120,
  committed: 120,
  workBudgetMs: 8,
  firstInputs,
});

describe('medianOfRuns', () => {
  it('judges a case by its median run, yet keeps a bad run in sight', () => {
    const row = medianOfRuns([run(16.9, 1), run(24.6, 30, 15), run(16.8, 0)]);
    expect(row.nextFrame.p95).toBe(16.9);
    expect(row.work.p95).toBe(3);
    // Every run's p95 is reported, in order, and the late frames of all runs are counted.
    expect(row.runP95s).toEqual([16.9, 24.6, 16.8]);
    expect(row.lateFrames).toBe(31);
    expect(row.moves).toBe(360);
  });

  it("keeps every run's first inputs, in order: each run is a page's first drag", () => {
    const row = medianOfRuns([run(16.9, 0, 3, [31, 17]), run(16.8, 0, 3, [16.7, 16.6]), run(16.8, 0, 3, [24, 16.7])]);
    expect(row.firstInputs).toEqual([31, 17, 16.7, 16.6, 24, 16.7]);
  });

  it('fails a case where most runs were late', () => {
    expect(medianOfRuns([run(17.6, 8), run(16.8, 0), run(18.1, 9)]).nextFrame.p95).toBe(17.6);
  });
});
