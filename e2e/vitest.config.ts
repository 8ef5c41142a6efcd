import { defineConfig } from 'vitest/config';

/** Browser journeys: one platform for the run, Debian's chromium driven by playwright-core. */
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.e2e.ts'],
    globalSetup: ['./platform.setup.ts'],
    // Journeys share one platform and build on each other's users: run them in order.
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 90_000,
    hookTimeout: 180_000,
  },
});
