/**
 * `npm run bench:lab [-- --quick]`: milliseconds per training step of each lab network (forward,
 * backward, Adam, loss read back) at L = 50 on tfjs's cpu and WASM backends under Node, the
 * numbers to pick the lab's defaults from; and what asking for ∂loss/∂h_t costs, by the lab's
 * direct method and by the textbook one (ε_t added to each state, labForward's `perturbation`).
 * Medians of several steps after a warm-up. WebGL cannot run under Node: measure it in a browser.
 */
import * as tf from '@tensorflow/tfjs-core';
import { median } from '../model/stepTiming';
import { initLabBackend } from '../model/lab/labBackend';
import { bceWithLogits, labForward, type LabParameterTensors } from '../model/lab/labForward';
import { LabModelTrainer } from '../model/lab/labModelTrainer';
import { LAB_KINDS, LAB_PARAMETER_NAMES, initialLabStateDict, type LabKind } from '../model/lab/labShapes';
import type { LabBackendName } from '../model/lab/labProtocol';
import { recallBatch } from '../model/lab/recallTask';
import { timeOnce } from './bench/timing';

const STEPS = 50;
const quick = process.argv.includes('--quick');
const WARMUP = quick ? 2 : 3;
const MEASURED = quick ? 5 : 10;

function stepMs(kind: LabKind, hidden: number, batchSize: number, withFlow: boolean): number {
  const trainer = new LabModelTrainer(kind, hidden, 1, 0.01);
  const batch = recallBatch(STEPS, batchSize, 7);
  const times: number[] = [];
  for (let round = 0; round < WARMUP + MEASURED; round++) {
    const time = timeOnce(() => trainer.step(batch, withFlow));
    if (round >= WARMUP) times.push(time);
  }
  trainer.dispose();
  return median(times);
}

/** Forward + backward with ∂loss/∂h_t from ε_t added one step at a time, no update. */
function epsilonMs(kind: LabKind, hidden: number, batchSize: number): number {
  const weights = initialLabStateDict(kind, hidden, 1);
  const batch = recallBatch(STEPS, batchSize, 7);
  const times: number[] = [];
  for (let round = 0; round < WARMUP + MEASURED; round++) {
    const time = timeOnce(() =>
      tf.tidy(() => {
        const parameters = Object.fromEntries(
          LAB_PARAMETER_NAMES.map((name) => [name, tf.tensor(weights[name]!.data, weights[name]!.shape)]),
        ) as LabParameterTensors;
        const zeros = () => Array.from({ length: STEPS }, () => tf.zeros([batchSize, hidden]) as tf.Tensor2D);
        const perturbation = { hidden: zeros(), cell: kind === 'LSTM' ? zeros() : undefined };
        const input = tf.tensor3d(batch.input.data, [STEPS, batchSize, 2]);
        const xs = [...Object.values(parameters), ...perturbation.hidden, ...(perturbation.cell ?? [])];
        const target = tf.tensor1d(batch.target);
        const loss = () => bceWithLogits(labForward(kind, parameters, input, 'tanh', perturbation).logit, target);
        const { value, grads } = tf.engine().gradients(loss, xs, undefined, true);
        value.dataSync();
        tf.stack(grads.slice(LAB_PARAMETER_NAMES.length)).dataSync();
      }),
    );
    if (round >= WARMUP) times.push(time);
  }
  return median(times);
}

async function main(): Promise<void> {
  const backends: LabBackendName[] = ['cpu', 'wasm'];
  console.log(`Lab training step at L = ${STEPS}, median of ${MEASURED} after ${WARMUP} warm-up steps (ms)\n`);
  for (const choice of backends) {
    const backend = await initLabBackend(choice);
    if (backend !== choice) {
      console.log(`${choice}: did not start, skipped\n`);
      continue;
    }
    console.log(`backend ${backend}`);
    console.log('kind  H   B    step   step+flow   (flow by ε_t, fwd+bwd only)');
    for (const kind of LAB_KINDS) {
      for (const hidden of [8, 16]) {
        for (const batchSize of [32, 64]) {
          const plain = stepMs(kind, hidden, batchSize, false);
          const flow = stepMs(kind, hidden, batchSize, true);
          const epsilon = hidden === 16 && batchSize === 32 ? epsilonMs(kind, hidden, batchSize).toFixed(1) : '';
          console.log(
            `${kind.padEnd(5)} ${String(hidden).padEnd(3)} ${String(batchSize).padEnd(4)} ${plain.toFixed(1).padStart(6)} ${flow.toFixed(1).padStart(9)}   ${epsilon}`,
          );
        }
      }
    }
    console.log('');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:lab: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
