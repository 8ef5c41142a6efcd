import cliProgress from 'cli-progress';

/** A progress bar on stderr when it is a terminal; plain periodic lines otherwise (CI, logs). */
export function progressBar(label: string) {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {percentage}% | {value}/{total}`, stream: process.stderr },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(value: number, total: number) {
        if (!started) {
          bar.start(total, 0);
          started = true;
        }
        bar.setTotal(total);
        bar.update(value);
      },
      stop: () => started && bar.stop(),
    };
  }
  let lastPrinted = 0;
  return {
    update(value: number, total: number) {
      const now = Date.now();
      if (now - lastPrinted > 2000 || value === total) {
        console.error(`${label}: ${value}/${total}`);
        lastPrinted = now;
      }
    },
    stop: () => undefined,
  };
}
