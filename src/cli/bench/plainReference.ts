/**
 * The benchmark's yardstick: the same forward pass with its gate trace written as plain loops
 * over Float32Arrays, the way one would without tfjs. Unidirectional stacks without projection,
 * which is what the benchmark configs use. Its results are checked against the model layer in
 * tests, so the two sides of the ratio do the same work.
 */
import type { RecurrentConfig, StateDict } from '../../model/types';

export interface PlainStep {
  gates: Float32Array[];
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** `rows × cols` weight times `vector` at `offset`, added into `out`. */
function addMatVec(
  out: Float32Array,
  weight: Float32Array,
  rows: number,
  cols: number,
  vector: Float32Array,
  offset: number,
): void {
  for (let row = 0; row < rows; row++) {
    let sum = 0;
    const base = row * cols;
    for (let k = 0; k < cols; k++) sum += weight[base + k]! * vector[offset + k]!;
    out[row] = out[row]! + sum;
  }
}

function param(weights: StateDict, name: string): Float32Array {
  const tensor = weights[name];
  if (!tensor) throw new Error(`plain reference: ${name} missing`);
  return tensor.data;
}

/**
 * Runs an LSTM or GRU stack over `input` `(L, B, input_size)` from zero states. Returns the trace
 * step by step (LSTM: i, f, g, o, c, h; GRU: r, z, n, h, each `(B, H)`) and the last layer's output.
 */
export function plainForward(
  kind: 'LSTM' | 'GRU',
  config: RecurrentConfig,
  weights: StateDict,
  input: Float32Array,
  steps: number,
  batch: number,
) {
  const hidden = config.hiddenSize;
  const gateRows = (kind === 'LSTM' ? 4 : 3) * hidden;
  const trace: PlainStep[] = [];
  let layerInput = input;
  let features = config.inputSize;
  for (let layer = 0; layer < config.numLayers; layer++) {
    const weightIh = param(weights, `weight_ih_l${layer}`);
    const weightHh = param(weights, `weight_hh_l${layer}`);
    const biasIh = weights[`bias_ih_l${layer}`]?.data;
    const biasHh = weights[`bias_hh_l${layer}`]?.data;
    const output = new Float32Array(steps * batch * hidden);
    let h = new Float32Array(batch * hidden);
    let c = new Float32Array(batch * hidden);
    for (let t = 0; t < steps; t++) {
      const gates = Array.from({ length: kind === 'LSTM' ? 6 : 4 }, () => new Float32Array(batch * hidden));
      for (let b = 0; b < batch; b++) {
        const xSide = new Float32Array(gateRows);
        const hSide = new Float32Array(gateRows);
        if (biasIh) xSide.set(biasIh);
        if (biasHh) hSide.set(biasHh);
        addMatVec(xSide, weightIh, gateRows, features, layerInput, (t * batch + b) * features);
        addMatVec(hSide, weightHh, gateRows, hidden, h, b * hidden);
        for (let unit = 0; unit < hidden; unit++) {
          const at = b * hidden + unit;
          if (kind === 'LSTM') {
            const [i, f, g, o, cNew, hNew] = gates as [
              Float32Array,
              Float32Array,
              Float32Array,
              Float32Array,
              Float32Array,
              Float32Array,
            ];
            i[at] = sigmoid(xSide[unit]! + hSide[unit]!);
            f[at] = sigmoid(xSide[hidden + unit]! + hSide[hidden + unit]!);
            g[at] = Math.tanh(xSide[2 * hidden + unit]! + hSide[2 * hidden + unit]!);
            o[at] = sigmoid(xSide[3 * hidden + unit]! + hSide[3 * hidden + unit]!);
            cNew[at] = f[at]! * c[at]! + i[at]! * g[at]!;
            hNew[at] = o[at]! * Math.tanh(cNew[at]!);
          } else {
            const [r, z, n, hNew] = gates as [Float32Array, Float32Array, Float32Array, Float32Array];
            r[at] = sigmoid(xSide[unit]! + hSide[unit]!);
            z[at] = sigmoid(xSide[hidden + unit]! + hSide[hidden + unit]!);
            n[at] = Math.tanh(xSide[2 * hidden + unit]! + r[at]! * hSide[2 * hidden + unit]!);
            hNew[at] = (1 - z[at]!) * n[at]! + z[at]! * h[at]!;
          }
        }
      }
      h = gates[gates.length - 1]!;
      if (kind === 'LSTM') c = gates[4]!;
      output.set(h, t * batch * hidden);
      trace.push({ gates });
    }
    layerInput = output;
    features = hidden;
  }
  return { trace, output: layerInput };
}
