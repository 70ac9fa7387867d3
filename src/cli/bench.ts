/**
 * `npm run bench [-- --json]`: median time of a full forward with its gate trace through the
 * model layer and through a plain Float32Array reference, in the same run, and their ratio.
 */
import { initBackend } from '../model/backend';
import { forward } from '../model/forward';
import { benchCases, type BenchCase } from './bench/cases';
import { median, timeOnce } from './bench/median';
import { plainForward } from './bench/plainReference';

const WARMUP_ROUNDS = 30;
const MEASURED_ROUNDS = 200;

interface BenchRow {
  name: string;
  modelMs: number;
  plainMs: number;
  ratio: number;
  backend: string;
}

function measure(benchCase: BenchCase, backend: string): BenchRow {
  const { request, kind, steps, batch } = benchCase;
  const runModel = () => forward(request);
  const runPlain = () => plainForward(kind, request.config, request.weights, request.input.data, steps, batch);
  for (let round = 0; round < WARMUP_ROUNDS; round++) {
    runModel();
    runPlain();
  }
  const modelTimes: number[] = [];
  const plainTimes: number[] = [];
  // Alternating rounds lets machine noise fall on both implementations alike.
  for (let round = 0; round < MEASURED_ROUNDS; round++) {
    modelTimes.push(timeOnce(runModel));
    plainTimes.push(timeOnce(runPlain));
  }
  const modelMs = median(modelTimes);
  const plainMs = median(plainTimes);
  return { name: benchCase.name, modelMs, plainMs, ratio: modelMs / plainMs, backend };
}

function budgetLine(benchCase: BenchCase, row: BenchRow): string | undefined {
  const { maxRatio, maxModelMs } = benchCase.budget;
  if (maxRatio !== undefined) {
    return `  budget: model ≤ ${maxRatio}× plain: ${row.ratio.toFixed(2)}× ${row.ratio <= maxRatio ? 'within' : 'OVER'}`;
  }
  if (maxModelMs !== undefined) {
    return `  budget: model < ${maxModelMs} ms: ${row.modelMs.toFixed(3)} ms ${row.modelMs < maxModelMs ? 'within' : 'OVER'}`;
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
    `Gatescope model layer vs plain Float32Array loops (medians of ${MEASURED_ROUNDS} runs, backend ${backend})\n`,
  );
  rows.forEach((row, index) => {
    console.log(`${row.name}`);
    console.log(
      `  model ${row.modelMs.toFixed(3)} ms   plain ${row.plainMs.toFixed(3)} ms   ratio ${row.ratio.toFixed(2)}`,
    );
    const budget = budgetLine(cases[index]!, row);
    if (budget) console.log(budget);
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
