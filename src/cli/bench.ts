/**
 * `npm run bench [-- --json]`: median time of a full forward with its gate trace through the
 * model layer and through a plain Float32Array reference, in the same run, and their ratio.
 */
import { initBackend } from '../model/backend';
import { forward } from '../model/forward';
import { createRecurrentModel } from '../model/recurrentModel';
import { benchCases, type BenchCase } from './bench/cases';
import { median } from '../model/stepTiming';
import { timeOnce } from './bench/timing';
import { plainForward } from './bench/plainReference';

const WARMUP_ROUNDS = 30;
const MEASURED_ROUNDS = 200;

interface BenchRow {
  name: string;
  /** A forward pass with its trace through a model whose weights are already uploaded: what a slider move costs. */
  modelMs: number;
  plainMs: number;
  ratio: number;
  backend: string;
  /** The same pass from scratch: weights validated, uploaded and freed around it (the forward command's path). */
  oneShotMs: number;
}

function measure(benchCase: BenchCase, backend: string): BenchRow {
  const { request, kind, steps, batch } = benchCase;
  const model = createRecurrentModel(request.module, request.config, request.weights);
  const runs = {
    model: () => model.run(request.input),
    oneShot: () => forward(request),
    plain: () => plainForward(kind, request.config, request.weights, request.input.data, steps, batch),
  };
  const times: Record<keyof typeof runs, number[]> = { model: [], oneShot: [], plain: [] };
  for (let round = 0; round < WARMUP_ROUNDS; round++) Object.values(runs).forEach((run) => run());
  // Interleaved rounds let machine noise fall on every implementation alike.
  for (let round = 0; round < MEASURED_ROUNDS; round++) {
    for (const [name, run] of Object.entries(runs)) times[name as keyof typeof runs].push(timeOnce(run));
  }
  model.dispose();
  const modelMs = median(times.model);
  const plainMs = median(times.plain);
  return {
    name: benchCase.name,
    modelMs,
    plainMs,
    ratio: modelMs / plainMs,
    backend,
    oneShotMs: median(times.oneShot),
  };
}

function budgetLine(benchCase: BenchCase, row: BenchRow): string | undefined {
  const { maxRatio, maxModelMs } = benchCase.budget;
  if (maxRatio !== undefined) {
    const verdict = (ratio: number) => `${ratio.toFixed(2)}× ${ratio <= maxRatio ? 'within' : 'OVER'}`;
    return `  budget: model ≤ ${maxRatio}× plain: ${verdict(row.ratio)} (one-shot ${verdict(row.oneShotMs / row.plainMs)})`;
  }
  if (maxModelMs !== undefined) {
    const verdict = (ms: number) => `${ms.toFixed(3)} ms ${ms < maxModelMs ? 'within' : 'OVER'}`;
    return `  budget: model < ${maxModelMs} ms: ${verdict(row.modelMs)} (one-shot ${verdict(row.oneShotMs)})`;
  }
  return undefined;
}

async function main(): Promise<void> {
  const asJson = process.argv.includes('--json');
  const backend = await initBackend();
  const cases = benchCases();
  const rows = cases.map((benchCase) => measure(benchCase, backend));
  if (asJson) {
    process.stdout.write(JSON.stringify({ cases: rows }) + '\n');
    return;
  }
  console.log(
    `Gatescope model layer vs plain Float32Array loops (medians of ${MEASURED_ROUNDS} runs, backend ${backend})`,
  );
  console.log('model: weights uploaded once, as while a slider moves; one-shot: validate, upload, run and free\n');
  rows.forEach((row, index) => {
    console.log(row.name);
    console.log(
      `  model ${row.modelMs.toFixed(3)} ms   plain ${row.plainMs.toFixed(3)} ms   ratio ${row.ratio.toFixed(2)}   one-shot ${row.oneShotMs.toFixed(3)} ms (${(row.oneShotMs / row.plainMs).toFixed(2)}×)`,
    );
    const budget = budgetLine(cases[index]!, row);
    if (budget) console.log(budget);
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
