/** Document frequencies shipped with the model: a prior for the IDF of a young stream (cold start). */
export interface DocumentFrequencyTable {
  /** Documents the table was counted over. */
  readonly documents: number;
  /** Term → number of documents holding it (terms below the table's floor are left out). */
  readonly counts: ReadonlyMap<string, number>;
}

/** How the shipped prior and the stream's own counts mix. */
export interface TermSpaceOptions {
  /** The shipped table counts as this many documents (its counts are scaled to match). */
  readonly priorDocuments?: number;
  /** The stream's own counts halve every this many documents, so the IDF follows the news of the day. */
  readonly halfLifeDocuments?: number;
}

const DEFAULT_PRIOR_DOCUMENTS = 20_000;
const DEFAULT_HALF_LIFE = 20_000;
// Counts are stored multiplied by a growing increment (so decay costs nothing per document) and rescaled past this.
const RESCALE_AT = 1e6;

/**
 * A vocabulary of one kind of term (words, stems or names) with integer ids and an IDF that blends a shipped
 * document-frequency table with the stream's own decaying counts.
 */
export class TermSpace {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly priorDf: number[] = [];
  private readonly seenDf: number[] = [];
  private readonly priorScale: number;
  private readonly priorDocuments: number;
  private readonly growth: number;
  private increment = 1;
  private seenDocuments = 0;

  constructor(
    private readonly prior: DocumentFrequencyTable | undefined,
    options: TermSpaceOptions = {},
  ) {
    this.priorDocuments = prior ? (options.priorDocuments ?? DEFAULT_PRIOR_DOCUMENTS) : 0;
    this.priorScale = prior && prior.documents > 0 ? this.priorDocuments / prior.documents : 0;
    this.growth = 2 ** (1 / (options.halfLifeDocuments ?? DEFAULT_HALF_LIFE));
  }

  /** The id of a term, added to the vocabulary on first sight. */
  idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      this.priorDf.push((this.prior?.counts.get(term) ?? 0) * this.priorScale);
      this.seenDf.push(0);
    }
    return id;
  }

  /** The term behind an id. */
  termOf(id: number): string {
    return this.terms[id] ?? '';
  }

  /** Counts one document's distinct term ids. */
  observe(distinctIds: Iterable<number>): void {
    for (const id of distinctIds) this.seenDf[id] = (this.seenDf[id] ?? 0) + this.increment;
    this.seenDocuments += this.increment;
    this.increment *= this.growth;
    if (this.increment > RESCALE_AT) this.rescale();
  }

  /** Smoothed IDF: ln((N + 1) / (df + 1)) + 1 over the prior and the stream's decayed counts. */
  idf(id: number): number {
    const seen = 1 / this.increment;
    const n = this.priorDocuments + this.seenDocuments * seen;
    const df = (this.priorDf[id] ?? 0) + (this.seenDf[id] ?? 0) * seen;
    return Math.log((n + 1) / (df + 1)) + 1;
  }

  private rescale(): void {
    const factor = 1 / this.increment;
    for (let i = 0; i < this.seenDf.length; i++) this.seenDf[i] = this.seenDf[i]! * factor;
    this.seenDocuments *= factor;
    this.increment = 1;
  }
}
