import { serializeSafetensors } from '../../model/safetensors';
import type { StateDict } from '../../model/types';
import type { TrainingOptions } from './training';

/** Where the shipped example lives, relative to the repository's root. */
export const EXAMPLE_PATH = 'public/models/remember-marked.safetensors';

/**
 * The `.safetensors` bytes of a trained state_dict, as `safetensors.torch.save_file` would write
 * it, with metadata naming the task, the script and every training setting, so the file says how
 * to make it again.
 */
export function exampleFile(stateDict: StateDict, options: TrainingOptions): Uint8Array {
  return serializeSafetensors(stateDict, {
    format: 'pt',
    task: 'remember-marked: 20 steps of (value, mark); output the marked value at the last step',
    model: `RememberMarked: lstm = nn.LSTM(2, ${options.hiddenSize}); head = nn.Linear(${options.hiddenSize}, 1) on the last h`,
    script: 'npm run train:example (src/cli/trainExample.ts)',
    seed: String(options.seed),
    steps: String(options.steps),
    batch_size: String(options.batchSize),
    learning_rate: String(options.learningRate),
    optimizer: 'Adam',
    hidden_size: String(options.hiddenSize),
    forget_bias_added: String(options.forgetBias),
  });
}
