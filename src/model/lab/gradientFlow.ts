/**
 * The two measures of gradient flow the lab draws, computed from plain arrays. Both are per time
 * step t = 0 … L−1; t = L−1 is the step the head reads.
 */

/**
 * The size of ∂loss/∂h_t at each t, from `grads` `(L, B, H)` row-major: the mean over the batch of
 * ‖∂ℓ_b/∂h_t[b]‖₂, where ℓ_b is sequence b's own loss. Since the loss is the batch mean of the ℓ_b
 * and h_t[b] reaches only ℓ_b, ∂ℓ_b/∂h_t[b] = B · ∂loss/∂h_t[b], so this equals the *sum* over the
 * batch of the per-sequence L2 norms of ∂loss/∂h_t. Per sequence, it does not shrink as the batch
 * grows, and a few sequences with large gradients are not cancelled by others of opposite sign.
 * Returns L values ≥ 0.
 */
export function hiddenGradientNorms(grads: Float32Array, steps: number, batch: number, hidden: number): number[] {
  const norms: number[] = [];
  for (let t = 0; t < steps; t++) {
    let total = 0;
    for (let b = 0; b < batch; b++) {
      let squares = 0;
      const row = (t * batch + b) * hidden;
      for (let u = 0; u < hidden; u++) squares += grads[row + u]! ** 2;
      total += Math.sqrt(squares);
    }
    norms.push(total);
  }
  return norms;
}

/**
 * ∏_{s>t} g_s for each t, averaged over the batch and the units, from `gate` `(L, B, H)`
 * row-major: for the LSTM's forget gate, how much of c_t reaches c_{L−1} along the cell path alone
 * (∂c_{L−1}/∂c_t through c' = f ⊙ c + i ⊙ g, the gates held fixed); for the GRU's update gate, the
 * same for h through h' = (1 − z) ⊙ n + z ⊙ h. The product is taken per unit and sequence, then
 * averaged (mean over B·H), so one unit that keeps its memory shows even when the others forget.
 * Values in (0, 1]; 1 at t = L−1 (the empty product).
 */
export function carryProduct(gate: Float32Array, steps: number, batch: number, hidden: number): number[] {
  const sums = new Float64Array(steps);
  const width = batch * hidden;
  for (let unit = 0; unit < width; unit++) {
    let product = 1;
    for (let t = steps - 1; t >= 0; t--) {
      sums[t]! += product;
      product *= gate[t * width + unit]!;
    }
  }
  return Array.from(sums, (sum) => sum / width);
}
