import type { LogFields, Logger } from '../domain/index.ts';

/** Logs one line per event to stderr: time, level, message and key=value fields. */
export function createConsoleLogger(options: { readonly quiet?: boolean } = {}): Logger {
  const write = (level: string, message: string, fields?: LogFields) => {
    if (options.quiet && level === 'info') return;
    const parts = Object.entries(fields ?? {})
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${formatValue(v)}`);
    process.stderr.write(
      `${new Date().toISOString()} ${level} ${message}${parts.length ? ` ${parts.join(' ')}` : ''}\n`,
    );
  };
  return {
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  };
}

function formatValue(value: unknown): string {
  const text = String(value);
  return /[\s"=]/.test(text) ? JSON.stringify(text) : text;
}
