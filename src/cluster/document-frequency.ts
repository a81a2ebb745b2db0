/** Document frequencies that grow as articles arrive, giving an inverse document frequency per term. */
export class DocumentFrequency {
  private readonly counts = new Map<string, number>();
  private total = 0;

  /** Counts one document's distinct terms. */
  addDocument(terms: Iterable<string>): void {
    this.total += 1;
    for (const term of new Set(terms)) this.counts.set(term, (this.counts.get(term) ?? 0) + 1);
  }

  /** Smoothed IDF, ln((N + 1) / (df + 1)) + 1, so an unseen term in a young stream still weighs the most. */
  idf(term: string): number {
    return Math.log((this.total + 1) / ((this.counts.get(term) ?? 0) + 1)) + 1;
  }

  /** Documents counted so far. */
  get documents(): number {
    return this.total;
  }
}
