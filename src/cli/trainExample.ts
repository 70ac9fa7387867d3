/**
 * `npm run train:example`: trains the shipped example (an `nn.LSTM(2, 4)` with an `nn.Linear(4, 1)`
 * head, on remembering a marked value; see src/cli/trainExample/training.ts) on tfjs's cpu backend
 * and writes it to public/models/remember-marked.safetensors, under PyTorch's parameter names.
 * Deterministic: running it again writes the same bytes. `-- --out FILE` writes elsewhere.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { exampleFile, EXAMPLE_PATH } from './trainExample/exampleFile';
import { SHIPPED_TRAINING, trainRememberMarked } from './trainExample/training';

async function main(args: string[]): Promise<void> {
  const outIndex = args.indexOf('--out');
  const out = resolve(outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1]! : EXAMPLE_PATH);
  await tf.setBackend('cpu');
  // Quiets the cpu backend's advice to install tfjs-node (not available here); changes no number.
  tf.env().set('PROD', true);
  const started = performance.now();
  const { stateDict, losses } = trainRememberMarked(SHIPPED_TRAINING);
  const seconds = (performance.now() - started) / 1000;
  const bytes = exampleFile(stateDict, SHIPPED_TRAINING);
  writeFileSync(out, bytes);
  const every = Math.max(1, Math.floor(losses.length / 10));
  const trail = losses
    .filter((_, step) => step % every === 0 || step === losses.length - 1)
    .map((loss) => loss.toFixed(4))
    .join(' ');
  process.stdout.write(
    `trained ${SHIPPED_TRAINING.steps} steps in ${seconds.toFixed(1)} s; batch MSE ${trail}\n` +
      `wrote ${out} (${bytes.length} bytes)\n`,
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`train:example: ${(error as Error)?.message ?? String(error)}\n`);
  process.exitCode = 1;
});
