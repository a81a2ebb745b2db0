/** Rows of equal-length feature vectors in one growing buffer (training sets run to millions of rows). */
export class FeatureTable {
  private data: Float64Array;
  private count = 0;

  constructor(
    readonly width: number,
    capacity = 1024,
  ) {
    this.data = new Float64Array(width * capacity);
  }

  /** Appends a row; returns its index. */
  push(row: ArrayLike<number>): number {
    if ((this.count + 1) * this.width > this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    for (let i = 0; i < this.width; i++) this.data[this.count * this.width + i] = row[i]!;
    return this.count++;
  }

  /** Number of rows. */
  get rows(): number {
    return this.count;
  }

  /** Row `r` as a view (valid until the next push). */
  row(r: number): Float64Array {
    return this.data.subarray(r * this.width, (r + 1) * this.width);
  }

  /** A copy of the rows with every column standardised by `stats`. */
  standardized(stats: { mean: Float64Array; std: Float64Array }): Float64Array {
    const out = new Float64Array(this.count * this.width);
    for (let r = 0; r < this.count; r++) {
      for (let i = 0; i < this.width; i++) {
        out[r * this.width + i] = (this.data[r * this.width + i]! - stats.mean[i]!) / stats.std[i]!;
      }
    }
    return out;
  }

  /** Per-column mean and standard deviation (1 where a column is constant), for standardising. */
  columnStats(): { mean: Float64Array; std: Float64Array } {
    const mean = new Float64Array(this.width);
    const std = new Float64Array(this.width);
    for (let r = 0; r < this.count; r++)
      for (let i = 0; i < this.width; i++) mean[i]! += this.data[r * this.width + i]!;
    for (let i = 0; i < this.width; i++) mean[i] = mean[i]! / Math.max(1, this.count);
    for (let r = 0; r < this.count; r++) {
      for (let i = 0; i < this.width; i++) std[i]! += (this.data[r * this.width + i]! - mean[i]!) ** 2;
    }
    for (let i = 0; i < this.width; i++) std[i] = Math.sqrt(std[i]! / Math.max(1, this.count)) || 1;
    return { mean, std };
  }
}
