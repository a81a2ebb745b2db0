import { type Kysely, sql } from 'kysely';
import type { Progress } from '../domain/index.ts';
import type { Store } from './store.ts';

export interface CopyStoreOptions {
  /** Rows per read and per insert (fewer for wide tables, to stay under the bound-parameter limits). */
  readonly batchSize?: number;
  readonly progress: Progress;
}

/** What happened to one table. */
export interface CopiedTable {
  readonly table: string;
  /** Rows inserted or updated in the target (0 when a re-run found everything in place). */
  readonly written: number;
  readonly sourceRows: number;
  readonly targetRows: number;
}

export interface CopyStoreResult {
  readonly tables: readonly CopiedTable[];
  /** Source tables the target does not have. */
  readonly skipped: readonly string[];
  /** Tables whose row counts differ after the copy. */
  readonly mismatched: readonly string[];
}

// Bound parameters per statement: SQLite allows 32766, PostgreSQL 65535.
const MAX_PARAMETERS = 30_000;

/**
 * Copies every table of one store into another (SQLite → PostgreSQL, say) with ids kept, batch by batch in key
 * order. Rows already in the target with the same content are left alone and changed ones are overwritten, so
 * a run that was cut short (or a second run) continues without duplicating anything. Both stores must be
 * migrated to the same version. Serial counters are moved past the copied ids; row counts are compared at the end.
 */
export async function copyStore(from: Store, to: Store, options: CopyStoreOptions): Promise<CopyStoreResult> {
  const sourceTables = await listTables(from);
  const targetTables = new Map((await listTables(to)).map((t) => [t.name, t]));
  const copied: CopiedTable[] = [];
  const skipped: string[] = [];
  for (const source of sourceTables) {
    const target = targetTables.get(source.name);
    if (!target) {
      skipped.push(source.name);
      continue;
    }
    const key = await primaryKey(from, source.name);
    if (key.length === 0) throw new Error(`store: table ${source.name} has no primary key to copy by`);
    const generated = new Set(await generatedColumns(to, source.name));
    const columns = source.columns.filter((c) => target.columns.includes(c) && !generated.has(c));
    const batchSize = Math.max(
      1,
      Math.min(options.batchSize ?? 1_000, Math.floor(MAX_PARAMETERS / columns.length)),
    );
    const written = await copyTable(from, to, {
      table: source.name,
      key,
      columns,
      batchSize,
      progress: options.progress,
    });
    copied.push({
      table: source.name,
      written,
      sourceRows: await countRows(from, source.name),
      targetRows: await countRows(to, source.name),
    });
  }
  await resetSerialCounters(
    to,
    copied.map((t) => t.table),
  );
  return {
    tables: copied,
    skipped,
    mismatched: copied.filter((t) => t.sourceRows !== t.targetRows).map((t) => t.table),
  };
}

interface TableCopy {
  readonly table: string;
  readonly key: readonly string[];
  readonly columns: readonly string[];
  readonly batchSize: number;
  readonly progress: Progress;
}

type Row = Record<string, unknown>;

async function copyTable(from: Store, to: Store, copy: TableCopy): Promise<number> {
  const source = from.db as unknown as Kysely<Record<string, Row>>;
  const target = to.db as unknown as Kysely<Record<string, Row>>;
  const { table, key, columns } = copy;
  const keyOf = (row: Row) => JSON.stringify(key.map((k) => row[k]));
  let after: unknown[] | undefined;
  let written = 0;
  copy.progress.start(await countRows(from, table), table);
  for (;;) {
    let page = source.selectFrom(table).select(columns as string[]);
    if (after) page = page.where(compareKey(key, '>', after));
    const rows = await key
      .reduce((q, k) => q.orderBy(k), page)
      .limit(copy.batchSize)
      .execute();
    if (rows.length === 0) break;
    const first = key.map((k) => rows[0]![k]);
    const last = key.map((k) => rows.at(-1)![k]);
    const existing = await target
      .selectFrom(table)
      .select(columns as string[])
      .where(compareKey(key, '>=', first))
      .where(compareKey(key, '<=', last))
      .execute();
    const stored = new Map(existing.map((row) => [keyOf(row), row]));
    const changed = rows.filter((row) => !sameRow(row, stored.get(keyOf(row)), columns));
    if (changed.length > 0) {
      const others = columns.filter((c) => !key.includes(c));
      await target
        .insertInto(table)
        .values(changed)
        .onConflict((oc) => {
          const conflict = oc.columns(key as string[]);
          return others.length === 0
            ? conflict.doNothing()
            : conflict.doUpdateSet(Object.fromEntries(others.map((c) => [c, sql.ref(`excluded.${c}`)])));
        })
        .execute();
      written += changed.length;
    }
    copy.progress.increment(rows.length);
    after = last;
    if (rows.length < copy.batchSize) break;
  }
  copy.progress.stop();
  return written;
}

// Keys compare as row values, "(a, b) > (1, 2)", which SQLite and PostgreSQL both have.
function compareKey(key: readonly string[], op: '>' | '>=' | '<=', values: readonly unknown[]) {
  return sql<boolean>`(${sql.join(key.map((k) => sql.ref(k)))}) ${sql.raw(op)} (${sql.join(values)})`;
}

function sameRow(a: Row, b: Row | undefined, columns: readonly string[]): boolean {
  return b !== undefined && columns.every((c) => (a[c] ?? null) === (b[c] ?? null));
}

interface TableInfo {
  readonly name: string;
  readonly columns: readonly string[];
}

// Regular tables of the store's own schema, without Kysely's migration tables and SQLite's full-text indexes
// (virtual tables and their shadow tables, which triggers on the target keep up to date).
async function listTables(store: Store): Promise<TableInfo[]> {
  const schema = store.dialect === 'postgres' ? (store.postgres?.schema ?? 'public') : undefined;
  const derived = await fullTextTables(store);
  const tables = await store.db.introspection.getTables();
  return tables
    .filter(
      (t) => !t.isView && !t.name.startsWith('kysely_') && (schema === undefined || t.schema === schema),
    )
    .filter((t) => !derived.some((v) => t.name === v || t.name.startsWith(`${v}_`)))
    .map((t) => ({ name: t.name, columns: t.columns.map((c) => c.name) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

async function fullTextTables(store: Store): Promise<string[]> {
  if (store.dialect !== 'sqlite') return [];
  const { rows } = await sql<{ name: string }>`
    SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'`.execute(
    store.db,
  );
  return rows.map((r) => r.name);
}

async function primaryKey(store: Store, table: string): Promise<string[]> {
  if (store.dialect === 'sqlite') {
    const { rows } = await sql<{
      name: string;
    }>`SELECT name FROM pragma_table_info(${table}) WHERE pk > 0 ORDER BY pk`.execute(store.db);
    return rows.map((r) => r.name);
  }
  const { rows } = await sql<{ name: string }>`
    SELECT a.attname AS name FROM pg_index i
    JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
    WHERE i.indrelid = to_regclass(${table}) AND i.indisprimary
    ORDER BY array_position(i.indkey::int2[], a.attnum)`.execute(store.db);
  return rows.map((r) => r.name);
}

async function generatedColumns(store: Store, table: string): Promise<string[]> {
  if (store.dialect === 'sqlite') {
    const { rows } = await sql<{
      name: string;
    }>`SELECT name FROM pragma_table_xinfo(${table}) WHERE hidden IN (2, 3)`.execute(store.db);
    return rows.map((r) => r.name);
  }
  const { rows } = await sql<{ name: string }>`
    SELECT attname AS name FROM pg_attribute
    WHERE attrelid = to_regclass(${table}) AND attgenerated <> '' AND NOT attisdropped`.execute(store.db);
  return rows.map((r) => r.name);
}

async function countRows(store: Store, table: string): Promise<number> {
  const { rows } = await sql<{ n: number | string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(
    store.db,
  );
  return Number(rows[0]?.n ?? 0);
}

// PostgreSQL serial columns keep a sequence that knows nothing of ids inserted explicitly; SQLite needs nothing.
async function resetSerialCounters(store: Store, tables: readonly string[]): Promise<void> {
  if (store.dialect !== 'postgres') return;
  for (const table of tables) {
    const key = await primaryKey(store, table);
    if (key.length !== 1) continue;
    const { rows } = await sql<{
      seq: string | null;
    }>`SELECT pg_get_serial_sequence(${table}, ${key[0]}) AS seq`.execute(store.db);
    const seq = rows[0]?.seq;
    if (!seq) continue;
    await sql`SELECT setval(${seq}, coalesce((SELECT max(${sql.ref(key[0]!)}) FROM ${sql.table(table)}), 0) + 1, false)`.execute(
      store.db,
    );
  }
}
