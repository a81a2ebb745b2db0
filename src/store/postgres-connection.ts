import pg from 'pg';

/** How to reach the PostgreSQL database of a store; kept so that dedicated sessions (locks, queues) can open. */
export interface PostgresConnection {
  readonly url: string;
  /** Schema holding the tables; `public` when unset. */
  readonly schema: string | undefined;
  readonly statementTimeoutMs: number;
  readonly applicationName: string;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const INT8_OID = 20;

/**
 * The pg client settings of a store connection: the schema on the search path, a statement timeout, TCP
 * keep-alive, and counts (int8) read as numbers as on SQLite.
 */
export function postgresClientConfig(connection: PostgresConnection): pg.ClientConfig {
  if (connection.schema !== undefined) checkSchemaName(connection.schema);
  return {
    connectionString: connection.url,
    ...(connection.schema !== undefined && { options: `-c search_path=${connection.schema}` }),
    ...(connection.statementTimeoutMs > 0 && { statement_timeout: connection.statementTimeoutMs }),
    application_name: connection.applicationName,
    connectionTimeoutMillis: 10_000,
    keepAlive: true,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID && format !== 'binary'
          ? (value: string) => Number(value)
          : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
    },
  };
}

/** Throws unless `schema` is a plain lower-case identifier (it is written into SQL and connection options). */
export function checkSchemaName(schema: string): string {
  if (!SCHEMA_NAME.test(schema))
    throw new Error(`store: schema name "${schema}" must match ${SCHEMA_NAME.source}`);
  return schema;
}
