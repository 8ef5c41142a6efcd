/**
 * Progress of a long step (data generation): a bar on a terminal, plain lines
 * otherwise (CI logs, `| tee`), where a redrawn bar would print garbage.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  start(total: number, unit: string): void;
  update(value: number, detail?: string): void;
  stop(): void;
}

/** "12,500 / 50,000 tasks (25 %), 31 s — 312,345 reports": one line of the non-TTY output. */
export function progressLine(value: number, total: number, unit: string, elapsedSeconds: number, detail?: string): string {
  const percent = total > 0 ? Math.floor((value / total) * 100) : 100;
  const numbers = `${value.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} ${unit} (${percent} %), ${Math.round(elapsedSeconds)} s`;
  return detail ? `${numbers} — ${detail}` : numbers;
}

/** Plain lines: at most one per `everyPercent` of progress, and always the last. */
export function lineProgress(write: (line: string) => void, everyPercent = 10, clock: () => number = () => performance.now()): Progress {
  let total = 0;
  let unit = '';
  let started = 0;
  let lastStep = -1;
  return {
    start(t, u) {
      total = t;
      unit = u;
      started = clock();
      lastStep = -1;
    },
    update(value, detail) {
      const step = total > 0 ? Math.floor(((value / total) * 100) / everyPercent) : 0;
      if (step === lastStep && value < total) return;
      lastStep = step;
      write(progressLine(value, total, unit, (clock() - started) / 1000, detail));
    },
    stop() {},
  };
}

export function barProgress(): Progress {
  const bar = new cliProgress.SingleBar(
    { format: '  {bar} {percentage}% | {value}/{total} {unit} | {duration_formatted} elapsed, ETA {eta_formatted} | {detail}', hideCursor: true, etaBuffer: 20 },
    cliProgress.Presets.shades_classic,
  );
  return {
    start: (total, unit) => bar.start(total, 0, { unit, detail: '' }),
    update: (value, detail) => bar.update(value, { detail: detail ?? '' }),
    stop: () => bar.stop(),
  };
}

/** The bar on a terminal, lines elsewhere. */
export function progressFor(stream: NodeJS.WriteStream = process.stdout): Progress {
  return stream.isTTY ? barProgress() : lineProgress((line) => stream.write(`  ${line}\n`));
}
