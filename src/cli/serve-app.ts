import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import type { Logger } from '../domain/index.ts';

/** Serves the app on host:port until SIGINT/SIGTERM, then closes cleanly. Resolves once listening. */
export function serveApp(
  app: Hono,
  options: {
    readonly host: string;
    readonly port: number;
    readonly logger: Logger;
    readonly onClose?: () => Promise<void>;
  },
): Promise<{ url: string; close: () => Promise<void> }> {
  return new Promise((resolveServe, reject) => {
    const server = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, (info) => {
      const url = `http://${options.host}:${info.port}`;
      const close = async () => {
        await new Promise<void>((done) => server.close(() => done()));
        await options.onClose?.();
      };
      const stop = (signal: string) => {
        options.logger.info('serve: shutting down', { signal });
        void close().then(() => process.exit(0));
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
      resolveServe({ url, close });
    });
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `serve: port ${options.port} on ${options.host} is in use (set PORT to another port)`
            : `serve: ${error.message}`,
        ),
      ),
    );
  });
}
