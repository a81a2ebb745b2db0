import type { Clock, Logger, OutletDirectory } from '../domain/index.ts';
import type { Store } from '../store/index.ts';

/** What the web layer needs, handed in by the CLI (the composition root). */
export interface WebDeps {
  readonly store: Store;
  readonly outlets: OutletDirectory;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly options: {
    /** Days of stories on the front page, counted back from "now". */
    readonly frontPageDays: number;
  };
}
