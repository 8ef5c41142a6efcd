import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Journeys build on each other (the first one sets the admin's password): run files by name. */
class ByName extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => a.moduleId.localeCompare(b.moduleId));
  }
}

/** Browser journeys: one platform for the run, Debian's chromium driven by playwright-core. */
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.e2e.ts'],
    globalSetup: ['./platform.setup.ts'],
    fileParallelism: false,
    sequence: { concurrent: false, sequencer: ByName },
    // A busy machine (CI, two cores): a page may take seconds to settle; expect.poll gives up after one by default.
    expect: { poll: { timeout: 15_000, interval: 200 } },
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
