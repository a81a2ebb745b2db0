import type { Kysely } from 'kysely';
import type { Outlet } from '../domain/index.ts';
import { readJson } from './json.ts';
import type { Database } from './schema.ts';

/** A copy of the outlet registry in the database, so that SQL can filter by bias and factuality. */
export class OutletStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Replaces the stored outlets with `outlets` (upsert, then delete the ones no longer known). */
  async replaceAll(outlets: readonly Outlet[]): Promise<void> {
    const ids = new Set(outlets.map((o) => o.id));
    for (let i = 0; i < outlets.length; i += 500) {
      await this.db
        .insertInto('outlets')
        .values(outlets.slice(i, i + 500).map(toRow))
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            name: eb.ref('excluded.name'),
            bias_bucket: eb.ref('excluded.bias_bucket'),
            bias_score: eb.ref('excluded.bias_score'),
            factuality: eb.ref('excluded.factuality'),
            ownership_category: eb.ref('excluded.ownership_category'),
            detail: eb.ref('excluded.detail'),
          })),
        )
        .execute();
    }
    const stored = await this.db.selectFrom('outlets').select('id').execute();
    const gone = stored.map((r) => r.id).filter((id) => !ids.has(id));
    for (let i = 0; i < gone.length; i += 500) {
      await this.db
        .deleteFrom('outlets')
        .where('id', 'in', gone.slice(i, i + 500))
        .execute();
    }
  }

  /** One outlet, or undefined. */
  async get(id: string): Promise<Outlet | undefined> {
    const row = await this.db.selectFrom('outlets').select('detail').where('id', '=', id).executeTakeFirst();
    return row ? readJson<Outlet | undefined>(row.detail, undefined) : undefined;
  }

  /** Number of distinct outlets that published at least one stored article. */
  async countPublishing(): Promise<number> {
    const row = await this.db
      .selectFrom('articles')
      .select((eb) => eb.fn.count('outlet_id').distinct().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}

function toRow(o: Outlet) {
  return {
    id: o.id,
    name: o.name,
    bias_bucket: o.bias?.bucket ?? null,
    bias_score: o.bias?.score ?? null,
    factuality: o.factuality?.label ?? null,
    ownership_category: o.ownership?.category ?? null,
    detail: JSON.stringify(o),
  };
}
