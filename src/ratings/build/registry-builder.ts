import { createOutletIndex, type OutletIndex } from '../outlet-index.ts';
import type { OutletRecord, RatingEntry } from '../outlet-record.ts';
import { outletIdOf } from '../outlet-id.ts';
import { compareText } from '../compare-text.ts';

/** An outlet while the registry is built: mutable, and named by its domain until a data set names it. */
export interface OutletDraft {
  id: string;
  name: string;
  /** True while the name is only the domain, so that a better one may replace it. */
  placeholder: boolean;
  domains: string[];
  names: string[];
  homepage?: string;
  ratings: RatingEntry[];
}

/** Collects outlets from several data sets while the registry is built; `finish` returns the shipped records. */
export class RegistryBuilder {
  private readonly byId = new Map<string, OutletDraft>();
  private readonly byDomain = new Map<string, OutletDraft>();

  /** The outlet that has exactly this domain (or host/path), if any. */
  findByDomain(domain: string): OutletDraft | undefined {
    return this.byDomain.get(domain);
  }

  /** The outlet with this id, if any. */
  get(id: string): OutletDraft | undefined {
    return this.byId.get(id);
  }

  /** Every outlet collected so far, in the order added. */
  drafts(): OutletDraft[] {
    return [...this.byId.values()];
  }

  /** Adds an outlet for `domain` (its id is the domain's slug); `name` undefined leaves the domain as name. */
  add(domain: string, name: string | undefined): OutletDraft {
    const id = outletIdOf(domain);
    if (this.byId.has(id) || this.byDomain.has(domain)) throw new Error(`ratings: outlet ${id} added twice`);
    const draft: OutletDraft = {
      id,
      name: name ?? domain,
      placeholder: !name,
      domains: [],
      names: [],
      ratings: [],
    };
    this.byId.set(id, draft);
    this.addDomain(draft, domain);
    return draft;
  }

  /** Gives `domain` to the outlet, unless another outlet has it already (returns false then). */
  addDomain(draft: OutletDraft, domain: string): boolean {
    const owner = this.byDomain.get(domain);
    if (owner && owner !== draft) return false;
    if (!owner) {
      this.byDomain.set(domain, draft);
      draft.domains.push(domain);
    }
    return true;
  }

  /** Records another name of the outlet; the first real name replaces a domain placeholder. */
  addName(draft: OutletDraft, name: string): void {
    const clean = name.trim();
    if (clean === '') return;
    if (draft.placeholder) {
      draft.names.push(draft.name);
      draft.name = clean;
      draft.placeholder = false;
    } else if (clean !== draft.name && !draft.names.includes(clean)) {
      draft.names.push(clean);
    }
  }

  /** Adds a rating entry to the outlet. */
  attach(draft: OutletDraft, entry: RatingEntry): void {
    draft.ratings.push(entry);
  }

  /** Sets the homepage unless one is known already (the first data set to give one wins). */
  setHomepage(draft: OutletDraft, url: string): void {
    draft.homepage ??= url;
  }

  /** URL and name matching (to outlet ids) over the outlets collected so far; call it between phases. */
  index(): OutletIndex {
    return createOutletIndex(
      [...this.byId.values()].map((d) => ({
        id: d.id,
        name: d.name,
        domains: d.domains,
        names: d.names,
        raters: d.ratings.length,
      })),
    );
  }

  /** The records, sorted by id, names without the domain placeholders. */
  finish(): OutletRecord[] {
    return [...this.byId.values()].sort((a, b) => compareText(a.id, b.id)).map((d) => this.toRecord(d));
  }

  private toRecord(d: OutletDraft): OutletRecord {
    const names = d.names.filter((n) => n !== d.name && !d.domains.includes(n));
    return {
      id: d.id,
      name: d.name,
      domains: d.domains,
      ...(names.length > 0 ? { names } : {}),
      ...(d.homepage ? { homepage: d.homepage } : {}),
      ratings: d.ratings,
    };
  }
}
