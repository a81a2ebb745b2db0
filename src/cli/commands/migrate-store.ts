import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { copyStore, openStore } from '../../store/index.ts';
import { createLogger, getConfig } from '../context.ts';
import { createProgress } from '../progress-bar.ts';
import { UsageError } from '../usage-error.ts';

interface MigrateStoreOptions {
  from?: string;
  to?: string;
  batchSize?: string;
  json?: boolean;
}

/** `parallax migrate-store`: copy a SQLite database into PostgreSQL. */
export function registerMigrateStore(program: Command): void {
  program
    .command('migrate-store')
    .description(
      'Copy every table of a SQLite database into PostgreSQL, keeping ids, in batches with progress. ' +
        'Safe to run again: rows already copied are skipped, changed ones updated. Stop other Parallax ' +
        'processes first. Exits 1 when the row counts differ at the end.',
    )
    .option('--from <file>', 'SQLite file to read (default: env PARALLAX_DB or ./parallax.db)')
    .option('--to <url>', 'postgres:// URL to write (default: env PARALLAX_DATABASE_URL)')
    .option('--batch-size <rows>', 'rows per batch (default 1000)')
    .option('--json', 'print the per-table result as JSON')
    .action(async (opts: MigrateStoreOptions) => {
      const config = getConfig();
      const from = opts.from ?? config.db;
      const to = opts.to ?? config.databaseUrl;
      if (!to) throw new UsageError('migrate-store: give --to postgres://… or set PARALLAX_DATABASE_URL');
      if (!/^postgres(ql)?:\/\//.test(to))
        throw new UsageError(`migrate-store: --to must be a postgres:// URL`);
      if (!existsSync(from)) throw new UsageError(`migrate-store: SQLite file ${from} does not exist`);
      const batchSize = opts.batchSize === undefined ? 1_000 : Number(opts.batchSize);
      if (!Number.isInteger(batchSize) || batchSize < 1)
        throw new UsageError(
          `migrate-store: --batch-size must be a positive integer, got "${opts.batchSize}"`,
        );
      const logger = createLogger();
      const source = await openStore({ sqlitePath: from });
      try {
        const target = await openStore({
          databaseUrl: to,
          poolSize: 2,
          statementTimeoutMs: config.postgres.statementTimeoutMs,
          applicationName: 'parallax migrate-store',
        });
        try {
          logger.info('migrate-store: copying', { from, to: redactPassword(to) });
          const result = await copyStore(source, target, { batchSize, progress: createProgress() });
          await target.analyze();
          if (opts.json) process.stdout.write(`${JSON.stringify(result)}\n`);
          else {
            for (const t of result.tables) {
              const status = t.sourceRows === t.targetRows ? 'ok' : 'MISMATCH';
              process.stdout.write(
                `${t.table.padEnd(22)} ${String(t.sourceRows).padStart(10)} rows  ${String(t.written).padStart(10)} written  ${status}\n`,
              );
            }
          }
          if (result.mismatched.length > 0) {
            logger.error(
              'migrate-store: row counts differ (was the target empty, or is the source still written?)',
              {
                tables: result.mismatched.join(','),
              },
            );
            process.exitCode = 1;
          }
        } finally {
          await target.close();
        }
      } finally {
        await source.close();
      }
    });
}

function redactPassword(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
