/**
 * A small L2-regularised logistic regression on sparse features, fitted by full-batch gradient
 * descent with Adam steps. Deterministic (no random start, no shuffling), so `npm run train`
 * writes the same weights from the same inputs on every machine.
 */
export interface Example {
  /** Feature indices present in this example and their values (usually 1). */
  features: ReadonlyArray<readonly [index: number, value: number]>;
  label: 0 | 1;
  /** Weight of the example in the loss (class balancing); 1 by default. */
  weight?: number;
}

export interface FitOptions {
  features: number;
  /** L2 penalty on the weights (not on the bias). */
  l2?: number;
  iterations?: number;
  learningRate?: number;
  /**
   * Per feature, the sign its weight must keep: 1 (never below 0), -1 (never above 0) or 0 (free).
   * Evidence for an intent then never counts against it (projected steps).
   */
  signs?: ArrayLike<number>;
  /** Per feature, a factor on `l2` (hashed n-grams are many and noisy: they take a stronger one). */
  l2Scale?: ArrayLike<number>;
}

export interface Model {
  bias: number;
  weights: Float64Array;
}

export function fitLogistic(examples: readonly Example[], options: FitOptions): Model {
  const { features, l2 = 1e-3, iterations = 400, learningRate = 0.1, signs, l2Scale } = options;
  const w = new Float64Array(features);
  let b = 0;
  const m = new Float64Array(features + 1);
  const v = new Float64Array(features + 1);
  const g = new Float64Array(features + 1);
  const total = examples.reduce((s, e) => s + (e.weight ?? 1), 0);
  // The examples flattened into typed arrays once: the loop below runs `iterations` times.
  const offsets = new Int32Array(examples.length + 1);
  examples.forEach((e, k) => {
    offsets[k + 1] = offsets[k]! + e.features.length;
  });
  const index = new Int32Array(offsets[examples.length]!);
  const value = new Float64Array(offsets[examples.length]!);
  const labels = new Float64Array(examples.length);
  const weights = new Float64Array(examples.length);
  examples.forEach((e, k) => {
    e.features.forEach(([i, x], j) => {
      index[offsets[k]! + j] = i;
      value[offsets[k]! + j] = x;
    });
    labels[k] = e.label;
    weights[k] = e.weight ?? 1;
  });
  const beta1 = 0.9;
  const beta2 = 0.999;
  for (let t = 1; t <= iterations; t++) {
    g.fill(0);
    for (let k = 0; k < examples.length; k++) {
      const from = offsets[k]!;
      const to = offsets[k + 1]!;
      let z = b;
      for (let j = from; j < to; j++) z += w[index[j]!]! * value[j]!;
      const p = 1 / (1 + Math.exp(-z));
      const d = ((p - labels[k]!) * weights[k]!) / total;
      for (let j = from; j < to; j++) g[index[j]!] = g[index[j]!]! + d * value[j]!;
      g[features] = g[features]! + d;
    }
    for (let i = 0; i < features; i++) g[i] = g[i]! + l2 * (l2Scale?.[i] ?? 1) * w[i]!;
    const c1 = 1 - beta1 ** t;
    const c2 = 1 - beta2 ** t;
    for (let i = 0; i <= features; i++) {
      m[i] = beta1 * m[i]! + (1 - beta1) * g[i]!;
      v[i] = beta2 * v[i]! + (1 - beta2) * g[i]! * g[i]!;
      const step = (learningRate * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + 1e-8);
      if (i === features) b -= step;
      else {
        w[i] = w[i]! - step;
        const sign = signs?.[i] ?? 0;
        if (sign * w[i]! < 0) w[i] = 0;
      }
    }
  }
  return { bias: b, weights: w };
}

export function predict(model: Model, features: Example['features']): number {
  let z = model.bias;
  for (const [i, x] of features) z += model.weights[i]! * x;
  return 1 / (1 + Math.exp(-z));
}
