// A progress bar on stderr for long runs on a terminal (cli-progress). It appears only after a
// run has gone on for a while, never when stderr is a pipe or a file, and messages printed
// meanwhile go above it.
import { createRequire } from 'node:module';
import type { MultiBar, SingleBar } from 'cli-progress';

// Loaded when a bar first shows, so runs in a pipe never load it.
const require = createRequire(import.meta.url);

const SHOW_AFTER_MS = 1000;

export interface Progress {
  /** Inputs found so far (the total grows while directories are walked). */
  found(n?: number): void;
  done(): void;
  /** Print a message line (ending in a newline) without tearing the bar. */
  log(line: string): void;
  stop(): void;
}

const silent: Progress = { found() {}, done() {}, log: (line) => void process.stderr.write(line), stop() {} };

export function createProgress(stream: NodeJS.WriteStream = process.stderr, env: NodeJS.ProcessEnv = process.env): Progress {
  if (!stream.isTTY || env.CI) return silent;
  const started = Date.now();
  let total = 0;
  let value = 0;
  let multi: MultiBar | null = null;
  let bar: SingleBar | null = null;
  const update = () => {
    if (!bar) {
      if (Date.now() - started < SHOW_AFTER_MS) return;
      const { MultiBar } = require('cli-progress') as typeof import('cli-progress');
      multi = new MultiBar({ stream, format: '{bar} {value}/{total} documents | {speed} docs/s', hideCursor: true, clearOnComplete: true, fps: 5 });
      bar = multi.create(Math.max(total, value), value, { speed: '0' });
    }
    const seconds = (Date.now() - started) / 1000;
    bar.setTotal(Math.max(total, value));
    bar.update(value, { speed: (value / seconds).toFixed(0) });
  };
  return {
    found(n = 1) {
      total += n;
      update();
    },
    done() {
      value++;
      update();
    },
    log(line) {
      if (!multi) return void stream.write(line);
      // Buffered lines are written above the bar on its next render: render now.
      multi.log(line);
      multi.update();
    },
    stop() {
      multi?.stop();
    },
  };
}
