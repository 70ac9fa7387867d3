import * as tf from '@tensorflow/tfjs-core';
import { layerWeights, transposed, type LayerWeights } from './layerWeights';
import { directionCount } from './stateRows';
import type { PlainTensor, RecurrentConfig, RecurrentModule, StateDict } from './types';

/**
 * A model's weights on the backend: each layer and direction's tensors, in stack order, and
 * the array each weight matrix was uploaded from. A model built to replace another (a bias
 * slider's next weights: new biases, the very same matrices) takes over every matrix uploaded
 * from the same array instead of transposing and uploading it again; for the course's
 * nn.LSTM(50, 100, num_layers=2) that is 141,600 values per slider step.
 */
export interface WeightUploads {
  layers: LayerWeights[];
  /** Per layer and direction: the matrices' tensors by the array they were uploaded from. */
  matrices: Map<Float32Array, tf.Tensor2D>[];
}

/**
 * Uploads `weights` (validated) layer by layer, taking each matrix from `previous` where it was
 * uploaded from the same array into a tensor of the shape wanted. Call inside `tf.tidy`, and
 * `tf.keep` every tensor of the result.
 */
export function uploadWeights(
  module: RecurrentModule,
  config: RecurrentConfig,
  weights: StateDict,
  previous?: WeightUploads,
): WeightUploads {
  const uploads: WeightUploads = { layers: [], matrices: [] };
  for (let layer = 0; layer < config.numLayers; layer++) {
    for (let direction = 0; direction < directionCount(config); direction++) {
      const index = uploads.layers.length;
      const matrices = new Map<Float32Array, tf.Tensor2D>();
      const matrix = (plain: PlainTensor) => {
        const wanted = [plain.shape[1], plain.shape[0]];
        const earlier = previous?.matrices[index]?.get(plain.data);
        const tensor =
          earlier && earlier.shape[0] === wanted[0] && earlier.shape[1] === wanted[1] ? earlier : transposed(plain);
        matrices.set(plain.data, tensor);
        return tensor;
      };
      uploads.layers.push(layerWeights(module, weights, layer, direction, matrix));
      uploads.matrices.push(matrices);
    }
  }
  return uploads;
}

/** Arrays `previous` holds uploaded as matrices: their values were checked when they were uploaded. */
export function uploadedArrays(previous: WeightUploads | undefined): Set<Float32Array> {
  return new Set(previous?.matrices.flatMap((matrices) => [...matrices.keys()]));
}

/** Every tensor of `uploads`. */
export function tensorsOf(uploads: WeightUploads): tf.Tensor[] {
  return uploads.layers.flatMap((layer) =>
    Object.values(layer).filter((tensor): tensor is tf.Tensor => tensor !== undefined),
  );
}

/** Frees the tensors of `uploads` that `successor` did not take over (all of them without one). */
export function disposeUploads(uploads: WeightUploads, successor?: WeightUploads): void {
  const taken = new Set(successor && tensorsOf(successor));
  for (const tensor of tensorsOf(uploads)) if (!taken.has(tensor)) tensor.dispose();
}
