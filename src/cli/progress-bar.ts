import cliProgress from 'cli-progress';
import type { Progress } from '../domain/index.ts';

/**
 * A progress bar on a terminal; on a pipe (CI, logs) one line per tenth of the work, so long work still says
 * how far it got. Unknown totals print counts only.
 */
export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  let bar: cliProgress.SingleBar | undefined;
  let label = '';
  let total = 0;
  let done = 0;
  let lastLine = 0;
  let started = 0;
  return {
    start(n, what) {
      label = what;
      total = n;
      done = 0;
      lastLine = 0;
      started = Date.now();
      if (stream.isTTY && n > 0) {
        bar = new cliProgress.SingleBar(
          {
            format: `${what.padEnd(10)} [{bar}] {percentage}% | {value}/{total} | {duration}s`,
            stream,
            hideCursor: true,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(n, 0);
      }
    },
    increment(by = 1) {
      done += by;
      if (bar) return bar.increment(by);
      const step = total > 0 ? Math.max(1, Math.floor(total / 10)) : 5_000;
      if (done - lastLine >= step) {
        lastLine = done;
        stream.write(`${label}: ${done}${total > 0 ? `/${total}` : ''}\n`);
      }
    },
    stop() {
      if (bar) bar.stop();
      bar = undefined;
      if (done > 0)
        stream.write(`${label}: ${done} done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    },
  };
}
