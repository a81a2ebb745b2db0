/** Loss and gradient at a point (the gradient is written into `gradient`). */
export type Objective = (point: Float64Array, gradient: Float64Array) => number;

/** Settings of the Adam optimiser. */
export interface AdamOptions {
  readonly iterations?: number;
  readonly learningRate?: number;
  /** Coordinates kept at zero or above (projected after every step). */
  readonly nonNegative?: readonly number[];
}

/** Minimises a smooth convex objective with full-batch Adam (Kingma & Ba 2015) from the origin. */
export function minimizeAdam(
  dimensions: number,
  objective: Objective,
  options: AdamOptions = {},
): Float64Array {
  const iterations = options.iterations ?? 400;
  const rate = options.learningRate ?? 0.05;
  const [beta1, beta2, epsilon] = [0.9, 0.999, 1e-8];
  const point = new Float64Array(dimensions);
  const gradient = new Float64Array(dimensions);
  const m = new Float64Array(dimensions);
  const v = new Float64Array(dimensions);
  for (let t = 1; t <= iterations; t++) {
    gradient.fill(0);
    objective(point, gradient);
    const c1 = 1 - beta1 ** t;
    const c2 = 1 - beta2 ** t;
    for (let i = 0; i < dimensions; i++) {
      const g = gradient[i]!;
      m[i] = beta1 * m[i]! + (1 - beta1) * g;
      v[i] = beta2 * v[i]! + (1 - beta2) * g * g;
      point[i] = point[i]! - (rate * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + epsilon);
    }
    for (const i of options.nonNegative ?? []) if (point[i]! < 0) point[i] = 0;
  }
  return point;
}
