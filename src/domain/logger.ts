/** Structured fields with stable snake_case keys (feed_id, story_id, …). */
export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** Where pipelines and the server say what happened to which feed or story. */
export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** Reports the progress of long work (the CLI draws a bar; tests ignore it). */
export interface Progress {
  start(total: number, label: string): void;
  increment(by?: number): void;
  stop(): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
export const silentProgress: Progress = { start() {}, increment() {}, stop() {} };
